"""CloudFront.1: CloudFront distributions with S3 origins must have a default root object."""

from fixtures.rules import Rule

RULE = Rule(
    id="CloudFront.1",
    title="CloudFront Default Root Object",
    risk="High",
    service="CloudFront",
    compliant="The distribution returns a default root object for requests to its root URL.",
    rationale=(
        "A viewer who asks for the bare domain of a distribution (https://d111.cloudfront.net/) names no object. "
        "Without a default root object CloudFront forwards that request to the origin unchanged, and an S3 "
        "bucket may answer it with a listing of its keys or an error that reveals how the origin is set up. "
        "Naming an object such as index.html makes the root URL return that page and nothing else."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, on the General tab choose Edit, enter "
        "the object (for example index.html, without a leading slash) under Default root object and choose Save "
        "changes. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set "
        "\"DefaultRootObject\": \"index.html\" in the DistributionConfig it returns, save that object as "
        "config.json, then 'aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG "
        "--distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-1",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_GetDistributionConfig.html",
    ),
    notes=(
        "Evidence is DefaultRootObject from cloudfront:GetDistributionConfig (ListDistributions leaves it out), "
        "read per distribution; any non-empty value passes. Scope follows the control's current text: only "
        "distributions with at least one S3 origin (S3OriginConfig) are evaluated, those with custom origins "
        "only are not applicable. The catalog row rates CloudFront.1 Critical; Security Hub now rates it High, "
        "so the risk is High. No Conformity ID in the 2023 list. CloudFront is global: the distributions are "
        "read once per account and their cases' region is 'global'."
    ),
)


def test_cloudfront_1_default_root_object(cloudfront_s3_origin_settings):
    settings = cloudfront_s3_origin_settings
    buckets = ", ".join(origin.bucket for origin in settings.distribution.origins_of("s3"))
    assert settings.default_root_object, (
        f"CloudFront distribution {settings.distribution.name} has S3 origins ({buckets}) and no default root "
        "object: a request for its root URL goes to the origin as it is"
    )
