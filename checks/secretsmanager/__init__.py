"""Secrets Manager rules: rotation enabled, on schedule and recent; unused secrets."""
