"""IAM.19: every IAM user must have MFA, whether or not it has a console password."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM.19",
    title="MFA for all IAM users",
    risk="Medium",
    service="IAM",
    compliant="The IAM user has an MFA device.",
    rationale=(
        "A user without MFA can be taken over with one stolen secret. Users with only access keys are no "
        "exception: anyone allowed to can give them a password later, and with an MFA device their policies "
        "can require MFA (aws:MultiFactorAuthPresent, through sts:GetSessionToken) before sensitive API calls."
    ),
    remediation=(
        "Console: IAM > Users > the user > Security credentials > Multi-factor authentication (MFA) > Assign "
        "MFA device, and follow the steps for a passkey, authenticator app or hardware token. A user that "
        "only runs software is better replaced by an IAM role. "
        "CLI: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile qr.png "
        "--bootstrap-method QRCodePNG', then 'aws iam enable-mfa-device --user-name <user> --serial-number "
        "<arn> --authentication-code1 <code> --authentication-code2 <code>'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-19",
        "https://docs.aws.amazon.com/config/latest/developerguide/iam-user-mfa-enabled.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        "FSBP IAM.19 (AWS Config iam-user-mfa-enabled) judges every IAM user, not only those with a console "
        "password as IAM-013 (CIS) does; this rule is the all-users check, and IAM-013 stays as it is. "
        "Evidence is the credential report's mfa_active column, the same report IAM-013 reads; one case per "
        "IAM user."
    ),
)


def test_iam_19_mfa_for_all_users(iam_user_credentials):
    user = iam_user_credentials
    console = "a console password" if user.password_enabled else "no console password"
    assert user.mfa_active, f"IAM user {user.user} has no MFA device ({console})"
