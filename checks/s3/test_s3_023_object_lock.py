"""S3-023: buckets must have S3 Object Lock enabled (with the organisation's retention mode, if it names one)."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-023",
    title="S3 Object Lock",
    risk="Medium",
    service="S3",
    compliant="The bucket has S3 Object Lock enabled, with the required default retention mode if one is set.",
    rationale=(
        "Object Lock stores object versions write-once: while a retention period or legal hold applies, no one "
        "can delete or overwrite them (in compliance mode not even the root user). That protects backups, "
        "audit records and regulated data against ransomware, malicious insiders and accidents, and is what "
        "WORM retention requirements ask for."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Properties > Object Lock > Edit, enable it (versioning must be "
        "on), choose a default retention mode (Governance or Compliance) and period, and save; new buckets can "
        "enable it under Advanced settings when created. "
        "CLI: 'aws s3api put-object-lock-configuration --bucket NAME --object-lock-configuration "
        "'{\"ObjectLockEnabled\":\"Enabled\",\"Rule\":{\"DefaultRetention\":{\"Mode\":\"GOVERNANCE\",\"Days\":30}}}''."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLockConfiguration.html",
    ),
    notes=(
        "Evidence is s3:GetObjectLockConfiguration: ObjectLockEnabled Enabled passes; "
        "ObjectLockConfigurationNotFoundError fails. A bucket whose versioning was never set (s3:GetBucketVersioning "
        "without a Status) fails without that read: S3 turns Object Lock on only with versioning Enabled, and a "
        "bucket once versioned never returns to unversioned. Parameter audit_s3_object_lock_mode (FSBP S3.15 mode, no "
        "default): when set to GOVERNANCE or COMPLIANCE, the bucket's default retention (Rule.DefaultRetention.Mode) "
        "must use it, and a bucket without default retention fails. Risk follows the FSBP severity (Medium); "
        "Conformity rates S3-023 Low."
    ),
)


def test_s3_023_object_lock(bucket_object_lock, settings):
    lock = bucket_object_lock
    where = f"S3 bucket {lock.bucket} in {lock.region}"
    assert lock.enabled, f"{where} does not have S3 Object Lock enabled"
    wanted = settings.s3_object_lock_mode
    assert not wanted or lock.default_mode == wanted, (
        f"{where} has Object Lock enabled, but its default retention mode is {lock.default_mode or 'not set'}, "
        f"not {wanted} (audit_s3_object_lock_mode)"
    )
