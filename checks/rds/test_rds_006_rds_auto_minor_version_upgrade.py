"""RDS-006: RDS DB instances must take minor engine upgrades automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-006",
    title="RDS Auto Minor Version Upgrade",
    risk="Medium",
    service="RDS",
    compliant="The DB instance takes minor engine version upgrades automatically.",
    rationale=(
        "Minor engine versions carry security fixes and bug fixes without changing behaviour applications rely "
        "on. With automatic minor version upgrades, RDS applies them in the maintenance window; without it, "
        "instances keep running known-vulnerable engine builds until someone remembers to upgrade them."
    ),
    remediation=(
        "Console: open RDS > Databases, choose the instance, Modify, tick Enable auto minor version upgrade "
        "under Maintenance, and apply (immediately or in the next window). "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --auto-minor-version-upgrade "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades",
    ),
    notes="Evidence is rds:DescribeDBInstances AutoMinorVersionUpgrade, per instance (Aurora members included).",
)


def test_rds_006_rds_auto_minor_version_upgrade(db_instance):
    assert db_instance.auto_minor_version_upgrade, (
        f"RDS DB instance {db_instance.identifier} ({db_instance.engine}) in {db_instance.region} "
        "does not have automatic minor version upgrades enabled"
    )
