"""PrivateCertificateAuthority.1: AWS Private CA root certificate authorities must not be left enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="PrivateCertificateAuthority.1",
    title="AWS Private CA root CA disabled",
    risk="Low",
    service="ACM",
    compliant="The root certificate authority is disabled.",
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
        "Status; one case per root CA (subordinate CAs are outside the control and not listed). Security Hub's "
        "page says the control fails an enabled root CA; the AWS Config rule it runs (acm-pca-root-ca-disabled) "
        "is exact: a root CA whose status is anything but DISABLED is non-compliant. This rule follows the Config "
        "rule, so ACTIVE fails and so do CREATING, PENDING_CERTIFICATE (it can be activated at any time), "
        "EXPIRED and FAILED. Decision: DELETED (a CA in its restore window) passes: it cannot issue, and AWS does "
        "not say whether its Config rule still judges a deleted CA. A root CA that must stay active (a one-level hierarchy) is "
        "a case for a waiver."
    ),
)

# DISABLED, as the control's Config rule asks; DELETED (restorable for a while, but unable to issue) by decision.
PASSING_STATUSES = ("DISABLED", "DELETED")


def test_privatecertificateauthority_1_root_ca_disabled(root_certificate_authority):
    authority = root_certificate_authority
    state = "active (enabled)" if authority.status == "ACTIVE" else f"not disabled (status {authority.status})"
    assert authority.status in PASSING_STATUSES, (
        f"AWS Private CA root certificate authority {authority.named} in {authority.region} is {state}"
    )
