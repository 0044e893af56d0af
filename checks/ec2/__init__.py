"""EC2 rules: security groups, the default security group and instances."""
