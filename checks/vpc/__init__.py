"""VPC rules: flow logs, network ACLs and peering routes."""
