"""Lambda.5: VPC-connected Lambda functions should use subnets in more than one Availability Zone."""

from fixtures.rules import Rule

RULE = Rule(
    id="Lambda.5",
    title="VPC Lambda Functions in Multiple Availability Zones",
    risk="Medium",
    service="Lambda",
    compliant="The VPC-connected Lambda function has subnets in at least two Availability Zones.",
    rationale=(
        "Lambda runs a VPC-connected function only in the Availability Zones of the subnets it is given. With "
        "subnets in a single zone, an outage of that zone stops the function altogether, although Lambda itself "
        "would keep running it elsewhere. Subnets in two or more zones let it carry on from the zones that remain."
    ),
    remediation=(
        "Console: open Lambda > Functions, choose the function, then Configuration > VPC > Edit, add a subnet of "
        "the same VPC in another Availability Zone and Save. "
        "CLI: aws lambda update-function-configuration --function-name NAME --vpc-config "
        "SubnetIds=subnet-in-zone-a,subnet-in-zone-b,SecurityGroupIds=sg-123."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-5",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/lambda-vpc-multi-az-check.html",
    ),
    notes=(
        "Evidence is VpcConfig.SubnetIds from lambda:ListFunctions and each subnet's AvailabilityZone from "
        "ec2:DescribeSubnets (read once per region, without parameters, only where a VPC-connected function "
        "exists): two or more distinct zones pass. Functions not connected to a VPC are not applicable, as in the "
        "control (AWS Config lambda-vpc-multi-az-check); Lambda-007 judges those. A subnet the function names but "
        "ec2:DescribeSubnets no longer lists counts for no zone and is named in the message. No Conformity ID in "
        "the 2023 list."
    ),
)


def test_lambda_5_multi_az(vpc_lambda_function_zones):
    function = vpc_lambda_function_zones
    unknown = f"; subnets not found: {', '.join(function.unknown_subnets)}" if function.unknown_subnets else ""
    assert len(function.zones) >= 2, (
        f"Lambda function {function.name} in {function.region} is connected to VPC {function.vpc_id} through "
        f"subnets in {len(function.zones)} Availability Zone{'' if len(function.zones) == 1 else 's'} "
        f"({', '.join(function.zones) or 'none'}){unknown}"
    )
