"""IAM-035: the root user's credentials must not have been used recently."""

from datetime import datetime, timezone

from fixtures.subjects.iam import days_since, root_sign_ins
from fixtures.rules import Rule

RECENT_DAYS = 7

RULE = Rule(
    id="IAM-035",
    title="Root account credentials usage",
    risk="High",
    service="IAM",
    compliant=f"The root user's password and access keys were not used in the last {RECENT_DAYS} days.",
    rationale=(
        "Root sign-ins should be rare events tied to the few tasks only root can do. Recent use suggests "
        "people rely on root for routine work, which bypasses every IAM boundary and leaves audit trails "
        "that do not say which person acted, or that the root credentials are in someone else's hands."
    ),
    remediation=(
        "Console: open CloudTrail > Event history, filter on User name 'root', and find out who used the "
        "root user and for what; give that work to an IAM Identity Center user or an IAM role, and keep the "
        "root password and MFA device locked away. Delete any root access keys (see IAM-015). "
        "CLI: 'aws iam generate-credential-report' then 'aws iam get-credential-report --query Content "
        "--output text | base64 -d | head -2' shows the root row's password_last_used and key last-used "
        "dates; 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root' "
        "lists what was done."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        f"CIS 1.7 (v5 1.6) is manual and names no window; this rule fails when the credential report shows "
        f"root password or access-key use within the last {RECENT_DAYS} days (Conformity's current default). "
        "The window is fixed in the rule until settings gain a root-usage threshold. IAM-052 applies the "
        "same evidence over a 90-day window."
    ),
)


def test_iam_035_root_credentials_usage(root_user):
    now = datetime.now(timezone.utc)
    recent = [
        f"{what} used {days_since(when, now)} days ago ({when})"
        for what, when in root_sign_ins(root_user)
        if days_since(when, now) < RECENT_DAYS
    ]
    assert not recent, (
        f"root user of account {root_user.account_id} was used in the last {RECENT_DAYS} days: {'; '.join(recent)}"
    )
