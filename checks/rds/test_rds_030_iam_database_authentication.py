"""RDS-030: RDS DB instances must have IAM database authentication enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-030",
    title="IAM Database Authentication",
    risk="Medium",
    service="RDS",
    compliant="The DB instance accepts IAM database authentication.",
    rationale=(
        "With IAM database authentication an application signs in with a token that IAM issues for fifteen "
        "minutes instead of a password stored in its configuration. Who may connect as which database user is then "
        "granted and revoked in IAM policies, each token request is logged in CloudTrail, and there is no "
        "long-lived database password to leak, share or forget to rotate."
    ),
    remediation=(
        "Console: in RDS open Databases, select the instance (for an Aurora member, its DB cluster) and choose "
        "Modify; under Database authentication choose Password and IAM database authentication, choose Continue "
        "and apply. Then grant the database user the rds_iam role (PostgreSQL) or create it WITH "
        "AWSAuthenticationPlugin (MySQL, MariaDB) and allow rds-db:connect in IAM. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --enable-iam-database-authentication "
        "--apply-immediately'; for Aurora, 'aws rds modify-db-cluster --db-cluster-identifier NAME "
        "--enable-iam-database-authentication --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances IAMDatabaseAuthenticationEnabled. As FSBP RDS.10 says, only instances "
        "whose engine is mysql, postgres, mariadb, aurora, aurora-mysql or aurora-postgresql and whose status is "
        "available, backing-up, storage-optimization or storage-full are judged; others are not applicable. Aurora "
        "members are judged on the flag DescribeDBInstances reports for them (their cluster's setting); RDS.12 "
        "judges the clusters themselves and, sharing this Conformity ID, carries its FSBP ID."
    ),
)


def test_rds_030_iam_database_authentication(iam_authentication_db_instance):
    instance = iam_authentication_db_instance
    assert instance.iam_authentication, (
        f"RDS DB instance {instance.identifier} ({instance.engine}) in {instance.region} "
        "does not have IAM database authentication enabled"
    )
