"""EBS-014 (encryption by default, per region) and EBS-001 (encrypted volumes): every verdict, on moto."""

import boto3
import pytest

from fixtures.offline import deny
from tests.conftest import PROD_ACCOUNT

DEFAULT_ON = "EBS encryption by default is turned on in this region."


@pytest.fixture(autouse=True)
def no_default_amis(monkeypatch):
    monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def test_ebs_encryption_is_judged_per_region_and_per_volume(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2", region_name="us-east-1")
    ec2.enable_ebs_encryption_by_default()
    encrypted = ec2.create_volume(Size=10, AvailabilityZone="us-east-1a", Encrypted=True)["VolumeId"]
    plain = ec2.create_volume(Size=10, AvailabilityZone="us-east-1a", Encrypted=False, TagSpecifications=[
        {"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "scratch"}]}])["VolumeId"]
    instance_id = ec2.run_instances(ImageId="ami-0abcdef1234567890", MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
    ec2.attach_volume(VolumeId=plain, InstanceId=instance_id, Device="/dev/sdf")
    europe = session.client("ec2", region_name="eu-west-1")
    europe_plain = europe.create_volume(Size=10, AvailabilityZone="eu-west-1a")["VolumeId"]

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=EBS-014", "--rule=EBS-001")

    assert verdicts(run, "EBS-014") == {
        f"arn:aws:ec2:us-east-1:{PROD_ACCOUNT}:ebs-encryption-by-default": ("PASS", DEFAULT_ON),
        f"arn:aws:ec2:eu-west-1:{PROD_ACCOUNT}:ebs-encryption-by-default": (
            "FAIL", f"EBS encryption by default is off in eu-west-1 for account {PROD_ACCOUNT}"),
    }
    volumes = verdicts(run, "EBS-001")
    assert volumes[f"arn:aws:ec2:us-east-1:{PROD_ACCOUNT}:volume/{encrypted}"] == ("PASS", "The EBS volume is encrypted.")
    assert volumes[f"arn:aws:ec2:us-east-1:{PROD_ACCOUNT}:volume/{plain}"] == (
        "FAIL", f"EBS volume {plain} (scratch) is not encrypted (in-use, attached to {instance_id})")
    assert volumes[f"arn:aws:ec2:eu-west-1:{PROD_ACCOUNT}:volume/{europe_plain}"] == (
        "FAIL", f"EBS volume {europe_plain} is not encrypted (available, not attached)")
    assert run.exit_status == 1



def test_ec2_3_judges_attached_volumes_only(aws, run_audit):
    # FSBP EC2.3 (AWS Config encrypted-volumes) evaluates attached volumes; an unattached one is no case of it.
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    encrypted = ec2.create_volume(Size=10, AvailabilityZone="us-east-1a", Encrypted=True)["VolumeId"]
    plain = ec2.create_volume(Size=10, AvailabilityZone="us-east-1a", TagSpecifications=[
        {"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "data"}]}])["VolumeId"]
    spare = ec2.create_volume(Size=10, AvailabilityZone="us-east-1a")["VolumeId"]
    launched = ec2.run_instances(ImageId="ami-0abcdef1234567890", MinCount=1, MaxCount=1)
    instance_id = launched["Instances"][0]["InstanceId"]
    ec2.attach_volume(VolumeId=encrypted, InstanceId=instance_id, Device="/dev/sdf")
    ec2.attach_volume(VolumeId=plain, InstanceId=instance_id, Device="/dev/sdg")
    root = ec2.describe_volumes(Filters=[{"Name": "attachment.device", "Values": ["/dev/sda1"]}])["Volumes"][0]

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=EC2.3", "--rule=EBS-001")

    volume = lambda volume_id: f"arn:aws:ec2:us-east-1:{PROD_ACCOUNT}:volume/{volume_id}"  # noqa: E731
    found = verdicts(run, "EC2.3")
    assert {resource: found[resource] for resource in found if "volume/" in resource} == {
        volume(encrypted): ("PASS", "The attached EBS volume is encrypted."),
        volume(plain): ("FAIL", f"EBS volume {plain} (data) attached to {instance_id} is not encrypted"),
        volume(root["VolumeId"]): ("FAIL", f"EBS volume {root['VolumeId']} attached to {instance_id} is not encrypted"),
    }
    assert verdicts(run, "EBS-001")[volume(spare)][0] == "FAIL"
    assert {(f["status"], f["message"]) for f in run.findings
            if f["rule_id"] == "EC2.3" and "eu-west-1" in f["message"]} == {
        ("SKIP", "not applicable: no attached EBS volumes in eu-west-1")}

def test_ebs_001_is_not_applicable_without_volumes(aws, run_audit):
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EBS-001").only("EBS-001")
    assert (finding["status"], finding["message"]) == ("SKIP", "not applicable: no EBS volumes in us-east-1")


@pytest.mark.parametrize("rule_id, action", [("EBS-014", "ec2:GetEbsEncryptionByDefault"),
                                             ("EBS-001", "ec2:DescribeVolumes")])
def test_ebs_rules_are_errors_naming_the_action_when_denied(aws, run_audit, monkeypatch, rule_id, action):
    deny(monkeypatch, action)
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", f"--rule={rule_id}").only(rule_id)
    assert (finding["status"], finding["message"]) == (
        "ERROR", f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): "
                 f"grant {action} to the auditing principal")
