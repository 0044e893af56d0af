"""EC2.21: no network ACL may let 0.0.0.0/0 or ::/0 in on port 22 or port 3389."""

from fixtures.rules import Rule

# The control's ports: SSH and RDP (AWS's rule takes no parameter).
SSH_RDP = (22, 3389)

RULE = Rule(
    id="EC2.21",
    title="Network ACLs Block Internet Ingress to SSH and RDP",
    risk="Medium",
    service="VPC",
    compliant="No inbound rule of the network ACL allows 0.0.0.0/0 or ::/0 to port 22 or port 3389.",
    rationale=(
        "A network ACL sits in front of every instance in the subnets it guards. An inbound allow rule that lets "
        "any IPv4 or IPv6 address reach SSH or RDP leaves only the security groups between those login services "
        "and the scanners that hunt for them, so one permissive group is enough to expose a host. Keeping the "
        "subnet boundary closed to the internet on these two ports is a second, independent line of defence."
    ),
    remediation=(
        "Console: open VPC > Network ACLs, select the ACL, choose Inbound rules > Edit inbound rules and, for each "
        "allow rule whose source is 0.0.0.0/0 or ::/0 and whose ports include 22 or 3389 (SSH, RDP, a port range "
        "or All traffic), narrow the source to your administration network or remove the rule; a deny rule for "
        "22 and 3389 from both sources, numbered below the wide allow, also keeps them shut. "
        "CLI: aws ec2 replace-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number <n> "
        "--protocol tcp --port-range From=22,To=22 --cidr-block <admin-cidr> --rule-action allow, or aws ec2 "
        "delete-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number <n> (use --ipv6-cidr-block "
        "for ::/0 rules)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21",
        "https://docs.aws.amazon.com/config/latest/developerguide/nacl-no-unrestricted-ssh-rdp.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
    ),
    notes=(
        "Evidence is ec2:DescribeNetworkAcls. As AWS's control reads an ACL (Config rule "
        "nacl-no-unrestricted-ssh-rdp), it fails on any inbound allow entry whose source is 0.0.0.0/0 or ::/0 and "
        "that covers TCP or UDP port 22 or 3389 (an All traffic entry or a port range including them), whatever "
        "entries come before it. The ports are fixed, as the control takes no parameter. Default network ACLs are "
        "judged too: AWS's pages name no exception, and AWS creates them allowing all traffic, so they fail until "
        "restricted. VPC-017 is the CIS reading of the same question (0.0.0.0/0 only, ports from "
        "settings.admin_ports)."
    ),
)


def test_ec2_21_nacl_ssh_rdp(network_acl):
    allowing = {entry.text: None for port in SSH_RDP for protocol in ("tcp", "udp")
                for entry in network_acl.world_allows(protocol, port, versions=(4, 6))}
    assert not allowing, (
        f"network ACL {network_acl.acl_id} of {network_acl.vpc_id} allows the internet in on port 22 or 3389: "
        f"{'; '.join(allowing)}"
    )
