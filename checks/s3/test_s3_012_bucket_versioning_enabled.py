"""S3-012: buckets must have versioning enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-012",
    title="S3 Bucket Versioning Enabled",
    risk="Low",
    service="S3",
    compliant="The bucket has versioning enabled.",
    rationale=(
        "Without versioning an overwrite or delete destroys the previous object at once. With it, S3 keeps "
        "every earlier version, so data removed by an application bug, a mistaken command or ransomware that "
        "rewrites objects can be brought back, and replication and Object Lock, which need it, become possible."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Properties > Bucket Versioning > Edit, choose Enable and save; "
        "add a lifecycle rule that expires noncurrent versions to bound the cost. "
        "CLI: 'aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html",
    ),
    notes=(
        "Evidence is s3:GetBucketVersioning Status: Enabled passes; Suspended fails, and so does a bucket that "
        "never had versioning (no Status), as AWS Config's s3-bucket-versioning-enabled (used by FSBP S3.14) "
        "decides. The same read serves S3-013 (MFA delete) and S3.10."
    ),
)


def test_s3_012_bucket_versioning_enabled(bucket_versioning):
    assert bucket_versioning.versioning == "Enabled", (
        f"S3 bucket {bucket_versioning.bucket} in {bucket_versioning.region} does not have versioning enabled "
        f"(versioning: {bucket_versioning.versioning})"
    )
