"""The exit status a CI gate reads: --fail-on sets the lowest risk whose FAIL fails the run; ERROR always does."""

from datetime import datetime

import pytest

from fixtures.offline import RootKey, deny, set_root_user
from tests.conftest import PROD_ACCOUNT


@pytest.mark.parametrize(
    ("level", "exit_status"),
    [("low", 1), ("medium", 1), ("high", 1), ("very-high", 0), ("extreme", 0)],
)
def test_a_high_risk_failure_fails_the_run_only_at_or_below_the_fail_on_level(aws, run_audit, level, exit_status):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", f"--fail-on={level}")
    assert run.only("IAM-015")["status"] == "FAIL"
    assert run.exit_status == exit_status


def test_an_error_fails_the_run_whatever_the_fail_on_level(aws, run_audit, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    deny(monkeypatch, "iam:GetCredentialReport")
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", "--fail-on=extreme")
    assert run.only("IAM-015")["status"] == "ERROR"
    assert run.exit_status == 1


def test_an_account_that_cannot_be_identified_is_an_error_case_not_a_crash(aws, run_audit, monkeypatch):
    deny(monkeypatch, "sts:GetCallerIdentity")
    run = run_audit("--rule=IAM-015", "--aws-profile=prod")
    finding = run.only("IAM-015")
    assert (finding["status"], finding["account_id"]) == ("ERROR", "profile:prod")
    assert finding["message"] == (
        "could not evaluate: sts:GetCallerIdentity was denied (AccessDenied): "
        "grant sts:GetCallerIdentity to the auditing principal"
    )
    assert run.exit_status == 1
