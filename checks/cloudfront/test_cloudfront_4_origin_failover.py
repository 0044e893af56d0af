"""CloudFront.4: CloudFront distributions must have an origin group to fail over between origins."""

from fixtures.rules import Rule

RULE = Rule(
    id="CloudFront.4",
    title="CloudFront Origin Failover",
    risk="Low",
    service="CloudFront",
    compliant="The distribution has an origin group of two or more origins to fail over between.",
    rationale=(
        "With a single origin behind it, a distribution is only as available as that origin: when it is down or "
        "answers with server errors, viewers get errors for everything that is not cached. An origin group "
        "names a second origin that CloudFront retries on the failure codes you choose, so a regional outage or "
        "a broken deployment of the primary does not take the site down."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, make sure it has a second origin "
        "(Origins tab > Create origin), then choose Create origin group, add the primary and the secondary "
        "origin, pick the failover status codes (for example 500, 502, 503, 504) and save; point the cache "
        "behaviors that should fail over at the origin group. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), add to the "
        "DistributionConfig an OriginGroups item with two Members and FailoverCriteria StatusCodes, set the "
        "cache behaviors' TargetOriginId to the group's Id, save it as config.json, then 'aws cloudfront "
        "update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-4",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_OriginGroup.html",
    ),
    notes=(
        "Evidence is OriginGroups in cloudfront:ListDistributions: a group with two or more Members passes, as "
        "the control words it; whether a cache behavior routes to the group is not part of the control (stricter "
        "advice: route the default cache behavior to it). No Conformity ID in the 2023 list."
    ),
)


def test_cloudfront_4_origin_failover(cloudfront_distribution):
    distribution = cloudfront_distribution
    assert any(len(group.members) >= 2 for group in distribution.origin_groups), (
        f"CloudFront distribution {distribution.name} has no origin group with two or more origins to fail "
        "over to"
    )
