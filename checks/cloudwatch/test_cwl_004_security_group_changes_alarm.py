"""CWL-004: an alarm must notify someone of security group changes (CIS 4.10)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.10",
    watches="security group changes",
    matches=api_calls(
        "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
        "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup",
        "ModifySecurityGroupRules",
    ),
    ignores=api_calls("ec2.amazonaws.com", "DescribeSecurityGroups"),
)

RULE = Rule(
    id="CWL-004",
    title="Security Group Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches security group changes.",
    rationale=(
        'Security groups are the firewall in front of every instance; one added rule can open a database or SSH to'
        ' the internet, so each change should be seen by someone who can judge it. A metric filter on the log '
        'group of a multi-region trail turns those records into a metric; an alarm on the metric that notifies a '
        'subscribed SNS topic makes sure a person hears of it within minutes, rather than when someone next '
        'searches the logs.'
    ),
    remediation=alarm_remediation('security group changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'CIS versions differ here: v3.0.0 and v4.0.1 name six events, v5.0.0 adds ModifySecurityGroupRules (the '
        'API that edits existing rules in place). The rule follows the newest version, so a filter written to the '
        'v3.0.0 or v4.0.1 pattern fails for missing ModifySecurityGroupRules. The CIS v5.0.0 pattern, which '
        'passes: { ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) ||'
        ' ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName '
        '= CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) || ($.eventName = ModifySecurityGroupRules) '
        '}'
    ),
)


def test_cwl_004_security_group_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
