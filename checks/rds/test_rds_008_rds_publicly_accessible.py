"""RDS-008: RDS DB instances must not be publicly accessible."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-008",
    title="RDS Publicly Accessible",
    risk="High",
    service="RDS",
    compliant="The DB instance is not publicly accessible.",
    rationale=(
        "A publicly accessible DB instance gets a DNS name that resolves to a public IP address, so only its "
        "security groups and the database password stand between it and the whole internet. Databases are "
        "scanned and brute-forced constantly; keeping them reachable only from inside the VPC removes that "
        "exposure altogether."
    ),
    remediation=(
        "Console: open RDS > Databases, choose the instance, Modify, and under Connectivity > Additional "
        "configuration choose Not publicly accessible; apply, and move any outside clients to a VPN, bastion "
        "or private link. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --no-publicly-accessible "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding",
    ),
    notes=(
        "Evidence is rds:DescribeDBInstances PubliclyAccessible alone: the flag fails even when security "
        "groups or route tables happen to block traffic today, since those can change without notice."
    ),
)


def test_rds_008_rds_publicly_accessible(db_instance):
    assert not db_instance.publicly_accessible, (
        f"RDS DB instance {db_instance.identifier} ({db_instance.engine}) in {db_instance.region} "
        "is publicly accessible"
    )
