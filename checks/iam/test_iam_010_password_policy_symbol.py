"""IAM-010: the IAM password policy must require at least one symbol."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-010",
    title="Password Policy Symbol",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires at least one symbol (a non-alphanumeric character).",
    rationale=(
        "Punctuation and other non-alphanumeric characters enlarge the alphabet of a password more than any "
        "other class, and are the class people leave out when nothing forces them in. Requiring one makes "
        "common words with a digit tacked on no longer acceptable."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, tick 'Require at least one "
        "non-alphanumeric character', and Save. CLI: 'aws iam update-account-password-policy "
        "--require-symbols' together with every other setting you keep (the call replaces the whole policy: "
        "for example '--minimum-password-length 14 --password-reuse-prevention 24 "
        "--require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols "
        "--max-password-age 90')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html",
    ),
    notes=(
        "Evidence is iam:GetAccountPasswordPolicy RequireSymbols. An account without a password policy "
        "(NoSuchEntity) fails: IAM's default asks for no character class. IAM.7 asks for it (RequireSymbols "
        "true); IAM.10, the PCI DSS v3.2.1 set, does not, so this rule carries IAM.7 only."
    ),
)


def test_iam_010_password_policy_symbol(password_policy):
    account = password_policy.account_id
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords need no symbol (a non-alphanumeric character)"
    )
    assert password_policy.require_symbols, (
        f"IAM password policy of account {account} does not require at least one symbol (a non-alphanumeric character)"
    )
