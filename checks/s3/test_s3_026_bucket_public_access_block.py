"""S3-026: every bucket must have all four Block Public Access settings on, its own or its account's."""

from fixtures.rules import Rule
from fixtures.subjects.s3 import PUBLIC_ACCESS_SETTINGS

RULE = Rule(
    id="S3-026",
    title="Enable S3 Block Public Access for S3 Buckets",
    risk="Medium",
    service="S3",
    compliant="The bucket, or its account, turns on all four Block Public Access settings.",
    rationale=(
        "Block Public Access is a guard that sits above ACLs and bucket policies: with all four settings on, "
        "a new public ACL or a policy granting access to everyone is refused or ignored, whoever writes it. "
        "Without it, one mistaken grant is enough to publish a bucket's contents to the internet."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Permissions > Block public access (bucket settings) > Edit, "
        "tick Block all public access and save (first make sure nothing relies on public access, such as a "
        "static website). "
        "CLI: 'aws s3api put-public-access-block --bucket NAME --public-access-block-configuration "
        "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetPublicAccessBlock.html",
    ),
    notes=(
        "Evidence is the bucket's own configuration (s3:GetBucketPublicAccessBlock) and the account's (S3 "
        "Control GetPublicAccessBlock, permission s3:GetAccountPublicAccessBlock). CIS 2.1.4 passes Block Public "
        "Access turned on at bucket level or at account level, so every bucket passes when the account turns on "
        "all four settings; otherwise the bucket's own four settings decide, and a bucket without a "
        "configuration fails. Turning them on at both levels is advised. S3-027 judges the account level alone."
    ),
)


def test_s3_026_bucket_public_access_block(bucket_public_access_block):
    block = bucket_public_access_block
    account_off = [name for name in PUBLIC_ACCESS_SETTINGS if not block.account.settings[name]]
    if not account_off:
        return
    where = f"bucket {block.bucket} ({block.region})"
    account = (f", and account {block.account.account_id} does not block public access fully either "
               f"({', '.join(account_off)} off)") if block.account.configured else ""
    assert block.configured, f"{where} has no Block Public Access configuration{account}"
    off = [name for name in PUBLIC_ACCESS_SETTINGS if not block.settings[name]]
    assert not off, f"{where} does not block public access fully: {', '.join(off)} off{account}"
