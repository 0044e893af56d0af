"""CWL-012: an alarm must notify someone of S3 bucket policy changes (CIS 4.8)."""

from fixtures.subjects.monitoring import ALARM_CHAIN_NOTES, alarm_gap, alarm_remediation, AlarmRequirement, api_calls
from fixtures.rules import Rule

REQUIREMENT = AlarmRequirement(
    control="4.8",
    watches="S3 bucket policy changes",
    matches=api_calls(
        "s3.amazonaws.com", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle",
        "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle",
        "DeleteBucketReplication",
    ),
    ignores=api_calls("s3.amazonaws.com", "GetBucketPolicy", "ListBuckets"),
)

RULE = Rule(
    id="CWL-012",
    title="S3 Bucket Changes Alarm",
    risk="Medium",
    service="CloudWatchLogs",
    compliant="An alarm with a subscribed SNS topic watches S3 bucket policy changes.",
    rationale=(
        'Bucket policies, ACLs, CORS, lifecycle and replication decide who can read a bucket, where its data is '
        'copied and when it is deleted; a change can expose or destroy data at once, so it should not pass unseen.'
        ' A metric filter on the log group of a multi-region trail turns those records into a metric; an alarm on '
        'the metric that notifies a subscribed SNS topic makes sure a person hears of it within minutes, rather '
        'than when someone next searches the logs.'
    ),
    remediation=alarm_remediation('S3 bucket policy changes'),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ConsoleAlarms.html",
    ),
    notes=ALARM_CHAIN_NOTES + (
        'One pattern that passes: { ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || '
        '($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || '
        '($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = '
        'DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }'
    ),
)


def test_cwl_012_s3_bucket_changes_alarm(trail_alarms):
    gap = alarm_gap(trail_alarms, REQUIREMENT)
    assert gap is None, gap
