"""IAM-014: the root user must have MFA enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-014",
    title="Root MFA enabled",
    risk="High",
    service="IAM",
    compliant="The root user has MFA enabled, or no password to sign in with.",
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
    notes=(
        "Evidence is the mfa_active column of the credential report's <root_account> row and AccountPasswordPresent"
        " (iam:GetAccountSummary). CIS v5.0.0 1.4 passes a root user with MFA or without a password (root "
        'credentials removed, as AWS Organizations centralized root access does); v3.0.0 and v4.0.1 1.5 ask for MFA'
        ' alone. The rule follows the newest version, so a root user without a password passes without MFA. A '
        'summary without AccountPasswordPresent counts as a password being present.'
    ),
)


def test_iam_014_root_mfa_enabled(root_user):
    assert root_user.mfa_active or not root_user.password_present, (
        f"root user of account {root_user.account_id} has a password but no MFA device "
        "(credential report mfa_active=false, AccountPasswordPresent=1)"
    )
