"""Rules for AWS Identity and Access Management."""
