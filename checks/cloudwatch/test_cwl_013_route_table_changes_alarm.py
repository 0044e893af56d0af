"""CWL-013: an alarm must notify someone of route table changes (CIS 4.13)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.13",
    watches="route table changes",
    matches=api_calls(
        "ec2.amazonaws.com", "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation",
        "DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable",
    ),
    ignores=api_calls("ec2.amazonaws.com", "DescribeRouteTables"),
)

RULE = Rule(
    id="CWL-013",
    title="Route Table Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches route table changes.",
    rationale=(
        "Routes decide where a subnet's traffic goes; a changed route can send traffic around an inspection point "
        'or out through an unexpected gateway, so route changes should reach someone who can check them. A metric '
        'filter on the log group of a multi-region trail turns those records into a metric; an alarm on the metric'
        ' that notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather than when '
        'someone next searches the logs.'
    ),
    remediation=alarm_remediation('route table changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || '
        '($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = '
        'ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || '
        '($.eventName = DisassociateRouteTable)) }'
    ),
)


def test_cwl_013_route_table_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
