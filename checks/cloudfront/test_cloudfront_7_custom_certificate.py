"""CloudFront.7: CloudFront distributions must serve a custom SSL/TLS certificate."""

from fixtures.rules import Rule

RULE = Rule(
    id="CloudFront.7",
    title="CloudFront Custom SSL/TLS Certificate",
    risk="Medium",
    service="CloudFront",
    compliant="The distribution serves viewers a custom SSL/TLS certificate (ACM or IAM).",
    rationale=(
        "With CloudFront's default certificate a distribution can only be reached securely under its "
        "*.cloudfront.net name, so users learn to trust a random-looking host name that anyone can obtain from "
        "CloudFront, and the organisation's own domain cannot be served over HTTPS. A certificate for your own "
        "domain, kept in ACM, ties the site to a name you control and lets you choose the TLS security policy."
    ),
    remediation=(
        "Console: request or import a certificate for the domain in AWS Certificate Manager in us-east-1, then "
        "open CloudFront > Distributions, select the distribution, on the General tab choose Edit, add the "
        "domain under Alternate domain name (CNAME), choose the certificate under Custom SSL certificate and "
        "choose Save changes. "
        "CLI: 'aws acm request-certificate --region us-east-1 --domain-name www.example.com --validation-method "
        "DNS', then 'aws cloudfront get-distribution-config --id DISTRIBUTION_ID' (note the ETag), set Aliases "
        "and \"ViewerCertificate\": {\"ACMCertificateArn\": \"CERT_ARN\", \"SSLSupportMethod\": \"sni-only\", "
        "\"MinimumProtocolVersion\": \"TLSv1.2_2021\"} in the DistributionConfig, save it as config.json and run "
        "'aws cloudfront update-distribution --id DISTRIBUTION_ID --if-match ETAG --distribution-config "
        "file://config.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-7",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html",
        "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html",
    ),
    notes=(
        "Evidence is ViewerCertificate.CloudFrontDefaultCertificate in cloudfront:ListDistributions: true fails, "
        "false (an ACM or IAM certificate) passes, as in the control. No Conformity ID in the 2023 list."
    ),
)


def test_cloudfront_7_custom_certificate(cloudfront_distribution):
    distribution = cloudfront_distribution
    assert not distribution.default_certificate, (
        f"CloudFront distribution {distribution.name} uses CloudFront's default certificate (*.cloudfront.net) "
        "instead of a custom SSL/TLS certificate"
    )
