"""EC2.16: network ACLs that guard no subnet should be removed."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.16",
    title="Unused Network ACLs",
    risk="Low",
    service="VPC",
    compliant="The network ACL is associated with at least one subnet.",
    rationale=(
        "A network ACL that no subnet uses filters nothing, but it still looks like part of the design: someone "
        "may review or edit it believing it protects a tier, or associate it with a subnet later without noticing "
        "how stale its rules have become. Deleting unused ACLs keeps the set of rules that matter small and true."
    ),
    remediation=(
        "Confirm that the network ACL is not meant for a subnet, then delete it. "
        "Console: open VPC > Network ACLs, select the ACL (its Associated with column is empty) and choose "
        "Actions > Delete network ACLs. "
        "CLI: aws ec2 delete-network-acl --network-acl-id <acl-id>. If a subnet should use it, associate it "
        "instead: aws ec2 replace-network-acl-association --association-id <aclassoc-id> --network-acl-id <acl-id>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-16",
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_NetworkAcl.html",
    ),
    notes=(
        "Evidence is ec2:DescribeNetworkAcls Associations: a network ACL with no subnet association fails. The "
        "default network ACL of each VPC is left out (the subject lists non-default ACLs only): AWS's control "
        "makes no finding for it, it cannot be deleted, and it guards every subnet not given another ACL."
    ),
)


def test_ec2_16_unused_network_acls(custom_network_acl):
    assert custom_network_acl.subnets, (
        f"network ACL {custom_network_acl.acl_id} of {custom_network_acl.vpc_id} is not associated with any subnet"
    )
