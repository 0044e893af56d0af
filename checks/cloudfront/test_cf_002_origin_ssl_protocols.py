"""CF-002: CloudFront distributions must not offer SSLv3 to custom origins."""

from fixtures.rules import Rule

RULE = Rule(
    id="CF-002",
    title="CloudFront Insecure Origin SSL Protocols",
    risk="Medium",
    service="CloudFront",
    compliant="No custom origin of the distribution accepts SSLv3.",
    rationale=(
        "SSL 3.0 has been broken since the POODLE attack of 2014 and was formally deprecated in 2015. If a "
        "custom origin's allowed protocols include it, an attacker on the path between the edge and the origin "
        "can push the connection down to SSLv3 and recover parts of the encrypted traffic. Offering the origin "
        "TLS 1.2 only removes that fallback."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, open the Origins tab, select each "
        "custom origin, choose Edit, under Minimum origin SSL protocol choose TLSv1.2 and choose Save changes. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set "
        "\"OriginSslProtocols\": {\"Quantity\": 1, \"Items\": [\"TLSv1.2\"]} in the CustomOriginConfig of each "
        "custom origin, save the DistributionConfig as config.json and run 'aws cloudfront update-distribution "
        "--id DISTRIBUTION_ID --if-match ETAG --distribution-config file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-10",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_OriginSslProtocols.html",
    ),
    notes=(
        "FSBP CloudFront.10. Evidence is CustomOriginConfig.OriginSslProtocols of each custom origin in "
        "cloudfront:ListDistributions: the control fails SSLv3 only, and so does this rule. Stricter advice, "
        "not tested: leave out TLSv1 and TLSv1.1 as well. Distributions without custom origins are not "
        "applicable. Conformity CF-002 checks the same setting."
    ),
)


def test_cf_002_origin_ssl_protocols(cloudfront_custom_origin_distribution):
    distribution = cloudfront_custom_origin_distribution
    with_sslv3 = [f"{origin.id} ({origin.domain_name})" for origin in distribution.origins_of("custom")
                  if "SSLv3" in origin.ssl_protocols]
    assert not with_sslv3, (
        f"CloudFront distribution {distribution.name} allows the deprecated SSLv3 protocol to custom origins: "
        + ", ".join(with_sslv3)
    )
