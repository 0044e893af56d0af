"""RDS-012: RDS DB instances must not use the engine's default master username."""

from fixtures.rules import Rule

DEFAULT_MASTER_USERNAMES = ("admin", "postgres")

RULE = Rule(
    id="RDS-012",
    title="RDS Master Username",
    risk="Medium",
    service="RDS",
    compliant="The DB instance's master username is not a default one (admin, postgres).",
    rationale=(
        "The master user holds every privilege in the database. When its name is the well-known default, anyone "
        "who can reach the endpoint needs to guess only the password, and password-spraying tools try exactly "
        "these names first. A name of your own doubles what an attacker has to guess and makes login attempts "
        "against the default names stand out in the logs."
    ),
    remediation=(
        "The master username cannot be changed after creation. Console: create a new instance in RDS (or restore a "
        "snapshot and create a new administrative user in the database), entering a master username that is not "
        "admin or postgres, move the data and the applications across, then delete the old instance. "
        "CLI: 'aws rds create-db-instance --db-instance-identifier NAME --engine ENGINE --master-username "
        "OWN_NAME --manage-master-user-password ...'; for a restored copy, create the new user with SQL and stop "
        "using the default one."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-25",
        "https://docs.aws.amazon.com/config/latest/developerguide/rds-instance-default-admin-check.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances MasterUsername, failing on the defaults AWS Config's "
        "rds-instance-default-admin-check names, admin and postgres (compared exactly). Other common names "
        "(root, sa, administrator) pass, as in the control, though they are as guessable. As FSBP RDS.25 says, "
        "Neptune, DocumentDB and members of a DB cluster are not applicable; RDS.24 judges clusters and, sharing "
        "this Conformity ID, carries its FSBP ID."
    ),
)


def test_rds_012_master_username(standalone_db_instance):
    instance = standalone_db_instance
    assert instance.master_username not in DEFAULT_MASTER_USERNAMES, (
        f"RDS DB instance {instance.identifier} ({instance.engine}) in {instance.region} "
        f"uses the default master username {instance.master_username!r}"
    )
