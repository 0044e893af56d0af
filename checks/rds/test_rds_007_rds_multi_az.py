"""RDS-007: RDS databases must be deployed across several Availability Zones."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-007",
    title="RDS Multi-AZ",
    risk="Medium",
    service="RDS",
    compliant="The database runs in more than one Availability Zone (Multi-AZ).",
    rationale=(
        "A database in a single Availability Zone goes down with that zone, and its storage failures are "
        "repaired from backups with data loss up to the last backup. Multi-AZ keeps a synchronous standby "
        "(or cluster instances) in another zone and fails over automatically, which keeps the data available "
        "through zone outages, hardware failures and maintenance."
    ),
    remediation=(
        "Console: for an instance, open RDS > Databases, choose it, Modify, set Multi-AZ deployment to create a "
        "standby instance, and apply; for an Aurora cluster, choose Actions > Add reader and place the reader "
        "in another Availability Zone. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --multi-az --apply-immediately'; for "
        "Aurora, 'aws rds create-db-instance --db-cluster-identifier CLUSTER --availability-zone OTHER_AZ ...'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "CIS 2.2.4 is manual; the evidence is the MultiAZ flag of each DB cluster (rds:DescribeDBClusters) and "
        "of each DB instance that belongs to no cluster (rds:DescribeDBInstances). Cluster members are judged "
        "through their cluster, since their own MultiAZ flag is always false. Neptune and DocumentDB clusters, "
        "which the same listing returns, are not judged: the AWS Config rule behind FSBP RDS.15 "
        "(rds-cluster-multi-az-enabled) covers Aurora and Multi-AZ DB clusters, Neptune-004 (FSBP Neptune.9) "
        "judges Neptune's, and FSBP has no Multi-AZ control for DocumentDB. Development databases may warrant "
        "a waiver."
    ),
)


def test_rds_007_rds_multi_az(rds_deployment):
    assert rds_deployment.multi_az, (
        f"RDS DB {rds_deployment.kind} {rds_deployment.identifier} ({rds_deployment.engine}) in "
        f"{rds_deployment.region} is not Multi-AZ: it runs in a single Availability Zone"
    )
