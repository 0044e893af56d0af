"""ACM-003: ACM certificates must be renewed before they come within the renewal window of their expiry."""

from datetime import datetime, timedelta, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="ACM-003",
    title="AWS ACM Certificates Renewal",
    risk="Medium",
    service="ACM",
    compliant="The certificate does not expire within the configured number of days.",
    rationale=(
        "When a certificate lapses, browsers and API clients refuse the connection and the service behind it "
        "goes dark, or people learn to click through warnings. ACM renews only certificates it issued and "
        "could validate; imported ones, and those whose DNS or email validation broke, run out unless someone "
        "acts. Flagging them a month ahead leaves time to reissue and redeploy."
    ),
    remediation=(
        "Console: ACM > List certificates > the certificate. For an imported one, obtain a new certificate "
        "from its issuer and choose Reimport certificate (the ARN stays, so load balancers and distributions "
        "pick it up). For an ACM-issued one, check its Renewal status and fix validation: restore the DNS "
        "CNAME records ACM asked for, or answer the validation email. "
        "CLI: 'aws acm import-certificate --certificate-arn ARN --certificate fileb://cert.pem --private-key "
        "fileb://key.pem --certificate-chain fileb://chain.pem'; 'aws acm describe-certificate "
        "--certificate-arn ARN' shows RenewalSummary and the DNS records to restore."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/acm-certificate-expiration-check.html",
        "https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html",
    ),
    notes=(
        "Carries FSBP ACM.1, which judges imported and ACM-issued certificates alike. Threshold: "
        "settings.acm_days_to_expiration (FSBP daysToExpiration, default 30; Security Hub accepts 14 to 365): "
        "a certificate whose NotAfter is that many days away or less fails, and so does one already expired. "
        "A certificate not issued yet (pending validation, no NotAfter) has nothing to renew and passes. "
        "Conformity's ACM-002 (7 days) and ACM-004 (45 days) are the same check at other thresholds. Evidence: "
        "acm:ListCertificates (every key type) and acm:DescribeCertificate NotAfter per certificate."
    ),
)


def test_acm_003_certificate_renewal(acm_certificate, settings):
    certificate, days = acm_certificate, settings.acm_days_to_expiration
    if certificate.not_after is None:
        return
    expires = datetime.fromisoformat(certificate.not_after)
    left = expires - datetime.now(timezone.utc)
    if left < timedelta(0):
        when = f"expired on {expires:%Y-%m-%d} ({-left.days} days ago)"
    else:
        when = f"expires on {expires:%Y-%m-%d} (in {left.days} days)"
    assert left > timedelta(days=days), (
        f"{certificate.type.lower().replace('_', '-')} ACM certificate {certificate.named} in {certificate.region} "
        f"{when}, within the {days}-day renewal window"
    )
