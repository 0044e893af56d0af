"""IAM-038: active access keys must be rotated within the configured number of days."""

from datetime import datetime, timezone

from fixtures.subjects.iam import days_since
from fixtures.rules import Rule

RULE = Rule(
    id="IAM-038",
    title="Access keys rotated 90 days",
    risk="High",
    service="IAM",
    compliant="Every active access key of the IAM user is younger than the rotation age.",
    rationale=(
        "An access key works until someone retires it. The longer it lives, the more places it gets copied "
        "to and the longer a leaked copy stays useful; regular rotation caps that window."
    ),
    remediation=(
        "Console: IAM > Users > the user > Security credentials > Create access key; move every caller to the "
        "new key, then deactivate the old key, and delete it once nothing fails. Prefer roles or IAM Identity "
        "Center so no long-lived key is needed. "
        "CLI: 'aws iam create-access-key --user-name <user>', update the callers, then 'aws iam "
        "update-access-key --user-name <user> --access-key-id <old> --status Inactive' and 'aws iam "
        "delete-access-key --user-name <user> --access-key-id <old>'."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        "Age is measured from the credential report's access_key_N_last_rotated (the key's creation date); "
        "only active keys count. Threshold: settings.access_key_rotation_days (CIS: 90); a key older than "
        "that many whole days fails."
    ),
)


def test_iam_038_access_keys_rotated(iam_user_credentials, settings):
    user, limit = iam_user_credentials, settings.access_key_rotation_days
    now = datetime.now(timezone.utc)
    stale = [
        f"key {key.slot} last rotated {days_since(key.last_rotated, now)} days ago ({key.last_rotated})"
        for key in user.access_keys
        if key.active and (days_since(key.last_rotated, now) or 0) > limit
    ]
    assert not stale, f"IAM user {user.user} has active access keys older than {limit} days: {'; '.join(stale)}"
