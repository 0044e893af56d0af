"""IAM.10: the IAM password policy must meet the PCI DSS v3.2.1 minimums for length and reuse."""

from fixtures.rules import Rule

# FSBP IAM.10 takes no parameters: these are PCI DSS v3.2.1 8.2.3 and 8.2.5.
PCI_MIN_LENGTH = 7
PCI_REUSE_PREVENTION = 4

RULE = Rule(
    id="IAM.10",
    title="Password policy PCI DSS length and reuse",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires at least 7 characters and remembers at least 4 previous passwords.",
    rationale=(
        "PCI DSS v3.2.1 sets a floor for passwords that protect cardholder data environments: at least seven "
        "characters, and no reuse of any of the last four. Below that floor, short passwords fall to guessing "
        "and a forced change can simply put the old, possibly leaked, password back."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, set 'Password minimum "
        "length' to 7 or more, tick 'Prevent password reuse' and remember 4 or more, and Save (14 and 24 "
        "meet CIS as well). "
        "CLI: 'aws iam update-account-password-policy --minimum-password-length 14 "
        "--password-reuse-prevention 24' together with every other setting you keep (the call replaces the "
        "whole policy)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-10",
        "https://docs.aws.amazon.com/config/latest/developerguide/iam-password-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html",
    ),
    notes=(
        "FSBP IAM.10 is the older, fixed PCI DSS v3.2.1 configuration: uppercase, lowercase and numbers "
        "(IAM-008, IAM-007, IAM-009), MaxPasswordAge 90 (IAM-011), and MinimumPasswordLength at least 7 with "
        "PasswordReusePrevention at least 4 (this rule, fixed values as the control has no parameters). "
        "IAM-005 (14) and IAM-012 (24) are the stricter CIS thresholds, so they are not mapped to IAM.10. "
        "Evidence is iam:GetAccountPasswordPolicy. An account without a password policy fails."
    ),
)


def test_iam_10_password_policy_pci_length_and_reuse(password_policy):
    account = password_policy.account_id
    assert password_policy.present, (
        f"account {account} has no IAM password policy (PCI DSS asks for at least {PCI_MIN_LENGTH} characters "
        f"and no reuse of the last {PCI_REUSE_PREVENTION} passwords)"
    )
    length, remembered = password_policy.minimum_length or 0, password_policy.reuse_prevention or 0
    shortfalls = []
    if length < PCI_MIN_LENGTH:
        shortfalls.append(f"requires {length} characters at minimum, fewer than {PCI_MIN_LENGTH}")
    if remembered < PCI_REUSE_PREVENTION:
        shortfalls.append(f"remembers {remembered} previous passwords, fewer than {PCI_REUSE_PREVENTION}")
    assert not shortfalls, f"IAM password policy of account {account} " + " and ".join(shortfalls)
