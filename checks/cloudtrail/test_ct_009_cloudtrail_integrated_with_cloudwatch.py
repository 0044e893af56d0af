"""CT-009: each trail must deliver to CloudWatch Logs, and recently."""

from datetime import datetime, timedelta, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="CT-009",
    title="CloudTrail Integrated With CloudWatch",
    risk="Medium",
    service="CloudTrail",
    compliant="The trail delivers its events to CloudWatch Logs.",
    rationale=(
        'Events that reach CloudWatch Logs can be searched at once and turned into metrics and alarms; events that'
        ' only land in S3 are read when someone goes looking. Sending the trail to CloudWatch Logs is what makes '
        'the CIS alarms on risky API activity possible.'
    ),
    remediation=(
        'Console: CloudTrail > Trails > the trail > CloudWatch Logs > Edit, enable it, choose a log group and an '
        "IAM role CloudTrail may use to write to it. CLI: 'aws cloudtrail update-trail --name NAME --cloud-watch-"
        "logs-log-group-arn GROUP_ARN --cloud-watch-logs-role-arn ROLE_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
    ),
    notes=(
        'Fails when DescribeTrails shows no CloudWatchLogsLogGroupArn, when GetTrailStatus reports a '
        'LatestCloudWatchLogsDeliveryError, or when the last delivery (LatestCloudWatchLogsDeliveryTime) is more '
        'than one day old while the trail is logging. A trail that reports no delivery time yet is not failed for '
        'that alone.'
    ),
)


def test_ct_009_cloudtrail_integrated_with_cloudwatch(trail):
    where = f"trail {trail.name} (home region {trail.home_region})"
    assert trail.log_group_arn, f"{where} does not send its events to CloudWatch Logs"
    assert not trail.cloudwatch_delivery_error, (
        f"{where} fails to deliver to CloudWatch Logs: {trail.cloudwatch_delivery_error}"
    )
    last = datetime.fromisoformat(trail.cloudwatch_last_delivery) if trail.cloudwatch_last_delivery else None
    stale = trail.is_logging and last is not None and datetime.now(timezone.utc) - last > timedelta(days=1)
    assert not stale, f"{where} last delivered to CloudWatch Logs on {trail.cloudwatch_last_delivery}"
