"""SQS rules: queue encryption at rest."""
