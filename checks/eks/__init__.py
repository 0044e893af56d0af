"""EKS rules: endpoint access, Kubernetes version, secrets encryption and audit logging."""
