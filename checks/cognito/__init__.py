"""Cognito rules: user pool threat protection."""
