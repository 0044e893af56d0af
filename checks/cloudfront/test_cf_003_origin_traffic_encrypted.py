"""CF-003: CloudFront distributions must encrypt the traffic they send to custom origins."""

from fixtures.rules import Rule

RULE = Rule(
    id="CF-003",
    title="CloudFront Traffic To Origin Unencrypted",
    risk="Medium",
    service="CloudFront",
    compliant="The distribution reaches its custom origins over HTTPS only.",
    rationale=(
        "Requiring HTTPS from viewers protects only the first leg of a request. When CloudFront fetches from a "
        "custom origin over HTTP, the request, its cookies and authorisation headers, and the response travel "
        "unencrypted across the internet between the edge and the origin, where they can be read or altered. "
        "An origin protocol policy of HTTPS only (or match viewer behind behaviors that refuse HTTP) encrypts "
        "that leg too."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, open the Origins tab, select each "
        "custom origin, choose Edit, set Protocol to HTTPS only (the origin needs a valid certificate for its "
        "domain) and choose Save changes. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set "
        "\"OriginProtocolPolicy\": \"https-only\" in the CustomOriginConfig of each custom origin, save the "
        "DistributionConfig as config.json and run 'aws cloudfront update-distribution --id DISTRIBUTION_ID "
        "--if-match ETAG --distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-9",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CustomOriginConfig.html",
    ),
    notes=(
        "FSBP CloudFront.9. Evidence is CustomOriginConfig.OriginProtocolPolicy of each custom origin in "
        "cloudfront:ListDistributions, with the ViewerProtocolPolicy of the cache behaviors: http-only fails; "
        "match-viewer fails when a cache behavior that sends requests to the origin (directly or through an "
        "origin group) is allow-all, which is where match-viewer forwards HTTP; https-only passes. The control "
        "says 'match-viewer while the viewer protocol policy is allow-all' without naming which behavior: we "
        "read the behaviors that route to the origin. Distributions without custom origins (S3 origins only) "
        "are not applicable. Conformity CF-003 checks the same settings."
    ),
)


def test_cf_003_origin_traffic_encrypted(cloudfront_custom_origin_distribution):
    distribution = cloudfront_custom_origin_distribution
    over_http = distribution.custom_origins_over_http()
    assert not over_http, (
        f"CloudFront distribution {distribution.name} may reach custom origins over plain HTTP: "
        + "; ".join(over_http)
    )
