"""EC2-024: Elastic IP addresses that are not associated with anything should be released."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-024",
    title="Unassociated Elastic IP Addresses",
    risk="Low",
    service="EC2",
    compliant="The Elastic IP address is associated with an instance or a network interface.",
    rationale=(
        "An Elastic IP that is attached to nothing is an address nobody looks after: it is easy to lose track of "
        "why it was kept, and it is easily re-attached by mistake to an instance that was never meant to face "
        "the internet, carrying along whatever allow-lists and DNS records still point at it. AWS also bills "
        "every public IPv4 address, in use or not. An accurate, minimal set of public addresses is simpler to "
        "review."
    ),
    remediation=(
        "Make sure no DNS record, partner allow-list or application still relies on the address, then release it. "
        "Console: open EC2 > Elastic IPs, select the address and choose Actions > Release Elastic IP addresses. "
        "CLI: aws ec2 release-address --allocation-id <eipalloc-id>. If it is still needed, associate it: aws ec2 "
        "associate-address --allocation-id <eipalloc-id> --instance-id <i-id>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-12",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Address.html",
    ),
    notes=(
        "FSBP EC2.12, Conformity EC2-024. Evidence is ec2:DescribeAddresses: an address without an AssociationId "
        "fails, as AWS's eip-attached rule decides. An address held by a NAT gateway or a load balancer is "
        "associated with its network interface and passes."
    ),
)


def test_ec2_024_unassociated_elastic_ips(elastic_ip):
    assert elastic_ip.association_id, (
        f"Elastic IP address {elastic_ip.described} in {elastic_ip.region} is not associated with any instance "
        "or network interface"
    )
