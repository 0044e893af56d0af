"""CWL-010: an alarm must notify someone of IAM policy changes (CIS 4.4)."""

from fixtures.monitoring import AlarmRequirement, api_calls, alarm_gap
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
    remediation=(
        'Console: make sure a multi-region trail records all management events and sends them to a CloudWatch Logs'
        ' group (CloudTrail > Trails > the trail > CloudWatch Logs > Edit). In CloudWatch > Log groups, open that '
        'group, choose Metric filters > Create metric filter, enter a pattern that matches IAM policy changes (see'
        ' the notes for one), name the metric and give it a value of 1. Then select the filter, choose Create '
        'alarm, alarm when the sum is at least 1 in a 5-minute period, and choose an SNS topic that has a '
        "confirmed subscriber (or create one and confirm its e-mail). CLI: 'aws logs put-metric-filter --log-"
        'group-name GROUP --filter-name NAME --filter-pattern PATTERN --metric-transformations '
        "metricName=NAME,metricNamespace=CISBenchmark,metricValue=1', then 'aws cloudwatch put-metric-alarm "
        '--alarm-name NAME --metric-name NAME --namespace CISBenchmark --statistic Sum --period 300 --evaluation-'
        "periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --alarm-actions TOPIC_ARN', "
        "and 'aws sns subscribe --topic-arn TOPIC_ARN --protocol email --notification-endpoint ADDRESS'."
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=(
        'Passes when a multi-region trail that is logging and records read and write management events (as CIS '
        'tests it: IncludeManagementEvents with ReadWriteType All, or an eventCategory Management selector without '
        'readOnly; event sources the selector leaves out, such as KMS, are not judged, though leaving them out is '
        'advised against) delivers to a CloudWatch Logs group with a metric filter whose pattern covers '
        "REQUIREMENT below, an alarm on that filter's metric, and an SNS topic among the alarm actions with at "
        'least one confirmed subscription, one whose SubscriptionArn is an ARN (pending confirmations do not '
        "count). As in CIS's audit, whether the alarm's actions are enabled is not checked; keep them enabled, or "
        'the alarm notifies nobody. Patterns are'
        ' parsed and evaluated against sample CloudTrail records, so spacing, quoting, parentheses and the order '
        'of terms do not matter, and extra narrowing conditions are accepted as long as the sample records still '
        "match; the 'ignores' records keep a catch-all filter from counting. The events are the 16 that CIS 4.4 "
        'names in v3.0.0, v4.0.1 and v5.0.0 alike; CIS adds no event source condition, so none is required. '
        'SetDefaultPolicyVersion also changes which policy text is in force (it can roll a managed policy back to '
        'an older, broader version) but CIS does not list it, so it is not required here; adding it to the filter '
        'is advised. The CIS pattern, which passes: {($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)'
        '||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||'
        '($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||'
        '($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||'
        '($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||'
        '($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}'
    ),
)


def test_cwl_010_iam_policy_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
