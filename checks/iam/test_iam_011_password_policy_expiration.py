"""IAM-011: the IAM password policy must make passwords expire."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-011",
    title="Password Policy Expiration",
    risk="Medium",
    service="IAM",
    compliant="The IAM password policy makes passwords expire within the configured number of days.",
    rationale=(
        "A password that never expires keeps working for as long as it stays secret, including after it "
        "was phished, written down or reused on a site that was breached. An expiry period bounds how long "
        "a stolen password remains useful, and PCI DSS v3.2.1 asks for one of at most 90 days."
    ),
    remediation=(
        "Console: IAM > Account settings > Password policy > Edit, choose Custom, tick 'Turn on password "
        "expiration', set the expiration period to 90 days or fewer, and Save. "
        "CLI: 'aws iam update-account-password-policy --max-password-age 90' together with every other "
        "setting you keep (the call replaces the whole policy: for example '--minimum-password-length 14 "
        "--password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters "
        "--require-numbers --require-symbols --max-password-age 90')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-10",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html",
    ),
    notes=(
        "Evidence is iam:GetAccountPasswordPolicy MaxPasswordAge (absent: passwords never expire). Threshold: "
        "settings.password_max_age_days (default 90, the fixed value of FSBP IAM.10, which this rule carries). "
        "IAM.7 sets no expiry by default, so the rule does not count toward it. NIST SP 800-63B now advises "
        "against forced periodic changes where other controls (MFA, breached-password screening) are in place; "
        "record such a decision as a waiver. An account without a password policy fails."
    ),
)


def test_iam_011_password_policy_expiration(password_policy, settings):
    account, wanted = password_policy.account_id, settings.password_max_age_days
    assert password_policy.present, (
        f"account {account} has no IAM password policy, so passwords never expire "
        f"(they must expire within {wanted} days)"
    )
    age = password_policy.max_age_days
    assert age, (
        f"IAM password policy of account {account} lets passwords live for ever "
        f"(they must expire within {wanted} days)"
    )
    assert age <= wanted, (
        f"IAM password policy of account {account} lets passwords live for {age} days, more than {wanted}"
    )
