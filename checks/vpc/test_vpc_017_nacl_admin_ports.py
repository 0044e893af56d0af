"""VPC-017: no network ACL may let the whole internet reach remote administration ports."""

from fixtures.rules import Rule

RULE = Rule(
    id="VPC-017",
    title="Unrestricted Inbound Traffic on Remote Server Administration Ports",
    risk="High",
    service="VPC",
    compliant="No inbound rule of the network ACL allows 0.0.0.0/0 to a remote administration port.",
    rationale=(
        "Network ACLs are the subnet-wide layer in front of security groups. When they let any internet "
        "address reach SSH or RDP, a single security group mistake on any instance in those subnets exposes "
        "it to the password-guessing and exploit traffic that hits these ports constantly. Denying those "
        "ports from the internet at the ACL keeps a second barrier in place."
    ),
    remediation=(
        "Console: open VPC > Network ACLs, select the ACL, choose Inbound rules > Edit inbound rules and "
        "either narrow the source of the rules that admit ports 22 and 3389 (All traffic, a port range "
        "including them, or the port itself) to your administration networks, or add lower-numbered Deny "
        "rules for TCP and UDP 22 and 3389 from 0.0.0.0/0 and ::/0. "
        "CLI: aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 "
        "--protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny (repeat for "
        "3389, for UDP, and with --ipv6-cidr-block ::/0), or aws ec2 replace-network-acl-entry to narrow "
        "the allowing rule."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
    ),
    notes=(
        "Ports come from settings.admin_ports (CIS: 22 and 3389). As CIS 5.1 (v4.0.1/v5.0.0 5.2) reads an "
        "ACL, it fails on any inbound rule with source 0.0.0.0/0 that shows ALLOW for TCP, UDP or all protocols "
        "and whose port range includes an administration port, whatever rules come before it: a lower-numbered "
        "deny that makes the allow dead today does not save it, since removing the deny would open the port. "
        "CIS's control names 0.0.0.0/0 only, so a rule from ::/0 passes here; denying the administration ports "
        "from ::/0 too is advised. Differs from VPC-011, which flags a rule letting the internet reach every "
        "port whatever the administration ports' fate. FSBP EC2.21 asks this of ::/0 as well, on 22 and 3389 only: "
        "that is rule EC2.21."
    ),
)


def test_vpc_017_nacl_admin_ports(network_acl, settings):
    reached: dict = {}
    for port in settings.admin_ports:
        for protocol in ("tcp", "udp"):
            for entry in network_acl.world_allows(protocol, port):
                reached.setdefault(entry.text, []).append(f"{protocol.upper()} {port}")
    exposures = "; ".join(f"{rule} (reaches {', '.join(ports)})" for rule, ports in reached.items())
    assert not reached, (
        f"network ACL {network_acl.acl_id} of {network_acl.vpc_id} lets the internet reach remote "
        f"administration ports: {exposures}"
    )
