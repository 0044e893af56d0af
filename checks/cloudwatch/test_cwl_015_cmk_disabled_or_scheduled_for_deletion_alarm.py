"""CWL-015: an alarm must notify someone of customer managed keys being disabled or scheduled for deletion (CIS 4.7)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.7",
    watches="customer managed keys being disabled or scheduled for deletion",
    matches=api_calls("kms.amazonaws.com", "DisableKey", "ScheduleKeyDeletion"),
    ignores=api_calls("kms.amazonaws.com", "DescribeKey", "Encrypt"),
)

RULE = Rule(
    id="CWL-015",
    title="CMK Disabled or Scheduled for Deletion Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches customer managed keys being disabled or scheduled for deletion.",
    rationale=(
        'Data encrypted under a KMS key becomes unreadable once the key is disabled or deleted; an alarm gives the'
        ' owners the waiting period to cancel a deletion that was a mistake or an act of sabotage. A metric filter'
        ' on the log group of a multi-region trail turns those records into a metric; an alarm on the metric that '
        'notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather than when someone '
        'next searches the logs.'
    ),
    remediation=alarm_remediation('customer managed keys being disabled or scheduled for deletion'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || '
        '($.eventName = ScheduleKeyDeletion)) }'
    ),
)


def test_cwl_015_cmk_disabled_or_scheduled_for_deletion_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
