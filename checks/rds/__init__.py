"""RDS rules: encryption, minor version upgrades, public access and Multi-AZ."""
