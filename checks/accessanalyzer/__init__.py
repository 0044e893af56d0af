"""IAM Access Analyzer checks."""
