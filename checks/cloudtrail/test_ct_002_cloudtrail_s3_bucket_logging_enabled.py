"""CT-002: the S3 bucket a trail writes to must log access to itself."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-002",
    title="CloudTrail S3 Bucket Logging Enabled",
    risk="High",
    service="CloudTrail",
    compliant="The trail's S3 bucket has server access logging enabled.",
    rationale=(
        'The trail bucket holds the evidence of everything done in the account; its own access log shows who read,'
        ' copied or deleted that evidence. Without it, tampering with or exfiltrating the audit record leaves no '
        'trace.'
    ),
    remediation=(
        "Console: S3 > the trail's bucket > Properties > Server access logging > Edit, enable it and choose a "
        "target bucket (not the trail bucket itself). CLI: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-"
        'logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'\'.'
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html",
    ),
    notes=(
        'Evaluated per trail with s3:GetBucketLogging on its bucket. When the bucket belongs to another account (a'
        ' central log archive), the read is usually refused and the case reports ERROR; audit that account '
        'instead.'
    ),
)


def test_ct_002_cloudtrail_s3_bucket_logging_enabled(trail_bucket_logging):
    assert trail_bucket_logging.target_bucket, (
        f"S3 bucket {trail_bucket_logging.bucket} of trail {trail_bucket_logging.trail} has no server access logging"
    )
