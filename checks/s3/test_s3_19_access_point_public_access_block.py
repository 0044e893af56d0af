"""S3.19: every S3 access point must turn on all four Block Public Access settings."""

from fixtures.rules import Rule
from fixtures.subjects.s3 import PUBLIC_ACCESS_SETTINGS

RULE = Rule(
    id="S3.19",
    title="S3 Access Points Block Public Access",
    risk="Very High",
    service="S3",
    compliant="The access point turns on all four Block Public Access settings.",
    rationale=(
        "An access point is a separate door to a bucket, with its own policy. If its Block Public Access "
        "settings are off, a policy on the access point that grants access to anyone can expose the bucket's "
        "data to the internet even when the bucket's own policy is private. The settings are chosen when the "
        "access point is created and cannot be changed afterwards."
    ),
    remediation=(
        "Console: an access point's Block Public Access settings cannot be edited. In S3 > Access Points, create "
        "a replacement for the same bucket with Block all public access ticked (the default), move applications "
        "to its alias or ARN, then delete the old access point. "
        "CLI: 'aws s3control create-access-point --account-id ACCOUNT_ID --name NEW_NAME --bucket BUCKET "
        "--public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,"
        "RestrictPublicBuckets=true', then 'aws s3control delete-access-point --account-id ACCOUNT_ID --name OLD_NAME'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetAccessPoint.html",
    ),
    notes=(
        "Evidence is s3control:ListAccessPoints per region (IAM s3:ListAccessPoints) and s3control:GetAccessPoint "
        "per access point (IAM s3:GetAccessPoint) PublicAccessBlockConfiguration: all four settings true passes, "
        "as FSBP S3.19 asks. The account-level Block Public Access settings also apply to access points, but the "
        "control judges the access point's own settings, and so does this rule. Risk follows the FSBP "
        "severity (Critical: Very High)."
    ),
)


def test_s3_19_access_point_public_access_block(access_point):
    off = [name for name in PUBLIC_ACCESS_SETTINGS if not access_point.settings[name]]
    assert not off, (
        f"S3 access point {access_point.name} (bucket {access_point.bucket}) in {access_point.region} does not "
        f"block public access fully: {', '.join(off)} off"
    )
