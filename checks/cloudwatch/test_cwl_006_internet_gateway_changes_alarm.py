"""CWL-006: an alarm must notify someone of network gateway changes (CIS 4.12)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.12",
    watches="network gateway changes",
    matches=api_calls(
        "ec2.amazonaws.com", "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway",
        "CreateInternetGateway", "DeleteInternetGateway", "DetachInternetGateway",
    ),
    ignores=api_calls("ec2.amazonaws.com", "DescribeInternetGateways"),
)

RULE = Rule(
    id="CWL-006",
    title="Internet Gateway Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches network gateway changes.",
    rationale=(
        'Gateways are the doors between a VPC and the internet or another network; attaching one can make a '
        'private network reachable from outside, so creating, attaching or removing one deserves an alarm. A '
        'metric filter on the log group of a multi-region trail turns those records into a metric; an alarm on the'
        ' metric that notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather than '
        'when someone next searches the logs.'
    ),
    remediation=alarm_remediation('network gateway changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateCustomerGateway) '
        '|| ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = '
        'CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway)) '
        '}'
    ),
)


def test_cwl_006_internet_gateway_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
