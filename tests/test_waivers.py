"""Waivers turn a matching FAIL into WAIVED until they expire; bad waiver files are usage errors."""

from datetime import date, datetime, timedelta

import pytest

from fixtures.offline import RootKey, record_requests, set_root_user
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

NEXT_YEAR = (date.today() + timedelta(days=365)).isoformat()
LAST_MONTH = (date.today() - timedelta(days=30)).isoformat()


@pytest.fixture
def root_with_key(aws):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))


def waiver_file(tmp_path, text: str):
    path = tmp_path / "waivers.yaml"
    path.write_text(text)
    return path


def test_a_valid_waiver_turns_the_failure_into_waived_and_passes_the_gate(root_with_key, run_audit, tmp_path):
    path = waiver_file(tmp_path, f"""
- rule: IAM-015
  account: "{PROD_ACCOUNT}"
  resource: "arn:aws:iam::*:root"
  reason: Break-glass key kept in the vault until the SSO migration (CHG-1234)
  expires: {NEXT_YEAR}
""")
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", f"--waivers={path}")
    finding = run.only("IAM-015")
    assert finding["status"] == "WAIVED"
    assert finding["waiver"] == (
        f"waived until {NEXT_YEAR}: Break-glass key kept in the vault until the SSO migration (CHG-1234)"
    )
    assert run.exit_status == 0
    assert run.document["summary"]["WAIVED"] == 1
    assert [w["state"] for w in run.document["waivers"]] == ["applied"]
    assert "Break-glass key kept in the vault" in run.html


def test_an_expired_waiver_no_longer_applies_and_the_report_says_so(root_with_key, run_audit, tmp_path):
    path = waiver_file(tmp_path, f"""
- rule: IAM-015
  reason: Temporary exception
  expires: {LAST_MONTH}
""")
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", f"--waivers={path}")
    finding = run.only("IAM-015")
    assert finding["status"] == "FAIL"
    assert finding["message"].endswith(f"[waiver expired on {LAST_MONTH} (reason was: Temporary exception)]")
    assert [w["state"] for w in run.document["waivers"]] == ["expired"]
    assert run.exit_status == 1
    assert f"waiver expired on {LAST_MONTH}" in run.html


def test_a_waiver_that_matches_nothing_is_listed_as_unused(root_with_key, run_audit, tmp_path):
    path = waiver_file(tmp_path, f"""
- rule: IAM-015
  account: "{OTHER_ACCOUNT}"
  reason: Waiver for another account
  expires: {NEXT_YEAR}
""")
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", f"--waivers={path}")
    assert run.only("IAM-015")["status"] == "FAIL"
    assert run.document["waivers"] == [
        {"rule": "IAM-015", "account": OTHER_ACCOUNT, "resource": "*", "reason": "Waiver for another account",
         "expires": NEXT_YEAR, "state": "unused", "matched": 0}
    ]
    assert "waiver unused: IAM-015" in run.output
    assert "<td>unused</td>" in run.html


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- rule: IAM-015\n  expires: 2030-01-01\n", "entry 1 (rule IAM-015) has no reason"),
        ("- rule: IAM-015\n  reason: r\n", "entry 1 (rule IAM-015) has no expires"),
        ("- rule: IAM-015\n  reason: r\n  expires: soon\n",
         "entry 1 (rule IAM-015): expires must be a date like 2027-03-31, not 'soon'"),
        ("- rule: IAM-015\n  reason: [unclosed\n", "not valid YAML at line 3"),
        ("rule: IAM-015\n", "expected a YAML list of waivers (each item starting with '- rule:')"),
        ("- rule: IAM-777\n  reason: r\n  expires: 2030-01-01\n", "entry 1 (rule IAM-777): unknown rule ID 'IAM-777'"),
        ("- rule: IAM-015\n  reason: r\n  expires: 2030-01-01\n  resorce: x\n",
         "entry 1 (rule IAM-015) has unknown field(s) resorce (allowed: account, expires, reason, resource, rule)"),
    ],
    ids=["no-reason", "no-expires", "bad-date", "invalid-yaml", "not-a-list", "unknown-rule", "misspelt-field"],
)
def test_a_malformed_waiver_file_is_a_usage_error_naming_file_and_entry(aws, run_audit, tmp_path, monkeypatch,
                                                                         text, problem):
    requests = record_requests(monkeypatch)
    path = waiver_file(tmp_path, text)
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", f"--waivers={path}")
    assert run.exit_status == 4
    assert f"ERROR: --waivers {path}: {problem}; see README, section Waivers" in run.output.splitlines()
    assert requests == []
