"""IAM-009: the IAM password policy must require at least one number."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-009",
    title="Password Policy Number",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires at least one number (0-9).",
    rationale=(
        "A required digit lifts passwords out of plain dictionary words and widens the search space an "
        "attacker has to cover. Passwords without numbers are the first ones cracking tools and spraying "
        "campaigns succeed against."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, tick 'Require at least one "
        "number', and Save. CLI: 'aws iam update-account-password-policy --require-numbers' together with "
        "every other setting you keep (the call replaces the whole policy: for example "
        "'--minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters "
        "--require-lowercase-characters --require-numbers --require-symbols --max-password-age 90')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-10",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html",
    ),
    notes=(
        "Evidence is iam:GetAccountPasswordPolicy RequireNumbers. An account without a password policy "
        "(NoSuchEntity) fails: IAM's default asks for no character class. IAM.7 and IAM.10 both ask for it "
        "(RequireNumbers true)."
    ),
)


def test_iam_009_password_policy_number(password_policy):
    account = password_policy.account_id
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords need no number (0-9)"
    )
    assert password_policy.require_numbers, (
        f"IAM password policy of account {account} does not require at least one number (0-9)"
    )
