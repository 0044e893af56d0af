"""IAM-043: console users must not hold access keys that were set up with them and never used."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-043",
    title="Access keys during initial IAM user setup",
    risk="Medium",
    service="IAM",
    compliant="The IAM user holds no active access key that has never been used alongside a console password.",
    rationale=(
        "Creating an access key by default when a person gets a console login hands out long-lived "
        "programmatic credentials nobody asked for. Such keys sit unused, unwatched and unrotated, and are "
        "then easy to leak or misuse; keys should exist only when someone needs them."
    ),
    remediation=(
        "Console: IAM > Users > the user > Security credentials; under Access keys, deactivate and then "
        "delete each key whose Last used shows N/A, and change your onboarding so keys are created only on "
        "request. "
        "CLI: 'aws iam list-access-keys --user-name <user>', 'aws iam get-access-key-last-used "
        "--access-key-id <id>', then 'aws iam update-access-key --user-name <user> --access-key-id <id> "
        "--status Inactive' and 'aws iam delete-access-key --user-name <user> --access-key-id <id>'."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        "CIS 1.11 (v5 1.10) is manual; its audit procedure is followed: a user with password_enabled true "
        "fails for each access key whose last-used date is N/A, active or inactive, as CIS's test names no "
        "key status (a key made inactive but never used is still a key created at setup). A user without "
        "keys passes. Users without a console password are programmatic users and pass, whatever their keys."
    ),
)


def test_iam_043_access_keys_at_initial_setup(iam_user_credentials):
    user = iam_user_credentials
    never_used = [
        f"key {key.slot} ({'active' if key.active else 'inactive'}, created {key.last_rotated})"
        for key in user.access_keys
        if key.last_used == "N/A"
    ]
    assert not (user.password_enabled and never_used), (
        f"IAM user {user.user} has a console password and access keys that were never used: "
        f"{', '.join(never_used)}"
    )
