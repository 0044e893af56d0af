"""CWL-003: an alarm must notify someone of CloudTrail configuration changes (CIS 4.5)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.5",
    watches="CloudTrail configuration changes",
    matches=api_calls("cloudtrail.amazonaws.com", "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"),
    ignores=api_calls("cloudtrail.amazonaws.com", "DescribeTrails", "LookupEvents"),
)

RULE = Rule(
    id="CWL-003",
    title="CloudTrail Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches CloudTrail configuration changes.",
    rationale=(
        'Turning a trail off or pointing it elsewhere is how an intruder hides what comes next; an alarm on trail '
        'changes means the audit record cannot be silenced without somebody noticing. A metric filter on the log '
        'group of a multi-region trail turns those records into a metric; an alarm on the metric that notifies a '
        'subscribed SNS topic makes sure a person hears of it within minutes, rather than when someone next '
        'searches the logs.'
    ),
    remediation=alarm_remediation('CloudTrail configuration changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = cloudtrail.amazonaws.com) && (($.eventName = CreateTrail) || '
        '($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || '
        '($.eventName = StopLogging)) }'
    ),
)


def test_cwl_003_cloudtrail_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
