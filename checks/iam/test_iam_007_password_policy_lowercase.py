"""IAM-007: the IAM password policy must require at least one lowercase."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-007",
    title="Password Policy Lowercase",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires at least one lowercase letter (a-z).",
    rationale=(
        "Each character class a policy insists on widens the set every position of a password is drawn from, "
        "so guessing and offline cracking take longer. Requiring a lowercase letter also stops passwords made "
        "only of digits and capitals, such as PIN-like or shouted words."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, tick 'Require at least one "
        "lowercase letter from the Latin alphabet (a-z)', and Save. CLI: 'aws iam "
        "update-account-password-policy --require-lowercase-characters' together with every other setting you "
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
        "Evidence is iam:GetAccountPasswordPolicy RequireLowercaseCharacters. An account without a password "
        "policy (NoSuchEntity) fails: IAM's default asks for no character class. IAM.7 and IAM.10 both ask for "
        "it (RequireLowercaseCharacters true)."
    ),
)


def test_iam_007_password_policy_lowercase(password_policy):
    account = password_policy.account_id
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords need no lowercase letter (a-z)"
    )
    assert password_policy.require_lowercase, (
        f"IAM password policy of account {account} does not require at least one lowercase letter (a-z)"
    )
