"""KMS rules: automatic key rotation, keys scheduled for deletion, key policies open to anyone."""
