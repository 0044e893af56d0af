"""CloudFront.12 on a fresh moto account: an origin bucket another account owns exists; a deleted one does not."""

import boto3

from fixtures.offline import deny
from fixtures.scenarios.edge import behavior, create_distribution, distribution_config, s3_origin
from fixtures.scenarios.storage import create_bucket

EAST = "us-east-1"


def test_cloudfront_12_passes_an_origin_whose_bucket_another_account_owns(aws, run_audit):
    """Another account's bucket is not in this account's s3:ListBuckets, yet it exists: GetBucketLocation tells
    it from a deleted one (NoSuchBucket), so only the deleted one fails."""
    create_bucket(boto3.Session(profile_name="other").client("s3", region_name=EAST), "partner-assets")
    cloudfront = boto3.Session(profile_name="prod").client("cloudfront", region_name=EAST)
    shared = create_distribution(cloudfront, distribution_config(
        "shared", [s3_origin("partner", "partner-assets.s3.amazonaws.com")], [behavior("partner", "redirect-to-https")]))
    mixed = create_distribution(cloudfront, distribution_config(
        "mixed", [s3_origin("partner", "partner-assets.s3.amazonaws.com"),
                  s3_origin("gone", "acme-gone-assets.s3.amazonaws.com")],
        [behavior("partner", "redirect-to-https"), behavior("gone", "redirect-to-https", "/gone/*")]))
    run = run_audit("--aws-profile=prod", "--rule=CloudFront.12")
    found = {f["resource"].rsplit("/", 1)[1]: (f["status"], f["message"]) for f in run.findings}
    assert found == {
        shared["Id"]: ("PASS", "Every S3 origin of the distribution points to a bucket that exists."),
        mixed["Id"]: ("FAIL", f"CloudFront distribution {mixed['Id']} ({mixed['DomainName']}) points to S3 buckets that do not "
                              "exist: acme-gone-assets"),
    }


def test_cloudfront_12_is_an_error_when_an_outside_buckets_existence_cannot_be_read(aws, run_audit, monkeypatch):
    """AccessDenied on GetBucketLocation comes as well from this principal lacking the permission as from the
    bucket's owner: it proves nothing, so the case cannot pass."""
    create_bucket(boto3.Session(profile_name="other").client("s3", region_name=EAST), "partner-assets")
    cloudfront = boto3.Session(profile_name="prod").client("cloudfront", region_name=EAST)
    shared = create_distribution(cloudfront, distribution_config(
        "shared", [s3_origin("partner", "partner-assets.s3.amazonaws.com")], [behavior("partner", "redirect-to-https")]))
    deny(monkeypatch, "s3:GetBucketLocation")
    run = run_audit("--aws-profile=prod", "--rule=CloudFront.12")
    assert [(f["resource"].rsplit("/", 1)[1], f["status"], f["message"]) for f in run.findings] == [
        (shared["Id"], "ERROR", "could not evaluate: s3:GetBucketLocation was denied (AccessDenied): grant "
                                "s3:GetBucketLocation to the auditing principal")]
