"""RDS.24: RDS DB clusters must not use a default master username."""

from fixtures.rules import Rule

DEFAULT_USERNAMES = ("admin", "postgres")

RULE = Rule(
    id="RDS.24",
    title="RDS Cluster Master Username",
    risk="Medium",
    service="RDS",
    compliant="The DB cluster's master username is not a default one (admin or postgres).",
    rationale=(
        "The master user can do anything in the database, and 'admin' and 'postgres' are the first names every "
        "password-guessing tool tries. A name of your own means an attacker must guess two secrets instead of "
        "one, and attempts against the default names in the database's logs show up plainly as attacks."
    ),
    remediation=(
        "Console: the master username cannot be changed. In RDS, choose Create database with the same engine "
        "and a master username of your own, move the data across (AWS DMS or the engine's dump and restore "
        "tools), point applications at the new cluster and delete the old one. "
        "CLI: 'aws rds create-db-cluster --db-cluster-identifier NEW --engine ENGINE --master-username NAME "
        "--manage-master-user-password ...', migrate, then 'aws rds delete-db-cluster --db-cluster-identifier "
        "OLD --final-db-snapshot-identifier OLD-final'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-24",
        "https://docs.aws.amazon.com/config/latest/developerguide/rds-cluster-default-admin-check.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.24. Evidence: MasterUsername of each DB cluster (rds:DescribeDBClusters without parameters); "
        "'admin' and 'postgres' fail, the default names the control's AWS Config rule "
        "(rds-cluster-default-admin-check) names; compared exactly, as database user names are case-sensitive. "
        "As AWS documents, Neptune and DocumentDB clusters are not judged. Rule ID: the catalog's RDS-012 is "
        "Conformity's instance rule, which RDS.25 (DB instances) takes; this cluster control judges other "
        "resources, so it takes its FSBP ID."
    ),
)


def test_rds_24_cluster_default_admin_username(rds_cluster):
    assert rds_cluster.master_username not in DEFAULT_USERNAMES, (
        f"RDS DB cluster {rds_cluster.identifier} ({rds_cluster.engine}) in {rds_cluster.region} uses the "
        f"default master username {rds_cluster.master_username}"
    )
