"""IAM-042: the root user's MFA must be a hardware device, not a virtual one."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-042",
    title="Hardware MFA for AWS root account",
    risk="High",
    service="IAM",
    compliant="The root user's MFA is a hardware device, or the root user has no password.",
    rationale=(
        "A virtual MFA app lives on a phone or laptop that also browses the web, installs apps and gets "
        "backed up to the cloud, so malware or a synced backup can expose its seed. A dedicated hardware "
        "device keeps the root user's second factor off general-purpose machines."
    ),
    remediation=(
        "Console: sign in as the root user, open Security credentials, and under Multi-factor authentication "
        "assign a hardware TOTP token or a FIDO security key; once it works, remove the virtual MFA device. "
        "CLI: root MFA devices can only be changed by the root user in the console; verify with "
        "'aws iam get-account-summary' (AccountMFAEnabled 1) and 'aws iam list-virtual-mfa-devices "
        "--assignment-status Assigned' (no device whose user is the root ARN)."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-hw-mfa-for-root.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-fido-mfa-for-root.html",
        "https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html",
    ),
    notes=(
        "Evidence is AccountMFAEnabled (iam:GetAccountSummary) and the assigned virtual MFA devices "
        "(iam:ListVirtualMFADevices): a device whose user is the root ARN, or whose serial is "
        "mfa/root-account-mfa-device, is virtual. MFA on with no such device counts as hardware (TOTP token "
        "or FIDO key), which AWS does not list separately for the root user. No MFA at all fails while the root "
        "user has a password (AccountPasswordPresent=1); without one it passes, as CIS v5.0.0 1.5 says "
        "(v3.0.0 and v4.0.1 1.6 fail any root user without MFA; the rule follows the newest version). A root "
        "user that has a virtual device fails whether or not it has a password, as CIS step 2 reads."
    ),
)


def test_iam_042_root_hardware_mfa(root_mfa):
    account = root_mfa.account_id
    assert root_mfa.mfa_enabled or not root_mfa.password_present, (
        f"root user of account {account} has a password but no MFA device (AccountMFAEnabled=0, "
        "AccountPasswordPresent=1)"
    )
    assert not root_mfa.virtual_devices, (
        f"root user of account {account} uses a virtual MFA device ({', '.join(root_mfa.virtual_devices)}), "
        "not a hardware one"
    )
