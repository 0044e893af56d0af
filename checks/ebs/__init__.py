"""EBS rules: volume encryption and the encryption-by-default setting."""
