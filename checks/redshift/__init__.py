"""Redshift rules: public access, TLS, snapshots, audit logging, upgrades, VPC routing, default names, encryption."""
