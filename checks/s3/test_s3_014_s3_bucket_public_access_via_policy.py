"""S3-014: no bucket policy may make a bucket public."""

from fixtures.rules import Rule

RULE = Rule(
    id="S3-014",
    title="S3 Bucket Public Access Via Policy",
    risk="Very High",
    service="S3",
    compliant="The bucket policy does not make the bucket public.",
    rationale=(
        "A bucket policy that grants access to anyone lets people outside the organisation read, list or "
        "change objects without credentials. S3 evaluates each policy itself and reports whether it is "
        "public, taking conditions such as source VPC or account restrictions into account, so a public "
        "verdict means data is reachable from the internet."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Permissions > Bucket policy > Edit; remove or narrow every "
        "Allow statement whose Principal is \"*\" (name accounts or roles, or add conditions such as "
        "aws:SourceVpce or aws:PrincipalOrgID), then turn on Block Public Access for the bucket. "
        "CLI: review 'aws s3api get-bucket-policy --bucket NAME', apply a corrected policy with "
        "'aws s3api put-bucket-policy --bucket NAME --policy file://policy.json' (or remove it with "
        "'aws s3api delete-bucket-policy --bucket NAME'), and verify with 'aws s3api get-bucket-policy-status "
        "--bucket NAME' (IsPublic false)."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html",
    ),
    notes=(
        "Evidence is S3's own judgement, s3:GetBucketPolicyStatus IsPublic; a bucket without a policy "
        "(NoSuchBucketPolicy from s3:GetBucketPolicy, which the policy rules read anyway) passes without that "
        "second read, since S3 judges the policy alone. Public ACLs are outside this rule."
    ),
)


def test_s3_014_s3_bucket_public_access_via_policy(bucket_policy_status):
    assert not bucket_policy_status.is_public, (
        f"bucket {bucket_policy_status.bucket} ({bucket_policy_status.region}) is public: S3 judges its bucket "
        "policy to grant access to anyone (GetBucketPolicyStatus IsPublic true)"
    )
