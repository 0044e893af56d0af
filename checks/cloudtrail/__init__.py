"""CloudTrail rules: trails, what they record, and where their logs go."""
