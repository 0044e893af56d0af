"""RDS-031: RDS DB instances must have deletion protection enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-031",
    title="Instance Deletion Protection",
    risk="Low",
    service="RDS",
    compliant="The DB instance has deletion protection enabled.",
    rationale=(
        "Deleting a DB instance takes one API call, and with it go the data and, unless someone asked for a final "
        "snapshot or retained backups, every way back. Deletion protection makes RDS refuse that call until the "
        "setting is switched off in a separate, logged change, which stops an accidental delete in a script, a "
        "console slip or a careless clean-up, and slows down someone who means harm."
    ),
    remediation=(
        "Console: in RDS open Databases, select the instance and choose Modify; tick Enable deletion protection, "
        "choose Continue and apply the change (it takes effect at once and causes no downtime). "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --deletion-protection --apply-immediately'; "
        "new instances take '--deletion-protection' on 'aws rds create-db-instance'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances DeletionProtection. Judged only for the engines in FSBP RDS.8's fixed "
        "databaseEngines parameter (MariaDB, MySQL, Oracle incl. custom-oracle-ee and the CDB editions, "
        "PostgreSQL, SQL Server); Aurora, Neptune and DocumentDB protect the DB cluster instead (RDS.7 and the "
        "Neptune/DocumentDB controls), and Db2 and RDS Custom for SQL Server are not on the list."
    ),
)


def test_rds_031_instance_deletion_protection(deletion_protectable_db_instance):
    instance = deletion_protectable_db_instance
    assert instance.deletion_protection, (
        f"RDS DB instance {instance.identifier} ({instance.engine}) in {instance.region} "
        "does not have deletion protection enabled"
    )
