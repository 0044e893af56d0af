"""Neptune-005 (FSBP Neptune.7): Neptune DB clusters must have IAM database authentication enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune-005",
    title="Neptune IAM Database Authentication",
    risk="Medium",
    service="Neptune",
    compliant="The Neptune DB cluster requires IAM database authentication.",
    rationale=(
        "Without IAM database authentication, any client that can reach a Neptune endpoint on the network may "
        "query and change the graph: the security group is the only barrier. With it on, every request must be "
        "signed with AWS credentials (Signature Version 4) that an IAM policy allows for that cluster, so access "
        "is granted per role, logged and withdrawn centrally, with no database secrets to hand out."
    ),
    remediation=(
        "Console: in Neptune > Databases select the cluster, choose Modify, tick Enable IAM DB authentication, "
        "continue and apply; give applications IAM policies allowing neptune-db:* (or narrower) on the cluster "
        "and make them sign their requests before switching it on. "
        "CLI: 'aws neptune modify-db-cluster --db-cluster-identifier NAME --enable-iam-database-authentication "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-7",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-iam-database-authentication.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Carries FSBP Neptune.7 (Conformity Neptune-005, 'IAM Database Authentication'). Evidence: "
        "IAMDatabaseAuthenticationEnabled of each Neptune cluster (rds:DescribeDBClusters, no parameters, "
        "Engine 'neptune')."
    ),
)


def test_neptune_005_iam_database_authentication(neptune_cluster):
    assert neptune_cluster.iam_database_authentication, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} does not have IAM database "
        "authentication enabled"
    )
