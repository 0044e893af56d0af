"""CF-004: CloudFront distributions must be protected by an AWS WAF web ACL."""

from fixtures.rules import Rule

RULE = Rule(
    id="CF-004",
    title="CloudFront Integrated With WAF",
    risk="Medium",
    service="CloudFront",
    compliant="The distribution is protected by an AWS WAF web ACL.",
    rationale=(
        "A distribution is the public front door of whatever sits behind it. Without a web ACL every request "
        "that reaches an edge location is passed on, whether it carries SQL injection, comes from a known bad "
        "address or is one of a flood from a single client. A web ACL filters and rate-limits requests at the "
        "edge, before they cost origin capacity or reach application code."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, on the General tab choose Edit, "
        "under AWS WAF web ACL choose an existing web ACL (scope CloudFront) or enable security protections to "
        "create one, and choose Save changes. "
        "CLI: create a web ACL with 'aws wafv2 create-web-acl --scope CLOUDFRONT --region us-east-1 ...' if "
        "needed, then 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set "
        "\"WebACLId\" to the web ACL's ARN in the DistributionConfig, save it as config.json and run 'aws "
        "cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config "
        "file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-6",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionSummary.html",
    ),
    notes=(
        "FSBP CloudFront.6. Evidence is WebACLId in cloudfront:ListDistributions: any value passes (a WAFv2 web "
        "ACL ARN or a WAF Classic web ACL ID), as the control accepts either. Whether the web ACL holds rules "
        "is WAF.10's question. Conformity CF-004 checks the same field."
    ),
)


def test_cf_004_waf_integration(cloudfront_distribution):
    distribution = cloudfront_distribution
    assert distribution.web_acl_id, (
        f"CloudFront distribution {distribution.name} is not associated with an AWS WAF web ACL"
    )
