"""S3-011: buckets must have server access logging enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-011",
    title="S3 Bucket Logging Enabled",
    risk="Medium",
    service="S3",
    compliant="The bucket delivers server access logs to a target bucket.",
    rationale=(
        "Server access logs record each request made to a bucket: who asked, from which address, for which "
        "object, and with what result. They are what an investigation falls back on to tell which data was "
        "read or deleted, and they reveal probing and unexpected clients that CloudTrail's management events "
        "do not show."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Properties > Server access logging > Edit, choose Enable, "
        "pick a target bucket in the same region (not the bucket itself) and a prefix, and save; the console "
        "grants the logging service write access to the target. "
        "CLI: allow logging.s3.amazonaws.com to put objects in the target bucket (bucket policy), then "
        "'aws s3api put-bucket-logging --bucket NAME --bucket-logging-status "
        "'{\"LoggingEnabled\":{\"TargetBucket\":\"LOG_BUCKET\",\"TargetPrefix\":\"NAME/\"}}''."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLogging.html",
    ),
    notes=(
        "Evidence is s3:GetBucketLogging: a LoggingEnabled element (with its TargetBucket) passes, as FSBP S3.9 "
        "decides. The target bucket itself need not log (AWS suggests suppressing that finding; here it fails like "
        "any other bucket without logging, and can be waived). CT-002 reads the same answer for trail buckets."
    ),
)


def test_s3_011_bucket_logging_enabled(bucket_logging):
    assert bucket_logging.target_bucket, (
        f"S3 bucket {bucket_logging.bucket} in {bucket_logging.region} does not have server access logging enabled"
    )
