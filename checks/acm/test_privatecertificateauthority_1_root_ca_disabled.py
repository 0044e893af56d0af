"""PrivateCertificateAuthority.1: AWS Private CA root certificate authorities must not be left enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="PrivateCertificateAuthority.1",
    title="AWS Private CA root CA disabled",
    risk="Low",
    service="ACM",
    compliant="The root certificate authority is not active.",
    rationale=(
        "A root CA's key is the anchor every certificate in the hierarchy chains to: misuse of it lets someone "
        "mint subordinate CAs and certificates that all internal clients trust. Once it has signed the "
        "subordinate CAs that issue day-to-day certificates, the root has no routine work; keeping it disabled "
        "until the next subordinate is needed means no one can issue with it by accident or intent."
    ),
    remediation=(
        "Make sure subordinate CAs do the day-to-day issuing, then: Console: AWS Private CA > Private "
        "certificate authorities > the root CA > Actions > Disable. Enable it again only to sign or renew a "
        "subordinate CA. "
        "CLI: 'aws acm-pca update-certificate-authority --certificate-authority-arn ARN --status DISABLED'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/pca-controls.html#pca-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/acm-pca-root-ca-disabled.html",
        "https://docs.aws.amazon.com/privateca/latest/userguide/console-update.html",
    ),
    notes=(
        "Security Hub now numbers this control PCA.1. Evidence is acm-pca:ListCertificateAuthorities Type and "
        "Status; one case per root CA (subordinate CAs are outside the control and not listed). The control "
        "fails a root CA that is enabled, which is Status ACTIVE (the only state in which a CA issues); CAs "
        "being created, awaiting their certificate, disabled, expired, failed or deleted pass. A root CA that "
        "must stay active (a one-level hierarchy) is a case for a waiver."
    ),
)


def test_privatecertificateauthority_1_root_ca_disabled(root_certificate_authority):
    authority = root_certificate_authority
    assert authority.status != "ACTIVE", (
        f"AWS Private CA root certificate authority {authority.named} in {authority.region} is active (enabled)"
    )
