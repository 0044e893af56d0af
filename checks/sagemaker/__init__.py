"""SageMaker rules: notebook instances, endpoint configurations and models."""
