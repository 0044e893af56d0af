"""IAM-012: the IAM password policy must stop users reusing recent passwords."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-012",
    title="Password policy reuse prevention",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy blocks reuse of at least the configured number of previous passwords.",
    rationale=(
        "When a password may be reused, a forced change after a suspected leak can end with the same leaked "
        "password back in place. Remembering many previous passwords makes a change actually retire the old "
        "one."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, tick Prevent password reuse "
        "and set Remember to 24, then Save. "
        "CLI: 'aws iam update-account-password-policy --password-reuse-prevention 24 "
        "--minimum-password-length 14' (the call replaces the whole policy, so repeat any other settings you "
        "keep)."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html",
    ),
    notes=(
        "Threshold: settings.password_reuse_prevention (CIS: 24, the IAM maximum). An account without a "
        "password policy (NoSuchEntity) fails: nothing stops reuse."
    ),
)


def test_iam_012_password_policy_reuse_prevention(password_policy, settings):
    account, wanted = password_policy.account_id, settings.password_reuse_prevention
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords may be reused "
        f"(the last {wanted} must be remembered)"
    )
    remembered = password_policy.reuse_prevention
    assert remembered, (
        f"IAM password policy of account {account} does not prevent password reuse "
        f"(the last {wanted} must be remembered)"
    )
    assert remembered >= wanted, (
        f"IAM password policy of account {account} remembers only the last {remembered} passwords, "
        f"fewer than {wanted}"
    )
