"""RDS-042: Aurora DB clusters must copy their tags to their snapshots."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-042",
    title="Enable Aurora Cluster Copy Tags to Snapshots",
    risk="Low",
    service="RDS",
    compliant="The Aurora DB cluster copies its tags to its snapshots.",
    rationale=(
        "Tags are how owners, data classification, cost centres and tag-based access policies follow a "
        "resource. Snapshots taken without the cluster's tags become anonymous copies of its data: nobody can "
        "tell whose they are or how sensitive, tag-based IAM conditions no longer protect them, and they are "
        "easily kept long after they should have been deleted."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the Aurora DB cluster, choose Modify, under Backup tick Copy "
        "tags to snapshots, continue, choose Apply immediately and Modify cluster. "
        "CLI: 'aws rds modify-db-cluster --db-cluster-identifier NAME --copy-tags-to-snapshot "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-16",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Modifying.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.16. Evidence: CopyTagsToSnapshot of each Aurora DB cluster (rds:DescribeDBClusters without "
        "parameters). AWS now words the control for Aurora DB clusters only, so Multi-AZ DB clusters of RDS for "
        "MySQL and PostgreSQL are not judged (copying tags is still good practice for them). Risk Low as in "
        "FSBP; Conformity rates its rule High."
    ),
)


def test_rds_042_cluster_copy_tags_to_snapshots(aurora_cluster):
    assert aurora_cluster.copy_tags_to_snapshot, (
        f"Aurora DB cluster {aurora_cluster.identifier} ({aurora_cluster.engine}) in {aurora_cluster.region} "
        "does not copy its tags to snapshots"
    )
