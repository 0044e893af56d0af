"""S3.7: buckets must replicate their objects to a bucket in another region."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3.7",
    title="S3 Bucket Cross-Region Replication",
    risk="Low",
    service="S3",
    compliant="The bucket has an enabled replication rule whose destination bucket is in another region.",
    rationale=(
        "A bucket lives in one region. If that region suffers a long outage, or objects are destroyed there by "
        "mistake or by an attacker, a copy kept by replication in a second region lets the data be read and "
        "restored from elsewhere, and helps meet recovery objectives and data-residency plans that call for "
        "geographic separation."
    ),
    remediation=(
        "Console: turn on versioning for the bucket and for a destination bucket in another region, then open "
        "the source bucket, Management > Replication rules > Create replication rule: status Enabled, scope the "
        "whole bucket (or the prefixes that matter), choose the destination bucket and an IAM role S3 can assume, "
        "and save. "
        "CLI: 'aws s3api put-bucket-versioning --bucket NAME --versioning-configuration Status=Enabled' (and for "
        "the destination), then 'aws s3api put-bucket-replication --bucket NAME --replication-configuration "
        "file://replication.json' with a rule whose Status is Enabled and whose Destination.Bucket is the other "
        "region's bucket ARN."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketReplication.html",
    ),
    notes=(
        "Evidence is s3:GetBucketReplication: at least one rule with Status Enabled whose destination bucket "
        "lives in a region other than the source bucket's. No configuration "
        "(ReplicationConfigurationNotFoundError), only disabled rules, or only same-region destinations fail, as "
        "AWS Config's s3-bucket-cross-region-replication-enabled (which the control uses) decides. A bucket whose "
        "versioning was never set (s3:GetBucketVersioning without a Status) fails without reading its replication: "
        "S3 accepts a replication configuration only on a bucket with versioning Enabled, and a bucket once "
        "versioned never returns to unversioned. The destination's "
        "region comes from the account's own bucket listing or, for a bucket of another account, from "
        "s3:GetBucketLocation on it (refused by that account: the case is an ERROR naming the action). Prowler's "
        "FSBP mapping names s3_bucket_cross_account_access for this control, a known error: the matching Prowler "
        "check is s3_bucket_cross_region_replication. No Conformity rule matches, so the ID is the control's."
    ),
)


def test_s3_7_cross_region_replication(bucket_replication):
    replication = bucket_replication
    where = f"S3 bucket {replication.bucket} in {replication.region}"
    assert replication.configured, f"{where} has no replication configuration, so no copy is kept in another region"
    enabled = [rule for rule in replication.rules if rule.enabled]
    assert enabled, f"{where} has replication rules, but none of them is enabled"
    assert any(rule.destination_region != replication.region for rule in enabled), (
        f"{where} replicates only within its own region (to "
        f"{', '.join(sorted({rule.destination_bucket for rule in enabled}))})"
    )
