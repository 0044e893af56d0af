"""IAM-005: the IAM password policy must require long passwords."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-005",
    title="Password policy minimum length",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy requires passwords at least as long as the configured minimum.",
    rationale=(
        "Each extra character multiplies the guesses an attacker needs, and short passwords fall quickly to "
        "offline cracking or spraying. Without a policy, IAM accepts passwords of just eight characters."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, set Password minimum length "
        "to 14 or more, and Save. "
        "CLI: 'aws iam update-account-password-policy --minimum-password-length 14 "
        "--password-reuse-prevention 24' (the call replaces the whole policy, so repeat any other settings "
        "you keep)."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html",
    ),
    notes=(
        "Threshold: settings.password_min_length (CIS: 14). An account without a password policy "
        "(NoSuchEntity) fails: IAM's default allows 8 characters."
    ),
)


def test_iam_005_password_policy_minimum_length(password_policy, settings):
    account, wanted = password_policy.account_id, settings.password_min_length
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords need only 8 characters (at least {wanted} required)"
    )
    length = password_policy.minimum_length or 0
    assert length >= wanted, (
        f"IAM password policy of account {account} requires {length} characters at minimum, fewer than {wanted}"
    )
