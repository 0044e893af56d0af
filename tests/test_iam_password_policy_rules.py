"""IAM-005 and IAM-012: the account password policy's length and reuse settings, on moto."""

import boto3

from fixtures.offline import deny
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

POLICY = f"arn:aws:iam::{PROD_ACCOUNT}:account-password-policy"


def audit(run_audit, *profiles):
    return run_audit(*(f"--aws-profile={p}" for p in profiles or ("prod",)), "--aws-regions=us-east-1",
                     "--rule=IAM-005", "--rule=IAM-012")


def by_rule(run, account=PROD_ACCOUNT):
    return {f["rule_id"]: (f["status"], f["message"]) for f in run.findings if f["account_id"] == account}


def set_policy(profile: str, **policy) -> None:
    boto3.Session(profile_name=profile).client("iam").update_account_password_policy(**policy)


def test_a_policy_at_the_thresholds_passes_and_a_weaker_one_fails(aws, run_audit):
    set_policy("prod", MinimumPasswordLength=13, PasswordReusePrevention=23)
    other = boto3.Session(profile_name="other")
    other.client("iam").update_account_password_policy(MinimumPasswordLength=14, PasswordReusePrevention=24)
    run = audit(run_audit, "prod", "other")
    assert by_rule(run) == {
        "IAM-005": ("FAIL", f"IAM password policy of account {PROD_ACCOUNT} requires 13 characters at minimum, fewer than 14"),
        "IAM-012": ("FAIL", f"IAM password policy of account {PROD_ACCOUNT} remembers only the last 23 passwords, "
                            "fewer than 24"),
    }
    assert {f["resource"] for f in run.findings if f["account_id"] == PROD_ACCOUNT} == {POLICY}
    assert by_rule(run, OTHER_ACCOUNT) == {
        "IAM-005": ("PASS", "The IAM password policy requires passwords at least as long as the configured minimum."),
        "IAM-012": ("PASS", "The IAM password policy blocks reuse of at least the configured number of previous "
                            "passwords."),
    }


def test_a_policy_without_reuse_prevention_fails(aws, run_audit):
    set_policy("prod", MinimumPasswordLength=20)
    assert by_rule(audit(run_audit)) == {
        "IAM-005": ("PASS", "The IAM password policy requires passwords at least as long as the configured minimum."),
        "IAM-012": ("FAIL", f"IAM password policy of account {PROD_ACCOUNT} does not prevent password reuse "
                            "(the last 24 must be remembered)"),
    }


def test_no_password_policy_fails_rather_than_errors(aws, run_audit):
    assert by_rule(audit(run_audit)) == {
        "IAM-005": ("FAIL", f"account {PROD_ACCOUNT} has no IAM password policy, so passwords need only 8 characters "
                            "(at least 14 required)"),
        "IAM-012": ("FAIL", f"account {PROD_ACCOUNT} has no IAM password policy, so passwords may be reused "
                            "(the last 24 must be remembered)"),
    }


def test_a_denied_policy_read_is_an_error_naming_the_action(aws, run_audit, monkeypatch):
    deny(monkeypatch, "iam:GetAccountPasswordPolicy")
    message = ("could not evaluate: iam:GetAccountPasswordPolicy was denied (AccessDenied): "
               "grant iam:GetAccountPasswordPolicy to the auditing principal")
    assert by_rule(audit(run_audit)) == {"IAM-005": ("ERROR", message), "IAM-012": ("ERROR", message)}


def test_thresholds_come_from_the_settings(aws, run_audit):
    set_policy("prod", MinimumPasswordLength=12, PasswordReusePrevention=10)
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=IAM-005", "--rule=IAM-012",
                    "-o", "audit_password_min_length=12", "-o", "audit_password_reuse_prevention=10")
    assert {rule: status for rule, (status, _) in by_rule(run).items()} == {"IAM-005": "PASS", "IAM-012": "PASS"}
