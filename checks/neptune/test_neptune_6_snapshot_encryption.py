"""Neptune.6: Neptune DB cluster snapshots must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune.6",
    title="Neptune Cluster Snapshots Encrypted",
    risk="Medium",
    service="Neptune",
    compliant="The Neptune DB cluster snapshot is encrypted at rest.",
    rationale=(
        "A snapshot is a complete copy of the cluster's data that often outlives the cluster, gets copied to "
        "other regions and is shared with other accounts. Unencrypted, that copy is readable by whoever gets "
        "hold of it, and it can even be made public; encrypted with KMS, every restore needs the key, whose use "
        "is logged and can be revoked."
    ),
    remediation=(
        "Console: a snapshot takes its cluster's encryption and cannot be encrypted by copying it. Restore the "
        "snapshot (Neptune > Snapshots > Actions > Restore snapshot) into a new cluster encrypted with a KMS "
        "key, or replace the source cluster by an encrypted one (see Neptune-006); take new snapshots from the "
        "encrypted cluster and delete the unencrypted manual snapshots once they are no longer needed "
        "(automated ones expire with the retention period). "
        "CLI: 'aws neptune restore-db-cluster-from-snapshot --db-cluster-identifier NEW --snapshot-identifier "
        "SNAP --engine neptune --kms-key-id KEY', 'aws neptune create-db-cluster-snapshot "
        "--db-cluster-identifier NEW --db-cluster-snapshot-identifier NEW_SNAP', then "
        "'aws neptune delete-db-cluster-snapshot --db-cluster-snapshot-identifier SNAP'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-6",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-snapshot-encrypted.html",
        "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-create-snapshot.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBClusterSnapshot.html",
    ),
    notes=(
        "Evidence: StorageEncrypted of each snapshot that rds:DescribeDBClusterSnapshots (no parameters: the "
        "account's automated and manual snapshots) lists with Engine 'neptune'. The control names no snapshot "
        "type, so automated snapshots are judged too; those of an unencrypted cluster fail with it. No "
        "Conformity rule matches, so the ID is the FSBP control's."
    ),
)


def test_neptune_6_snapshot_encryption(neptune_cluster_snapshot):
    snapshot = neptune_cluster_snapshot
    assert snapshot.storage_encrypted, (
        f"Neptune DB cluster snapshot {snapshot.identifier} ({snapshot.snapshot_type}, of cluster "
        f"{snapshot.cluster}) in {snapshot.region} is not encrypted at rest"
    )
