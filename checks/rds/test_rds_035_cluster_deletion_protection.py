"""RDS-035: RDS DB clusters must have deletion protection enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-035",
    title="Cluster Deletion Protection",
    risk="Medium",
    service="RDS",
    compliant="The DB cluster has deletion protection enabled.",
    rationale=(
        "Deleting a DB cluster takes its storage with it; only a final snapshot, if one was asked for, is left. "
        "Deletion protection makes every delete request fail until someone first turns the setting off, a "
        "separate and logged change, which stops a mistaken script, a wrong console click or a stolen "
        "credential from removing a production database in one step."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the DB cluster, choose Modify, tick Enable deletion protection, "
        "continue, choose Apply immediately and Modify cluster. "
        "CLI: 'aws rds modify-db-cluster --db-cluster-identifier NAME --deletion-protection --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-7",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Modifying.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.7. Evidence: DeletionProtection of each DB cluster (rds:DescribeDBClusters without parameters), "
        "Aurora and Multi-AZ DB clusters alike. AWS documents the control as meant for RDS and says its findings "
        "on Neptune and DocumentDB clusters may be suppressed, so those are left to Neptune.4 and DocumentDB.5. "
        "Risk Medium: Security Hub now rates RDS.7 Medium (the catalog row says Low)."
    ),
)


def test_rds_035_cluster_deletion_protection(rds_cluster):
    assert rds_cluster.deletion_protection, (
        f"RDS DB cluster {rds_cluster.identifier} ({rds_cluster.engine}) in {rds_cluster.region} "
        "does not have deletion protection enabled"
    )
