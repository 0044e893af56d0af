"""IAM-015 (root account access keys present): every verdict the rule can give, on moto."""

from datetime import datetime

from fixtures.offline import RootKey, deny, set_root_user
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

ROOT = f"arn:aws:iam::{PROD_ACCOUNT}:root"
ROTATED = datetime(2024, 1, 2, 3, 4, 5)
USED = datetime(2026, 11, 1, 8, 0, 0)


def test_iam_015_passes_when_root_has_no_keys(aws, run_audit):
    set_root_user(PROD_ACCOUNT)
    run = run_audit("--rule=IAM-015", "--aws-profile=prod")
    finding = run.only("IAM-015")
    assert (finding["status"], finding["resource"], finding["account_id"], finding["region"]) == (
        "PASS", ROOT, PROD_ACCOUNT, "global")
    assert finding["message"] == "The root user has no active access keys."
    assert run.exit_status == 0


def test_iam_015_fails_when_root_has_an_active_key_in_slot_1(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=ROTATED, last_used=USED))
    run = run_audit("--rule=IAM-015", "--aws-profile=prod")
    finding = run.only("IAM-015")
    assert finding["status"] == "FAIL"
    assert finding["message"] == (
        f"root user of account {PROD_ACCOUNT} has access keys: key 1 active, "
        "last rotated 2024-01-02T03:04:05+00:00, last used 2026-11-01T08:00:00+00:00"
    )
    assert finding["evidence"]["access_keys"] == [
        {"slot": 1, "active": True, "last_rotated": "2024-01-02T03:04:05+00:00",
         "last_used": "2026-11-01T08:00:00+00:00"}
    ]
    assert run.exit_status == 1


def test_iam_015_fails_when_root_has_an_active_key_in_slot_2(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_2=RootKey(active=True, last_rotated=ROTATED))
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert finding["status"] == "FAIL"
    assert finding["message"] == (
        f"root user of account {PROD_ACCOUNT} has access keys: key 2 active, "
        "last rotated 2024-01-02T03:04:05+00:00, last used N/A"
    )


def test_iam_015_passes_when_root_has_only_an_inactive_key(aws, run_audit):
    # CIS 1.4 (v5.0.0 1.3) asks for access_key_1_active and access_key_2_active FALSE, and its remediation calls
    # an inactive key flagged by AccountAccessKeysPresent a false finding.
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=False, last_rotated=ROTATED))
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert (finding["status"], finding["message"]) == ("PASS", "The root user has no active access keys.")
    assert finding["evidence"]["access_keys"] == [
        {"slot": 1, "active": False, "last_rotated": "2024-01-02T03:04:05+00:00", "last_used": "N/A"}]


def test_iam_015_fails_naming_only_the_active_key_when_the_other_is_inactive(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=False, last_rotated=ROTATED),
                  key_2=RootKey(active=True, last_rotated=ROTATED))
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"root user of account {PROD_ACCOUNT} has access keys: key 2 active, "
                "last rotated 2024-01-02T03:04:05+00:00, last used N/A")


def test_iam_015_fails_when_only_the_account_summary_shows_a_key(aws, run_audit):
    from moto.iam.models import iam_backends

    set_root_user(PROD_ACCOUNT)
    iam_backends[PROD_ACCOUNT]["global"].account_summary._account_access_keys_present = 1
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert finding["status"] == "FAIL"
    assert "AccountAccessKeysPresent=1 although the credential report lists none" in finding["message"]


def test_iam_015_waits_while_the_credential_report_is_generating(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=ROTATED), report_in_progress=2)
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert finding["status"] == "FAIL"
    assert finding["message"].startswith(f"root user of account {PROD_ACCOUNT} has access keys: key 1 active")


def test_iam_015_is_an_error_naming_the_action_when_the_credential_report_is_denied(aws, run_audit, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    deny(monkeypatch, "iam:GetCredentialReport")
    run = run_audit("--rule=IAM-015", "--aws-profile=prod")
    finding = run.only("IAM-015")
    assert finding["status"] == "ERROR"
    assert finding["message"] == (
        "could not evaluate: iam:GetCredentialReport was denied (AccessDenied): "
        "grant iam:GetCredentialReport to the auditing principal"
    )
    assert run.exit_status == 1


def test_iam_015_is_an_error_when_report_generation_is_denied(aws, run_audit, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    deny(monkeypatch, "iam:GenerateCredentialReport")
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert finding["status"] == "ERROR"
    assert "iam:GenerateCredentialReport was denied (AccessDenied)" in finding["message"]


def test_iam_015_is_an_error_when_the_account_summary_is_denied(aws, run_audit, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    deny(monkeypatch, "iam:GetAccountSummary")
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert finding["status"] == "ERROR"
    assert "iam:GetAccountSummary was denied (AccessDenied)" in finding["message"]


def test_iam_015_is_an_error_when_the_report_has_no_root_row(aws, run_audit):
    finding = run_audit("--rule=IAM-015", "--aws-profile=prod").only("IAM-015")
    assert finding["status"] == "ERROR"
    assert finding["message"] == (
        "could not evaluate: iam:GetCredentialReport failed: the credential report has no <root_account> row"
    )


def test_iam_015_gives_each_account_its_own_verdict(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=ROTATED))
    set_root_user(OTHER_ACCOUNT)
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", "--aws-profile=other")
    verdicts = {(f["account_id"], f["resource"], f["status"]) for f in run.findings}
    assert verdicts == {
        (PROD_ACCOUNT, ROOT, "FAIL"),
        (OTHER_ACCOUNT, f"arn:aws:iam::{OTHER_ACCOUNT}:root", "PASS"),
    }
    assert [a["account_id"] for a in run.document["accounts"]] == [PROD_ACCOUNT, OTHER_ACCOUNT]
