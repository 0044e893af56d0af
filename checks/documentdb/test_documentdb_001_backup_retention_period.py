"""DocumentDB-001 (FSBP DocumentDB.2): Amazon DocumentDB clusters must keep automated backups long enough."""

from fixtures.rules import Rule

RULE = Rule(
    id="DocumentDB-001",
    title="DocumentDB Sufficient Backup Retention Period",
    risk="Medium",
    service="DocumentDB",
    compliant="The DocumentDB cluster keeps automated backups for at least the required number of days.",
    rationale=(
        "Point-in-time restore reaches back only as far as the backup retention period, which is one day unless "
        "changed. A bad deployment, an accidental drop of a collection or ransomware found on Monday cannot be "
        "rolled back to Friday. Keeping a week or more of backups leaves time to notice the damage and restore "
        "to a moment before it."
    ),
    remediation=(
        "Console: in Amazon DocumentDB > Clusters select the cluster, choose Actions > Modify, set Backup "
        "retention period to at least the required days (7 unless your organisation set "
        "audit_docdb_backup_retention_days), continue and apply immediately. "
        "CLI: 'aws docdb modify-db-cluster --db-cluster-identifier NAME --backup-retention-period 7 "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/docdb-cluster-backup-retention-check.html",
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-modify.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Carries FSBP DocumentDB.2 (Conformity DocumentDB-001). Evidence: BackupRetentionPeriod of each "
        "DocumentDB cluster (rds:DescribeDBClusters, no parameters, Engine 'docdb'). Threshold: "
        "settings.docdb_backup_retention_days (pytest.ini audit_docdb_backup_retention_days), by default 7, "
        "the control's minimumBackupRetentionPeriod default; a retention equal to it passes."
    ),
)


def test_documentdb_001_backup_retention_period(docdb_cluster, settings):
    required = settings.docdb_backup_retention_days
    assert docdb_cluster.backup_retention_days >= required, (
        f"DocumentDB cluster {docdb_cluster.identifier} in {docdb_cluster.region} keeps automated backups for "
        f"{docdb_cluster.backup_retention_days} day(s), less than the {required} required"
    )
