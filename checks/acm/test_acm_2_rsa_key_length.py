"""ACM.2: RSA certificates in ACM must use keys of at least 2048 bits."""

from fixtures.rules import Rule

MIN_RSA_BITS = 2048

RULE = Rule(
    id="ACM.2",
    title="ACM RSA certificates with keys of at least 2048 bits",
    risk="High",
    service="ACM",
    compliant="The RSA certificate's key is at least 2048 bits long.",
    rationale=(
        "A 1024-bit RSA key is within reach of well-funded attackers, and NIST stopped allowing it years ago. "
        "Whoever factors the key can impersonate the site or, for older cipher suites, read recorded traffic; "
        "clients and browsers increasingly reject such certificates outright. ACM issues only 2048-bit or "
        "stronger keys, so a weak one is almost always an imported certificate."
    ),
    remediation=(
        "A key length cannot be changed in place. Console: ACM > Request a certificate (RSA 2048 or an ECDSA "
        "key), validate it, switch each user shown under 'Associated resources' (load balancer listeners, "
        "CloudFront distributions, API Gateway domains) to the new certificate, then delete the old one; for an "
        "imported certificate, have the issuer sign a new 2048-bit (or larger) key and reimport it. "
        "CLI: 'aws acm request-certificate --domain-name NAME --validation-method DNS --key-algorithm "
        "RSA_2048', or 'aws acm import-certificate --certificate-arn ARN --certificate fileb://cert.pem "
        "--private-key fileb://key.pem'; then 'aws acm delete-certificate --certificate-arn OLD_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/acm-controls.html#acm-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/acm-certificate-rsa-check.html",
        "https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms",
    ),
    notes=(
        "One case per certificate whose ListCertificates KeyAlgorithm is RSA (ListCertificates is asked for "
        "every key type, since it otherwise lists RSA_2048 only); elliptic-curve certificates are outside the "
        "control and not listed (Prowler's check also fails weak curves; ACM offers none below P-256). "
        "Evidence is acm:DescribeCertificate KeyAlgorithm (RSA_1024 fails; RSA_2048, RSA_3072, RSA_4096 pass)."
    ),
)


def test_acm_2_rsa_key_length(acm_rsa_certificate):
    certificate = acm_rsa_certificate
    bits = int(certificate.key_algorithm.removeprefix("RSA_") or 0)
    assert bits >= MIN_RSA_BITS, (
        f"ACM certificate {certificate.named} in {certificate.region} uses a {bits}-bit RSA key, shorter than "
        f"{MIN_RSA_BITS} bits"
    )
