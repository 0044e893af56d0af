"""Neptune-004 (FSBP Neptune.9): Neptune DB clusters must run instances in more than one Availability Zone."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune-004",
    title="Neptune Multi-AZ",
    risk="Medium",
    service="Neptune",
    compliant="The Neptune DB cluster has instances in more than one Availability Zone (Multi-AZ).",
    rationale=(
        "The cluster volume is replicated across zones, but the instances that answer queries are not: with "
        "every instance in one Availability Zone, an outage of that zone or of the primary takes the database "
        "offline until a new instance is built. A read replica in another zone is promoted to primary "
        "automatically, which keeps the cluster available through zone failures and maintenance."
    ),
    remediation=(
        "Console: in Neptune > Databases select the cluster, choose Actions > Add reader, pick an instance "
        "class like the primary's and an Availability Zone the primary is not in, and create it. "
        "CLI: 'aws neptune create-db-instance --db-instance-identifier NAME-replica --db-cluster-identifier NAME "
        "--engine neptune --db-instance-class CLASS --availability-zone OTHER_AZ'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-9",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-multi-az-enabled.html",
        "https://docs.aws.amazon.com/neptune/latest/userguide/feature-overview-db-clusters.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Carries FSBP Neptune.9 (Conformity Neptune-004). Evidence: MultiAZ of each Neptune cluster "
        "(rds:DescribeDBClusters, no parameters, Engine 'neptune'), which AWS sets when the cluster has "
        "instances in more than one Availability Zone. Prowler's FSBP mapping links this control to "
        "neptune_cluster_copy_tags_to_snapshots, a mapping error; the matching Prowler check is "
        "neptune_cluster_multi_az. RDS-007 (FSBP RDS.5 and RDS.15) leaves Neptune clusters to this rule."
    ),
)


def test_neptune_004_multi_az(neptune_cluster):
    assert neptune_cluster.multi_az, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} is not Multi-AZ: its "
        "instances run in a single Availability Zone"
    )
