"""AWS faults: throttling, server errors, slow, cut-off and garbled answers change only what they must.

Each run audits the demo's two accounts in us-east-1 and eu-west-1 with faults injected into the
audit's own requests (tests/faults.py); its verdicts are compared with one clean run of the same demo.
"""

from __future__ import annotations

import re
import socket
from collections import Counter

import pytest
from moto.moto_api._internal import mock_random

from fixtures import frameworks, patience
from tests.conftest import audit_in_process, write_aws_config
from tests.faults import every, fault, first, inject

PROD, SECURITY = "123456789012", "210987654321"
# IDs moto draws at random, some from sources its seed does not reach (vol-0493..., UUIDs, CloudFront's and DMS's
# upper-case IDs, Cognito's pool IDs, IP addresses): UUIDs, IPv4 addresses and any run of 8 or more letters and
# digits that has both, and the random suffix of a secret's ARN.
RANDOM_ID = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|\b\d{1,3}(?:[.-]\d{1,3}){3}\b"
                       r"|(?<=\b[a-z]-)[0-9a-f]{8,17}\b|(?<=\b[a-z]{2}-)[0-9a-f]{8,17}\b|(?<=\b[a-z]{3}-)[0-9a-f]{8,17}\b"
                       r"|(?<=\b[a-z]{4}-)[0-9a-f]{8,17}\b|(?<=\beipalloc-)[0-9a-f]{8,17}\b"
                       r"|(?<=:secret:)[\w/+=.@-]+-[A-Za-z0-9]{6}\b"
                       r"|(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,}(?![A-Za-z0-9])")
# ISO times, and the minute RDS names an automated snapshot after ("rds:<cluster>-2026-01-31-09-05").
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?|-\d\d-\d\d\b)")
# The reads that list what there is, one or more per rule family, in every protocol botocore speaks.
MAIN_LISTS = (
    "s3:ListBuckets", "ec2:DescribeSecurityGroups", "ec2:DescribeVolumes", "ec2:DescribeVpcs", "kms:ListKeys",
    "cloudtrail:DescribeTrails", "rds:DescribeDBInstances", "efs:DescribeFileSystems", "iam:GetAccountAuthorizationDetails",
    "config:DescribeConfigurationRecorders", "guardduty:ListDetectors", "logs:DescribeMetricFilters",
)


# The CIS wave's 74 rules: those the CIS files count, and those that go further than CIS and so are left out.
CIS_WAVE = sorted({rule for key in ("cis-aws-v3.0", "cis-aws-v4.0", "cis-aws-v5.0")
                   for rule in frameworks.load()[key].rule_ids} | {"AccessAnalyzer-001", "CT-005", "EBS-001", "S3-014"})


def verdicts(findings: list[dict]) -> Counter:
    """How many cases of each rule, account, region and resource kind got each verdict. moto names some resources
    at random (a region's default security group, made when a read first reaches the region), and the demo's dates
    are relative to the moment it was seeded: both are left out."""
    return Counter((f["rule_id"], f["account_id"], f["region"], anonymous(f["resource"]), f["status"],
                    anonymous(f["message"])) for f in findings)


def anonymous(text: str) -> str:
    return RANDOM_ID.sub("<id>", TIMESTAMP.sub("<time>", text))


def demo(tmp_path, *args: str) -> dict:
    """Run the demo audit of the CIS wave's rules (or of the rules ``args`` name) in process; its findings JSON.
    moto's IDs are seeded, so each run has the same ones. The CIS wave's rules make every kind of read these
    faults exercise (every protocol, global and regional, listings and per-resource reads), at a quarter of
    the whole rule set's cost."""
    mock_random.seed(7)
    rules = () if any(arg.startswith("--rule") for arg in args) else tuple(f"--rule={rule}" for rule in CIS_WAVE)
    return audit_in_process(tmp_path, "--demo", *rules, *args).document


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Counter:
    """The verdicts of the demo with no fault."""
    return verdicts(demo(tmp_path_factory.mktemp("clean"))["findings"])


