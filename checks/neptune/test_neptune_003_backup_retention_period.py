"""Neptune-003 (FSBP Neptune.5): Neptune DB clusters must keep automated backups long enough."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune-003",
    title="Neptune Database Backup Retention Period",
    risk="Medium",
    service="Neptune",
    compliant="The Neptune DB cluster keeps automated backups for at least the required number of days.",
    rationale=(
        "Automated backups let a cluster be restored to any second within the retention period. Neptune "
        "keeps one day by default, so corruption, a bad bulk load or a malicious delete noticed after a "
        "weekend can no longer be undone. A retention of a week or more leaves time to notice a problem and "
        "roll back to a point before it."
    ),
    remediation=(
        "Console: in Neptune > Databases select the cluster, choose Modify, set Backup retention period to at "
        "least the required days (7 unless your organisation set audit_neptune_backup_retention_days), continue "
        "and apply immediately. "
        "CLI: 'aws neptune modify-db-cluster --db-cluster-identifier NAME --backup-retention-period 7 "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-5",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-backup-retention-check.html",
        "https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Carries FSBP Neptune.5 (Conformity Neptune-003). Evidence: BackupRetentionPeriod of each Neptune "
        "cluster (rds:DescribeDBClusters, no parameters, Engine 'neptune'). Threshold: "
        "settings.neptune_backup_retention_days (pytest.ini audit_neptune_backup_retention_days), by default "
        "7, the control's minimumBackupRetentionPeriod default; a retention equal to it passes. Neptune cannot "
        "turn automated backups off (the minimum is 1 day), so 'backups enabled' is judged by the retention."
    ),
)


def test_neptune_003_backup_retention_period(neptune_cluster, settings):
    required = settings.neptune_backup_retention_days
    assert neptune_cluster.backup_retention_days >= required, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} keeps automated backups "
        f"for {neptune_cluster.backup_retention_days} day(s), less than the {required} required"
    )
