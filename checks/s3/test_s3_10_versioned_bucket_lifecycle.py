"""S3.10: buckets with versioning enabled must have an enabled lifecycle rule."""

import pytest

from fixtures.rules import Rule

RULE = Rule(
    id="S3.10",
    title="S3 Versioned Buckets Lifecycle Configuration",
    risk="Medium",
    service="S3",
    compliant="The versioned bucket has a lifecycle configuration with at least one enabled rule.",
    rationale=(
        "With versioning on, every overwrite and delete keeps the old object as a noncurrent version, so storage "
        "and cost grow without bound and stale copies of data that should be gone linger for ever. Lifecycle "
        "rules expire noncurrent versions and delete markers after a chosen time or move them to cheaper "
        "storage, keeping recovery possible while bounding what is kept."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Management > Create lifecycle rule: apply it to all objects "
        "(or the relevant prefixes), choose actions such as 'Permanently delete noncurrent versions of objects' "
        "after a number of days and 'Delete expired object delete markers', keep the rule Enabled, and save. "
        "CLI: 'aws s3api put-bucket-lifecycle-configuration --bucket NAME --lifecycle-configuration "
        "file://lifecycle.json' with a rule whose Status is Enabled (for example with "
        "NoncurrentVersionExpiration NoncurrentDays 90)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html",
    ),
    notes=(
        "Evidence is s3:GetBucketVersioning and, for a bucket whose versioning Status is Enabled, "
        "s3:GetBucketLifecycleConfiguration. A bucket whose versioning is not Enabled (never set or Suspended) is "
        "not applicable (SKIP), as AWS Config's s3-version-lifecycle-policy-check treats it. A versioned bucket "
        "passes with at least one lifecycle rule whose Status is Enabled: the control fails when the lifecycle "
        "policy is not enabled, so a configuration of disabled rules only fails. What the rules do is not judged; "
        "expiring noncurrent versions is advised. Conformity's S3-020 asks for lifecycle on every bucket (our "
        "S3-020, FSBP S3.13), so this rule keeps the control's ID."
    ),
)


def test_s3_10_versioned_bucket_lifecycle(versioned_bucket_lifecycle):
    versioning, lifecycle = versioned_bucket_lifecycle.versioning, versioned_bucket_lifecycle.lifecycle
    where = f"S3 bucket {versioning.bucket} in {versioning.region}"
    if lifecycle is None:
        pytest.skip(f"not applicable: {where} does not have versioning enabled (versioning: {versioning.versioning})")
    assert lifecycle.configured, f"{where} has versioning enabled but no lifecycle configuration"
    assert lifecycle.enabled_rules, (
        f"{where} has versioning enabled, but none of its lifecycle rules is enabled "
        f"({', '.join(rule.rule_id or '(no ID)' for rule in lifecycle.rules)} disabled)"
    )
