"""IAM-021: no expired SSL/TLS server certificate is stored in IAM."""

from datetime import datetime, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-021",
    title="Expired SSL/TLS Certificate",
    risk="Low",
    service="IAM",
    compliant="The IAM server certificate has not expired.",
    rationale=(
        "A certificate past its end date makes clients reject the connection, and one left in IAM can be "
        "picked by mistake for a load balancer or CloudFront distribution, taking the site down or teaching "
        "users to click through warnings. Removing expired certificates keeps only usable ones on offer."
    ),
    remediation=(
        "Console: IAM server certificates have no console page; replace the certificate wherever it is used "
        "(Elastic Load Balancing listeners, CloudFront), preferably with one from AWS Certificate Manager, "
        "which renews itself. "
        "CLI: 'aws iam list-server-certificates' shows each Expiration; after replacing it, "
        "'aws iam delete-server-certificate --server-certificate-name <name>'."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html",
    ),
    notes="Expired means an Expiration earlier than the moment of the audit. Evidence: iam:ListServerCertificates.",
)


def test_iam_021_expired_server_certificates(server_certificates):
    certificate = server_certificates
    now = datetime.now(timezone.utc)
    days = (now - certificate.expires).days
    assert certificate.expires > now, (
        f"IAM server certificate {certificate.name} expired on {certificate.expires:%Y-%m-%d} ({days} days ago)"
    )
