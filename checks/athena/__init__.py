"""Athena rules: workgroup encryption."""
