"""EBS-009: EBS snapshots must not be restorable by every AWS account."""

from fixtures.rules import Rule

RULE = Rule(
    id="EBS-009",
    title="Amazon EBS Public Snapshots",
    risk="Very High",
    service="EBS",
    compliant="The EBS snapshot is not public: only the owner and any accounts it was shared with may restore it.",
    rationale=(
        "A public snapshot can be copied and turned into a volume by anyone with an AWS account, who can then "
        "mount it and read everything the disk held: databases, configuration files, keys and credentials. "
        "Every account can list public snapshots, people do search them for secrets, and a copy once made "
        "cannot be recalled. Sharing with named accounts covers nearly every real need."
    ),
    remediation=(
        "Console: open EC2 > Snapshots, select the snapshot, choose Actions > Snapshot settings > Modify "
        "permissions, choose Private (add the accounts that need it under Shared accounts) and Save. To stop "
        "it happening again, turn on Block public access for snapshots under EC2 > Settings > Data protection "
        "and security in each region. "
        "CLI: aws ec2 modify-snapshot-attribute --snapshot-id <snap-id> --attribute createVolumePermission "
        "--operation-type remove --group-names all; aws ec2 enable-snapshot-block-public-access --state "
        "block-all-sharing --region <region>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-1",
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSnapshotAttribute.html",
    ),
    notes=(
        "Evidence is createVolumePermission from ec2:DescribeSnapshotAttribute, read per snapshot the account "
        "owns (ec2:DescribeSnapshots OwnerIds=self): the group \"all\" fails; sharing with named accounts "
        "passes. The control's resource is the account (it fails when any snapshot is public); here each "
        "snapshot is a case, so the account fails exactly when one of its cases does and the finding names the "
        "snapshot. Risk is FSBP's Critical (Very High), above Conformity's High."
    ),
)


def test_ebs_009_public_snapshots(ebs_snapshot_sharing):
    snapshot = ebs_snapshot_sharing
    name = f" ({snapshot.name})" if snapshot.name else ""
    assert not snapshot.public, (
        f"EBS snapshot {snapshot.snapshot_id}{name} of volume {snapshot.volume_id} in {snapshot.region} is "
        "public: any AWS account can create a volume from it"
    )
