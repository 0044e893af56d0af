"""RDS.12: RDS DB clusters must accept IAM database authentication."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.12",
    title="RDS Cluster IAM Database Authentication",
    risk="Medium",
    service="RDS",
    compliant="The DB cluster has IAM database authentication enabled.",
    rationale=(
        "With IAM database authentication, applications and people connect with short-lived tokens issued to "
        "their IAM identity instead of long-lived database passwords kept in configuration files. Access is "
        "then granted, audited and revoked in one place, leaked tokens expire within minutes, and connections "
        "that use it must be encrypted."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the DB cluster, choose Modify, under Database authentication "
        "choose Password and IAM database authentication, continue, choose Apply immediately and Modify "
        "cluster; then grant rds-db:connect to the identities that need it and create their database users. "
        "CLI: 'aws rds modify-db-cluster --db-cluster-identifier NAME --enable-iam-database-authentication "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-12",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.12. Evidence: IAMDatabaseAuthenticationEnabled of each DB cluster (rds:DescribeDBClusters "
        "without parameters). Neptune and DocumentDB clusters are left to their own rules. Rule ID: the catalog's "
        "RDS-030 is Conformity's instance rule, which RDS.10 (DB instances) takes; this cluster control judges "
        "other resources, so it takes its FSBP ID."
    ),
)


def test_rds_12_cluster_iam_authentication(rds_cluster):
    assert rds_cluster.iam_database_authentication, (
        f"RDS DB cluster {rds_cluster.identifier} ({rds_cluster.engine}) in {rds_cluster.region} "
        "does not have IAM database authentication enabled"
    )
