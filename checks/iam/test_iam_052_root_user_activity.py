"""IAM-052: the root user must show no activity in the last 90 days."""

from datetime import datetime, timezone

from fixtures.subjects.iam import days_since, root_sign_ins
from fixtures.rules import Rule

ACTIVITY_DAYS = 90

RULE = Rule(
    id="IAM-052",
    title="AWS account root user activity",
    risk="High",
    service="IAM",
    compliant=f"The root user shows no activity in the last {ACTIVITY_DAYS} days.",
    rationale=(
        "Every action the root user takes deserves a reason someone can name: closing the account, changing "
        "the support plan, restoring a locked bucket policy. Activity in the recent past that nobody can "
        "explain is either a habit to break or a sign the root credentials have leaked, and both call for a "
        "review of what was done."
    ),
    remediation=(
        "Console: in CloudTrail > Event history, filter on User name 'root' for the last 90 days and match "
        "each event to an approved task; move routine work to IAM Identity Center users or roles, rotate "
        "the root password and check its MFA if any use is unexplained, and alert on future root use with "
        "an EventBridge rule or a CloudWatch metric filter on userIdentity.type = Root. "
        "CLI: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root "
        "--start-time <90 days ago>' in each region, and the credential report's <root_account> row."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html",
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        f"Evidence is the credential report's <root_account> row (password_last_used and each access key's "
        f"last-used date), the catalog's alternative to cloudtrail:LookupEvents: one global read instead of "
        f"a scan of every region, and moto does not model LookupEvents. The {ACTIVITY_DAYS}-day window "
        "matches what CloudTrail event history keeps; IAM-035 is the stricter 7-day variant."
    ),
)


def test_iam_052_root_user_activity(root_user):
    now = datetime.now(timezone.utc)
    activity = [
        f"{what} used {days_since(when, now)} days ago ({when})"
        for what, when in root_sign_ins(root_user)
        if days_since(when, now) < ACTIVITY_DAYS
    ]
    assert not activity, (
        f"root user of account {root_user.account_id} shows activity in the last {ACTIVITY_DAYS} days: "
        f"{'; '.join(activity)}"
    )
