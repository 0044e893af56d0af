"""CWL-007: an alarm must notify someone of VPC changes (CIS 4.14)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.14",
    watches="VPC changes",
    matches=api_calls(
        "ec2.amazonaws.com", "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
        "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection",
        "AttachClassicLinkVpc", "DetachClassicLinkVpc", "DisableVpcClassicLink", "EnableVpcClassicLink",
    ),
    ignores=api_calls("ec2.amazonaws.com", "DescribeVpcs"),
)

RULE = Rule(
    id="CWL-007",
    title="VPC Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches VPC changes.",
    rationale=(
        'New VPCs and peering connections change which networks can talk to each other; a peering accepted by '
        'mistake joins two trust zones, so VPC changes should be watched. A metric filter on the log group of a '
        'multi-region trail turns those records into a metric; an alarm on the metric that notifies a subscribed '
        'SNS topic makes sure a person hears of it within minutes, rather than when someone next searches the '
        'logs.'
    ),
    remediation=alarm_remediation('VPC changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateVpc) || '
        '($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = '
        'AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = '
        'DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = '
        'AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || '
        '($.eventName = EnableVpcClassicLink)) }'
    ),
)


def test_cwl_007_vpc_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
