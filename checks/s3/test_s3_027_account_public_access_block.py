"""S3-027: the account must turn on all four S3 Block Public Access settings."""

from fixtures.rules import Rule
from fixtures.storage import PUBLIC_ACCESS_SETTINGS

RULE = Rule(
    id="S3-027",
    title="Enable S3 Block Public Access for AWS Accounts",
    risk="Low",
    service="S3",
    compliant="The account turns on all four S3 Block Public Access settings.",
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
        "Evidence is S3 Control GetPublicAccessBlock (IAM permission s3:GetAccountPublicAccessBlock); no "
        "configuration at all fails. One case per account: the setting is account-wide."
    ),
)


def test_s3_027_account_public_access_block(account_public_access_block):
    block = account_public_access_block
    assert block.configured, f"account {block.account_id} has no account-level S3 Block Public Access configuration"
    off = [name for name in PUBLIC_ACCESS_SETTINGS if not block.settings[name]]
    assert not off, f"account {block.account_id} does not block S3 public access account-wide: {', '.join(off)} off"
