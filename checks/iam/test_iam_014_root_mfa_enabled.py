"""IAM-014: the root user must have MFA enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-014",
    title="Root MFA enabled",
    risk="High",
    service="IAM",
    compliant="The root user has MFA enabled.",
    rationale=(
        "Anyone who learns the root password, or can reset it through the account's email, can take over "
        "the whole account. A second factor means a stolen or phished password alone is not enough to sign "
        "in as the one user no policy can restrict."
    ),
    remediation=(
        "Console: sign in as the root user, open the account menu, choose Security credentials, and under "
        "Multi-factor authentication choose Assign MFA device; register a hardware key, passkey or "
        "authenticator app and keep its recovery in a safe place. "
        "CLI: assigning root MFA needs the root user's own sign-in, so it cannot be scripted; verify with "
        "'aws iam get-account-summary' (AccountMFAEnabled must be 1) or the credential report's "
        "<root_account> row (mfa_active true)."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes="Evidence is the mfa_active column of the credential report's <root_account> row.",
)


def test_iam_014_root_mfa_enabled(root_user):
    assert root_user.mfa_active, (
        f"root user of account {root_user.account_id} has no MFA device (credential report mfa_active=false)"
    )
