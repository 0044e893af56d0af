"""Config-001 (AWS Config recording), GD-001 (GuardDuty) and SecurityHub-002 (Security Hub), per region.

moto models all three services' reads; only a recorder whose last run failed is stubbed (moto always reports
SUCCESS).
"""

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.scenarios.monitoring import recording_config
from tests.conftest import PROD_ACCOUNT

RULES = ("--rule=Config-001", "--rule=GD-001", "--rule=SecurityHub-002")
TWO_REGIONS = "--aws-regions=us-east-1,eu-west-1"


def verdicts(run) -> dict:
    return {(f["rule_id"], f["region"]): (f["status"], f["message"]) for f in run.findings}


def test_regional_rules_pass_where_each_service_is_on(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    for region in ("us-east-1", "eu-west-1"):
        recording_config(prod, region)
        prod.client("guardduty", region_name=region).create_detector(Enable=True)
        prod.client("securityhub", region_name=region).enable_security_hub()
    run = run_audit("--aws-profile=prod", *RULES, TWO_REGIONS)
    assert {key: status for key, (status, _) in verdicts(run).items()} == {
        (rule, region): "PASS" for rule in ("Config-001", "GD-001", "SecurityHub-002")
        for region in ("us-east-1", "eu-west-1")}
    assert {f["resource"] for f in run.findings if f["region"] == "eu-west-1"} == {
        f"arn:aws:config:eu-west-1:{PROD_ACCOUNT}:configuration-recorder",
        f"arn:aws:guardduty:eu-west-1:{PROD_ACCOUNT}:detector",
        f"arn:aws:securityhub:eu-west-1:{PROD_ACCOUNT}:hub/default"}


def test_regional_rules_fail_where_a_service_is_off_or_suspended(aws, run_audit):
    prod = boto3.Session(profile_name="prod")
    # us-east-1: a recorder that was never started, a suspended detector; eu-west-1: nothing at all.
    prod.client("config").put_configuration_recorder(ConfigurationRecorder={
        "name": "default", "roleARN": f"arn:aws:iam::{PROD_ACCOUNT}:role/config",
        "recordingGroup": {"allSupported": True}})
    detector = prod.client("guardduty").create_detector(Enable=False)["DetectorId"]
    # Security Hub enabled in eu-west-1 only: us-east-1 must still fail.
    prod.client("securityhub", region_name="eu-west-1").enable_security_hub()
    run = run_audit("--aws-profile=prod", *RULES, TWO_REGIONS)
    where = f"account {PROD_ACCOUNT} region"
    assert verdicts(run) == {
        ("Config-001", "us-east-1"): (
            "FAIL", f"AWS Config is not recording all resources in {where} us-east-1: recorder default is not recording"),
        ("Config-001", "eu-west-1"): ("FAIL", f"AWS Config has no configuration recorder in {where} eu-west-1"),
        ("GD-001", "us-east-1"): ("FAIL", f"GuardDuty detector {detector} (DISABLED) is suspended in {where} us-east-1"),
        ("GD-001", "eu-west-1"): ("FAIL", f"GuardDuty is not enabled (no detector) in {where} eu-west-1"),
        ("SecurityHub-002", "us-east-1"): ("FAIL", f"Security Hub is not enabled in {where} us-east-1"),
        ("SecurityHub-002", "eu-west-1"): ("PASS", "Security Hub is enabled in this region."),
    }


def test_config_001_fails_for_selected_types_or_a_failed_recorder(aws, run_audit, monkeypatch):
    prod = boto3.Session(profile_name="prod")
    recording_config(prod, "us-east-1")
    recording_config(prod, "eu-west-1")
    prod.client("config", region_name="eu-west-1").put_configuration_recorder(ConfigurationRecorder={
        "name": "default", "roleARN": f"arn:aws:iam::{PROD_ACCOUNT}:role/config",
        "recordingGroup": {"allSupported": False, "resourceTypes": ["AWS::S3::Bucket"]}})
    stub(monkeypatch, "config:DescribeConfigurationRecorderStatus", {"ConfigurationRecordersStatus": [
        {"name": "default", "recording": True, "lastStatus": "FAILURE"}]}, when=lambda r: ".us-east-1." in r["url"])
    run = run_audit("--aws-profile=prod", "--rule=Config-001", TWO_REGIONS)
    where = f"AWS Config is not recording all resources in account {PROD_ACCOUNT} region"
    assert verdicts(run) == {
        ("Config-001", "us-east-1"): ("FAIL", f"{where} us-east-1: recorder default failed its last recording"),
        ("Config-001", "eu-west-1"): ("FAIL", f"{where} eu-west-1: recorder default records only selected resource "
                                              "types"),
    }


def test_config_001_needs_a_last_status_of_success(aws, run_audit, monkeypatch):
    # CIS 3.3 (v4.0.1, v5.0.0): recording true and lastStatus SUCCESS; a recorder that has not delivered yet fails.
    prod = boto3.Session(profile_name="prod")
    recording_config(prod, "us-east-1")
    stub(monkeypatch, "config:DescribeConfigurationRecorderStatus", {"ConfigurationRecordersStatus": [
        {"name": "default", "recording": True, "lastStatus": "PENDING"}]})
    run = run_audit("--aws-profile=prod", "--rule=Config-001", "--aws-regions=us-east-1")
    assert verdicts(run) == {("Config-001", "us-east-1"): (
        "FAIL", f"AWS Config is not recording all resources in account {PROD_ACCOUNT} region us-east-1: recorder "
                "default has not recorded successfully yet (last status PENDING)")}


@pytest.mark.parametrize(("action", "rule_id"), [
    ("config:DescribeConfigurationRecorders", "Config-001"),
    ("config:DescribeConfigurationRecorderStatus", "Config-001"),
    ("guardduty:ListDetectors", "GD-001"),
    ("guardduty:GetDetector", "GD-001"),
    ("securityhub:DescribeHub", "SecurityHub-002"),
])
def test_regional_rules_are_errors_naming_the_denied_read(aws, run_audit, monkeypatch, action, rule_id):
    boto3.Session(profile_name="prod").client("guardduty").create_detector(Enable=True)
    deny(monkeypatch, action)
    finding = run_audit("--aws-profile=prod", f"--rule={rule_id}").only(rule_id)
    assert (finding["status"], finding["message"]) == (
        "ERROR", f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {action} to the "
                 "auditing principal")
