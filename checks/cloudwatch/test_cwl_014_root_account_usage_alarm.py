"""CWL-014: an alarm must notify someone of use of the root user (CIS 4.3)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, record
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.3",
    watches="use of the root user",
    matches=(
        record("an API call by the root user", userIdentity__type="Root", eventSource="iam.amazonaws.com",
               eventName="CreateUser", userIdentity__arn="arn:aws:iam::123456789012:root"),
        record("a console sign-in by the root user", userIdentity__type="Root", eventSource="signin.amazonaws.com",
               eventName="ConsoleLogin", eventType="AwsConsoleSignIn",
               userIdentity__arn="arn:aws:iam::123456789012:root"),
    ),
    ignores=(
        record("an IAM user's call", eventSource="iam.amazonaws.com", eventName="CreateUser"),
    ),
)

RULE = Rule(
    id="CWL-014",
    title="Root Account Usage Alarm",
    risk="High",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches use of the root user.",
    rationale=(
        'The root user cannot be limited by any policy and is meant to sit unused; every time it acts, someone '
        'should confirm that it was one of the few tasks only root can do, and that it was really the owner. A '
        'metric filter on the log group of a multi-region trail turns those records into a metric; an alarm on the'
        ' metric that notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather than '
        'when someone next searches the logs.'
    ),
    remediation=alarm_remediation('use of the root user'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && '
        '$.eventType != "AwsServiceEvent" }'
    ),
)


def test_cwl_014_root_account_usage_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
