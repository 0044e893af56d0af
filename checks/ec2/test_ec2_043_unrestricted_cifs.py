"""EC2-043: no security group may admit CIFS/SMB (TCP 445) from the whole internet."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-043",
    title="Unrestricted CIFS Access",
    risk="Medium",
    service="EC2",
    compliant="The security group does not admit TCP or UDP 445 from 0.0.0.0/0 or ::/0.",
    rationale=(
        "Port 445 carries SMB file sharing, which was never meant to face the internet: worms such as "
        "WannaCry spread through it, and an exposed share can leak files or NTLM credentials. Many internet "
        "providers block it for that reason. File shares should be reached only from the networks that use "
        "them, over a VPN or Direct Connect when they are remote."
    ),
    remediation=(
        "Console: open EC2 > Security Groups, select the group, choose Inbound rules > Edit inbound rules and "
        "change the source of every rule covering port 445 (SMB, a range including 445, or All traffic) from "
        "0.0.0.0/0 or ::/0 to the client networks' CIDRs or security groups, or delete the rule. "
        "CLI: aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions "
        "'IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=0.0.0.0/0}]' (and with "
        "Ipv6Ranges=[{CidrIpv6=::/0}]), then authorize-security-group-ingress --protocol tcp --port 445 "
        "--cidr <client-cidr> where access is needed."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html",
    ),
    notes=(
        "CIS v4/v5 5.1.2 is a manual control about restricting CIFS to trusted networks; the checkable proxy "
        "is an inbound rule covering port 445 with source 0.0.0.0/0 or ::/0. SMB runs over TCP 445, but CIS's "
        "audit looks for any rule allowing access on port 445 from those sources, whatever the protocol, so TCP, "
        "UDP and all-traffic (-1) rules all count."
    ),
)


def test_ec2_043_unrestricted_cifs(security_group):
    openings = security_group.open_to_world(("tcp", "udp"), 445)
    assert not openings, (
        f"security group {security_group.group_id} ({security_group.name}) allows {'; '.join(openings)}"
    )
