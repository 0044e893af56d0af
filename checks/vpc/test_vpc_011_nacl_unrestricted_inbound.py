"""VPC-011: no network ACL may let the whole internet in on every port."""

from fixtures.rules import Rule

RULE = Rule(
    id="VPC-011",
    title="Unrestricted Network ACL Inbound Traffic",
    risk="Medium",
    service="VPC",
    compliant="No inbound rule of the network ACL admits all ports from 0.0.0.0/0.",
    rationale=(
        "An inbound allow-all rule from anywhere turns the network ACL into no filter at all, leaving "
        "security groups as the only control for every subnet it guards. Network ACLs are meant to express "
        "which traffic a tier of subnets accepts (for example HTTPS from the internet and return traffic on "
        "ephemeral ports), so that one permissive security group cannot open an instance to everything."
    ),
    remediation=(
        "Work out which inbound traffic the subnets need (flow logs show it), then replace the allow-all "
        "rule with rules for those protocols and ports. "
        "Console: open VPC > Network ACLs, select the ACL, choose Inbound rules > Edit inbound rules, add "
        "rules for the needed ports (for example TCP 443 and TCP 1024-65535 for return traffic) and remove "
        "the All traffic rule with source 0.0.0.0/0 or ::/0. "
        "CLI: aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 110 "
        "--protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow, then aws "
        "ec2 delete-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number <n>."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
    ),
    notes=(
        "VPC-017 asks whether the internet can reach the administration ports; this rule asks whether the "
        "ACL filters internet traffic at all. It fails when the first inbound rule whose source is 0.0.0.0/0 "
        "and that covers every port of TCP, or of UDP, allows it: an All traffic rule, or a TCP or UDP rule for "
        "ports 0-65535. A lower-numbered deny of all traffic from the internet makes such a rule dead and it "
        "passes; lower-numbered denies of single ports (say 22 and 3389) do not, as every other port stays "
        "open. AWS's default network ACL (rule 100 allows all) fails. The CIS control the catalog maps this "
        "rule to (5.1; v4.0.1/v5.0.0 5.2) names 0.0.0.0/0 only, so rules from ::/0 are not judged here; "
        "filtering IPv6 the same way is advised."
    ),
)


def test_vpc_011_nacl_unrestricted_inbound(network_acl):
    rules = {entry.text: None for protocol in ("tcp", "udp")
             for entry in network_acl.world_decision(protocol, versions=(4,))}
    assert not rules, (
        f"network ACL {network_acl.acl_id} of {network_acl.vpc_id} admits every port from the internet: "
        f"{'; '.join(rules)}"
    )
