"""EC2.10: each VPC should have a VPC endpoint for the Amazon EC2 API."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.10",
    title="VPC Endpoint for Amazon EC2",
    risk="Medium",
    service="VPC",
    compliant="The VPC has a VPC endpoint for the Amazon EC2 service (com.amazonaws.<region>.ec2).",
    rationale=(
        "Without an interface endpoint, calls from inside a VPC to the EC2 API leave through an internet or NAT "
        "gateway and travel to the public endpoint. An endpoint keeps those calls on the AWS network, lets "
        "workloads without any internet route manage EC2, and its endpoint policy can narrow which actions and "
        "resources may be reached from the VPC, so stolen credentials used from inside are of less use."
    ),
    remediation=(
        "Console: open VPC > Endpoints, choose Create endpoint, pick AWS services and the service "
        "com.amazonaws.<region>.ec2, select the VPC, subnets in each Availability Zone and a security group "
        "allowing HTTPS from the VPC, keep Enable DNS name on, and optionally attach an endpoint policy. "
        "CLI: aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name "
        "com.amazonaws.<region>.ec2 --subnet-ids <subnet-ids> --security-group-ids <sg-id> --private-dns-enabled."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-10",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/interface-vpc-endpoints.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcEndpoints.html",
    ),
    notes=(
        "Evidence is ec2:DescribeVpcs and ec2:DescribeVpcEndpoints: a VPC passes when an endpoint in it has the "
        "service name com.amazonaws.<region>.ec2 (cn.com.amazonaws.<region>.ec2 in China) and is not deleting, "
        "deleted, rejected, failed or expired. Every VPC is judged, the default VPC included; as AWS notes for "
        "its control, a VPC shared from another account fails here too, since its endpoints are not listed to "
        "the participant. Conformity's VPC-016 asks for endpoints in general, not for EC2: not the same rule."
    ),
)


def test_ec2_10_vpc_endpoint_for_ec2(vpc_endpoints):
    named = f" ({vpc_endpoints.name})" if vpc_endpoints.name else ""
    assert vpc_endpoints.for_service("ec2"), (
        f"VPC {vpc_endpoints.vpc_id}{named} in {vpc_endpoints.region} has no VPC endpoint for Amazon EC2 "
        f"(com.amazonaws.{vpc_endpoints.region}.ec2)"
    )
