"""SNS rules: topic encryption, delivery-status logging and access policies."""
