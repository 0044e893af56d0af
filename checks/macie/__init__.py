"""Amazon Macie rules: Macie enabled and sensitive data discovery jobs."""
