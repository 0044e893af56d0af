"""The scorecard rolls findings up per framework requirement; --standard narrows the audit to a framework's rules."""

from datetime import datetime

import pytest

from fixtures import frameworks
from fixtures.offline import RootKey, record_requests, set_root_user
from fixtures.scorecard import requirements, roll_up, score
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

ACME = """name: ACME baseline
version: v1
requirements:
  - {id: R.1, name: Root is locked down, rules: [IAM-014, IAM-015]}
  - {id: R.2, name: Staff are trained, rules: [], note: Ask for the training records.}
  - {id: R.3, name: Buckets block public access, rules: [S3-026]}
"""


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
def test_a_requirement_passes_only_when_every_case_passes(statuses, expected):
    assert roll_up(statuses) == expected


@pytest.mark.parametrize(("iam_014", "status", "passing"), [("PASS", "PASS", 1), ("FAIL", "FAIL", 0)])
def test_an_automated_requirement_rolls_up_its_rules_and_a_manual_one_needs_outside_evidence(
        tmp_path, iam_014, status, passing):
    (tmp_path / "acme-v1.yaml").write_text(ACME)
    findings = [{"rule_id": "IAM-015", "status": "PASS"}, {"rule_id": "IAM-015", "status": "SKIP"},
                {"rule_id": "IAM-014", "status": iam_014}]
    entries = requirements(frameworks.load(tmp_path), {"IAM-014": 0, "IAM-015": 0}, findings, [])
    assert [(e["requirement"], e["status"], e["rule_ids"], e["automated"], e["note"]) for e in entries] == [
        ("R.1", status, ["IAM-014", "IAM-015"], True, ""),
        ("R.2", "NOT EVALUATED", [], False, "Ask for the training records."),
        ("R.3", "NOT EVALUATED", ["S3-026"], False, ""),  # its rule is not in this audit
    ]
    assert score(entries) == {
        "acme-v1": {"requirements": 3, "automated": 1, "passing": passing, "by_status": {status: 1}}}


def test_only_frameworks_an_audited_rule_counts_toward_are_shown_unless_named(tmp_path):
    (tmp_path / "acme-v1.yaml").write_text(ACME)
    (tmp_path / "other-v2.yaml").write_text("name: Other\nversion: v2\nrequirements:\n  - {id: O.1, name: x, rules: [S3-026]}\n")
    known = frameworks.load(tmp_path)
    assert {e["framework"] for e in requirements(known, {"IAM-015": 0}, [], [])} == {"acme-v1"}
    assert {e["framework"] for e in requirements(known, {"IAM-015": 0}, [], ["other-v2"])} == {"other-v2"}


