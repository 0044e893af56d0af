"""--baseline marks findings new, unchanged or fixed and gates on the new; --ocsf and --asff write what other tools read."""

import json

import boto3
import botocore.session
import pytest
from botocore.validate import ParamValidator
from py_ocsf_models.events.findings.detection_finding import DetectionFinding

from fixtures.offline import deny
from fixtures.scenarios.storage import create_bucket, deny_without_tls, put_policy
from tests.conftest import PROD_ACCOUNT

S3_017 = "--rule=S3-017"


def bucket(name: str) -> str:
    return f"arn:aws:s3:::{name}"


def s3():
    return boto3.Session(profile_name="prod").client("s3")


def marks(run) -> dict:
    return {f["resource"]: (f["status"], f.get("baseline")) for f in run.findings}


@pytest.fixture
def baseline(aws, run_audit, tmp_path):
    """An earlier audit of S3-017: buckets kept-open and fixed-later fail, already-safe passes."""
    client = s3()
    for name in ("kept-open", "fixed-later", "already-safe"):
        create_bucket(client, name)
    put_policy(client, "already-safe", [deny_without_tls("already-safe")])
    run = run_audit("--aws-profile=prod", S3_017)
    assert marks(run) == {bucket("kept-open"): ("FAIL", None), bucket("fixed-later"): ("FAIL", None),
                          bucket("already-safe"): ("PASS", None)}
    path = tmp_path / "baseline.json"
    path.write_text(run.findings_path.read_text())
    return path


def test_a_baseline_marks_new_and_unchanged_failures_lists_the_fixed_and_gates_on_the_new(baseline, run_audit):
    client = s3()
    put_policy(client, "fixed-later", [deny_without_tls("fixed-later")])
    create_bucket(client, "opened-later")
    run = run_audit("--aws-profile=prod", S3_017, f"--baseline={baseline}")

    assert marks(run) == {bucket("kept-open"): ("FAIL", "unchanged"), bucket("opened-later"): ("FAIL", "new"),
                          bucket("fixed-later"): ("PASS", "new"), bucket("already-safe"): ("PASS", "unchanged")}
    block = run.document["baseline"]
    assert (block["path"], block["counts"]) == (str(baseline), {"new": 1, "unchanged": 1, "fixed": 1})
    assert block["generated_at"] == json.loads(baseline.read_text())["generated_at"]
    assert [(f["resource"], f["now"]) for f in block["fixed"]] == [(bucket("fixed-later"), "PASS")]
    assert block["fixed"][0]["was"] == "bucket fixed-later (us-east-1) has no bucket policy, so requests without TLS are not denied"
    assert block["not_compared"] == {"only_in_baseline": {}, "only_in_this_run": {}}
    assert run.exit_status == 1  # the new failure fails the gate
    assert "since the baseline" in run.output and "1 new failures, 1 unchanged, 1 fixed" in run.output


def test_with_a_baseline_only_known_failures_leave_the_gate_passing(baseline, run_audit):
    run = run_audit("--aws-profile=prod", S3_017, f"--baseline={baseline}")
    assert run.document["baseline"]["counts"] == {"new": 0, "unchanged": 2, "fixed": 0}
    assert run.exit_status == 0
    without = run_audit("--aws-profile=prod", S3_017)
    assert without.exit_status == 1  # the backlog alone still fails a gate that has no baseline


def test_a_failure_that_is_an_error_now_is_never_called_fixed(baseline, run_audit, monkeypatch):
    deny(monkeypatch, "s3:GetBucketPolicy")
    run = run_audit("--aws-profile=prod", S3_017, f"--baseline={baseline}")
    assert {status for status, _ in marks(run).values()} == {"ERROR"}
    assert run.document["baseline"]["fixed"] == []
    assert run.exit_status == 1


def test_a_deleted_failing_resource_is_fixed_as_no_longer_found(baseline, run_audit):
    s3().delete_bucket(Bucket="fixed-later")
    run = run_audit("--aws-profile=prod", S3_017, f"--baseline={baseline}")
    assert [(f["resource"], f["now"]) for f in run.document["baseline"]["fixed"]] == [
        (bucket("fixed-later"), "no longer found")]


def test_only_what_both_audits_cover_is_compared_and_the_rest_is_named(baseline, run_audit):
    run = run_audit("--aws-profile=prod", S3_017, "--rule=S3-013", "--aws-regions=us-east-1,eu-west-1",
                    f"--baseline={baseline}")
    assert run.document["baseline"]["not_compared"] == {
        "only_in_baseline": {}, "only_in_this_run": {"regions": ["eu-west-1"], "rules": ["S3-013"]}}
    s3_013 = {f["baseline"] for f in run.findings if f["rule_id"] == "S3-013"}
    assert s3_013 == {"new"}
    assert "Not compared" in run.html and "only in this run: regions eu-west-1; only in this run: rules S3-013" in run.html


