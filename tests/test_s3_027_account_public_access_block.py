"""S3-027 (account-level S3 Block Public Access): every verdict the rule can give, on moto."""

import boto3

from fixtures.offline import deny, stub
from fixtures.scenarios.storage import ALL_BLOCKED
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT


def block_account(profile: str, account_id: str, **settings: bool) -> None:
    boto3.Session(profile_name=profile).client("s3control").put_public_access_block(
        AccountId=account_id, PublicAccessBlockConfiguration={**ALL_BLOCKED, **settings})


def test_s3_027_judges_each_account_on_its_own_settings(aws, run_audit):
    block_account("other", OTHER_ACCOUNT)
    run = run_audit("--aws-profile=prod", "--aws-profile=other", "--aws-regions=us-east-1", "--rule=S3-027")
    verdicts = {f["account_id"]: (f["resource"], f["region"], f["status"], f["message"]) for f in run.findings}
    assert verdicts == {
        PROD_ACCOUNT: (f"arn:aws:s3::{PROD_ACCOUNT}:account", "global", "FAIL",
                       f"account {PROD_ACCOUNT} has no account-level S3 Block Public Access configuration"),
        OTHER_ACCOUNT: (f"arn:aws:s3::{OTHER_ACCOUNT}:account", "global", "PASS",
                        "The account, or every one of its buckets, turns on all four S3 Block Public Access settings."),
    }


def test_s3_027_fails_when_some_settings_are_off(aws, run_audit):
    block_account("prod", PROD_ACCOUNT, IgnorePublicAcls=False, RestrictPublicBuckets=False)
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-027").only("S3-027")
    assert (finding["status"], finding["message"]) == ("FAIL", (
        f"account {PROD_ACCOUNT} does not block S3 public access account-wide: "
        "IgnorePublicAcls, RestrictPublicBuckets off"))


def test_s3_027_is_an_error_naming_the_action_when_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "s3control:GetPublicAccessBlock")
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-027").only("S3-027")
    assert (finding["status"], finding["message"]) == ("ERROR", (
        "could not evaluate: s3control:GetPublicAccessBlock was denied (AccessDenied): "
        "grant s3:GetAccountPublicAccessBlock to the auditing principal"))


def test_s3_027_is_an_error_naming_the_reader_when_it_cannot_read_the_answer(aws, run_audit, monkeypatch):
    """A reader's own fault on an account's data is named like one on a listing or a resource's data."""
    stub(monkeypatch, "s3control:GetPublicAccessBlock", {})  # an answer without its configuration
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-027").only("S3-027")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: reading s3-account-public-access-block failed: "
                 "KeyError: 'PublicAccessBlockConfiguration'")


def test_s3_027_passes_when_every_bucket_blocks_public_access_itself(aws, run_audit):
    # CIS 2.1.4: Block Public Access at bucket level or at account level; every bucket blocking fully passes.
    s3 = boto3.Session(profile_name="prod").client("s3")
    for name in ("app-logs", "app-assets"):
        s3.create_bucket(Bucket=name)
        s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration=ALL_BLOCKED)
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-027").only("S3-027")
    assert (finding["status"], finding["message"]) == (
        "PASS", "The account, or every one of its buckets, turns on all four S3 Block Public Access settings.")


def test_s3_027_names_the_buckets_that_leave_public_access_open(aws, run_audit):
    s3 = boto3.Session(profile_name="prod").client("s3")
    for name in ("app-logs", "app-assets", "app-site"):
        s3.create_bucket(Bucket=name)
    s3.put_public_access_block(Bucket="app-logs", PublicAccessBlockConfiguration=ALL_BLOCKED)
    s3.put_public_access_block(Bucket="app-site", PublicAccessBlockConfiguration={**ALL_BLOCKED, "BlockPublicPolicy": False})
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-027").only("S3-027")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no account-level S3 Block Public Access configuration, and not every "
                "bucket blocks public access itself (app-assets, app-site do not)")
