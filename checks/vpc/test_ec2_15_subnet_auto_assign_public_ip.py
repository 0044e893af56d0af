"""EC2.15: subnets should not give new network interfaces public IP addresses automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.15",
    title="Subnets Do Not Auto-Assign Public IP Addresses",
    risk="Medium",
    service="VPC",
    compliant="The subnet assigns neither public IPv4 nor IPv6 addresses to new network interfaces by itself.",
    rationale=(
        "When a subnet assigns public addresses on its own, every instance launched into it is reachable from "
        "the internet unless the person launching it remembers to opt out, and the exposure then rests on "
        "security groups alone. Making public addressing a deliberate choice per launch (or per load balancer) "
        "keeps internal workloads internal by default."
    ),
    remediation=(
        "Console: open VPC > Subnets, select the subnet, choose Actions > Edit subnet settings and clear Enable "
        "auto-assign public IPv4 address and Enable auto-assign IPv6 address. "
        "CLI: aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch, and aws ec2 "
        "modify-subnet-attribute --subnet-id <subnet-id> --no-assign-ipv6-address-on-creation. Instances that "
        "truly need a public address can still ask for one at launch."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15",
        "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html",
    ),
    notes=(
        "Evidence is ec2:DescribeSubnets MapPublicIpOnLaunch (IPv4) and AssignIpv6AddressOnCreation (IPv6): "
        "either one true fails, as AWS's control says. Default subnets assign public IPv4 addresses from the "
        "start, so they fail until changed."
    ),
)


def test_ec2_15_subnet_auto_assign_public_ip(subnet):
    assigned = [kind for kind, on in (("public IPv4", subnet.map_public_ip_on_launch),
                                      ("IPv6", subnet.assign_ipv6_address_on_creation)) if on]
    assert not assigned, (
        f"{subnet.described} in {subnet.region} automatically assigns {' and '.join(assigned)} addresses to new "
        "network interfaces"
    )
