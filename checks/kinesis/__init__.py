"""Kinesis rules: data stream encryption."""
