"""RDS-040: RDS DB snapshots and DB cluster snapshots must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-040",
    title="Enable RDS Snapshot Encryption",
    risk="Medium",
    service="RDS",
    compliant="The snapshot is encrypted at rest.",
    rationale=(
        "Snapshots outlive the databases they were taken from and are copied between accounts and regions, so "
        "an unencrypted one spreads readable data wherever it goes. A KMS-encrypted snapshot can only be "
        "restored by principals the key policy allows, and each use of the key is logged, which keeps a leaked "
        "or wrongly shared copy useless to whoever holds it."
    ),
    remediation=(
        "Console: in RDS, open Snapshots, select the snapshot, choose Actions > Copy snapshot, tick Enable "
        "encryption, pick a KMS key and copy; then delete the unencrypted original. Snapshots the database takes "
        "itself stay unencrypted until the database is: restore a new, encrypted database from the encrypted "
        "copy and retire the old one. "
        "CLI: 'aws rds copy-db-snapshot --source-db-snapshot-identifier OLD --target-db-snapshot-identifier NEW "
        "--kms-key-id KEY' or 'aws rds copy-db-cluster-snapshot --source-db-cluster-snapshot-identifier OLD "
        "--target-db-cluster-snapshot-identifier NEW --kms-key-id KEY', then 'aws rds delete-db-snapshot' / "
        "'aws rds delete-db-cluster-snapshot' for the original."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-4",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBSnapshot.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBClusterSnapshot.html",
    ),
    notes=(
        "FSBP RDS.4. Evidence: Encrypted of each DB snapshot (rds:DescribeDBSnapshots) and StorageEncrypted of "
        "each DB cluster snapshot (rds:DescribeDBClusterSnapshots), both listed without parameters: manual, "
        "automated and AWS Backup snapshots of the account. AWS documents the control as meant for RDS and says "
        "its findings on Neptune and DocumentDB snapshots may be suppressed, so those are left to the Neptune "
        "and DocumentDB rules."
    ),
)


def test_rds_040_snapshot_encryption(rds_snapshot):
    assert rds_snapshot.encrypted, f"RDS {rds_snapshot.label} in {rds_snapshot.region} is not encrypted at rest"