def changed(got: Counter, clean: Counter) -> tuple[Counter, Counter]:
    """(verdicts the faulted run gave that the clean run did not, clean verdicts the faulted run lost)."""
    return got - clean, clean - got


def test_the_clean_demo_has_no_error(clean):
    assert not [key for key in clean if key[4] == "ERROR"]
    assert {key[2] for key in clean} == {"global", "us-east-1", "eu-west-1"}


def test_a_throttling_storm_gives_the_verdicts_of_a_clean_run(clean, tmp_path, monkeypatch):
    log = inject(monkeypatch, fault("throttle", *MAIN_LISTS, when=every(3)))
    document = demo(tmp_path)
    assert sum(log.faulted.values()) >= 10
    assert verdicts(document["findings"]) == clean
    assert document["stats"]["retries"] == sum(log.faulted.values())
    assert document["stats"]["throttled"] == 0


def test_server_errors_on_the_first_two_attempts_give_the_verdicts_of_a_clean_run(clean, tmp_path, monkeypatch):
    half = len(MAIN_LISTS) // 2
    log = inject(monkeypatch, fault("500", *MAIN_LISTS[:half], when=first(2)),
                 fault("503", *MAIN_LISTS[half:], when=first(2)))
    document = demo(tmp_path)
    assert verdicts(document["findings"]) == clean
    assert set(log.faulted.values()) == {2}  # every distinct read of these failed twice, then was answered


def test_a_persistent_server_error_spoils_only_the_cases_that_need_that_read(clean, tmp_path, monkeypatch):
    log = inject(monkeypatch, fault("500", "ec2:DescribeSecurityGroups", regions=("eu-west-1",)))
    new, lost = changed(verdicts(demo(tmp_path)["findings"]), clean)
    # Three attempts per read (one read per account), never a fourth: at most 0.05 + 0.1 s of backoff each.
    assert log.sent[("ec2:DescribeSecurityGroups", "eu-west-1")] == 2 * patience.FAILED_ATTEMPTS
    message = ("could not evaluate: ec2:DescribeSecurityGroups failed in eu-west-1: HTTP 500 Internal Server Error "
               "(3 attempts)")
    security_group_rules = {"EC2-002", "EC2-003", "EC2-016", "EC2-043"}
    assert new == Counter((rule_id, account, "eu-west-1", account, "ERROR", message)
                          for rule_id in security_group_rules for account in (PROD, SECURITY))
    assert lost == Counter({key: count for key, count in clean.items()
                            if key[0] in security_group_rules and key[2] == "eu-west-1"})


def test_an_endpoint_that_keeps_failing_fails_its_later_reads_at_once(tmp_path, monkeypatch):
    log = inject(monkeypatch, fault("503", regions=("eu-west-1",)))
    document = demo(tmp_path, "--max-workers=1", "--rule=EBS-001", "--rule=EC2-077", "--rule=EC2-002")
    # Per account, reads one after another: two reads of three attempts each, then the third is not sent.
    assert {action: count for (action, region), count in log.sent.items() if region == "eu-west-1"} == {
        "ec2:DescribeVolumes": 2 * patience.FAILED_ATTEMPTS, "ec2:DescribeInstances": 2 * patience.FAILED_ATTEMPTS}
    failed = "HTTP 503 ServiceUnavailable: Service is unavailable, try again later"
    assert {(f["rule_id"], f["account_id"], f["message"]) for f in document["findings"] if f["region"] == "eu-west-1"} \
        == {(rule_id, account, f"could not evaluate: ec2:{action} failed in eu-west-1: {failed}{after}")
            for account in (PROD, SECURITY)
            for rule_id, action, after in (
                ("EBS-001", "DescribeVolumes", " (3 attempts)"),
                ("EC2-077", "DescribeInstances", " (3 attempts)"),
                ("EC2-002", "DescribeSecurityGroups", " (3 attempts); not tried: 2 reads of ec2 there failed in a row"))}
    assert all(f["status"] == "ERROR" for f in document["findings"] if f["region"] == "eu-west-1")


