"""KMS-002 (key rotation enabled): which keys are judged, and every verdict, on moto."""

import boto3
import pytest

from fixtures.offline import deny


def key_arn(region: str, key_id: str) -> str:
    return f"arn:aws:kms:{region}:123456789012:key/{key_id}"


def test_kms_002_judges_only_enabled_customer_managed_symmetric_keys(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    kms, kms_eu = session.client("kms"), session.client("kms", region_name="eu-west-1")
    rotating = kms.create_key(Description="rotating")["KeyMetadata"]["KeyId"]
    kms.enable_key_rotation(KeyId=rotating)
    stale = kms.create_key(Description="stale")["KeyMetadata"]["KeyId"]
    kms.create_alias(AliasName="alias/orders", TargetKeyId=stale)
    disabled = kms.create_key()["KeyMetadata"]["KeyId"]
    kms.disable_key(KeyId=disabled)
    deleting = kms.create_key()["KeyMetadata"]["KeyId"]
    kms.schedule_key_deletion(KeyId=deleting)
    kms.create_key(KeySpec="RSA_2048", KeyUsage="SIGN_VERIFY")
    kms.create_key(Origin="EXTERNAL")
    # An encrypted volume makes moto create the alias/aws/ebs key, which claims KeyManager CUSTOMER.
    session.client("ec2").create_volume(AvailabilityZone="us-east-1a", Size=1, Encrypted=True)
    eu_stale = kms_eu.create_key()["KeyMetadata"]["KeyId"]
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=KMS-002")
    found = {f["resource"]: (f["status"], f["message"]) for f in run.findings}
    assert found == {
        key_arn("us-east-1", rotating): ("PASS", "The customer-managed key has automatic rotation enabled."),
        key_arn("us-east-1", stale): (
            "FAIL", f"KMS key {stale} (alias/orders) in us-east-1 does not have automatic key rotation enabled"),
        key_arn("eu-west-1", eu_stale): (
            "FAIL", f"KMS key {eu_stale} in eu-west-1 does not have automatic key rotation enabled"),
    }


def test_kms_002_skips_a_region_with_only_the_aws_managed_ebs_key(aws, run_audit):
    boto3.Session(profile_name="prod").client("ec2").create_volume(
        AvailabilityZone="us-east-1a", Size=1, Encrypted=True)
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=KMS-002").only("KMS-002")
    assert (finding["status"], finding["message"]) == (
        "SKIP", "not applicable: no enabled customer-managed symmetric KMS keys in us-east-1")


@pytest.mark.parametrize("action", ["kms:ListKeys", "kms:ListAliases", "kms:DescribeKey", "kms:GetKeyRotationStatus"])
def test_kms_002_is_an_error_naming_the_action_when_a_read_is_denied(aws, run_audit, monkeypatch, action):
    boto3.Session(profile_name="prod").client("kms").create_key()
    deny(monkeypatch, action)
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=KMS-002").only("KMS-002")
    assert (finding["status"], finding["message"]) == ("ERROR", (
        f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): "
        f"grant {action} to the auditing principal"))