@pytest.mark.parametrize(("content", "problem"), [
    ("not json", "not a findings JSON file (JSONDecodeError"),
    ('{"schema": "something/v2"}', "expected a findings/v1 findings JSON file, found schema 'something/v2'"),
    ('{"schema": "findings/v1"}', "a findings/v1 file, but incomplete (no findings, accounts, regions, rules)"),
])
def test_a_baseline_that_is_not_a_findings_file_is_a_usage_error_naming_it(aws, tmp_path, run_audit, content, problem):
    path = tmp_path / "old.json"
    path.write_text(content)
    run = run_audit("--aws-profile=prod", S3_017, f"--baseline={path}")
    assert run.exit_status == 4
    assert f"--baseline {path}: {problem}" in run.output


def test_a_missing_baseline_is_a_usage_error(aws, tmp_path, run_audit):
    run = run_audit("--aws-profile=prod", S3_017, f"--baseline={tmp_path / 'nope.json'}")
    assert run.exit_status == 4
    assert f"--baseline {tmp_path / 'nope.json'}: no such file; give the findings.json of an earlier audit" in run.output


@pytest.fixture
def exported(aws, run_audit, tmp_path, monkeypatch):
    """One audit with a PASS, a FAIL, a WAIVED and an ERROR case, written as OCSF and ASFF."""
    client = s3()
    for name in ("open", "safe", "waived"):
        create_bucket(client, name)
    put_policy(client, "safe", [deny_without_tls("safe")])
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text("- rule: S3-017\n  resource: arn:aws:s3:::waived\n"
                       "  reason: legacy bucket, retired in Q1\n  expires: 2099-01-01\n")
    deny(monkeypatch, "iam:GetCredentialReport")
    ocsf, asff = tmp_path / "ocsf.json", tmp_path / "asff.json"
    run = run_audit("--aws-profile=prod", S3_017, "--rule=IAM-015", f"--waivers={waivers}", f"--ocsf={ocsf}",
                    f"--asff={asff}")
    assert ocsf.exists(), run.output
    return run, json.loads(ocsf.read_text()), json.loads(asff.read_text())


def test_every_finding_is_an_ocsf_detection_finding_with_its_status(exported):
    run, ocsf, _ = exported
    assert len(ocsf) == len(run.findings) == 4
    for event in ocsf:
        DetectionFinding.model_validate(event)
    by_resource = {event["resources"][0]["uid"]: event for event in ocsf}
    got = {resource: (e["class_uid"], e["status_code"], e["status"], e["status_id"], e["severity"])
           for resource, e in by_resource.items()}
    assert got == {
        bucket("safe"): (2004, "PASS", "Resolved", 4, "Medium"),
        bucket("open"): (2004, "FAIL", "New", 1, "Medium"),
        bucket("waived"): (2004, "WAIVED", "Suppressed", 3, "Medium"),
        f"arn:aws:iam::{PROD_ACCOUNT}:root": (2004, "ERROR", "New", 1, "High"),
    }
    assert by_resource[bucket("waived")]["status_detail"] == "waived until 2099-01-01: legacy bucket, retired in Q1"
    assert by_resource[f"arn:aws:iam::{PROD_ACCOUNT}:root"]["status_detail"].startswith(
        "could not evaluate: iam:GetCredentialReport was denied")
    open_bucket = by_resource[bucket("open")]
    assert open_bucket["cloud"]["account"]["uid"] == PROD_ACCOUNT
    assert open_bucket["finding_info"]["title"] == run.document["rules"]["S3-017"]["title"]
    assert open_bucket["metadata"]["event_code"] == "S3-017"


def test_every_finding_is_asff_that_security_hub_batch_import_accepts(exported):
    run, _, asff = exported
    model = botocore.session.get_session().get_service_model("securityhub")
    shape = model.operation_model("BatchImportFindings").input_shape
    report = ParamValidator().validate({"Findings": asff}, shape)  # botocore's own check of a request
    assert not report.has_errors(), report.generate_report()
    by_resource = {f["Resources"][0]["Id"]: f for f in asff}
    got = {resource: (f["Compliance"]["Status"], f["Workflow"]["Status"], f["RecordState"], f["Severity"]["Label"])
           for resource, f in by_resource.items()}
    assert got == {
        bucket("safe"): ("PASSED", "RESOLVED", "ACTIVE", "MEDIUM"),
        bucket("open"): ("FAILED", "NEW", "ACTIVE", "MEDIUM"),
        bucket("waived"): ("FAILED", "SUPPRESSED", "ACTIVE", "MEDIUM"),
        f"arn:aws:iam::{PROD_ACCOUNT}:root": ("NOT_AVAILABLE", "NEW", "ACTIVE", "HIGH"),
    }
    assert by_resource[bucket("waived")]["Note"]["Text"] == "waived until 2099-01-01: legacy bucket, retired in Q1"
    error = by_resource[f"arn:aws:iam::{PROD_ACCOUNT}:root"]["Compliance"]["StatusReasons"][0]
    assert error["Description"].startswith("could not evaluate: iam:GetCredentialReport was denied")
    assert {f["ProductArn"] for f in asff} == {
        f"arn:aws:securityhub:us-east-1:{PROD_ACCOUNT}:product/{PROD_ACCOUNT}/default"}
    ids = [f["Id"] for f in asff]
    assert len(set(ids)) == len(ids) == len(run.findings)
