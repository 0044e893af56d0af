"""The scorecard rolls findings up per standard and control; --standard narrows the audit."""

from datetime import datetime

import pytest

from fixtures.offline import RootKey, record_requests, set_root_user
from fixtures.scorecard import roll_up
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["PASS", "PASS"], "PASS"),
        (["PASS", "SKIP"], "PASS"),
        (["SKIP", "SKIP"], "NOT APPLICABLE"),
        (["PASS", "WAIVED"], "WAIVED"),
        (["PASS", "ERROR", "WAIVED"], "ERROR"),
        (["ERROR", "FAIL", "PASS"], "FAIL"),
        ([], "NOT EVALUATED"),
    ],
)
def test_a_control_passes_only_when_every_case_passes(statuses, expected):
    assert roll_up(statuses) == expected


def test_findings_json_lists_each_cis_control_with_its_rules_and_status(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    run = run_audit("--aws-profile=prod", "--rule=IAM-015")
    cis5 = [c for c in run.document["controls"] if c["standard"] == "cis-aws-v5.0"]
    assert cis5 == [
        {"standard": "cis-aws-v5.0", "control": "1.3", "title": "Root account access keys present",
         "status": "FAIL", "rule_ids": ["IAM-015"]},
    ]
    questions = [c for c in run.document["controls"] if c["rule_ids"] == ["IAM-032"]]
    assert [(c["standard"], c["control"], c["status"]) for c in questions] == [
        ("cis-aws-v3.0", "1.3", "NOT EVALUATED"), ("cis-aws-v4.0", "1.3", "NOT EVALUATED")]
    assert "CIS AWS Foundations Benchmark v5.0.0</b>: 0 of 1 controls pass (0%)" in run.html
    assert "AWS exposes no API for security challenge questions" in run.html


def test_the_scorecard_also_counts_passing_controls_per_account(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    set_root_user(OTHER_ACCOUNT)
    run = run_audit("--aws-profile=prod", "--aws-profile=other", "--rule=IAM-015", "--standard=cis-aws-v5.0")
    assert [(a["account_id"], a["scorecard"]) for a in run.document["accounts"]] == [
        (PROD_ACCOUNT, {"cis-aws-v5.0": {"controls": 1, "passing": 0}}),
        (OTHER_ACCOUNT, {"cis-aws-v5.0": {"controls": 1, "passing": 1}}),
    ]
    assert f"Controls passing by account: {PROD_ACCOUNT}: 0 of 1; {OTHER_ACCOUNT}: 1 of 1</p>" in run.html


def test_standard_audits_only_the_rules_mapped_to_it(aws, run_audit):
    set_root_user(PROD_ACCOUNT)
    run = run_audit("--aws-profile=prod", "--standard=cis-aws-v5.0", "--rule=IAM-015")
    assert [f["rule_id"] for f in run.findings] == ["IAM-015"]
    assert {c["standard"] for c in run.document["controls"]} == {"cis-aws-v5.0"}


def test_an_unknown_standard_is_a_usage_error_listing_the_known_ones(aws, run_audit, monkeypatch):
    requests = record_requests(monkeypatch)
    run = run_audit("--aws-profile=prod", "--standard=cis-aws-v9")
    assert run.exit_status == 4
    (line,) = [line for line in run.output.splitlines() if line.startswith("ERROR: ")]
    assert line.startswith("ERROR: --standard cis-aws-v9: unknown standard; known standards: cis-aws-v3.0, ")
    assert requests == []
