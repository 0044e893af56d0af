"""RDS.35: Multi-AZ DB clusters must take minor engine upgrades automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.35",
    title="Multi-AZ Cluster Auto Minor Version Upgrade",
    risk="Medium",
    service="RDS",
    compliant="The Multi-AZ DB cluster takes minor engine version upgrades automatically.",
    rationale=(
        "Minor engine versions carry the security fixes for the database software. A cluster that waits for "
        "someone to upgrade it by hand keeps running known vulnerable versions for as long as that takes; with "
        "automatic minor upgrades RDS applies them in the maintenance window, to the cluster and its instances "
        "together."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the Multi-AZ DB cluster, choose Modify, under Maintenance "
        "turn on Auto minor version upgrade, continue and apply. "
        "CLI: 'aws rds modify-db-cluster --db-cluster-identifier NAME --auto-minor-version-upgrade "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-35",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/modify-multi-az-db-cluster.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.35. Evidence: AutoMinorVersionUpgrade of each Multi-AZ DB cluster (rds:DescribeDBClusters "
        "without parameters; the clusters whose engine is not Aurora). As AWS documents, the control does not "
        "apply to Aurora DB clusters, whose setting lives on each instance (RDS-006 judges those). Rule ID: the "
        "catalog's RDS-006? is the existing instance rule, so this cluster control takes its FSBP ID."
    ),
)


def test_rds_35_cluster_auto_minor_version_upgrade(multi_az_db_cluster):
    assert multi_az_db_cluster.auto_minor_version_upgrade, (
        f"Multi-AZ DB cluster {multi_az_db_cluster.identifier} ({multi_az_db_cluster.engine}) in "
        f"{multi_az_db_cluster.region} does not have automatic minor version upgrades enabled"
    )
