"""EC2.18: security groups should open only authorized ports to the whole internet."""

from fixtures.rules import Rule
from fixtures.subjects.network import ALL_TRAFFIC, PROTOCOL_NUMBERS, Permission, protocol_number

RULE = Rule(
    id="EC2.18",
    title="Unrestricted Inbound Traffic Only on Authorized Ports",
    risk="High",
    service="EC2",
    compliant="Every inbound rule open to 0.0.0.0/0 or ::/0 admits only authorized TCP ports (by default 80 and 443).",
    rationale=(
        "A rule whose source is the whole internet should exist only for services the organisation means to "
        "publish, typically web traffic on 80 and 443. Any other port open to everyone, whether a database, a "
        "management interface or a forgotten test service, invites scanning, brute force and exploitation of "
        "whatever listens there. Naming the few ports that may be public turns every other opening into a "
        "finding to fix or to justify."
    ),
    remediation=(
        "For each inbound rule listed, narrow its source to the networks, prefix lists or security groups that "
        "need it, or remove it; if the port is meant to be public, add it to audit_ec2_authorized_tcp_ports in "
        "pytest.ini. Console: open EC2 > Security Groups, select the group, choose Inbound rules > Edit inbound "
        "rules, change the 0.0.0.0/0 or ::/0 source of the rule or delete the rule, and save. "
        "CLI: aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions "
        "'IpProtocol=tcp,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]', then aws ec2 "
        "authorize-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr <trusted-cidr>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18",
        "https://docs.aws.amazon.com/config/latest/developerguide/vpc-sg-open-only-to-authorized-ports.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    ),
    notes=(
        "Evidence is ec2:DescribeSecurityGroups IpPermissions. Every inbound rule with a 0.0.0.0/0 or ::/0 source "
        "is judged: a TCP rule passes only when every port of its range is in settings.ec2_authorized_tcp_ports "
        "(FSBP authorizedTcpPorts, default 80,443); a UDP rule always fails, as FSBP's authorizedUdpPorts has no "
        "default (the audit has no setting for it yet); an all-traffic rule fails. ICMP and other protocols "
        "carry no ports and are not judged. Sources that are prefix lists or security groups are bounded and "
        "pass. A group without any rule open to the internet passes (AWS's rule calls it not applicable). "
        "Conformity's EC2-034 (uncommon ports) is related, not the same rule."
    ),
)


def unauthorized(permission: Permission, tcp_ports: tuple[int, ...]) -> bool:
    """Whether the rule admits a TCP or UDP port that is not authorized (all traffic does)."""
    number = protocol_number(permission.protocol)
    if number == ALL_TRAFFIC or number == PROTOCOL_NUMBERS["udp"]:
        return True
    if number != PROTOCOL_NUMBERS["tcp"]:
        return False
    if permission.from_port is None or permission.from_port == -1:
        return True
    return any(port not in tcp_ports for port in range(permission.from_port, permission.to_port + 1))


def test_ec2_18_authorized_ports_only(security_group, settings):
    allowed = settings.ec2_authorized_tcp_ports
    open_ = [f"{permission.text} from {cidr}" for permission, cidr in security_group.world_ingress()
             if unauthorized(permission, allowed)]
    assert not open_, (
        f"security group {security_group.group_id} ({security_group.name}) in {security_group.region} admits the "
        f"internet on ports other than the authorized TCP {', '.join(map(str, allowed))}: {'; '.join(open_)}"
    )
