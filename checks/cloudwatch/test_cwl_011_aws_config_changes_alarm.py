"""CWL-011: an alarm must notify someone of AWS Config configuration changes (CIS 4.9)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.9",
    watches="AWS Config configuration changes",
    matches=api_calls(
        "config.amazonaws.com", "StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel",
        "PutConfigurationRecorder",
    ),
    ignores=api_calls("config.amazonaws.com", "DescribeConfigurationRecorders"),
)

RULE = Rule(
    id="CWL-011",
    title="AWS Config Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches AWS Config configuration changes.",
    rationale=(
        "AWS Config is the account's history of resource settings; stopping its recorder or changing where it "
        'delivers blinds compliance checks and investigations, so such changes should raise an alarm. A metric '
        'filter on the log group of a multi-region trail turns those records into a metric; an alarm on the metric'
        ' that notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather than when '
        'someone next searches the logs.'
    ),
    remediation=alarm_remediation('AWS Config configuration changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = config.amazonaws.com) && (($.eventName = '
        'StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) '
        '|| ($.eventName = PutConfigurationRecorder)) }'
    ),
)


def test_cwl_011_aws_config_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
