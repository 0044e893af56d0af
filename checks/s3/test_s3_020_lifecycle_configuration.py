"""S3-020: buckets must have an enabled lifecycle rule (matching the organisation's targets, if it sets any)."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-020",
    title="S3 Buckets Lifecycle Configuration",
    risk="Low",
    service="S3",
    compliant="The bucket has a lifecycle configuration with an enabled rule that meets the configured targets.",
    rationale=(
        "Without lifecycle rules a bucket keeps every object until someone deletes it by hand: logs, exports and "
        "temporary files pile up, cost grows, and data outlives the period it may lawfully be kept. Lifecycle "
        "rules move ageing objects to cheaper storage classes and expire them once they are no longer needed, "
        "so retention is decided once and then enforced by S3 itself."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Management > Create lifecycle rule: name it, apply it to all "
        "objects or to prefixes, choose transition and expiration actions with their days (and storage class), "
        "keep it Enabled, and save. "
        "CLI: 'aws s3api put-bucket-lifecycle-configuration --bucket NAME --lifecycle-configuration "
        "file://lifecycle.json' with at least one rule whose Status is Enabled, for example Transitions "
        "[{Days: 30, StorageClass: STANDARD_IA}] and Expiration {Days: 365}."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13",
        "https://docs.aws.amazon.com/config/latest/developerguide/s3-lifecycle-policy-check.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html",
    ),
    notes=(
        "Evidence is s3:GetBucketLifecycleConfiguration: NoSuchLifecycleConfiguration fails, and so does a "
        "configuration without an enabled rule (AWS Config's s3-lifecycle-policy-check, which FSBP S3.13 uses, "
        "wants an active rule). Parameters (FSBP S3.13, none set by default, so any enabled rule passes): "
        "audit_s3_lifecycle_transition_days (targetTransitionDays), audit_s3_lifecycle_expiration_days "
        "(targetExpirationDays) and audit_s3_lifecycle_transition_storage_class (targetTransitionStorageClass). "
        "Decided here: each one set must be matched exactly by some enabled rule (a transition after that many "
        "days, a transition to that class, an expiration after that many days), not necessarily the same rule. "
        "Conformity's S3-020 is the same check; FSBP S3.10 (versioned buckets only) is a rule of its own."
    ),
)


def test_s3_020_lifecycle_configuration(bucket_lifecycle, settings):
    lifecycle = bucket_lifecycle
    where = f"S3 bucket {lifecycle.bucket} in {lifecycle.region}"
    assert lifecycle.configured, f"{where} has no lifecycle configuration"
    enabled = lifecycle.enabled_rules
    assert enabled, f"{where} has a lifecycle configuration, but none of its rules is enabled"
    unmet = []
    days = settings.s3_lifecycle_transition_days
    if days and not any(days in rule.transition_days for rule in enabled):
        unmet.append(f"a transition after {days} days (audit_s3_lifecycle_transition_days)")
    storage_class = settings.s3_lifecycle_transition_storage_class
    if storage_class and not any(storage_class in rule.transition_storage_classes for rule in enabled):
        unmet.append(f"a transition to {storage_class} (audit_s3_lifecycle_transition_storage_class)")
    days = settings.s3_lifecycle_expiration_days
    if days and not any(rule.expiration_days == days for rule in enabled):
        unmet.append(f"an expiration after {days} days (audit_s3_lifecycle_expiration_days)")
    assert not unmet, f"{where} has no enabled lifecycle rule with {' or with '.join(unmet)}"