UNREADABLE = {
    ("truncated", "kms:ListKeys"): "the answer is not valid JSON (cut off or garbled)",
    ("truncated", "ec2:DescribeVolumes"): "the answer is not valid XML (cut off or garbled)",
    ("garbage", "kms:ListKeys"): "the HTTP 200 answer is a web page, not an AWS answer",
    ("garbage", "ec2:DescribeVolumes"): "the HTTP 200 answer is a web page, not an AWS answer",
}


@pytest.mark.parametrize("kms_answer, ec2_answer", [("truncated", "garbage"), ("garbage", "truncated")])
def test_an_answer_that_does_not_parse_is_an_error_never_an_empty_answer(clean, tmp_path, monkeypatch, kms_answer,
                                                                         ec2_answer):
    inject(monkeypatch, fault(kms_answer, "kms:ListKeys", regions=("eu-west-1",)),
           fault(ec2_answer, "ec2:DescribeVolumes", regions=("eu-west-1",)))
    document = demo(tmp_path)
    new, lost = changed(verdicts(document["findings"]), clean)
    # Each of the two accounts asked each of the two regions once; the answers that did not parse count too.
    assert {action: document["stats"]["requests"][action] for action in ("kms:ListKeys", "ec2:DescribeVolumes")} \
        == {"kms:ListKeys": 4, "ec2:DescribeVolumes": 4}
    spoiled = {"KMS-002": (kms_answer, "kms:ListKeys"), "EBS-001": (ec2_answer, "ec2:DescribeVolumes")}
    assert new == Counter(
        (rule_id, account, "eu-west-1", account, "ERROR",
         f"could not evaluate: {action} failed in eu-west-1: {UNREADABLE[answer, action]}")
        for rule_id, (answer, action) in spoiled.items() for account in (PROD, SECURITY))
    assert lost == Counter({key: count for key, count in clean.items() if key[0] in spoiled and key[2] == "eu-west-1"})


def test_slow_answers_change_nothing(clean, tmp_path, monkeypatch):
    log = inject(monkeypatch, fault("slow", *MAIN_LISTS, delay=0.3))
    assert verdicts(demo(tmp_path)["findings"]) == clean
    assert sum(log.faulted.values()) >= len(MAIN_LISTS)


def test_a_read_still_throttled_at_its_deadline_is_not_tried_again(clean, tmp_path, monkeypatch):
    monkeypatch.setattr(patience, "READ_DEADLINE", 1.0)
    inject(monkeypatch, fault("throttle", "kms:ListKeys", regions=("us-east-1",), delay=0.4))
    (status, message), = [(f["status"], f["message"]) for f in demo(tmp_path, "--rule=KMS-002")["findings"]
                          if f["account_id"] == PROD and f["region"] == "us-east-1"]
    given_up = re.fullmatch(r"could not evaluate: kms:ListKeys failed in us-east-1: HTTP 400 ThrottlingException: "
                            r"Rate exceeded \(gave up after (\d+) attempts at the 1 s read deadline\)", message)
    assert status == "ERROR" and given_up, message
    assert 1 < int(given_up.group(1)) < patience.THROTTLED_ATTEMPTS


def test_an_unreachable_endpoint_is_tried_three_times_and_named_in_one_line(tmp_path, monkeypatch, run_audit):
    with socket.socket() as probe:  # a port on this machine that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    write_aws_config(tmp_path, monkeypatch, extra=(
        f"[profile unreachable]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:{port}\n"
        "aws_access_key_id = testing\naws_secret_access_key = testing\n"))
    log = inject(monkeypatch)
    run = run_audit("--aws-profile=unreachable", "--rule=IAM-015", "--rule=EBS-014")
    assert log.sent == {("sts:GetCallerIdentity", "us-east-1"): patience.FAILED_ATTEMPTS}
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule_id, "ERROR", f'could not evaluate: sts:GetCallerIdentity failed: Could not connect to the endpoint URL: '
                           f'"http://127.0.0.1:{port}/"') for rule_id in ("IAM-015", "EBS-014")}
