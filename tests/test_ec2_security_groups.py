"""EC2-002, EC2-003, EC2-043 (internet to SSH, RDP, SMB) and EC2-016 (default security group): every verdict, on moto."""

import boto3
import pytest

from fixtures.offline import deny
from fixtures.scenarios.network import all_traffic, default_vpc, empty_default_group, security_group, tcp
from tests.conftest import PROD_ACCOUNT

PORT_RULES = ("EC2-002", "EC2-003", "EC2-043")


@pytest.fixture(autouse=True)
def no_default_amis(monkeypatch):
    monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")


def group_arn(region, group_id):
    return f"arn:aws:ec2:{region}:{PROD_ACCOUNT}:security-group/{group_id}"


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def test_security_groups_open_to_the_internet_fail_on_the_ports_they_cover(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2", region_name="us-east-1")
    vpc = default_vpc(ec2)
    ssh = security_group(ec2, vpc, "ssh-world", tcp(22, "0.0.0.0/0"))
    low_ports = security_group(ec2, vpc, "low-ports-v6", tcp(0, "::/0", to_port=1024))
    everything = security_group(ec2, vpc, "everything", all_traffic("0.0.0.0/0", "::/0"))
    rdp_range = security_group(ec2, vpc, "rdp-range", tcp(3000, "0.0.0.0/0", to_port=4000))
    bounded = security_group(ec2, vpc, "bounded", tcp(22, "10.0.0.0/8"), tcp(445, "192.168.0.0/16"),
                             tcp(3389, prefix_lists=("pl-0123456789abcdef0",)))
    from_group = security_group(ec2, vpc, "from-group")
    ec2.authorize_security_group_ingress(GroupId=from_group, IpPermissions=[
        {"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": bounded}]}])
    udp_ssh = security_group(ec2, vpc, "udp-22", {"IpProtocol": "udp", "FromPort": 22, "ToPort": 22,
                                                    "IpRanges": [{"CidrIp": "0.0.0.0/0"}]})
    europe = boto3.Session(profile_name="prod").client("ec2", region_name="eu-west-1")
    smb_eu = security_group(europe, default_vpc(europe), "smb-eu", tcp(445, "0.0.0.0/0"))

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1",
                    *(f"--rule={rule}" for rule in PORT_RULES))

    fail = lambda group, name, text: ("FAIL", f"security group {group} ({name}) allows {text}")  # noqa: E731
    ssh_ok, rdp_ok, smb_ok = (("PASS", f"The security group does not admit TCP or UDP {port} from 0.0.0.0/0 or ::/0.")
                              for port in (22, 3389, 445))
    expected = {
        "EC2-002": {
            ssh: fail(ssh, "ssh-world", "0.0.0.0/0 on TCP 22 (inbound rule TCP 22)"),
            low_ports: fail(low_ports, "low-ports-v6", "::/0 on TCP 22 (inbound rule TCP 0-1024)"),
            everything: fail(everything, "everything", "0.0.0.0/0 on TCP 22 (inbound rule all traffic); "
                                                       "::/0 on TCP 22 (inbound rule all traffic)"),
            rdp_range: ssh_ok, bounded: ssh_ok, from_group: ssh_ok,
            # CIS 5.2/5.3 (v4/v5 5.3/5.4) count TCP, UDP and all traffic on the port.
            udp_ssh: fail(udp_ssh, "udp-22", "0.0.0.0/0 on UDP 22 (inbound rule UDP 22)"),
        },
        "EC2-003": {
            ssh: rdp_ok, low_ports: rdp_ok, bounded: rdp_ok, from_group: rdp_ok, udp_ssh: rdp_ok,
            everything: fail(everything, "everything", "0.0.0.0/0 on TCP 3389 (inbound rule all traffic); "
                                                       "::/0 on TCP 3389 (inbound rule all traffic)"),
            rdp_range: fail(rdp_range, "rdp-range", "0.0.0.0/0 on TCP 3389 (inbound rule TCP 3000-4000)"),
        },
        "EC2-043": {
            ssh: smb_ok, rdp_range: smb_ok, bounded: smb_ok, from_group: smb_ok, udp_ssh: smb_ok,
            low_ports: fail(low_ports, "low-ports-v6", "::/0 on TCP 445 (inbound rule TCP 0-1024)"),
            everything: fail(everything, "everything", "0.0.0.0/0 on TCP 445 (inbound rule all traffic); "
                                                       "::/0 on TCP 445 (inbound rule all traffic)"),
        },
    }
    for rule_id, groups in expected.items():
        found = verdicts(run, rule_id)
        for group_id, verdict in groups.items():
            assert found[group_arn("us-east-1", group_id)] == verdict, (rule_id, group_id)
    assert verdicts(run, "EC2-043")[group_arn("eu-west-1", smb_eu)] == (
        "FAIL", f"security group {smb_eu} (smb-eu) allows 0.0.0.0/0 on TCP 445 (inbound rule TCP 445)")
    assert verdicts(run, "EC2-002")[group_arn("eu-west-1", smb_eu)][0] == "PASS"
    assert run.exit_status == 1


