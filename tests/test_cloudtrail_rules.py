"""CloudTrail rules CT-001, CT-002, CT-003, CT-005, CT-007, CT-008, CT-009, CT-012: every verdict they can give."""

from datetime import datetime, timedelta, timezone

import boto3
import pytest

from fixtures.subjects.monitoring import event_coverage
from fixtures.offline import deny, stub
from fixtures.scenarios.monitoring import create_trail, monitored_trail, trail_bucket
from tests.conftest import PROD_ACCOUNT

CT_RULES = ("CT-001", "CT-002", "CT-003", "CT-005", "CT-007", "CT-008", "CT-009", "CT-012")
PER_TRAIL = ("CT-002", "CT-003", "CT-005", "CT-007", "CT-008", "CT-009")
TRAILS = f"arn:aws:cloudtrail::{PROD_ACCOUNT}:trail/*"


def trail_arn(name: str, region: str = "us-east-1") -> str:
    return f"arn:aws:cloudtrail:{region}:{PROD_ACCOUNT}:trail/{name}"


def audit(run_audit, *rule_ids):
    return run_audit("--aws-profile=prod", *(f"--rule={rule_id}" for rule_id in rule_ids))


def verdicts(run) -> dict:
    return {(f["rule_id"], f["resource"]): (f["status"], f["message"]) for f in run.findings}


def test_cloudtrail_rules_pass_for_a_fully_monitored_trail(aws, run_audit):
    monitored_trail(boto3.Session(profile_name="prod"), "audit")
    run = audit(run_audit, *CT_RULES)
    got = {(f["rule_id"], f["resource"], f["status"]) for f in run.findings}
    assert got == {("CT-001", TRAILS, "PASS"), ("CT-012", TRAILS, "PASS")} | {
        (rule_id, trail_arn("audit"), "PASS") for rule_id in PER_TRAIL}
    assert run.exit_status == 0


