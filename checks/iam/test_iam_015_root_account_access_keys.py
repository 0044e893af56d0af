"""IAM-015: the root user must have no active access keys."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-015",
    title="Root account access keys present",
    risk="High",
    service="IAM",
    compliant="The root user has no active access keys.",
    rationale=(
        "The root user can do anything in the account, including closing it and changing billing, and no "
        "IAM policy can limit it. An access key gives that power to anything holding a string that can leak "
        "through code, logs or a laptop, with no password or MFA prompt in the way. An inactive key can be "
        "switched back on by whoever gains console access, so no key should exist at all; day-to-day work "
        "belongs to IAM roles and users with narrower permissions."
    ),
    remediation=(
        "Console: sign in as the root user, open the account menu and choose Security credentials. Under "
        "Access keys, first find out what still uses each key (its last-used date and service are shown), "
        "move that work to an IAM role or user, then choose Actions > Deactivate, and once nothing breaks, "
        "Actions > Delete. "
        "CLI: the AWS CLI cannot delete root access keys, because only the root user's own credentials can; "
        "verify the result with 'aws iam get-account-summary' (AccountAccessKeysPresent must be 0) or "
        "'aws iam generate-credential-report' and 'aws iam get-credential-report'."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html",
    ),
    notes=(
        "Follows CIS 1.4 (v5.0.0 1.3): the credential report's <root_account> row must show access_key_1_active "
        "and access_key_2_active false, so a key that exists but is inactive passes; CIS's remediation calls the "
        "AccountAccessKeysPresent=1 such a key causes a false finding. Deleting inactive keys too is advised (see "
        "the rationale), and they are listed as evidence. AccountAccessKeysPresent=1 fails only when the "
        "credential report lists no root key at all (a report older than the key)."
    ),
)


def describe(key) -> str:
    state = "active" if key.active else "inactive"
    return f"key {key.slot} {state}, last rotated {key.last_rotated}, last used {key.last_used}"


def test_iam_015_root_account_access_keys(root_user):
    active = "; ".join(describe(key) for key in root_user.access_keys if key.active)
    assert not active, f"root user of account {root_user.account_id} has access keys: {active}"
    assert root_user.access_keys or not root_user.summary_keys_present, (
        f"root user of account {root_user.account_id} has access keys: the account summary reports "
        "AccountAccessKeysPresent=1 although the credential report lists none"
    )