def test_findings_json_lists_each_requirement_with_its_rules_status_and_evidence(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    run = run_audit("--aws-profile=prod", "--rule=IAM-015")
    controls = {(c["framework"], c["requirement"]): c for c in run.document["controls"]}
    assert controls["cis-aws-v5.0", "1.3"] == {
        "framework": "cis-aws-v5.0", "version": "v5.0.0", "requirement": "1.3",
        "name": "The root user has no access keys", "status": "FAIL", "rule_ids": ["IAM-015"], "automated": True,
        "note": "", "framework_title": "CIS AWS Foundations Benchmark v5.0.0",
        "standard": "cis-aws-v5.0", "control": "1.3", "title": "The root user has no access keys",
    }
    questions = controls["cis-aws-v4.0", "1.3"]
    assert (questions["status"], questions["rule_ids"], questions["automated"]) == ("NOT EVALUATED", [], False)
    assert controls["cis-aws-v5.0", "1.4"]["status"] == "NOT EVALUATED"  # IAM-014 is not in this audit
    assert controls["aws-fsbp", "IAM.4"]["status"] == "FAIL"
    assert ("soc2", "CC1.3") not in controls  # IAM-015 counts toward no SOC 2 requirement
    assert ("CIS AWS Foundations Benchmark v5.0.0</b>: 1 of 63 requirements have automated evidence; "
            "0 of those pass (1 FAIL)</summary>") in run.html
    assert "AWS Foundational Security Best Practices v1.0.0</b>: 1 of 286 requirements" in run.html
    assert ("<td>1.3</td><td>Security challenge questions are set for the account</td><td>none</td>"
            '<td class="status-not-evaluated">NOT EVALUATED</td><td>Needs evidence from outside the suite. No AWS API '
            "reports security challenge questions.") in run.html
    assert ("<td>1.4</td><td>The root user has MFA</td><td>IAM-014</td>"
            '<td class="status-not-evaluated">NOT EVALUATED</td><td>Its rules are not in this audit (--rule). '
            "Needs evidence from outside the suite.</td></tr>") in run.html


def test_the_scorecard_also_counts_passing_requirements_per_account(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    set_root_user(OTHER_ACCOUNT)
    run = run_audit("--aws-profile=prod", "--aws-profile=other", "--rule=IAM-015", "--standard=cis-aws-v5.0")
    card = {"requirements": 63, "automated": 1, "controls": 63}
    assert [(a["account_id"], a["scorecard"]) for a in run.document["accounts"]] == [
        (PROD_ACCOUNT, {"cis-aws-v5.0": {**card, "passing": 0}}),
        (OTHER_ACCOUNT, {"cis-aws-v5.0": {**card, "passing": 1}}),
    ]
    assert (f"Requirements with automated evidence passing, by account: {PROD_ACCOUNT}: 0 of 1; "
            f"{OTHER_ACCOUNT}: 1 of 1</p>") in run.html


def test_standard_audits_only_the_rules_its_framework_maps(aws, run_audit):
    set_root_user(PROD_ACCOUNT)
    run = run_audit("--aws-profile=prod", "--standard=aws-fsbp", "--rule=IAM-015", "--rule=AUDIT-001")
    assert [f["rule_id"] for f in run.findings] == ["IAM-015"]  # AUDIT-001 counts toward CIS only
    assert {c["framework"] for c in run.document["controls"]} == {"aws-fsbp"}


def test_a_standard_no_selected_rule_maps_to_is_a_usage_error(aws, run_audit):
    run = run_audit("--aws-profile=prod", "--standard=soc2", "--rule=IAM-015")
    assert run.exit_status == 4
    assert "ERROR: --standard soc2: no rule maps to it (with --rule IAM-015); drop --standard or pick another" in run.output


def test_an_unknown_standard_is_a_usage_error_listing_the_known_ones(aws, run_audit, monkeypatch):
    requests = record_requests(monkeypatch)
    run = run_audit("--aws-profile=prod", "--standard=pci")
    assert run.exit_status == 4
    (line,) = [line for line in run.output.splitlines() if line.startswith("ERROR: ")]
    assert line == (
        "ERROR: --standard pci: unknown standard; known standards: aws-fsbp, cis-aws-v3.0, cis-aws-v4.0, "
        "cis-aws-v5.0, hipaa, iso-27001-2022, nist-800-53-r5, nist-csf-2.0, pci-dss-v4.0, soc2"
    )
    assert requests == []


def test_a_framework_file_naming_an_unwritten_rule_stops_the_audit(aws, run_audit, monkeypatch, tmp_path):
    (tmp_path / "frameworks").mkdir()
    (tmp_path / "frameworks" / "acme-v1.yaml").write_text(
        "name: ACME\nversion: v1\nrequirements:\n  - {id: A.1, name: x, rules: [IAM-015, S3-999]}\n")
    monkeypatch.setattr(frameworks, "FRAMEWORKS_DIR", tmp_path / "frameworks")
    run = run_audit("--aws-profile=prod", "--rule=IAM-015")
    assert run.exit_status == 4
    assert ("ERROR: framework file acme-v1.yaml: requirement A.1 names rule S3-999, which no check declares"
            in run.output)
