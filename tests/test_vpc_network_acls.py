"""VPC-017 (internet to remote administration ports) and VPC-011 (internet to every port) on network ACLs, on moto."""

import boto3
import pytest

from fixtures.offline import deny
from fixtures.scenarios.network import acl_rule, default_acl, default_vpc
from tests.conftest import PROD_ACCOUNT

ADMIN_OK = "No inbound rule of the network ACL allows 0.0.0.0/0 to a remote administration port."
ALL_PORTS_OK = "No inbound rule of the network ACL admits all ports from 0.0.0.0/0."


@pytest.fixture(autouse=True)
def no_default_amis(monkeypatch):
    monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")


def acl_arn(region, acl_id):
    return f"arn:aws:ec2:{region}:{PROD_ACCOUNT}:network-acl/{acl_id}"


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def new_acl(ec2, vpc, *entries):
    """A custom network ACL (AWS starts it with only the implicit deny-all rule) with these inbound entries."""
    acl_id = ec2.create_network_acl(VpcId=vpc)["NetworkAcl"]["NetworkAclId"]
    for entry in entries:
        acl_rule(ec2, acl_id, *entry)
    return acl_id


def test_network_acls_are_judged_on_their_rules_from_0_0_0_0_slash_0(aws, run_audit):
    # CIS 5.1 (v4.0.1/v5.0.0 5.2): no inbound rule from 0.0.0.0/0 may allow a port range that includes 22 or 3389
    # over TCP, UDP or all protocols, whatever rules come before it; ::/0 is not part of that control.
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    vpc = default_vpc(ec2)
    aws_default = default_acl(ec2, vpc)
    ssh_only = new_acl(ec2, vpc, (100, "allow", "6", "0.0.0.0/0", (22, 22)))
    admin_denied_first = new_acl(ec2, vpc, *[(50 + n, "deny", protocol, "0.0.0.0/0", (port, port))
                                            for n, (protocol, port) in enumerate(
                                                [("6", 22), ("17", 22), ("6", 3389), ("17", 3389)])],
                                 (100, "allow", "-1", "0.0.0.0/0"))
    ipv6_range = new_acl(ec2, vpc, (100, "allow", "6", "::/0", (3000, 4000)))
    everything_denied_first = new_acl(ec2, vpc, (50, "deny", "-1", "0.0.0.0/0"), (100, "allow", "-1", "0.0.0.0/0"))
    narrow = new_acl(ec2, vpc, (100, "allow", "-1", "10.0.0.0/8"), (110, "allow", "6", "0.0.0.0/0", (443, 443)),
                     (120, "allow", "-1", "0.0.0.0/0", None, True))
    full_udp_range = new_acl(ec2, vpc, (100, "allow", "17", "::/0", (0, 65535)))
    europe = boto3.Session(profile_name="prod").client("ec2", region_name="eu-west-1")
    europe_default = default_acl(europe, default_vpc(europe))

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=VPC-017", "--rule=VPC-011")

    admin = lambda acl, text: ("FAIL", f"network ACL {acl} of {vpc} lets the internet reach remote "  # noqa: E731
                                       f"administration ports: {text}")
    all_ports = lambda acl, text: ("FAIL", f"network ACL {acl} of {vpc} admits every port from the "  # noqa: E731
                                           f"internet: {text}")
    allow_all = "rule 100 allows all traffic from 0.0.0.0/0"
    reaches_all = "(reaches TCP 22, UDP 22, TCP 3389, UDP 3389)"
    assert verdicts(run, "VPC-017") == {
        acl_arn("us-east-1", aws_default): admin(aws_default, f"{allow_all} {reaches_all}"),
        acl_arn("us-east-1", ssh_only): admin(ssh_only, "rule 100 allows TCP 22 from 0.0.0.0/0 (reaches TCP 22)"),
        acl_arn("us-east-1", admin_denied_first): admin(admin_denied_first, f"{allow_all} {reaches_all}"),
        acl_arn("us-east-1", ipv6_range): ("PASS", ADMIN_OK),
        acl_arn("us-east-1", everything_denied_first): admin(everything_denied_first, f"{allow_all} {reaches_all}"),
        acl_arn("us-east-1", narrow): ("PASS", ADMIN_OK),
        acl_arn("us-east-1", full_udp_range): ("PASS", ADMIN_OK),
        acl_arn("eu-west-1", europe_default): (
            "FAIL", f"network ACL {europe_default} of {default_vpc(europe)} lets the internet reach remote "
                    f"administration ports: {allow_all} (reaches TCP 22, UDP 22, TCP 3389, UDP 3389)"),
    }
    assert verdicts(run, "VPC-011") == {
        acl_arn("us-east-1", aws_default): all_ports(aws_default, allow_all),
        acl_arn("us-east-1", ssh_only): ("PASS", ALL_PORTS_OK),
        acl_arn("us-east-1", admin_denied_first): all_ports(admin_denied_first, allow_all),
        acl_arn("us-east-1", ipv6_range): ("PASS", ALL_PORTS_OK),
        acl_arn("us-east-1", everything_denied_first): ("PASS", ALL_PORTS_OK),
        acl_arn("us-east-1", narrow): ("PASS", ALL_PORTS_OK),
        acl_arn("us-east-1", full_udp_range): ("PASS", ALL_PORTS_OK),
        acl_arn("eu-west-1", europe_default): (
            "FAIL", f"network ACL {europe_default} of {default_vpc(europe)} admits every port from the internet: "
                    f"{allow_all}"),
    }



