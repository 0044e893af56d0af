"""CWL-005: an alarm must notify someone of network ACL changes (CIS 4.11)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.11",
    watches="network ACL changes",
    matches=api_calls(
        "ec2.amazonaws.com", "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl",
        "DeleteNetworkAclEntry", "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation",
    ),
    ignores=api_calls("ec2.amazonaws.com", "DescribeNetworkAcls"),
)

RULE = Rule(
    id="CWL-005",
    title="Network ACL Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches network ACL changes.",
    rationale=(
        'Network ACLs filter traffic for whole subnets; changing an entry or an association can open or cut off '
        'many systems at once, which should not happen without anyone hearing of it. A metric filter on the log '
        'group of a multi-region trail turns those records into a metric; an alarm on the metric that notifies a '
        'subscribed SNS topic makes sure a person hears of it within minutes, rather than when someone next '
        'searches the logs.'
    ),
    remediation=alarm_remediation('network ACL changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateNetworkAcl) || '
        '($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = '
        'DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = '
        'ReplaceNetworkAclAssociation)) }'
    ),
)


def test_cwl_005_network_acl_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
