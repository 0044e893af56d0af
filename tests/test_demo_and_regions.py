"""The demo shows every rule both failing and passing; regions not enabled are SKIP, not ERROR."""

from collections import defaultdict

import boto3

from fixtures import rules
from fixtures.offline import stub
from tests.conftest import PROD_ACCOUNT


def test_the_demo_shows_every_rule_failing_once_and_passing_once(run_audit):
    run = run_audit("--demo")
    statuses = defaultdict(set)
    for finding in run.findings:
        statuses[finding["rule_id"]].add(finding["status"])
    assert {rule_id for rule_id, seen in statuses.items() if not {"PASS", "FAIL"} <= seen} == set()
    assert set(statuses) == set(rules.discover())
    assert run.document["summary"]["ERROR"] == 0
    assert run.exit_status == 1


def test_a_region_the_account_has_not_enabled_is_skipped_with_that_reason(aws, run_audit, monkeypatch):
    stub(monkeypatch, "ec2:DescribeRegions", {"Regions": [{"RegionName": "us-east-1", "OptInStatus": "opt-in-not-required"}]})
    boto3.Session(profile_name="prod").client("ec2").enable_ebs_encryption_by_default()
    run = run_audit("--aws-profile=prod", "--rule=EBS-014", "--aws-regions=us-east-1,ap-east-1")
    verdicts = {(f["region"], f["status"], f["message"]) for f in run.findings}
    assert verdicts == {
        ("us-east-1", "PASS", "EBS encryption by default is turned on in this region."),
        ("ap-east-1", "SKIP", f"not applicable: region ap-east-1 is not enabled for account {PROD_ACCOUNT}"),
    }
    assert run.exit_status == 0
