"""IAM-004: an IAM user must have at most one active access key."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-004",
    title="Unnecessary access keys",
    risk="Medium",
    service="IAM",
    compliant="The IAM user has at most one active access key.",
    rationale=(
        "A second active key is only needed for the short overlap of a rotation. Left in place, it doubles "
        "what can leak, and one of the two usually ends up forgotten in an old script or laptop."
    ),
    remediation=(
        "Console: IAM > Users > the user > Security credentials; under Access keys, find which key is still "
        "used (Last used), update the callers of the other one, then Actions > Deactivate and, once nothing "
        "breaks, Delete. "
        "CLI: 'aws iam list-access-keys --user-name <user>', 'aws iam get-access-key-last-used "
        "--access-key-id <id>', then 'aws iam update-access-key --status Inactive' and 'aws iam "
        "delete-access-key' for the key to retire."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes="Evidence is the credential report's access_key_1_active and access_key_2_active columns; inactive keys do not count.",
)


def test_iam_004_more_than_one_active_access_key(iam_user_credentials):
    user = iam_user_credentials
    active = [key for key in user.access_keys if key.active]
    assert len(active) <= 1, (
        f"IAM user {user.user} has {len(active)} active access keys: "
        + "; ".join(f"key {key.slot} last rotated {key.last_rotated}, last used {key.last_used}" for key in active)
    )
