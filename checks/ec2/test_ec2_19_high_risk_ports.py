"""EC2.19: security groups should not open high-risk ports to the whole internet."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.19",
    title="Unrestricted Access to High-Risk Ports",
    risk="Very High",
    service="EC2",
    compliant="No inbound rule admits any of the high-risk TCP ports from 0.0.0.0/0 or ::/0.",
    rationale=(
        "The ports on this list belong to services that attackers look for first: file transfer and remote "
        "shells (FTP, SSH, Telnet, RDP), mail (SMTP, POP3, IMAP), Windows RPC and file sharing, database engines "
        "(SQL Server, MySQL, PostgreSQL), search and dashboards (OpenSearch), and the usual development and proxy "
        "ports. They are rarely meant to face everyone, are scanned for continuously, and have a long history "
        "of password guessing and exploitable flaws. None of them should accept connections from any address."
    ),
    remediation=(
        "For each rule listed, limit its source to the networks, prefix lists or security groups that need the "
        "service, or delete the rule; reach administration ports through Session Manager or a VPN instead. "
        "Console: open EC2 > Security Groups, select the group, choose Inbound rules > Edit inbound rules, "
        "replace the 0.0.0.0/0 or ::/0 source of each rule covering a listed port (All traffic and wide port "
        "ranges included) or delete the rule, and save. "
        "CLI: aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions "
        "'IpProtocol=tcp,FromPort=<from>,ToPort=<to>,IpRanges=[{CidrIp=0.0.0.0/0}]' (Ipv6Ranges=[{CidrIpv6=::/0}] "
        "for IPv6), then aws ec2 authorize-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> "
        "--cidr <trusted-cidr> where access is still needed."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19",
        "https://docs.aws.amazon.com/config/latest/developerguide/restricted-common-ports.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    ),
    notes=(
        "Evidence is ec2:DescribeSecurityGroups IpPermissions: a rule fails when its source is 0.0.0.0/0 or ::/0 "
        "and it admits TCP (a TCP rule whose range includes the port, or an all-traffic rule) to one of "
        "settings.ec2_high_risk_ports, which holds AWS's fixed blockedPorts list (20, 21, 22, 23, 25, 110, 135, "
        "143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300). "
        "The control's AWS Config rule (restricted-common-ports) judges TCP only, so UDP rules are not judged. "
        "Risk: the catalog row says Medium; AWS's control page now rates EC2.19 Critical, mapped to Very High. "
        "Conformity splits this into one rule per port (EC2-002, EC2-003, EC2-043, ...)."
    ),
)


def test_ec2_19_high_risk_ports(security_group, settings):
    reached = security_group.world_reach("tcp", settings.ec2_high_risk_ports)
    assert not reached, (
        f"security group {security_group.group_id} ({security_group.name}) in {security_group.region} opens "
        f"high-risk ports to the internet: {'; '.join(reached)}"
    )
