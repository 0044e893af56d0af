"""RDS.18: RDS DB instances must run in a VPC."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.18",
    title="RDS Instance in a VPC",
    risk="High",
    service="RDS",
    compliant="The DB instance runs in a VPC, through a DB subnet group.",
    rationale=(
        "Inside a VPC a database sits in subnets you choose, behind security groups and network ACLs, reachable "
        "privately through peering, VPN or VPC endpoints and logged by VPC Flow Logs. An instance outside any VPC "
        "(the retired EC2-Classic network) has none of those controls and shares a flat network with other "
        "customers' instances."
    ),
    remediation=(
        "Console: create a DB subnet group in RDS > Subnet groups from private subnets of the target VPC, then "
        "select the instance in Databases, choose Modify and, under Connectivity, choose that DB subnet group "
        "and the VPC's security groups, choose Continue and apply (the instance restarts). Where the move is not "
        "offered, restore a snapshot into the VPC and switch applications to the new endpoint. "
        "CLI: 'aws rds create-db-subnet-group --db-subnet-group-name NAME --db-subnet-group-description TEXT "
        "--subnet-ids SUBNET1 SUBNET2', then 'aws rds modify-db-instance --db-instance-identifier NAME "
        "--db-subnet-group-name NAME --vpc-security-group-ids SG --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-18",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances DBSubnetGroup.VpcId (an instance in a VPC always has a DB subnet group). "
        "Since AWS retired EC2-Classic in 2022 every instance should pass; a FAIL means an instance AWS reports "
        "without a VPC. Aurora members are judged too; Neptune and DocumentDB instances are left to their own "
        "controls. No Conformity rule matches, so the rule takes the FSBP ID."
    ),
)


def test_rds_18_instance_in_vpc(rds_instance):
    assert rds_instance.vpc_id, (
        f"RDS DB instance {rds_instance.identifier} ({rds_instance.engine}) in {rds_instance.region} "
        "is not deployed in a VPC: it has no DB subnet group"
    )
