"""ECR rules: image scanning, tag immutability and lifecycle policies."""
