"""EBS-001: every EBS volume must be encrypted."""

from fixtures.rules import Rule

RULE = Rule(
    id="EBS-001",
    title="EBS Encrypted",
    risk="High",
    service="EBS",
    compliant="The EBS volume is encrypted.",
    rationale=(
        "An unencrypted volume keeps its data, and every snapshot taken of it, readable to anyone who obtains "
        "a copy: a snapshot shared by mistake, copied to another account or restored by someone with broad "
        "EC2 rights. With KMS encryption the data, its snapshots and the traffic between the volume and the "
        "instance are protected, and access to the key becomes a second gate that is logged in CloudTrail."
    ),
    remediation=(
        "A volume cannot be encrypted in place. "
        "Console: open EC2 > Snapshots, create a snapshot of the volume, choose Actions > Copy snapshot with "
        "Encrypt this snapshot ticked, then Actions > Create volume from the encrypted copy in the same "
        "Availability Zone; stop the instance, detach the old volume, attach the new one under the same "
        "device name, start it and delete the old volume once verified. "
        "CLI: aws ec2 create-snapshot --volume-id <vol-id>; aws ec2 copy-snapshot --source-snapshot-id "
        "<snap-id> --source-region <region> --encrypted --kms-key-id <key>; aws ec2 create-volume "
        "--snapshot-id <encrypted-snap-id> --availability-zone <az>; then detach-volume and attach-volume. "
        "Turn on encryption by default (EBS-014) so new volumes are encrypted."
    ),
    references=(
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
        "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-examples.html",
    ),
    notes="Evidence is Encrypted from ec2:DescribeVolumes; volumes in every state are checked.",
)


def test_ebs_001_volume_encrypted(ebs_volume):
    name = f" ({ebs_volume.name})" if ebs_volume.name else ""
    attached = f"attached to {', '.join(ebs_volume.attached_to)}" if ebs_volume.attached_to else "not attached"
    assert ebs_volume.encrypted, f"EBS volume {ebs_volume.volume_id}{name} is not encrypted ({ebs_volume.state}, {attached})"
