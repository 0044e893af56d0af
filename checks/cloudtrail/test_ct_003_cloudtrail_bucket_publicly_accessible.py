"""CT-003: the S3 bucket a trail writes to must not be open to the public."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-003",
    title="Publicly Accessible CloudTrail Buckets",
    risk="Very High",
    service="CloudTrail",
    compliant="The trail's S3 bucket grants no access to everyone through its ACL or policy.",
    rationale=(
        'Trail logs describe the account in detail: users, roles, resources, IP addresses and errors. A bucket '
        'readable by everyone hands that map to any attacker, and one writable by everyone lets them bury or forge'
        ' evidence.'
    ),
    remediation=(
        "Console: S3 > the trail's bucket > Permissions: remove ACL grants to Everyone and Authenticated users, "
        'remove policy statements that allow Principal "*" without a limiting condition, and turn on Block Public '
        "Access. CLI: 'aws s3api put-bucket-acl --bucket BUCKET --acl private', edit the policy with 'aws s3api "
        "put-bucket-policy', and 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-"
        'configuration '
        "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html",
    ),
    notes=(
        'Fails on an ACL grant to the AllUsers or AuthenticatedUsers group (s3:GetBucketAcl) or a policy that '
        's3:GetBucketPolicyStatus calls public; a bucket without a policy (NoSuchBucketPolicy) has none. A public '
        'grant fails even where Block Public Access would neutralize it today, since one setting change would '
        'expose it. The catalog gives this rule no CIS control (it was CIS 3.3 in v1.x).'
    ),
)


def test_ct_003_cloudtrail_bucket_publicly_accessible(trail_bucket_exposure):
    exposures = [f"its ACL grants {grant}" for grant in trail_bucket_exposure.public_grants]
    exposures += ["its bucket policy is public"] if trail_bucket_exposure.policy_public else []
    assert not exposures, (
        f"S3 bucket {trail_bucket_exposure.bucket} of trail {trail_bucket_exposure.trail} is publicly accessible: "
        + "; ".join(exposures)
    )
