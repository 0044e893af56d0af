"""CWL-002: an alarm must notify someone of unauthorized API calls (CIS 4.1)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, record
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.1",
    watches="unauthorized API calls",
    matches=(
        record("an UnauthorizedOperation error", eventSource="ec2.amazonaws.com", eventName="RunInstances",
               errorCode="Client.UnauthorizedOperation"),
        record("an AccessDenied error", eventSource="s3.amazonaws.com", eventName="PutBucketPolicy",
               errorCode="AccessDenied"),
    ),
    ignores=(
        record("a successful call", eventSource="ec2.amazonaws.com", eventName="RunInstances"),
        record("a throttling error", eventSource="ec2.amazonaws.com", eventName="DescribeInstances",
               errorCode="Client.RequestLimitExceeded"),
    ),
)

RULE = Rule(
    id="CWL-002",
    title="Authorization Failures Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches unauthorized API calls.",
    rationale=(
        'Calls refused for lack of permission are often the first sign of a stolen credential being tried out, or '
        'of a principal probing what it can reach; a burst of them deserves a human look before the probing '
        'succeeds. A metric filter on the log group of a multi-region trail turns those records into a metric; an '
        'alarm on the metric that notifies a subscribed SNS topic makes sure a person hears of it within minutes, '
        'rather than when someone next searches the logs.'
    ),
    remediation=alarm_remediation('unauthorized API calls'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'The CIS v4.0.1 and v5.0.0 pattern, which passes: { ($.errorCode = "*UnauthorizedOperation") || '
        '($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName '
        '!= "HeadBucket") }. CIS v3.0.0 printed the same four terms joined by || throughout, which counts every '
        'call except HeadBucket whatever its outcome; v4.0.1 corrected it. The rule follows the newer versions, so '
        'that v3.0.0 filter fails here (it also catches successful calls).'
    ),
)


def test_cwl_002_authorization_failures_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
