"""IAM-013: every IAM user with a console password must have MFA."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-013",
    title="MFA for IAM users with console password",
    risk="High",
    service="IAM",
    compliant="The IAM user has no console password or has an MFA device.",
    rationale=(
        "A console password can be phished, guessed or reused from another site's breach. With MFA the "
        "password alone no longer opens the console, which blocks most account-takeover attempts on IAM "
        "users."
    ),
    remediation=(
        "Console: IAM > Users > the user > Security credentials > Multi-factor authentication > Assign MFA "
        "device (or ask the user to do so on first sign-in, with a policy that denies everything but MFA "
        "setup until MFA is present). If the user does not need the console, choose Console access > "
        "Disable instead. "
        "CLI: 'aws iam create-virtual-mfa-device' and 'aws iam enable-mfa-device --user-name <user> "
        "--serial-number <arn> --authentication-code1 <code> --authentication-code2 <code>', or "
        "'aws iam delete-login-profile --user-name <user>' to remove the password."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes="Evidence is the credential report's password_enabled and mfa_active columns, one case per IAM user.",
)


def test_iam_013_mfa_for_console_users(iam_user_credentials):
    user = iam_user_credentials
    assert not user.password_enabled or user.mfa_active, (
        f"IAM user {user.user} has a console password but no MFA device"
    )