def test_cloudtrail_rules_fail_for_bare_trails_and_see_a_multi_region_trail_once(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    trail_bucket(prod, "bare-trail-logs")
    prod.client("s3").put_bucket_acl(Bucket="bare-trail-logs", ACL="authenticated-read")
    create_trail(prod, "bare", "bare-trail-logs", multi_region=False, IncludeGlobalServiceEvents=False)
    # A multi-region trail homed in eu-west-1: us-east-1 lists it only as a shadow trail; it is not logging.
    trail_bucket(prod, "stopped-trail-logs", region="eu-west-1")
    prod.client("s3").put_bucket_policy(Bucket="stopped-trail-logs", Policy=(
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",'
        '"Resource":"arn:aws:s3:::stopped-trail-logs/*"}]}'))
    create_trail(prod, "stopped", "stopped-trail-logs", region="eu-west-1", logging=False)
    run = audit(run_audit, *CT_RULES)
    bare, stopped = trail_arn("bare"), trail_arn("stopped", "eu-west-1")
    assert len(run.findings) == 2 + 2 * len(PER_TRAIL)  # each trail once, however many regions list it
    assert verdicts(run) == {
        ("CT-001", TRAILS): ("FAIL", f"account {PROD_ACCOUNT} has no multi-region trail that is logging all "
                                     "management events: trail bare is single-region; trail stopped is not logging"),
        ("CT-012", TRAILS): ("FAIL", f"account {PROD_ACCOUNT} records no S3 object-level write or read events for "
                                     "all buckets on a multi-region trail"),
        ("CT-002", bare): ("FAIL", "S3 bucket bare-trail-logs of trail bare has no server access logging"),
        ("CT-002", stopped): ("FAIL", "S3 bucket stopped-trail-logs of trail stopped has no server access logging"),
        ("CT-003", bare): ("FAIL", "S3 bucket bare-trail-logs of trail bare is publicly accessible: its ACL grants "
                                   "READ to AuthenticatedUsers"),
        ("CT-003", stopped): ("FAIL", "S3 bucket stopped-trail-logs of trail stopped is publicly accessible: its "
                                      "bucket policy is public"),
        ("CT-005", bare): ("FAIL", "trail bare (home region us-east-1) does not record global service events "
                                   "(IncludeGlobalServiceEvents is false)"),
        ("CT-005", stopped): ("PASS", "The trail records events of global services (IAM, STS, CloudFront)."),
        ("CT-007", bare): ("FAIL", "trail bare (home region us-east-1) has log file integrity validation disabled"),
        ("CT-007", stopped): ("FAIL", "trail stopped (home region eu-west-1) has log file integrity validation "
                                      "disabled"),
        ("CT-008", bare): ("FAIL", "trail bare (home region us-east-1) does not encrypt its log files with a KMS key"),
        ("CT-008", stopped): ("FAIL", "trail stopped (home region eu-west-1) does not encrypt its log files with a "
                                      "KMS key"),
        ("CT-009", bare): ("FAIL", "trail bare (home region us-east-1) does not send its events to CloudWatch Logs"),
        ("CT-009", stopped): ("FAIL", "trail stopped (home region eu-west-1) does not send its events to CloudWatch "
                                      "Logs"),
    }


def test_every_trail_homed_in_an_audited_region_is_seen_once(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    # Homed in eu-west-1: a multi-region trail (a shadow in us-east-1) and a single-region trail (not listed there).
    monitored_trail(prod, "central", region="eu-west-1")
    trail_bucket(prod, "local-trail-logs", region="eu-west-1")
    create_trail(prod, "local", "local-trail-logs", region="eu-west-1", multi_region=False)
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", *(f"--rule={r}" for r in CT_RULES))
    central, local = trail_arn("central", "eu-west-1"), trail_arn("local", "eu-west-1")
    assert sorted((f["rule_id"], f["resource"], f["status"]) for f in run.findings) == sorted(
        [("CT-001", TRAILS, "PASS"), ("CT-012", TRAILS, "PASS")]
        + [(rule_id, central, "PASS") for rule_id in PER_TRAIL]
        + [(rule_id, local, "FAIL") for rule_id in ("CT-002", "CT-007", "CT-008", "CT-009")]
        + [(rule_id, local, "PASS") for rule_id in ("CT-003", "CT-005")])
    assert [f["message"] for f in run.findings if (f["rule_id"], f["resource"]) == ("CT-007", local)] == [
        "trail local (home region eu-west-1) has log file integrity validation disabled"]


def test_ct_001_fails_when_the_multi_region_trail_records_only_write_management_events(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    trail_bucket(prod, "write-only-logs")
    create_trail(prod, "writes", "write-only-logs", selectors=[{"ReadWriteType": "WriteOnly"}])
    finding = audit(run_audit, "CT-001").only("CT-001")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no multi-region trail that is logging all management events: "
                "trail writes is recording write management events")


@pytest.mark.parametrize("selectors", [
    {"selectors": [{"ReadWriteType": "All", "IncludeManagementEvents": True,
                    "ExcludeManagementEventSources": ["kms.amazonaws.com", "rdsdata.amazonaws.com"]}]},
    {"advanced_selectors": [{"Name": "management", "FieldSelectors": [
        {"Field": "eventCategory", "Equals": ["Management"]},
        {"Field": "eventSource", "NotEquals": ["kms.amazonaws.com"]}]}]},
], ids=["basic", "advanced"])
def test_ct_001_passes_a_trail_that_leaves_some_event_sources_out(aws, run_audit, selectors):
    # CIS 3.1 asks for IncludeManagementEvents true with ReadWriteType All (v5.0.0: an eventCategory Management
    # selector without readOnly); it does not look at excluded event sources.
    prod = boto3.Session(profile_name="prod")
    trail_bucket(prod, "trail-logs")
    create_trail(prod, "audit", "trail-logs", **selectors)
    finding = audit(run_audit, "CT-001").only("CT-001")
    assert (finding["status"], finding["resource"]) == ("PASS", TRAILS)


def test_ct_001_fails_when_the_account_has_no_trail(aws, run_audit):
    finding = audit(run_audit, "CT-001").only("CT-001")
    assert (finding["status"], finding["message"]) == ("FAIL", f"account {PROD_ACCOUNT} has no CloudTrail trail")


def test_per_trail_rules_are_not_applicable_without_trails(aws, run_audit):
    finding = audit(run_audit, "CT-007").only("CT-007")
    assert (finding["status"], finding["message"]) == ("SKIP", "not applicable: no CloudTrail trails")


def test_ct_012_passes_with_reads_and_writes_from_two_trails_and_advanced_selectors(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    trail_bucket(prod, "data-event-logs")
    create_trail(prod, "reads", "data-event-logs", advanced_selectors=[
        {"Name": "management", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]},
        {"Name": "object reads", "FieldSelectors": [
            {"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]},
            {"Field": "readOnly", "Equals": ["true"]}]}])
    create_trail(prod, "writes", "data-event-logs", selectors=[{"ReadWriteType": "WriteOnly", "DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::"]}]}])
    run = audit(run_audit, "CT-001", "CT-012")
    assert {f["rule_id"]: f["status"] for f in run.findings} == {"CT-001": "PASS", "CT-012": "PASS"}


def test_ct_012_fails_naming_the_half_that_is_missing(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    trail_bucket(prod, "data-event-logs")
    create_trail(prod, "reads", "data-event-logs", selectors=[{"ReadWriteType": "ReadOnly", "DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3"]}]}])
    # Writes of one bucket only, and on a single-region trail: neither counts.
    create_trail(prod, "one-bucket", "data-event-logs", selectors=[{"ReadWriteType": "All", "DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::data-event-logs/"]}]}])
    create_trail(prod, "local", "data-event-logs", multi_region=False, selectors=[{"DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3"]}]}])
    finding = audit(run_audit, "CT-012").only("CT-012")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} records no S3 object-level write events for all buckets on a "
                "multi-region trail (only read events by trail reads)")