def test_ec2_21_judges_0_0_0_0_slash_0_and_colon_colon_slash_0_on_ports_22_and_3389(aws, run_audit):
    # FSBP EC2.21 (AWS Config nacl-no-unrestricted-ssh-rdp): any inbound allow entry from 0.0.0.0/0 or ::/0 for TCP
    # or UDP port 22 or 3389 fails; unlike CIS (VPC-017), ::/0 counts, and the ports are fixed.
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    vpc = default_vpc(ec2)
    aws_default = default_acl(ec2, vpc)
    ipv6_ssh = new_acl(ec2, vpc, (100, "allow", "6", "::/0", (22, 22)))
    ipv6_range = new_acl(ec2, vpc, (100, "allow", "17", "::/0", (3000, 4000)))
    udp_rdp = new_acl(ec2, vpc, (100, "allow", "17", "0.0.0.0/0", (3389, 3389)))
    denied_first = new_acl(ec2, vpc, (50, "deny", "-1", "::/0"), (100, "allow", "-1", "::/0"))
    narrow = new_acl(ec2, vpc, (100, "allow", "-1", "10.0.0.0/8"), (110, "allow", "6", "::/0", (443, 443)),
                     (120, "deny", "6", "0.0.0.0/0", (22, 22)))

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2.21", "--rule=VPC-017")

    fails = lambda acl, text: (  # noqa: E731
        "FAIL", f"network ACL {acl} of {vpc} allows the internet in on port 22 or 3389: {text}")
    assert verdicts(run, "EC2.21") == {
        acl_arn("us-east-1", aws_default): fails(aws_default, "rule 100 allows all traffic from 0.0.0.0/0"),
        acl_arn("us-east-1", ipv6_ssh): fails(ipv6_ssh, "rule 100 allows TCP 22 from ::/0"),
        acl_arn("us-east-1", ipv6_range): fails(ipv6_range, "rule 100 allows UDP 3000-4000 from ::/0"),
        acl_arn("us-east-1", udp_rdp): fails(udp_rdp, "rule 100 allows UDP 3389 from 0.0.0.0/0"),
        acl_arn("us-east-1", denied_first): fails(denied_first, "rule 100 allows all traffic from ::/0"),
        acl_arn("us-east-1", narrow): ("PASS", "No inbound rule of the network ACL allows 0.0.0.0/0 or ::/0 to "
                                               "port 22 or port 3389."),
    }
    # The FSBP control is EC2.21's own; VPC-017 stays the CIS reading (0.0.0.0/0, the admin_ports setting).
    assert verdicts(run, "VPC-017")[acl_arn("us-east-1", ipv6_ssh)] == ("PASS", ADMIN_OK)

def test_vpc_017_uses_the_admin_ports_setting(aws, run_audit):
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    vpc = default_vpc(ec2)
    winrm = new_acl(ec2, vpc, (100, "allow", "6", "0.0.0.0/0", (5985, 5986)))
    ssh = new_acl(ec2, vpc, (100, "allow", "6", "0.0.0.0/0", (22, 22)))
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=VPC-017", "-o", "audit_admin_ports=5986")
    found = verdicts(run, "VPC-017")
    assert found[acl_arn("us-east-1", winrm)] == (
        "FAIL", f"network ACL {winrm} of {vpc} lets the internet reach remote administration ports: "
                "rule 100 allows TCP 5985-5986 from 0.0.0.0/0 (reaches TCP 5986)")
    assert found[acl_arn("us-east-1", ssh)] == ("PASS", ADMIN_OK)


def test_network_acl_rules_are_errors_naming_the_action_when_describe_is_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "ec2:DescribeNetworkAcls")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=VPC-017", "--rule=VPC-011")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", "could not evaluate: ec2:DescribeNetworkAcls was denied in us-east-1 (AccessDenied): "
                        "grant ec2:DescribeNetworkAcls to the auditing principal")
        for rule in ("VPC-017", "VPC-011")
    }
