"""RDS-002: RDS DB instances must keep automated backups for at least the required number of days."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-002",
    title="RDS Automated Backups Enabled",
    risk="Medium",
    service="RDS",
    compliant="The DB instance keeps automated backups for at least the required number of days (7 by default).",
    rationale=(
        "Automated backups are what point-in-time restore is made of: a daily snapshot plus the transaction logs "
        "in between. With them switched off (a retention of 0 days) a dropped table, a bad migration or "
        "ransomware inside the database can only be undone from whatever manual snapshot happens to exist. A "
        "retention of a week or more also covers damage that is noticed only days later."
    ),
    remediation=(
        "Console: in RDS open Databases, select the instance and choose Modify; under Backup set Backup retention "
        "period to 7 days or more (up to 35), choose Continue and apply (turning backups on from 0 briefly "
        "interrupts the instance). "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --backup-retention-period 7 "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances BackupRetentionPeriod must be at least pytest.ini "
        "audit_rds_backup_retention_days (FSBP RDS.11's backupRetentionMinimum, default 7; 0 means backups are off). "
        "Read replicas are not applicable, as the control excludes them (checkReadReplicas false). Members of a DB "
        "cluster (Aurora, Multi-AZ DB clusters, Neptune, DocumentDB) are not applicable either: the RDS API says "
        "their backup retention is managed by the cluster, which the cluster and AWS Backup controls judge. "
        "Conformity splits this into RDS-002 (backups on) and RDS-003 (retention length); FSBP checks both in "
        "one control, and so does this rule."
    ),
)


def test_rds_002_automated_backups_enabled(standalone_primary_db_instance, settings):
    instance = standalone_primary_db_instance
    days, minimum = instance.backup_retention_days, settings.rds_backup_retention_days
    kept = f"keeps automated backups for {days} day{'' if days == 1 else 's'}, fewer than the required {minimum}"
    assert days >= minimum, (
        f"RDS DB instance {instance.identifier} ({instance.engine}) in {instance.region} "
        + ("does not have automated backups enabled" if days == 0 else kept)
    )
