"""S3 rules: bucket policies, versioning and Block Public Access."""
