"""The demo shows every rule both failing and passing; regions not enabled are SKIP, not ERROR."""

from collections import defaultdict

import boto3

from fixtures import inventory, rules
from fixtures.offline import stub
from tests.conftest import PROD_ACCOUNT


def test_the_demo_shows_every_rule_failing_once_and_passing_once(run_audit):
    run = run_audit("--demo")
    statuses = defaultdict(set)
    for finding in run.findings:
        statuses[finding["rule_id"]].add(finding["status"])
    assert [(f["rule_id"], f["resource"], f["message"]) for f in run.findings if f["status"] == "ERROR"] == []
    assert {rule_id for rule_id, seen in statuses.items() if not {"PASS", "FAIL"} <= seen} == set()
    assert set(statuses) == set(rules.discover())
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


def test_a_service_aws_does_not_offer_in_a_region_is_not_applicable_there(aws, run_audit):
    # botocore's endpoint data has no Amazon Macie in eu-central-2 (moto would answer anyway).
    run = run_audit("--aws-profile=prod", "--rule=Macie-001", "--rule=Macie2-003", "--aws-regions=eu-central-2")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule_id, "SKIP", "not applicable: macie2 is not offered in eu-central-2")
        for rule_id in ("Macie-001", "Macie2-003")}
    assert run.document["stats"]["requests"].get("macie2:GetMacieSession", 0) == 0


def test_a_resource_listing_of_a_service_not_offered_is_not_applicable(aws, run_audit, monkeypatch):
    # No service we list resources of is missing from a region botocore knows today: pretend KMS is.
    monkeypatch.setitem(inventory._OFFERED, ("kms", "us-east-1"), False)
    finding = run_audit("--aws-profile=prod", "--rule=KMS-002").only("KMS-002")
    assert (finding["status"], finding["message"]) == ("SKIP", "not applicable: kms is not offered in us-east-1")
