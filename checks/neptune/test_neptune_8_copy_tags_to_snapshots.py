"""Neptune.8: Neptune DB clusters must copy their tags to their snapshots."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune.8",
    title="Neptune Copy Tags to Snapshots",
    risk="Low",
    service="Neptune",
    compliant="The Neptune DB cluster copies its tags to the snapshots taken of it.",
    rationale=(
        "Tags say who owns data, how sensitive it is and how long it must be kept, and tag-based IAM "
        "conditions and backup policies act on them. A snapshot taken without its cluster's tags loses all of "
        "that: it is easy to overlook in reviews, escapes tag-based access rules and is hard to attribute when "
        "it lingers or is shared."
    ),
    remediation=(
        "Console: in Neptune > Databases select the cluster, choose Modify, tick Copy tags to snapshots, "
        "continue and apply immediately; tag existing snapshots by hand if they need it. "
        "CLI: 'aws neptune modify-db-cluster --db-cluster-identifier NAME --copy-tags-to-snapshot "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-8",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Evidence: CopyTagsToSnapshot of each Neptune cluster (rds:DescribeDBClusters, no parameters, Engine "
        "'neptune'). No Conformity rule matches, so the ID is the FSBP control's."
    ),
)


def test_neptune_8_copy_tags_to_snapshots(neptune_cluster):
    assert neptune_cluster.copy_tags_to_snapshot, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} does not copy tags to "
        "snapshots"
    )
