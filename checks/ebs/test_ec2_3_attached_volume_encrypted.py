"""EC2.3: EBS volumes attached to an instance should be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.3",
    title="Attached EBS Volumes Encrypted",
    risk="Medium",
    service="EBS",
    compliant="The attached EBS volume is encrypted.",
    rationale=(
        "A volume in use holds a running workload's data. Unencrypted, that data is readable by whoever gets a "
        "copy of the volume or of any snapshot taken from it, for instance through a snapshot shared too widely or "
        "restored by someone with broad EC2 permissions. KMS encryption protects the volume, its snapshots and the "
        "traffic between volume and instance, and puts a logged key permission in front of every copy."
    ),
    remediation=(
        "EBS cannot encrypt a volume in place: copy it to an encrypted one and swap them. Console: open EC2 > "
        "Volumes, select the volume and choose Actions > Create snapshot; in Snapshots, select it, choose Actions > "
        "Copy snapshot with encryption on, then Actions > Create volume from snapshot in the same Availability Zone; "
        "stop the instance, detach the old volume, attach the new one under the same device name and start the "
        "instance. CLI: aws ec2 create-snapshot --volume-id <vol-id>; aws ec2 copy-snapshot --source-region <region> "
        "--source-snapshot-id <snap-id> --encrypted; aws ec2 create-volume --snapshot-id <new-snap-id> "
        "--availability-zone <az>; aws ec2 detach-volume and attach-volume. Turning on EBS encryption by default "
        "(EBS-014) keeps new volumes encrypted."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/encrypted-volumes.html",
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
    ),
    notes=(
        "Evidence is Encrypted from ec2:DescribeVolumes, the same read EBS-001 makes. Only volumes in the in-use "
        "state are judged, as AWS's control (Config rule encrypted-volumes) evaluates attached volumes only; a "
        "region without any is not applicable. EBS-001 goes further and also fails unattached volumes. The "
        "control's optional kmsId parameter has no default and is not applied."
    ),
)


def test_ec2_3_attached_volume_encrypted(attached_ebs_volume):
    volume = attached_ebs_volume
    name = f" ({volume.name})" if volume.name else ""
    assert volume.encrypted, (
        f"EBS volume {volume.volume_id}{name} attached to {', '.join(volume.attached_to) or 'an instance'} is not "
        "encrypted"
    )
