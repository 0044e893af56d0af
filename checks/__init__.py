"""Compliance rules, one module per rule, grouped by AWS service."""
