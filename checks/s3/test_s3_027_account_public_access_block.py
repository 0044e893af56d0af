"""S3-027: the account, or else every one of its buckets, must turn on all four S3 Block Public Access settings."""

from fixtures.rules import Rule
from fixtures.subjects.s3 import PUBLIC_ACCESS_SETTINGS

RULE = Rule(
    id="S3-027",
    title="Enable S3 Block Public Access for AWS Accounts",
    risk="Low",
    service="S3",
    compliant="The account, or every one of its buckets, turns on all four S3 Block Public Access settings.",
    rationale=(
        "The account-level Block Public Access settings apply to every bucket, existing and future, in every "
        "region, and outrank each bucket's own settings. Turning them on means no bucket can become public by "
        "accident, including buckets created later by people or tools that forget the bucket-level settings."
    ),
    remediation=(
        "Console: open S3, choose Block Public Access settings for this account in the left menu, then Edit, "
        "tick Block all public access and confirm (check first that no bucket must stay public). "
        "CLI: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration "
        "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetPublicAccessBlock.html",
    ),
    notes=(
        "Evidence is S3 Control GetPublicAccessBlock (IAM permission s3:GetAccountPublicAccessBlock). CIS 2.1.4 "
        "passes Block Public Access turned on at account level or at bucket level, so when the account-level "
        "settings are not all on (or not configured), the account still passes if it has buckets and every one "
        "turns on all four settings itself (s3:GetPublicAccessBlock per bucket, in every region it lives in); "
        "an account without buckets then fails. Turning the account-level settings on is advised, as they also "
        "guard buckets created later. One case per account."
    ),
)


def test_s3_027_account_public_access_block(account_public_access_block):
    block = account_public_access_block
    if block.buckets and not block.open_buckets:
        return
    buckets = (f", and not every bucket blocks public access itself ({', '.join(block.open_buckets)} do not)"
               if block.buckets else "")
    assert block.configured, (
        f"account {block.account_id} has no account-level S3 Block Public Access configuration{buckets}"
    )
    off = [name for name in PUBLIC_ACCESS_SETTINGS if not block.settings[name]]
    assert not off, (
        f"account {block.account_id} does not block S3 public access account-wide: {', '.join(off)} off{buckets}"
    )
