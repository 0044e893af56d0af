"""EC2-003: no security group may admit RDP (TCP 3389) from the whole internet."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-003",
    title="Unrestricted RDP Access",
    risk="Medium",
    service="EC2",
    compliant="The security group does not admit TCP or UDP 3389 from 0.0.0.0/0 or ::/0.",
    rationale=(
        "Remote Desktop listening to the whole internet is one of the most common ways into Windows fleets: "
        "it is brute-forced continuously, and RDP flaws have allowed code execution before any login. "
        "Keeping port 3389 reachable only from known administration networks, a VPN or Fleet Manager "
        "removes the instance from that attack surface."
    ),
    remediation=(
        "Console: open EC2 > Security Groups, select the group, choose Inbound rules > Edit inbound rules and, "
        "for each rule covering port 3389 (RDP, a port range including it, or All traffic) with source "
        "0.0.0.0/0 or ::/0, set the source to a trusted CIDR, prefix list or security group, or delete it and "
        "use Systems Manager Fleet Manager or a VPN instead. "
        "CLI: aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions "
        "'IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=0.0.0.0/0}]' (repeat with "
        "Ipv6Ranges=[{CidrIpv6=::/0}] and for wider rules), then authorize-security-group-ingress with "
        "--protocol tcp --port 3389 --cidr <admin-cidr> if access is still needed."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html",
    ),
    notes=(
        "Counts inbound rules for TCP, UDP or all traffic (-1) whose port range includes 3389 and whose source "
        "is 0.0.0.0/0 or ::/0. RDP's UDP transport on 3389 only follows a TCP session, but CIS 5.2/5.3 "
        "(v4.0.1/v5.0.0 5.3/5.4) count TCP, UDP and all protocols on the administration ports, so UDP-only rules "
        "fail too. Prefix-list and security-group sources do not count as open to the world."
    ),
)


def test_ec2_003_unrestricted_rdp(security_group):
    openings = security_group.open_to_world(("tcp", "udp"), 3389)
    assert not openings, (
        f"security group {security_group.group_id} ({security_group.name}) allows {'; '.join(openings)}"
    )
