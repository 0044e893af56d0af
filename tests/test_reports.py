"""What an audit leaves behind: findings JSON (findings/v1), the HTML report and JUnit properties."""

import dataclasses
import json
import xml.etree.ElementTree as ElementTree
from datetime import datetime

import pytest

from fixtures.audit import audit_of
from fixtures.demo import SECURITY_ACCOUNT
from fixtures.offline import RootKey, set_root_user
from fixtures.outcomes import EvidenceFile, plain
from tests.conftest import PROD_ACCOUNT, REPO

ROOT = f"arn:aws:iam::{PROD_ACCOUNT}:root"
NODEID = (
    "checks/iam/test_iam_015_root_account_access_keys.py::"
    f"test_iam_015_root_account_access_keys[{PROD_ACCOUNT}-global-root]"
)


def test_findings_json_follows_findings_v1(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    document = run_audit("--rule=IAM-015", "--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1").document
    assert document["schema"] == "findings/v1"
    assert datetime.fromisoformat(document["generated_at"]).tzinfo is not None
    assert document["accounts"] == [{"account_id": PROD_ACCOUNT, "profile": "prod", "error": None,
                                     "principal": f"arn:aws:sts::{PROD_ACCOUNT}:user/moto", "role_arn": "",
                                     "partition": "aws", "home_region": "us-east-1",
                                     "summary": {"PASS": 0, "FAIL": 1, "ERROR": 0, "SKIP": 0, "WAIVED": 0},
                                     "scorecard": {
                                         # each framework IAM-015 counts toward: every requirement, those
                                         # IAM-015 gives evidence for, and how many of those pass
                                         key: {"requirements": total, "automated": automated, "passing": 0,
                                               "controls": total}  # findings/v1's name for requirements
                                         for key, total, automated in (
                                             ("aws-fsbp", 286, 1), ("cis-aws-v5.0", 63, 1), ("cis-aws-v4.0", 64, 1),
                                             ("cis-aws-v3.0", 62, 1), ("hipaa", 32, 5), ("iso-27001-2022", 93, 1),
                                             ("nist-csf-2.0", 78, 2), ("nist-800-53-r5", 287, 38),
                                             ("pci-dss-v4.0", 107, 8))
                                     }}]
    assert document["regions"] == ["global", "eu-west-1", "us-east-1"]
    assert document["summary"] == {"PASS": 0, "FAIL": 1, "ERROR": 0, "SKIP": 0, "WAIVED": 0}
    (finding,) = document["findings"]
    assert {key: finding[key] for key in ("rule_id", "title", "risk", "status", "account_id", "region",
                                           "resource", "nodeid")} == {
        "rule_id": "IAM-015",
        "title": "Root account access keys present",
        "risk": "High",
        "status": "FAIL",
        "account_id": PROD_ACCOUNT,
        "region": "global",
        "resource": ROOT,
        "nodeid": NODEID,
    }
    assert finding["standards"][:2] == ["AWS Foundational Security Best Practices v1.0.0 IAM.4",
                                        "CIS AWS Foundations Benchmark v5.0.0 1.3"]
    assert [label for label in finding["standards"] if label.startswith("PCI DSS")] == [
        f"PCI DSS v4.0 {requirement}" for requirement in ("7.2.1", "7.2.2", "7.2.3", "8.2.1", "8.2.2", "8.2.4", "8.2.5",
                                                          "8.3.11")]
    assert len(finding["standards"]) == sum(1 for c in document["controls"] if "IAM-015" in c["rule_ids"]) == 58


def test_two_profiles_on_one_account_audit_it_once(aws, run_audit):
    set_root_user(PROD_ACCOUNT)
    run = run_audit("--rule=IAM-015", "--aws-profile=prod", "--aws-profile=prod-again")
    assert [f["account_id"] for f in run.findings] == [PROD_ACCOUNT]
    assert [a["profile"] for a in run.document["accounts"]] == ["prod"]


def test_the_html_report_shows_the_audit_and_each_failure_with_its_remediation(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    run = run_audit("--rule=IAM-015", "--aws-profile=prod")
    for text in ("AWS compliance audit", "aws-compliance-audit 0.1.0", f"<td>{PROD_ACCOUNT}</td><td>prod</td><td>arn:aws:sts::{PROD_ACCOUNT}:user/moto</td><td>audited</td><td>0</td><td>1</td>",
                 "Low and above, and any ERROR", "<td>FAILED (exit status 1)</td>"):
        assert text in run.html, text
    (row,) = run.html_rows
    assert row["resultsTableRow"][1:8] == [
        '<td class="col-status status-fail">FAIL</td>',
        '<td class="col-rule">IAM-015</td>',
        '<td class="col-risk">High</td>',
        '<td class="col-service">IAM</td>',
        f'<td class="col-account">{PROD_ACCOUNT}</td>',
        '<td class="col-region">global</td>',
        f'<td class="col-resource">{ROOT}</td>',
    ]
    (detail,) = [extra["content"] for extra in row["extras"] if extra["format_type"] == "html"]
    for text in (f"<b>FAIL</b>: root user of account {PROD_ACCOUNT} has access keys: key 1 active",
                 "<b>Why it matters</b>", "<b>Remediation</b>: Console: sign in as the root user",
                 "the AWS CLI cannot delete root access keys", "&quot;summary_keys_present&quot;: 1",
                 "<b>Counts toward</b>: AWS Foundational Security Best Practices v1.0.0 IAM.4; CIS AWS Foundations "
                 "Benchmark v5.0.0 1.3; CIS AWS Foundations Benchmark v4.0.1 1.4; CIS AWS Foundations Benchmark "
                 "v3.0.0 1.4; HIPAA Security Rule 164.308(a)(1)(ii)(B), ",
                 "; PCI DSS v4.0 7.2.1, 7.2.2, 7.2.3, 8.2.1, 8.2.2, 8.2.4, 8.2.5, 8.3.11</p>"):
        assert text in detail, text
    assert row["log"] == ""


def test_an_html_report_written_anywhere_is_self_contained(aws, tmp_path):
    report = tmp_path / "out" / "nightly.html"
    pytest.main([str(REPO / "checks"), "--aws-profile=prod", "--aws-regions=us-east-1", "--rule=IAM-015",
                 f"--findings-json={tmp_path / 'findings.json'}", f"--html={report}"])
    assert sorted(path.name for path in report.parent.iterdir()) == ["nightly.html"]
    page = report.read_text()
    assert '<link rel="stylesheet"' not in page and "<style" in page


def test_junit_xml_carries_rule_risk_and_resource_as_properties(aws, run_audit, tmp_path):
    set_root_user(PROD_ACCOUNT)
    junit = tmp_path / "junit.xml"
    run_audit("--rule=IAM-015", "--aws-profile=prod", f"--junitxml={junit}")
    (case,) = ElementTree.parse(junit).getroot().iter("testcase")
    properties = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert properties == {
        "rule_id": "IAM-015",
        "risk": "High",
        "account_id": PROD_ACCOUNT,
        "region": "global",
        "resource": ROOT,
        "status": "PASS",
    }


def test_rule_selects_only_the_named_rules(aws, run_audit):
    set_root_user(PROD_ACCOUNT)
    assert [f["rule_id"] for f in run_audit("--aws-profile=prod", "--rule=IAM-015").findings] == ["IAM-015"]


def test_the_demo_audits_two_offline_accounts_one_with_an_active_root_key(run_audit):
    run = run_audit("--demo")
    verdicts = {(f["account_id"], f["resource"], f["status"]) for f in run.findings if f["rule_id"] == "IAM-015"}
    assert verdicts == {
        (PROD_ACCOUNT, ROOT, "FAIL"),
        (SECURITY_ACCOUNT, f"arn:aws:iam::{SECURITY_ACCOUNT}:root", "PASS"),
    }
    assert run.exit_status == 1


def test_the_self_tests_are_not_an_audit_and_write_no_report(request):
    assert audit_of(request.config) is None
    assert request.config.option.htmlpath is None


def test_a_large_audit_lists_failures_in_a_plain_table_and_counts_passes_per_rule(aws, run_audit, monkeypatch):
    monkeypatch.setattr("fixtures.report.LEAN_REPORT_CASES", 1)
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    run = run_audit("--rule=IAM-015", "--rule=IAM-014", "--aws-profile=prod")
    assert run.html_rows == []
    assert "<h2>Failures and errors (1)</h2>" in run.html
    assert (f'<td class="col-status status-fail">FAIL</td><td class="col-rule">IAM-015</td>'
            f'<td class="col-risk">High</td><td class="col-service">IAM</td><td class="col-account">{PROD_ACCOUNT}</td>'
            f'<td class="col-region">global</td><td class="col-resource">{ROOT}</td>'
            f"<td>root user of account {PROD_ACCOUNT} has access keys: key 1 active" in run.html)
    assert "<tr><td>IAM-014</td><td>Root MFA enabled</td><td>High</td><td>1</td><td>0</td>" in run.html
    assert len(run.findings) == 2


@dataclasses.dataclass(frozen=True)
class Grant:
    grantee: str
    since: datetime


@dataclasses.dataclass(frozen=True)
class Bucket:
    name: str
    grants: tuple[Grant, ...]
    tags: dict
    owners: frozenset


def test_evidence_is_the_subjects_fields_as_json_nested_dataclasses_included_and_other_types_as_text():
    bucket = Bucket("logs", (Grant("AllUsers", datetime(2026, 1, 2, 3, 4, 5)),), {"team": ["ops", None]},
                    frozenset({"alice"}))
    written = json.dumps(bucket, default=plain)
    assert written == ('{"name": "logs", "grants": [{"grantee": "AllUsers", "since": "2026-01-02 03:04:05"}], '
                       '"tags": {"team": ["ops", null]}, "owners": "frozenset({\'alice\'})"}')
    assert written == json.dumps(dataclasses.asdict(bucket), default=str)


def test_evidence_kept_aside_reads_back_exactly_in_any_order_even_when_more_is_kept_after_a_read():
    kept = EvidenceFile()
    first = kept.keep('{"bucket": "logs", "versioning": "Enabled"}')
    nothing = kept.keep(None)
    second = kept.keep('{"user": "alice", "keys": ["AKIA\\u20261"]}')
    assert kept.json(second) == '{"user": "alice", "keys": ["AKIA\\u20261"]}'
    third = kept.keep('{"region": "eu-west-1"}')  # after a read, the next evidence still goes at the end
    assert [kept.json(where) for where in (third, first, nothing)] == [
        '{"region": "eu-west-1"}', '{"bucket": "logs", "versioning": "Enabled"}', "null"]
    assert second == (first[1], len('{"user": "alice", "keys": ["AKIA\\u20261"]}'))
