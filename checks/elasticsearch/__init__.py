"""Amazon OpenSearch Service rules (ES.n and OpenSearch.n): encryption, network placement, logging, resilience, access control and updates."""
