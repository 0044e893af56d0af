"""Lambda-007: Lambda functions should be connected to a VPC."""

from fixtures.rules import Rule

RULE = Rule(
    id="Lambda-007",
    title="VPC Access for AWS Lambda Functions",
    risk="Low",
    service="Lambda",
    compliant="The Lambda function is connected to a VPC.",
    rationale=(
        "A function outside a VPC reaches the internet and AWS APIs directly from Lambda's own network, out of "
        "reach of the organisation's security groups, network ACLs, VPC endpoints, flow logs and egress filtering. "
        "Connecting it to private subnets puts its traffic under those controls and lets it use resources that are "
        "not exposed publicly."
    ),
    remediation=(
        "Console: open Lambda > Functions, choose the function, then Configuration > VPC > Edit; choose the VPC, at "
        "least two private subnets in different Availability Zones and a security group, and Save (the execution "
        "role needs the AWSLambdaVPCAccessExecutionRole permissions). "
        "CLI: aws lambda update-function-configuration --function-name NAME --vpc-config "
        "SubnetIds=subnet-a,subnet-b,SecurityGroupIds=sg-123."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/lambda-inside-vpc.html",
    ),
    notes=(
        "Evidence is VpcConfig.VpcId from lambda:ListFunctions, read once per region: a VPC ID passes; no "
        "VpcConfig, or an empty VpcId, fails. As in the control, the subnets' routing (and so whether the function "
        "is really private) is not judged, and Lambda@Edge functions, which cannot join a VPC, fail too: waive "
        "them. Conformity rates Lambda-007 Medium; FSBP rates Lambda.3 Low, which we keep."
    ),
)


def test_lambda_007_vpc_access(lambda_function):
    function = lambda_function
    assert function.vpc_id, f"Lambda function {function.name} in {function.region} is not connected to a VPC"
