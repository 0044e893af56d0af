"""CWL-016: an alarm must notify someone of AWS Organizations changes (CIS 4.15)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.15",
    watches="AWS Organizations changes",
    matches=api_calls(
        "organizations.amazonaws.com", "AcceptHandshake", "AttachPolicy", "CreateAccount",
        "CreateOrganizationalUnit", "CreatePolicy", "DeclineHandshake", "DeleteOrganization",
        "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy", "DisablePolicyType", "EnablePolicyType",
        "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount", "RemoveAccountFromOrganization",
        "UpdatePolicy", "UpdateOrganizationalUnit",
    ),
    ignores=api_calls("organizations.amazonaws.com", "DescribeOrganization", "ListAccounts"),
)

RULE = Rule(
    id="CWL-016",
    title="AWS Organizations Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches AWS Organizations changes.",
    rationale=(
        'The organization holds the service control policies that bound every member account; detaching a policy, '
        'moving an account or leaving the organization can lift those bounds, so such changes need an alarm. A '
        'metric filter on the log group of a multi-region trail turns those records into a metric; an alarm on the'
        ' metric that notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather than '
        'when someone next searches the logs.'
    ),
    remediation=alarm_remediation('AWS Organizations changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = organizations.amazonaws.com) && (($.eventName = '
        'AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = '
        'CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || '
        '($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = '
        'DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = '
        'EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || '
        '($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = '
        'UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }'
    ),
)


def test_cwl_016_aws_organizations_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
