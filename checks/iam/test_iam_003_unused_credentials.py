"""IAM-003: passwords and active access keys unused for the configured number of days must be disabled."""

from datetime import datetime, timezone

from fixtures.subjects.iam import days_since
from fixtures.rules import Rule

RULE = Rule(
    id="IAM-003",
    title="Credentials last used",
    risk="Medium",
    service="IAM",
    compliant="Every enabled credential of the IAM user was used recently.",
    rationale=(
        "A password or key nobody uses still opens the account for whoever finds it, and its owner will not "
        "notice when it is misused. Turning off credentials that have gone quiet removes access that no one "
        "needs any more, often left behind by people who changed role or left."
    ),
    remediation=(
        "Console: IAM > Users > the user > Security credentials; under Console sign-in choose Manage and "
        "disable console access if the password is unused, and under Access keys deactivate keys whose "
        "Last used is old or N/A (delete them once nothing breaks). "
        "CLI: 'aws iam delete-login-profile --user-name <user>' for an unused password; 'aws iam "
        "update-access-key --user-name <user> --access-key-id <id> --status Inactive' for an unused key."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        "Threshold: settings.unused_credentials_days (CIS: 45; Conformity's page uses 90); a credential "
        "unused for that many whole days or more fails. A password never used is aged from "
        "password_last_changed (else the user's creation), an active key never used from its last_rotated "
        "date, so new credentials get the full grace period. Inactive keys are already disabled and pass."
    ),
)


def unused(what: str, last_used: str, since: str, now: datetime, limit: int) -> str | None:
    """Why a credential counts as unused, or None while it is in use or still within its grace period."""
    used_days = days_since(last_used, now)
    if used_days is not None:
        return f"{what} last used {used_days} days ago ({last_used})" if used_days >= limit else None
    age = days_since(since, now)
    if age is not None and age >= limit:
        return f"{what} never used, set {age} days ago ({since})"
    return None


def test_iam_003_unused_credentials(iam_user_credentials, settings):
    user, limit = iam_user_credentials, settings.unused_credentials_days
    now = datetime.now(timezone.utc)
    found = []
    if user.password_enabled:
        since = user.password_last_changed if days_since(user.password_last_changed, now) is not None else user.created
        found.append(unused("password", user.password_last_used, since, now, limit))
    for key in user.access_keys:
        if key.active:
            found.append(unused(f"access key {key.slot}", key.last_used, key.last_rotated, now, limit))
    problems = [reason for reason in found if reason]
    assert not problems, (
        f"IAM user {user.user} has credentials unused for {limit} days or more: {'; '.join(problems)}"
    )
