"""IAM-014, IAM-042, IAM-035, IAM-052: the root user's MFA and recent use, on moto."""

from datetime import datetime, timedelta, timezone

from fixtures.offline import RootKey, deny, set_root_user
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

RULES = ("IAM-014", "IAM-042", "IAM-035", "IAM-052")
ROOT = f"arn:aws:iam::{PROD_ACCOUNT}:root"
NOW = datetime.now(timezone.utc)


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def stamp(days: int) -> str:
    return ago(days).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def audit(run_audit, *profiles):
    rules = [f"--rule={rule}" for rule in RULES]
    return run_audit(*(f"--aws-profile={p}" for p in profiles or ("prod",)), "--aws-regions=us-east-1", *rules)


def by_rule(run, account=PROD_ACCOUNT):
    return {f["rule_id"]: (f["status"], f["message"]) for f in run.findings if f["account_id"] == account}


def test_a_hardware_mfa_root_unused_for_90_days_passes_all(aws, run_audit):
    set_root_user(PROD_ACCOUNT, password_last_used=ago(90),
                  key_1=RootKey(active=False, last_rotated=ago(400), last_used=ago(91)))
    run = audit(run_audit)
    assert by_rule(run) == {
        "IAM-014": ("PASS", "The root user has MFA enabled, or no password to sign in with."),
        "IAM-042": ("PASS", "The root user's MFA is a hardware device, or the root user has no password."),
        "IAM-035": ("PASS", "The root user's password and access keys were not used in the last 7 days."),
        "IAM-052": ("PASS", "The root user shows no activity in the last 90 days."),
    }
    assert {f["resource"] for f in run.findings} == {ROOT}


def test_a_root_without_mfa_fails_both_mfa_rules_and_activity_windows_differ(aws, run_audit):
    set_root_user(PROD_ACCOUNT, mfa_active=False, password_last_used=ago(30),
                  key_2=RootKey(active=True, last_rotated=ago(400), last_used=ago(6)))
    set_root_user(OTHER_ACCOUNT, virtual_mfa=True, password_last_used=ago(89))
    run = audit(run_audit, "prod", "other")
    assert by_rule(run) == {
        "IAM-014": ("FAIL", f"root user of account {PROD_ACCOUNT} has a password but no MFA device "
                            "(credential report mfa_active=false, AccountPasswordPresent=1)"),
        "IAM-042": ("FAIL", f"root user of account {PROD_ACCOUNT} has a password but no MFA device "
                            "(AccountMFAEnabled=0, AccountPasswordPresent=1)"),
        "IAM-035": ("FAIL", f"root user of account {PROD_ACCOUNT} was used in the last 7 days: "
                            f"access key 2 used 6 days ago ({stamp(6)})"),
        "IAM-052": ("FAIL", f"root user of account {PROD_ACCOUNT} shows activity in the last 90 days: "
                            f"password used 30 days ago ({stamp(30)}); access key 2 used 6 days ago ({stamp(6)})"),
    }
    assert by_rule(run, OTHER_ACCOUNT) == {
        "IAM-014": ("PASS", "The root user has MFA enabled, or no password to sign in with."),
        "IAM-042": ("FAIL", f"root user of account {OTHER_ACCOUNT} uses a virtual MFA device "
                            f"(arn:aws:iam::{OTHER_ACCOUNT}:mfa/root-account-mfa-device), not a hardware one"),
        "IAM-035": ("PASS", "The root user's password and access keys were not used in the last 7 days."),
        "IAM-052": ("FAIL", f"root user of account {OTHER_ACCOUNT} shows activity in the last 90 days: "
                            f"password used 89 days ago ({stamp(89)})"),
    }


def test_a_root_without_a_password_passes_the_mfa_rules_without_mfa(aws, run_audit):
    # CIS v5.0.0 1.4/1.5: MFA, or no root password (AccountPasswordPresent 0, as with centralized root access).
    set_root_user(PROD_ACCOUNT, mfa_active=False, password_present=False)
    set_root_user(OTHER_ACCOUNT, mfa_active=False)
    run = audit(run_audit, "prod", "other")
    assert {rule: verdict for rule, verdict in by_rule(run).items() if rule in ("IAM-014", "IAM-042")} == {
        "IAM-014": ("PASS", "The root user has MFA enabled, or no password to sign in with."),
        "IAM-042": ("PASS", "The root user's MFA is a hardware device, or the root user has no password."),
    }
    assert {rule: verdict for rule, verdict in by_rule(run, OTHER_ACCOUNT).items()
            if rule in ("IAM-014", "IAM-042")} == {
        "IAM-014": ("FAIL", f"root user of account {OTHER_ACCOUNT} has a password but no MFA device "
                            "(credential report mfa_active=false, AccountPasswordPresent=1)"),
        "IAM-042": ("FAIL", f"root user of account {OTHER_ACCOUNT} has a password but no MFA device "
                            "(AccountMFAEnabled=0, AccountPasswordPresent=1)"),
    }


def test_a_root_password_sign_in_today_fails_the_usage_rules(aws, run_audit):
    set_root_user(PROD_ACCOUNT, password_last_used=ago(0))
    run = audit(run_audit)
    assert by_rule(run)["IAM-035"] == (
        "FAIL", f"root user of account {PROD_ACCOUNT} was used in the last 7 days: password used 0 days ago ({stamp(0)})")
    assert by_rule(run)["IAM-052"][0] == "FAIL"


def test_denied_reads_are_errors_naming_the_action(aws, run_audit, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    deny(monkeypatch, "iam:ListVirtualMFADevices")
    run = audit(run_audit)
    assert by_rule(run)["IAM-042"] == ("ERROR", "could not evaluate: iam:ListVirtualMFADevices was denied "
                                                "(AccessDenied): grant iam:ListVirtualMFADevices to the auditing principal")
    assert {rule: status for rule, (status, _) in by_rule(run).items() if rule != "IAM-042"} == {
        "IAM-014": "PASS", "IAM-035": "PASS", "IAM-052": "PASS"}


def test_a_denied_credential_report_is_an_error_for_the_report_rules(aws, run_audit, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    deny(monkeypatch, "iam:GetCredentialReport")
    run = audit(run_audit)
    statuses = {rule: status for rule, (status, _) in by_rule(run).items()}
    assert statuses == {"IAM-014": "ERROR", "IAM-042": "PASS", "IAM-035": "ERROR", "IAM-052": "ERROR"}
    assert "iam:GetCredentialReport was denied (AccessDenied)" in by_rule(run)["IAM-035"][1]
