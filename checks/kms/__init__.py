"""KMS rules: automatic key rotation."""
