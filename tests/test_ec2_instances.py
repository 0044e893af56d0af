"""EC2-077 (IMDSv2 required) and EC2-021 (instance profile on every instance): every verdict, on moto."""

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.scenarios.network import LINUX_IMAGE, instance_profile, launch
from tests.conftest import PROD_ACCOUNT

IMDS_OK = "The instance requires IMDSv2 tokens, and that setting is applied."
PROFILE_OK = "The instance has an IAM instance profile attached."


@pytest.fixture(autouse=True)
def no_default_amis(monkeypatch):
    monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def arn(region, instance_id):
    return f"arn:aws:ec2:{region}:{PROD_ACCOUNT}:instance/{instance_id}"


def test_instances_need_imdsv2_and_an_instance_profile(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2", region_name="us-east-1")
    compliant = launch(ec2, "app", profile=instance_profile(session, "app-server"))
    legacy = launch(ec2, "legacy", tokens="optional")
    no_metadata = ec2.run_instances(ImageId=LINUX_IMAGE, MinCount=1, MaxCount=1,
                                    MetadataOptions={"HttpTokens": "optional", "HttpEndpoint": "disabled"}
                                    )["Instances"][0]["InstanceId"]
    stopped = launch(ec2, "batch", tokens="optional")
    ec2.stop_instances(InstanceIds=[stopped])
    terminated = launch(ec2, "gone", tokens="optional")
    ec2.terminate_instances(InstanceIds=[terminated])
    europe = session.client("ec2", region_name="eu-west-1")
    europe_legacy = launch(europe, "eu-legacy", tokens="optional")

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=EC2-077", "--rule=EC2-021")

    v1 = "does not require IMDSv2: HttpTokens is optional with the metadata endpoint enabled"
    # CIS 5.6 (v4.0.1/v5.0.0 5.7) asks for HttpTokens required on every instance, the metadata endpoint on or off.
    off = "does not require IMDSv2: HttpTokens is optional with the metadata endpoint disabled"
    assert verdicts(run, "EC2-077") == {
        arn("us-east-1", compliant): ("PASS", IMDS_OK),
        arn("us-east-1", legacy): ("FAIL", f"instance {legacy} (legacy, running) {v1}"),
        arn("us-east-1", no_metadata): ("FAIL", f"instance {no_metadata} (running) {off}"),
        arn("us-east-1", stopped): ("FAIL", f"instance {stopped} (batch, stopped) {v1}"),
        arn("eu-west-1", europe_legacy): ("FAIL", f"instance {europe_legacy} (eu-legacy, running) {v1}"),
    }
    missing = "has no IAM instance profile attached"
    # CIS 1.18 (v5.0.0 1.17) lists every instance, stopped ones included.
    assert verdicts(run, "EC2-021") == {
        arn("us-east-1", compliant): ("PASS", PROFILE_OK),
        arn("us-east-1", legacy): ("FAIL", f"instance {legacy} (legacy, running) {missing}"),
        arn("us-east-1", no_metadata): ("FAIL", f"instance {no_metadata} (running) {missing}"),
        arn("us-east-1", stopped): ("FAIL", f"instance {stopped} (batch, stopped) {missing}"),
        arn("eu-west-1", europe_legacy): ("FAIL", f"instance {europe_legacy} (eu-legacy, running) {missing}"),
    }


def test_ec2_077_fails_while_the_required_tokens_setting_is_still_pending(aws, run_audit, monkeypatch):
    # CIS: HttpTokens required and MetadataOptions State applied.
    instance = {"InstanceId": "i-0123456789abcdef0", "State": {"Name": "running"},
                "MetadataOptions": {"State": "pending", "HttpTokens": "required", "HttpEndpoint": "enabled"}}
    stub(monkeypatch, "ec2:DescribeInstances", {"Reservations": [{"Instances": [instance]}]})
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2-077")
    assert verdicts(run, "EC2-077") == {arn("us-east-1", "i-0123456789abcdef0"): (
        "FAIL", "instance i-0123456789abcdef0 (running) requires IMDSv2 tokens, but the setting is still pending, "
                "not applied")}


def test_ec2_077_reads_every_page_of_instances(aws, run_audit):
    # moto answers DescribeInstances 100 reservations a page, as AWS pages large fleets.
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    for _ in range(100):
        ec2.run_instances(ImageId=LINUX_IMAGE, MinCount=1, MaxCount=1, MetadataOptions={"HttpTokens": "required"})
    last = launch(ec2, "on-page-two", tokens="optional")
    assert "NextToken" in ec2.describe_instances()

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2-077")

    statuses = [f["status"] for f in run.findings]
    assert (len(statuses), statuses.count("FAIL")) == (101, 1)
    assert verdicts(run, "EC2-077")[arn("us-east-1", last)][0] == "FAIL"
    assert run.document["stats"]["requests"]["ec2:DescribeInstances"] == 2


def test_instance_rules_are_errors_naming_the_action_when_describe_is_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "ec2:DescribeInstances")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2-077", "--rule=EC2-021")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", "could not evaluate: ec2:DescribeInstances was denied in us-east-1 (AccessDenied): "
                        "grant ec2:DescribeInstances to the auditing principal")
        for rule in ("EC2-077", "EC2-021")
    }
