"""CF-005: CloudFront distributions must deliver standard access logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="CF-005",
    title="CloudFront Logging Enabled",
    risk="Medium",
    service="CloudFront",
    compliant="The distribution delivers standard access logs.",
    rationale=(
        "CloudFront answers most requests from its edge caches, so the origin's own logs never see them. The "
        "distribution's access logs are the only record of who asked for what, from which address, when and "
        "with what result; without them an investigation of scraping, credential stuffing or data exposure "
        "through the distribution has nothing to start from."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, on the General tab choose Edit, set "
        "Standard logging to On, choose the S3 bucket (with ACLs enabled, so CloudFront can write to it) and a "
        "prefix, and choose Save changes. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set \"Logging\": "
        "{\"Enabled\": true, \"IncludeCookies\": false, \"Bucket\": \"LOG_BUCKET.s3.amazonaws.com\", "
        "\"Prefix\": \"cloudfront/\"} in the DistributionConfig, save it as config.json, then 'aws cloudfront "
        "update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging-legacy-s3.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_LoggingConfig.html",
    ),
    notes=(
        "FSBP CloudFront.5. Evidence is Logging.Enabled from cloudfront:GetDistributionConfig, read per "
        "distribution (ListDistributions leaves it out). As the control states, only standard logging (legacy, "
        "to S3) counts: a distribution that sends logs only through the newer CloudWatch vended-log delivery or "
        "real-time logs FAILs here as it does in Security Hub; waive it naming that delivery. Conformity CF-005 "
        "checks the same setting."
    ),
)


def test_cf_005_logging_enabled(cloudfront_distribution_settings):
    settings = cloudfront_distribution_settings
    assert settings.logging, (
        f"CloudFront distribution {settings.distribution.name} does not have standard logging enabled"
    )
