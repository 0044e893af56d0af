"""Neptune.4: Neptune DB clusters must have deletion protection enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune.4",
    title="Neptune Deletion Protection",
    risk="Low",
    service="Neptune",
    compliant="The Neptune DB cluster has deletion protection enabled.",
    rationale=(
        "Deleting a cluster takes its data with it, and its automated backups too unless a final snapshot was "
        "asked for. Deletion protection makes every delete request fail until someone deliberately turns the "
        "setting off, which stops a mistaken command, a faulty script or a hasty clean-up from destroying a "
        "database in one step."
    ),
    remediation=(
        "Console: in Neptune > Databases select the cluster, choose Modify, tick Enable deletion protection, "
        "continue and apply immediately. "
        "CLI: 'aws neptune modify-db-cluster --db-cluster-identifier NAME --deletion-protection "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-4",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Evidence: DeletionProtection of each Neptune cluster (rds:DescribeDBClusters, no parameters, Engine "
        "'neptune'). Short-lived test clusters may warrant a waiver. No Conformity rule matches, so the ID is "
        "the FSBP control's."
    ),
)


def test_neptune_4_deletion_protection(neptune_cluster):
    assert neptune_cluster.deletion_protection, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} does not have deletion "
        "protection enabled"
    )
