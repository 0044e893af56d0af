"""ES-015: OpenSearch Service domains must encrypt traffic between their nodes (FSBP ES.3 and OpenSearch.3)."""

from fixtures.rules import Rule

RULE = Rule(
    id="ES-015",
    title="ElasticSearch Node To Node Encryption",
    risk="Medium",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain encrypts traffic between its nodes with TLS.",
    rationale=(
        "Nodes of a domain constantly exchange documents, shard copies and query results. Without node-to-node "
        "encryption that traffic crosses the VPC network in plain text, where anything able to capture it can "
        "read or alter it. TLS between nodes closes that gap and is a prerequisite for fine-grained access "
        "control."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose Actions > Edit security configuration, "
        "tick Node-to-node encryption and save (OpenSearch or Elasticsearch 6.7 or later; older domains need a "
        "new domain and a snapshot restore). It cannot be switched off afterwards. "
        "CLI: 'aws opensearch update-domain-config --domain-name NAME "
        "--node-to-node-encryption-options Enabled=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-3",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-3",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomains.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains NodeToNodeEncryptionOptions.Enabled. ES.3 also fails domains whose "
        "engine version cannot encrypt between nodes; such domains report Enabled false, so the one test serves "
        "ES.3 and OpenSearch.3 alike. Risk follows the FSBP severity (Medium); Conformity rates ES-015 High."
    ),
)


def test_es_015_node_to_node_encryption(search_domain):
    assert search_domain.node_to_node_encrypted, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} does not encrypt traffic "
        "between its nodes (node-to-node encryption is off)"
    )
