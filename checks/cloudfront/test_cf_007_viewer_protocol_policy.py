"""CF-007: CloudFront distributions must require HTTPS between viewers and CloudFront."""

from fixtures.rules import Rule
from fixtures.subjects.cloudfront import HTTP_ALLOWED

RULE = Rule(
    id="CF-007",
    title="CloudFront Viewer Protocol Policy",
    risk="Medium",
    service="CloudFront",
    compliant="Every cache behavior of the distribution requires HTTPS or redirects HTTP to HTTPS.",
    rationale=(
        "A cache behavior whose viewer protocol policy is allow-all answers plain HTTP as readily as HTTPS, so "
        "pages, cookies and form data can cross the network in clear text, where anyone on the path can read "
        "or rewrite them. Redirecting HTTP to HTTPS, or refusing HTTP, keeps every viewer connection encrypted."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, open the Behaviors tab and, for each "
        "behavior whose Viewer protocol policy is HTTP and HTTPS, choose Edit, select Redirect HTTP to HTTPS (or "
        "HTTPS only) and Save changes. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set "
        "\"ViewerProtocolPolicy\": \"redirect-to-https\" in DefaultCacheBehavior and in every item of "
        "CacheBehaviors, save the DistributionConfig as config.json, then 'aws cloudfront update-distribution "
        "--id DISTRIBUTION_ID --if-match ETAG --distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-3",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionSummary.html",
    ),
    notes=(
        "FSBP CloudFront.3. Evidence is ViewerProtocolPolicy of DefaultCacheBehavior and of every CacheBehaviors "
        "item in cloudfront:ListDistributions: allow-all fails, redirect-to-https and https-only pass, as in the "
        "control. Conformity CF-007 checks the same setting."
    ),
)


def test_cf_007_viewer_protocol_policy(cloudfront_distribution):
    distribution = cloudfront_distribution
    open_to_http = [behavior.label for behavior in distribution.behaviors
                    if behavior.viewer_protocol_policy == HTTP_ALLOWED]
    assert not open_to_http, (
        f"CloudFront distribution {distribution.name} lets viewers use plain HTTP (viewer protocol policy "
        f"{HTTP_ALLOWED}) in cache behaviors: {', '.join(open_to_http)}"
    )
