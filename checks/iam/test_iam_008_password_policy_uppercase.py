"""IAM-008: the IAM password policy must require at least one uppercase."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-008",
    title="Password Policy Uppercase",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires at least one uppercase letter (A-Z).",
    rationale=(
        "Requiring a capital letter adds a second alphabet to what each character may be, which multiplies the "
        "work of brute-force and dictionary attacks. Without it, IAM accepts all-lowercase passwords, the kind "
        "cracking word lists try first."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, tick 'Require at least one "
        "uppercase letter from the Latin alphabet (A-Z)', and Save. CLI: 'aws iam "
        "update-account-password-policy --require-uppercase-characters' together with every other setting you "
        "keep (the call replaces the whole policy: for example '--minimum-password-length 14 "
        "--password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters "
        "--require-numbers --require-symbols --max-password-age 90')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-10",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html",
    ),
    notes=(
        "Evidence is iam:GetAccountPasswordPolicy RequireUppercaseCharacters. An account without a password "
        "policy (NoSuchEntity) fails: IAM's default asks for no character class. IAM.7 and IAM.10 both ask for "
        "it (RequireUppercaseCharacters true)."
    ),
)


def test_iam_008_password_policy_uppercase(password_policy):
    account = password_policy.account_id
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords need no uppercase letter (A-Z)"
    )
    assert password_policy.require_uppercase, (
        f"IAM password policy of account {account} does not require at least one uppercase letter (A-Z)"
    )
