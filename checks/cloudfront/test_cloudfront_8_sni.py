"""CloudFront.8: CloudFront distributions with a custom certificate must serve HTTPS with SNI."""

from fixtures.rules import Rule

RULE = Rule(
    id="CloudFront.8",
    title="CloudFront SNI For HTTPS",
    risk="Low",
    service="CloudFront",
    compliant="The distribution serves its custom certificate with SNI.",
    rationale=(
        "Serving a custom certificate from dedicated IP addresses at every edge location exists only for "
        "clients from before 2010 that cannot send the host name in the TLS handshake. It costs a monthly fee "
        "per distribution and gains nothing for current browsers; SNI serves the same certificate to every "
        "client in use today and keeps the configuration uniform across distributions."
    ),
    remediation=(
        "Console: open CloudFront > Distributions, select the distribution, on the General tab choose Edit, "
        "under Legacy clients support (or Custom SSL client support) choose the option for clients that support "
        "SNI, and choose Save changes. "
        "CLI: 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set "
        "\"SSLSupportMethod\": \"sni-only\" in ViewerCertificate, save the DistributionConfig as config.json and "
        "run 'aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config "
        "file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-8",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-https-dedicated-ip-or-sni.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html",
    ),
    notes=(
        "Evidence is ViewerCertificate.SSLSupportMethod in cloudfront:ListDistributions for distributions with a "
        "custom certificate (CloudFrontDefaultCertificate false); those with CloudFront's default certificate are "
        "not applicable, as the control evaluates only custom certificates. sni-only passes; vip (dedicated IP "
        "addresses) fails, as the control says; static-ip, a dedicated-address option CloudFront grants on "
        "request, fails too, being no more SNI than vip. No Conformity ID in the 2023 list."
    ),
)


def test_cloudfront_8_sni(cloudfront_custom_certificate_distribution):
    distribution = cloudfront_custom_certificate_distribution
    assert distribution.ssl_support_method == "sni-only", (
        f"CloudFront distribution {distribution.name} serves its custom certificate from dedicated IP addresses "
        f"(SSL support method {distribution.ssl_support_method or 'not set'}), not with SNI"
    )
