"""EC2-002: no security group may admit SSH (TCP 22) from the whole internet."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-002",
    title="Unrestricted SSH Access",
    risk="Medium",
    service="EC2",
    compliant="The security group does not admit TCP or UDP 22 from 0.0.0.0/0 or ::/0.",
    rationale=(
        "A security group that lets any internet address reach port 22 puts every instance using it in "
        "front of the scanners that try stolen and guessed SSH keys and passwords around the clock, and in "
        "front of the next OpenSSH vulnerability. Administrators rarely need to connect from everywhere: "
        "limiting the source to known networks, or using Session Manager with no inbound port at all, "
        "removes that exposure."
    ),
    remediation=(
        "Console: open EC2 > Security Groups, select the group, choose the Inbound rules tab and Edit inbound "
        "rules; change the source of each rule that covers port 22 (SSH, a port range including 22, or All "
        "traffic) from 0.0.0.0/0 or ::/0 to your administration network's CIDR, a prefix list or a security "
        "group, or delete the rule and reach the instances through Systems Manager Session Manager. "
        "CLI: aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions "
        "'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]' (and the same with "
        "Ipv6Ranges=[{CidrIpv6=::/0}]), then aws ec2 authorize-security-group-ingress --group-id <sg-id> "
        "--protocol tcp --port 22 --cidr <admin-cidr> if access is still needed."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html",
        "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html",
    ),
    notes=(
        "Counts inbound rules for TCP, UDP or all traffic (-1) whose port range includes 22 and whose source is "
        "a zero-length prefix (0.0.0.0/0 or ::/0). UDP 22 is not SSH, but CIS 5.2/5.3 (v4.0.1/v5.0.0 5.3/5.4) "
        "count TCP, UDP and all protocols on the administration ports, so it fails too. Sources that are "
        "prefix lists or security groups are bounded and do not count as open to the world. The port is "
        "fixed at 22 (the rule is about SSH); settings.admin_ports is used by the network ACL rule VPC-017."
    ),
)


def test_ec2_002_unrestricted_ssh(security_group):
    openings = security_group.open_to_world(("tcp", "udp"), 22)
    assert not openings, (
        f"security group {security_group.group_id} ({security_group.name}) allows {'; '.join(openings)}"
    )
