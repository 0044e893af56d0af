"""DMS-002: DMS replication instances must take minor engine version upgrades automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="DMS-002",
    title="DMS Auto Minor Version Upgrade",
    risk="Medium",
    service="DMS",
    compliant="The DMS replication instance takes minor engine version upgrades automatically.",
    rationale=(
        "Minor DMS engine versions carry bug and security fixes. With automatic minor version upgrades on, "
        "DMS applies them in the instance's maintenance window; with them off, the instance keeps running "
        "an engine with known flaws until someone remembers to upgrade it."
    ),
    remediation=(
        "Console: open AWS DMS > Replication instances, choose the instance, Modify, tick Auto minor version "
        "upgrade under Maintenance and save (apply now or in the next window). "
        "CLI: 'aws dms modify-replication-instance --replication-instance-arn ARN "
        "--auto-minor-version-upgrade --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-6",
        "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Modifying.html",
        "https://docs.aws.amazon.com/dms/latest/APIReference/API_ReplicationInstance.html",
    ),
    notes="FSBP DMS.6. Evidence is dms:DescribeReplicationInstances AutoMinorVersionUpgrade.",
)


def test_dms_002_auto_minor_version_upgrade(dms_replication_instance):
    assert dms_replication_instance.auto_minor_version_upgrade, (
        f"DMS replication instance {dms_replication_instance.identifier} in {dms_replication_instance.region} "
        "does not have automatic minor version upgrades enabled"
    )