def test_ec2_016_fails_for_any_rule_in_a_default_group_and_passes_an_empty_one(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2", region_name="us-east-1")
    vpc = default_vpc(ec2)
    untouched = ec2.describe_security_groups(
        Filters=[{"Name": "vpc-id", "Values": [vpc]}, {"Name": "group-name", "Values": ["default"]}]
    )["SecurityGroups"][0]["GroupId"]
    custom_vpc = ec2.create_vpc(CidrBlock="10.5.0.0/16")["Vpc"]["VpcId"]
    inbound_only = empty_default_group(ec2, custom_vpc)
    ec2.authorize_security_group_ingress(GroupId=inbound_only, IpPermissions=[tcp(443, "10.0.0.0/8")])
    europe = session.client("ec2", region_name="eu-west-1")
    emptied = empty_default_group(europe, default_vpc(europe))
    security_group(ec2, vpc, "not-default", all_traffic("0.0.0.0/0"))

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=EC2-016")

    assert verdicts(run, "EC2-016") == {
        group_arn("us-east-1", untouched): (
            "FAIL", f"default security group {untouched} of {vpc} has 0 inbound and 1 outbound rules: "
                    "outbound all traffic to 0.0.0.0/0"),
        group_arn("us-east-1", inbound_only): (
            "FAIL", f"default security group {inbound_only} of {custom_vpc} has 1 inbound and 0 outbound rules: "
                    "inbound TCP 443 from 10.0.0.0/8"),
        group_arn("eu-west-1", emptied): ("PASS", "The default security group has no inbound or outbound rules."),
    }


def test_security_group_rules_are_errors_naming_the_action_when_describe_is_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "ec2:DescribeSecurityGroups")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2-002", "--rule=EC2-016")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", "could not evaluate: ec2:DescribeSecurityGroups was denied in us-east-1 (AccessDenied): "
                        "grant ec2:DescribeSecurityGroups to the auditing principal")
        for rule in ("EC2-002", "EC2-016")
    }
    assert run.exit_status == 1


def test_rdp_and_smb_rules_count_udp_from_the_internet_too(aws, run_audit):
    # CIS names TCP (6), UDP (17) and all traffic (-1) for 22 and 3389; CIS 5.1.2 asks about port 445 whatever
    # the protocol.
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    vpc = default_vpc(ec2)
    udp = security_group(ec2, vpc, "udp-high", {"IpProtocol": "udp", "FromPort": 400, "ToPort": 3389,
                                                "Ipv6Ranges": [{"CidrIpv6": "::/0"}]})
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2-003", "--rule=EC2-043")
    assert verdicts(run, "EC2-003")[group_arn("us-east-1", udp)] == (
        "FAIL", f"security group {udp} (udp-high) allows ::/0 on UDP 3389 (inbound rule UDP 400-3389)")
    assert verdicts(run, "EC2-043")[group_arn("us-east-1", udp)] == (
        "FAIL", f"security group {udp} (udp-high) allows ::/0 on UDP 445 (inbound rule UDP 400-3389)")
