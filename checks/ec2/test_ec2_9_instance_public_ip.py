"""EC2.9: EC2 instances should not have a public IPv4 address."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.9",
    title="EC2 Instances Without Public IPv4 Addresses",
    risk="High",
    service="EC2",
    compliant="The instance has no public IPv4 address.",
    rationale=(
        "An instance with a public IPv4 address can be reached from the internet whenever a security group or "
        "network ACL rule lets traffic in, so one loose rule is all that separates it from every scanner. "
        "Instances in private subnets, reached through a load balancer, a NAT gateway for their own outbound "
        "traffic and Session Manager for administration, keep that mistake from becoming an exposure."
    ),
    remediation=(
        "Put the workload behind a load balancer or other front end and run the instance in a private subnet. "
        "Console: for an Elastic IP, open EC2 > Elastic IPs, select the address and choose Actions > Disassociate "
        "Elastic IP address; for an address assigned at launch, open EC2 > Network interfaces, select the "
        "instance's primary interface, choose Actions > Manage IP addresses and turn off Auto-assign public IP. "
        "CLI: aws ec2 disassociate-address --association-id <eipassoc-id>; aws ec2 "
        "modify-network-interface-attribute --network-interface-id <eni-id> --no-associate-public-ip-address; and "
        "aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch so that new "
        "instances in the subnet stay private."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html",
    ),
    notes=(
        "Evidence is PublicIpAddress from ec2:DescribeInstances, present for an address assigned at launch or an "
        "associated Elastic IP, in any state but terminated (a stopped instance keeps an Elastic IP). As AWS's "
        "control says, IPv6 addresses are not judged."
    ),
)


def test_ec2_9_instance_public_ip(instance):
    assert not instance.public_ip, (
        f"EC2 instance {instance.described} in {instance.region} has the public IPv4 address {instance.public_ip}"
    )
