"""CWL-001: an alarm must notify someone of failed console sign-ins (CIS 4.6)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, record
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.6",
    watches="failed console sign-ins",
    matches=(
        record("a failed console sign-in", eventSource="signin.amazonaws.com", eventName="ConsoleLogin",
               eventType="AwsConsoleSignIn", errorMessage="Failed authentication",
               responseElements__ConsoleLogin="Failure"),
    ),
    ignores=(
        record("a successful console sign-in", eventSource="signin.amazonaws.com", eventName="ConsoleLogin",
               eventType="AwsConsoleSignIn", responseElements__ConsoleLogin="Success"),
    ),
)

RULE = Rule(
    id="CWL-001",
    title="Console Sign-in Failures Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches failed console sign-ins.",
    rationale=(
        'Repeated failed sign-ins point at password guessing against the console; hearing about them early leaves '
        'time to lock the targeted user or tighten sign-in before a guess succeeds. A metric filter on the log '
        'group of a multi-region trail turns those records into a metric; an alarm on the metric that notifies a '
        'subscribed SNS topic makes sure a person hears of it within minutes, rather than when someone next '
        'searches the logs.'
    ),
    remediation=alarm_remediation('failed console sign-ins'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'
    ),
)


def test_cwl_001_console_sign_in_failures_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
