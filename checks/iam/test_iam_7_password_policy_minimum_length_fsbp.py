"""IAM.7: the IAM password policy must require passwords of at least the FSBP minimum length."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM.7",
    title="Password policy minimum length (FSBP)",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires passwords at least as long as the FSBP minimum.",
    rationale=(
        "Length does more for a password's strength than any other setting: each added character multiplies "
        "the guesses needed. Without a policy IAM takes passwords as short as eight characters, and a "
        "custom policy can be set lower still, down to six."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, set 'Password minimum "
        "length' to 8 or more (14 meets CIS too), and Save. "
        "CLI: 'aws iam update-account-password-policy --minimum-password-length 14' together with every "
        "other setting you keep (the call replaces the whole policy)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7",
        "https://docs.aws.amazon.com/config/latest/developerguide/iam-password-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html",
    ),
    notes=(
        "FSBP IAM.7 checks RequireUppercaseCharacters, RequireLowercaseCharacters, RequireSymbols and "
        "RequireNumbers (IAM-008, IAM-007, IAM-010, IAM-009) and MinimumPasswordLength of at least 8 (this "
        "rule; reuse prevention and maximum age have no default there and are not checked). IAM-005 checks "
        "length against the CIS 14, stricter than IAM.7 passes, so it is not mapped to IAM.7 and this rule "
        "carries the FSBP threshold: settings.password_min_length_fsbp (default 8; Security Hub accepts "
        "8 to 128). Evidence is iam:GetAccountPasswordPolicy MinimumPasswordLength. An account without a "
        "password policy fails, as the control fails on IAM's default policy."
    ),
)


def test_iam_7_password_policy_minimum_length_fsbp(password_policy, settings):
    account, wanted = password_policy.account_id, settings.password_min_length_fsbp
    assert password_policy.present, (
        f"account {account} has no IAM password policy (FSBP asks for a policy requiring at least {wanted} "
        "characters)"
    )
    length = password_policy.minimum_length or 0
    assert length >= wanted, (
        f"IAM password policy of account {account} requires {length} characters at minimum, fewer than {wanted}"
    )
