"""CloudWatch rules: CIS 4.x metric filters on the CloudTrail log group, with alarms that notify someone."""
