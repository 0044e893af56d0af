"""S3-013: buckets must have MFA delete enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-013",
    title="S3 Bucket MFA Delete Enabled",
    risk="Low",
    service="S3",
    compliant="The bucket has versioning with MFA delete enabled.",
    rationale=(
        "With MFA delete on, permanently deleting an object version or switching versioning off needs a code "
        "from the root user's MFA device as well as credentials. Stolen keys or a careless script can then "
        "still add delete markers, but cannot destroy the versions underneath, so data can be recovered."
    ),
    remediation=(
        "Console: MFA delete cannot be set in the S3 console. "
        "CLI: with the root user's credentials and its MFA device, run 'aws s3api put-bucket-versioning "
        "--bucket NAME --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa \"MFA_DEVICE_ARN "
        "CODE\"', then confirm with 'aws s3api get-bucket-versioning --bucket NAME' (MFADelete: Enabled). "
        "Buckets with lifecycle rules that expire versions cannot use MFA delete; decide per bucket."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html",
    ),
    notes=(
        "Evidence is s3:GetBucketVersioning: as CIS 2.1.2 asks, Status must be Enabled and MFADelete Enabled (a "
        "bucket whose versioning was suspended keeps its MFADelete flag, and fails). A bucket that never had "
        "versioning has neither field and fails. CIS marks 2.1.2 manual; the API answer is exact, so it is automated here."
    ),
)


def test_s3_013_s3_bucket_mfa_delete_enabled(bucket_versioning):
    assert bucket_versioning.mfa_delete == "Enabled", (
        f"bucket {bucket_versioning.bucket} ({bucket_versioning.region}) does not have MFA delete enabled "
        f"(versioning: {bucket_versioning.versioning}, MFA delete: {bucket_versioning.mfa_delete})"
    )
    assert bucket_versioning.versioning == "Enabled", (
        f"bucket {bucket_versioning.bucket} ({bucket_versioning.region}) has MFA delete enabled but versioning "
        f"{bucket_versioning.versioning}, not Enabled"
    )
