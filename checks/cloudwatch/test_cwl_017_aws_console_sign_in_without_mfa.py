"""CWL-017: an alarm must notify someone of console sign-ins without MFA (CIS 4.2)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, record
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.2",
    watches="console sign-ins without MFA",
    matches=(
        record("a console sign-in without MFA", eventSource="signin.amazonaws.com", eventName="ConsoleLogin",
               eventType="AwsConsoleSignIn", additionalEventData__MFAUsed="No",
               responseElements__ConsoleLogin="Success"),
    ),
    ignores=(
        record("a console sign-in with MFA", eventSource="signin.amazonaws.com", eventName="ConsoleLogin",
               eventType="AwsConsoleSignIn", additionalEventData__MFAUsed="Yes",
               responseElements__ConsoleLogin="Success"),
    ),
)

RULE = Rule(
    id="CWL-017",
    title="AWS Console Sign In Without MFA",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches console sign-ins without MFA.",
    rationale=(
        'A console session opened with a password alone is exactly what a phished or reused password buys an '
        'attacker; being told of each one shows which people still sign in without a second factor, and catches '
        'the stranger who does. A metric filter on the log group of a multi-region trail turns those records into '
        'a metric; an alarm on the metric that notifies a subscribed SNS topic makes sure a person hears of it '
        'within minutes, rather than when someone next searches the logs.'
    ),
    remediation=alarm_remediation('console sign-ins without MFA'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }'
    ),
)


def test_cwl_017_aws_console_sign_in_without_mfa(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
