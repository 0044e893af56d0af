"""CWL-010: an alarm must notify someone of IAM policy changes (CIS 4.4)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.4",
    watches="IAM policy changes",
    matches=api_calls(
        "iam.amazonaws.com", "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy",
        "PutRolePolicy", "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion",
        "DeletePolicyVersion", "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy",
        "AttachGroupPolicy", "DetachGroupPolicy",
    ),
    ignores=api_calls("iam.amazonaws.com", "GetPolicy", "ListRoles"),
)

RULE = Rule(
    id="CWL-010",
    title="IAM Policy Changes Alarm",
    risk="High",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches IAM policy changes.",
    rationale=(
        'Who may do what in the account is written in IAM policies; a change to them can quietly hand out '
        'administrator rights or remove a guard rail, so each change should reach someone who can tell whether it '
        'was planned. A metric filter on the log group of a multi-region trail turns those records into a metric; '
        'an alarm on the metric that notifies a subscribed SNS topic makes sure a person hears of it within '
        'minutes, rather than when someone next searches the logs.'
    ),
    remediation=alarm_remediation('IAM policy changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'The events are the 16 that CIS 4.4 names in v3.0.0, v4.0.1 and v5.0.0 alike; CIS adds no event source '
        'condition, so none is required. SetDefaultPolicyVersion also changes which policy text is in force (it '
        'can roll a managed policy back to an older, broader version) but CIS does not list it, so it is not '
        'required here; adding it to the filter is advised. The CIS pattern, which passes: '
        '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||'
        '($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||'
        '($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||'
        '($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||'
        '($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||'
        '($.eventName=DetachGroupPolicy)}'
    ),
)


def test_cwl_010_iam_policy_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