def test_ct_012_does_not_ask_the_trail_to_be_logging(aws, run_audit):
    # CIS 3.8/3.9 read the trail's multi-region flag and event selectors; IsLogging is CIS 3.1's business (CT-001).
    prod = boto3.Session(profile_name="prod")
    trail_bucket(prod, "data-event-logs")
    create_trail(prod, "paused", "data-event-logs", logging=False, selectors=[{"ReadWriteType": "All", "DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3"]}]}])
    finding = audit(run_audit, "CT-012").only("CT-012")
    assert (finding["status"], finding["resource"]) == ("PASS", TRAILS)


@pytest.mark.parametrize(("selectors", "management", "excluded", "s3_objects"), [
    ({}, ("read", "write"), (), ()),
    ({"EventSelectors": [{"ReadWriteType": "ReadOnly", "IncludeManagementEvents": True},
                         {"ReadWriteType": "WriteOnly", "IncludeManagementEvents": True}]}, ("read", "write"), (), ()),
    ({"EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": True,
                          "ExcludeManagementEventSources": ["kms.amazonaws.com"]}]}, ("read", "write"),
     ("kms.amazonaws.com",), ()),
    ({"EventSelectors": [{"ReadWriteType": "All", "IncludeManagementEvents": False, "DataResources": [
        {"Type": "AWS::S3::Object", "Values": ["arn:aws-us-gov:s3"]}]}]}, (), (), ("read", "write")),
    ({"AdvancedEventSelectors": [{"FieldSelectors": [
        {"Field": "eventCategory", "Equals": ["Management"]}, {"Field": "readOnly", "Equals": ["false"]}]}]},
     ("write",), (), ()),
    ({"AdvancedEventSelectors": [{"FieldSelectors": [
        {"Field": "eventCategory", "Equals": ["Management"]}, {"Field": "eventSource", "NotEquals": ["kms.amazonaws.com"]}]}]},
     ("read", "write"), ("eventSource NotEquals ['kms.amazonaws.com']",), ()),
    ({"AdvancedEventSelectors": [{"FieldSelectors": [
        {"Field": "eventCategory", "Equals": ["Data"]}, {"Field": "resources.type", "Equals": ["AWS::S3::Object"]},
        {"Field": "resources.ARN", "StartsWith": ["arn:aws:s3:::one-bucket/"]}]}]}, (), (), ()),
])
def test_event_coverage_reads_basic_and_advanced_selectors(selectors, management, excluded, s3_objects):
    coverage = event_coverage(selectors)
    assert (coverage.management, coverage.excluded_sources, coverage.s3_objects) == (management, excluded, s3_objects)


STALE = datetime.now(timezone.utc) - timedelta(days=3)


@pytest.mark.parametrize(("status", "problem"), [
    ({"IsLogging": True, "LatestCloudWatchLogsDeliveryError": "AccessDenied"},
     "fails to deliver to CloudWatch Logs: AccessDenied"),
    ({"IsLogging": True, "LatestCloudWatchLogsDeliveryTime": STALE},
     f"last delivered to CloudWatch Logs on {STALE.isoformat()}"),
], ids=["delivery-error", "stale-delivery"])
def test_ct_009_fails_on_a_delivery_error_or_a_stale_delivery(aws, run_audit, monkeypatch, status, problem):
    monitored_trail(boto3.Session(profile_name="prod"), "audit", rule_ids=())
    # moto's GetTrailStatus has no CloudWatch Logs delivery fields: stubbed.
    stub(monkeypatch, "cloudtrail:GetTrailStatus", status)
    finding = audit(run_audit, "CT-009").only("CT-009")
    assert (finding["status"], finding["message"]) == ("FAIL", f"trail audit (home region us-east-1) {problem}")


def test_ct_009_passes_after_a_recent_delivery(aws, run_audit, monkeypatch):
    monitored_trail(boto3.Session(profile_name="prod"), "audit", rule_ids=())
    recent = datetime.now(timezone.utc) - timedelta(hours=2)
    stub(monkeypatch, "cloudtrail:GetTrailStatus", {"IsLogging": True, "LatestCloudWatchLogsDeliveryTime": recent})
    assert audit(run_audit, "CT-009").only("CT-009")["status"] == "PASS"


@pytest.mark.parametrize(("action", "rule_ids"), [
    ("cloudtrail:DescribeTrails", CT_RULES),
    ("cloudtrail:GetTrailStatus", ("CT-001", "CT-007")),
    ("cloudtrail:GetEventSelectors", ("CT-012",)),
    ("s3:GetBucketLogging", ("CT-002",)),
    ("s3:GetBucketAcl", ("CT-003",)),
    ("s3:GetBucketPolicyStatus", ("CT-003",)),
])
def test_cloudtrail_rules_are_errors_naming_the_denied_read(aws, run_audit, monkeypatch, action, rule_ids):
    trail_bucket(boto3.Session(profile_name="prod"), "some-trail-logs")
    create_trail(boto3.Session(profile_name="prod"), "audit", "some-trail-logs")
    deny(monkeypatch, action)
    run = audit(run_audit, *rule_ids)
    assert {(f["rule_id"], f["status"]) for f in run.findings} == {(rule_id, "ERROR") for rule_id in rule_ids}
    assert all(f"{action} was denied" in f["message"] for f in run.findings)
