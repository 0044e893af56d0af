"""The FSBP EC2 and VPC rules (EC2.4 to EC2.51, EC2-024, VPC-009) on moto: one seeded account, audited in batches.

What moto leaves out is filled in as AWS answers (fixtures/offline.py): instances launched from an image moto does
not know are "paravirtual", so the images are registered with their virtualization type; a stop is dated at the
StopInstances call, so stop dates are set back; VPN connections come without tunnel telemetry (VgwTelemetry),
which is set; and DescribeClientVpnEndpoints is not modelled at all, so it is stubbed. moto's default VPC (with
its six default subnets, default security group and default network ACL) is there as in a new AWS account.
"""

from datetime import datetime, timedelta, timezone

import boto3
import pytest

from fixtures.offline import deny, in_region, set_instance_dates, stub
from fixtures.scenarios.ec2_vpc import (PARAVIRTUAL_IMAGE, add_images, client_vpn_endpoints, ec2_endpoint,
                                        elastic_ip, guard_subnet, launch_in, launch_template, nat_gateway,
                                        private_subnet, stop, transit_gateway, unused_network_acl, vpn_connection)
from fixtures.scenarios.network import all_traffic, default_vpc, security_group, tcp
from tests.conftest import PROD_ACCOUNT, audit_in_process

RULES = ("EC2.4", "EC2.9", "EC2.10", "EC2-024", "EC2.15", "EC2.16", "EC2.17", "EC2.18", "EC2.19", "VPC-009",
         "EC2.23", "EC2.24", "EC2.25", "EC2.51")
EAST, WEST = "us-east-1", "eu-west-1"
AUDIT = ("--aws-profile=prod", *(f"--rule={rule}" for rule in RULES))
CRASH = "Server.InternalError: Internal error on launch"


def arn(kind: str, resource_id: str) -> str:
    return f"arn:aws:ec2:{EAST}:{PROD_ACCOUNT}:{kind}/{resource_id}"


def audit(directory, *args: str) -> dict:
    """The findings document of one audit run (read at once: the next run writes the same file)."""
    return audit_in_process(directory, *args).document


def verdicts(document: dict, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"] if f["rule_id"] == rule_id}


def udp(port: int, cidr: str) -> dict:
    return {"IpProtocol": "udp", "FromPort": port, "ToPort": port, "IpRanges": [{"CidrIp": cidr}]}


@pytest.fixture(scope="module")
def no_default_amis():
    """For every region moto sets up during this module's runs, not only those seeded."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        yield


@pytest.fixture(scope="module")
def account(no_default_amis, seeded_aws):
    """us-east-1 of the prod account with resources for every verdict of the 14 rules; their IDs by name."""
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name=EAST)
    add_images(PROD_ACCOUNT, EAST)
    now = datetime.now(timezone.utc)
    ids = {"default-vpc": default_vpc(ec2)}
    ids["default-subnets"] = sorted(subnet["SubnetId"] for subnet in ec2.describe_subnets(
        Filters=[{"Name": "default-for-az", "Values": ["true"]}])["Subnets"])

    vpc = ids["apps-vpc"] = ec2.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    ids["storage-vpc"] = ec2.create_vpc(CidrBlock="10.2.0.0/16")["Vpc"]["VpcId"]
    ids["retired-vpc"] = ec2.create_vpc(CidrBlock="10.3.0.0/16")["Vpc"]["VpcId"]
    ec2_endpoint(ec2, vpc, EAST)
    ec2.create_vpc_endpoint(VpcId=ids["storage-vpc"], VpcEndpointType="Gateway",
                            ServiceName=f"com.amazonaws.{EAST}.s3")
    ec2.delete_vpc_endpoints(VpcEndpointIds=[ec2_endpoint(ec2, ids["retired-vpc"], EAST)])

    subnet = ids["private"] = private_subnet(ec2, vpc, "10.1.1.0/24", "private")
    ids["ipv6-auto"] = private_subnet(ec2, vpc, "10.1.2.0/24", "ipv6-auto")
    ec2.modify_subnet_attribute(SubnetId=ids["ipv6-auto"], AssignIpv6AddressOnCreation={"Value": True})
    ids["public-dual"] = private_subnet(ec2, vpc, "10.1.3.0/24", "public-dual")
    for attribute in ("MapPublicIpOnLaunch", "AssignIpv6AddressOnCreation"):
        ec2.modify_subnet_attribute(SubnetId=ids["public-dual"], **{attribute: {"Value": True}})
    ids["guarding"] = guard_subnet(ec2, vpc, subnet, "guarding")
    ids["orphan"] = unused_network_acl(ec2, vpc, "orphan")

    for name in ("web", "recently-stopped", "long-stopped", "crashed-long-ago", "crashed-lately"):
        ids[name] = launch_in(ec2, name, subnet)
    stop(ec2, PROD_ACCOUNT, EAST, ids["recently-stopped"], days_ago=10)
    ids["stopped-on"] = now - timedelta(days=45, hours=1)
    ec2.stop_instances(InstanceIds=[ids["long-stopped"]])
    set_instance_dates(PROD_ACCOUNT, EAST, ids["long-stopped"], stopped=ids["stopped-on"])
    ids["launched-on"] = now - timedelta(days=90, hours=1)
    for name, launched in (("crashed-long-ago", ids["launched-on"]), ("crashed-lately", now - timedelta(days=5))):
        ec2.stop_instances(InstanceIds=[ids[name]])
        set_instance_dates(PROD_ACCOUNT, EAST, ids[name], transition_reason=CRASH, launched=launched)
    ids["public"] = launch_in(ec2, "public", subnet, public_ip=True)
    ids["dual-homed"] = launch_in(ec2, "dual-homed", subnet, interfaces=2)
    ids["paravirtual"] = launch_in(ec2, "paravirtual", subnet, image=PARAVIRTUAL_IMAGE)
    described = ec2.describe_instances(InstanceIds=[ids["public"], ids["dual-homed"]])["Reservations"]
    for item in (instance for reservation in described for instance in reservation["Instances"]):
        ids[f"{item['InstanceId']}-interfaces"] = [interface["NetworkInterfaceId"]
                                                   for interface in item["NetworkInterfaces"]]
        ids[f"{item['InstanceId']}-ip"] = item.get("PublicIpAddress")

    ids["spare"] = elastic_ip(ec2, "spare")
    ids["nat-egress"] = elastic_ip(ec2, "nat-egress")
    nat_gateway(ec2, subnet, ids["nat-egress"])
    ids["ips"] = {item["AllocationId"]: item["PublicIp"] for item in ec2.describe_addresses()["Addresses"]}

    for name, rules in (
        ("public-web", [tcp(443, "0.0.0.0/0", "::/0"), tcp(80, "0.0.0.0/0")]),
        ("ssh-world", [tcp(22, "0.0.0.0/0")]),
        ("web-range", [tcp(80, "0.0.0.0/0", to_port=443)]),
        ("udp-world", [udp(22, "0.0.0.0/0")]),
        ("office", [tcp(22, "10.0.0.0/8", prefix_lists=("pl-0a1b2c3d",)), tcp(3389, "192.168.10.0/24")]),
        ("everything-v6", [all_traffic("::/0")]),
        ("ping", [{"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]),
        ("postgres-v6", [tcp(5432, "::/0")]),
    ):
        ids[name] = security_group(ec2, vpc, name, *rules)
    ids["default-groups"] = sorted(group["GroupId"] for group in ec2.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": ["default"]}])["SecurityGroups"])

    ids["both-up"] = vpn_connection(ec2, PROD_ACCOUNT, EAST, "both-up", "UP", "UP")
    ids["one-down"] = vpn_connection(ec2, PROD_ACCOUNT, EAST, "one-down", "UP", "DOWN")
    ids["both-down"] = vpn_connection(ec2, PROD_ACCOUNT, EAST, "both-down", "DOWN", "DOWN")
    ids["no-telemetry"] = vpn_connection(ec2, PROD_ACCOUNT, EAST, "no-telemetry")
    ec2.delete_vpn_connection(VpnConnectionId=vpn_connection(ec2, PROD_ACCOUNT, EAST, "deleted", "DOWN", "DOWN"))

    ids["reviewed-hub"] = transit_gateway(ec2, "reviewed-hub", auto_accept=False)
    ids["open-hub"] = transit_gateway(ec2, "open-hub", auto_accept=True)

    ids["web-public"] = launch_template(ec2, "web-public", public_ip=True)
    ids["web-private"] = launch_template(ec2, "web-private", public_ip=False)
    ids["no-interfaces"] = launch_template(ec2, "no-interfaces", public_ip=None)
    ids["fixed-later"] = launch_template(ec2, "fixed-later", public_ip=True)
    ec2.create_launch_template_version(LaunchTemplateId=ids["fixed-later"], SourceVersion="1", LaunchTemplateData={
        "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": False}]})
    ec2.modify_launch_template(LaunchTemplateId=ids["fixed-later"], DefaultVersion="2")
    ids["broken-later"] = launch_template(ec2, "broken-later", public_ip=False)
    ec2.create_launch_template_version(LaunchTemplateId=ids["broken-later"], SourceVersion="1", LaunchTemplateData={
        "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": False},
                              {"DeviceIndex": 1, "AssociatePublicIpAddress": True}]})
    ec2.modify_launch_template(LaunchTemplateId=ids["broken-later"], DefaultVersion="2")
    return seeded_aws, ids


def stub_client_vpn(monkeypatch) -> None:
    """moto has no Client VPN: answer as AWS does, one endpoint that logs and one that does not in us-east-1,
    none elsewhere (a deleted endpoint is still listed by AWS for a while)."""
    answer = client_vpn_endpoints(PROD_ACCOUNT, EAST, ("cvpn-endpoint-0123456789abcdef0", "admins", True),
                                  ("cvpn-endpoint-0fedcba9876543210", "contractors", False),
                                  ("cvpn-endpoint-0aaaabbbbccccdddd", "retired", False))
    answer["ClientVpnEndpoints"][2]["Status"] = {"Code": "deleted"}
    stub(monkeypatch, "ec2:DescribeClientVpnEndpoints", answer, when=in_region(EAST))
    stub(monkeypatch, "ec2:DescribeClientVpnEndpoints", {"ClientVpnEndpoints": []})


@pytest.fixture(scope="module")
def audited(account) -> dict:
    directory, _ = account
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub_client_vpn(monkeypatch)
        return audit(directory, *AUDIT, f"--aws-regions={EAST}")


def test_each_listing_is_one_request_shared_by_every_rule_that_needs_it(audited):
    requests = audited["stats"]["requests"]
    assert {action: requests.get(action, 0) for action in (
        "ec2:DescribeInstances", "ec2:DescribeSecurityGroups", "ec2:DescribeNetworkAcls", "ec2:DescribeVpcs",
        "ec2:DescribeVpcEndpoints", "ec2:DescribeSubnets", "ec2:DescribeAddresses", "ec2:DescribeVpnConnections",
        "ec2:DescribeTransitGateways", "ec2:DescribeLaunchTemplateVersions", "ec2:DescribeLaunchTemplates",
        "ec2:DescribeClientVpnEndpoints", "ec2:DescribeInstanceTypes")} == {
        "ec2:DescribeInstances": 1, "ec2:DescribeSecurityGroups": 1, "ec2:DescribeNetworkAcls": 1,
        "ec2:DescribeVpcs": 1, "ec2:DescribeVpcEndpoints": 1, "ec2:DescribeSubnets": 1, "ec2:DescribeAddresses": 1,
        "ec2:DescribeVpnConnections": 1, "ec2:DescribeTransitGateways": 1, "ec2:DescribeLaunchTemplateVersions": 1,
        "ec2:DescribeLaunchTemplates": 0, "ec2:DescribeClientVpnEndpoints": 1, "ec2:DescribeInstanceTypes": 0}


INSTANCE_PASSES = {
    "EC2.4": "The instance is not stopped, or has been stopped for no longer than the allowed number of days.",
    "EC2.9": "The instance has no public IPv4 address.",
    "EC2.17": "The instance has a single network interface attached.",
    "EC2.24": "The instance uses hardware virtual machine (HVM) virtualization, not paravirtual.",
}
INSTANCES = ("web", "recently-stopped", "long-stopped", "crashed-long-ago", "crashed-lately", "public", "dual-homed",
             "paravirtual")


def instance_verdicts(ids: dict, rule_id: str, failed: dict[str, str]) -> dict:
    return {arn("instance", ids[name]): ("FAIL", failed[name]) if name in failed else ("PASS", INSTANCE_PASSES[rule_id])
            for name in INSTANCES}


def test_ec2_4_fails_instances_stopped_longer_than_30_days_by_their_stop_time_or_else_their_launch(account, audited):
    _, ids = account
    assert verdicts(audited, "EC2.4") == instance_verdicts(ids, "EC2.4", {
        "long-stopped": f"EC2 instance {ids['long-stopped']} (long-stopped, stopped) in us-east-1 has been stopped "
                        f"for 45 days (since {ids['stopped-on']:%Y-%m-%d}), longer than the 30 days allowed",
        "crashed-long-ago": f"EC2 instance {ids['crashed-long-ago']} (crashed-long-ago, stopped) in us-east-1 has "
                            f"been stopped for 90 days (at least since its launch on {ids['launched-on']:%Y-%m-%d}: "
                            f"StateTransitionReason '{CRASH}' gives no stop time), longer than the 30 days allowed",
    })


def test_ec2_9_fails_instances_with_a_public_ipv4_address(account, audited):
    _, ids = account
    public = ids["public"]
    assert verdicts(audited, "EC2.9") == instance_verdicts(ids, "EC2.9", {
        "public": f"EC2 instance {public} (public, running) in us-east-1 has the public IPv4 address "
                  f"{ids[f'{public}-ip']}",
    })


def test_ec2_17_fails_instances_with_more_than_one_network_interface(account, audited):
    _, ids = account
    dual = ids["dual-homed"]
    assert verdicts(audited, "EC2.17") == instance_verdicts(ids, "EC2.17", {
        "dual-homed": f"EC2 instance {dual} (dual-homed, running) in us-east-1 uses 2 network interfaces: "
                      f"{', '.join(ids[f'{dual}-interfaces'])}",
    })


def test_ec2_24_fails_instances_launched_from_a_paravirtual_image(account, audited):
    _, ids = account
    assert verdicts(audited, "EC2.24") == instance_verdicts(ids, "EC2.24", {
        "paravirtual": f"EC2 instance {ids['paravirtual']} (paravirtual, running) in us-east-1 uses paravirtual "
                       "virtualization",
    })


def test_ec2_10_passes_only_vpcs_with_a_live_endpoint_for_the_ec2_api(account, audited):
    _, ids = account

    def missing(vpc_id: str) -> tuple[str, str]:
        return "FAIL", f"VPC {vpc_id} in us-east-1 has no VPC endpoint for Amazon EC2 (com.amazonaws.us-east-1.ec2)"

    assert verdicts(audited, "EC2.10") == {
        arn("vpc", ids["default-vpc"]): missing(ids["default-vpc"]),
        arn("vpc", ids["apps-vpc"]): (
            "PASS", "The VPC has a VPC endpoint for the Amazon EC2 service (com.amazonaws.<region>.ec2)."),
        arn("vpc", ids["storage-vpc"]): missing(ids["storage-vpc"]),
        arn("vpc", ids["retired-vpc"]): missing(ids["retired-vpc"]),
    }


def test_ec2_024_fails_elastic_ips_associated_with_nothing(account, audited):
    _, ids = account
    assert verdicts(audited, "EC2-024") == {
        arn("elastic-ip", ids["spare"]): ("FAIL", f"Elastic IP address {ids['spare']} ({ids['ips'][ids['spare']]}, "
                                                  "spare) in us-east-1 is not associated with any instance or network "
                                                  "interface"),
        arn("elastic-ip", ids["nat-egress"]): (
            "PASS", "The Elastic IP address is associated with an instance or a network interface."),
    }


def test_ec2_15_fails_subnets_that_assign_public_ipv4_or_ipv6_addresses_by_themselves(account, audited):
    _, ids = account
    vpc, default = ids["apps-vpc"], ids["default-vpc"]
    assigns = "automatically assigns {} addresses to new network interfaces"
    assert verdicts(audited, "EC2.15") == {
        **{arn("subnet", subnet): ("FAIL", f"default subnet {subnet} of {default} in us-east-1 "
                                           + assigns.format("public IPv4"))
           for subnet in ids["default-subnets"]},
        arn("subnet", ids["private"]): (
            "PASS", "The subnet assigns neither public IPv4 nor IPv6 addresses to new network interfaces by itself."),
        arn("subnet", ids["ipv6-auto"]): (
            "FAIL", f"subnet {ids['ipv6-auto']} (ipv6-auto) of {vpc} in us-east-1 " + assigns.format("IPv6")),
        arn("subnet", ids["public-dual"]): (
            "FAIL", f"subnet {ids['public-dual']} (public-dual) of {vpc} in us-east-1 "
                    + assigns.format("public IPv4 and IPv6")),
    }


def test_ec2_16_fails_network_acls_without_subnets_and_leaves_default_ones_out(account, audited):
    _, ids = account
    assert verdicts(audited, "EC2.16") == {
        arn("network-acl", ids["guarding"]): ("PASS", "The network ACL is associated with at least one subnet."),
        arn("network-acl", ids["orphan"]): (
            "FAIL", f"network ACL {ids['orphan']} of {ids['apps-vpc']} is not associated with any subnet"),
    }


def test_ec2_18_fails_groups_open_to_the_internet_beyond_tcp_80_and_443(account, audited):
    _, ids = account
    passed = ("PASS", "Every inbound rule open to 0.0.0.0/0 or ::/0 admits only authorized TCP ports (by default 80 "
                      "and 443).")

    def beyond(name: str, rules: str) -> tuple[str, str]:
        return "FAIL", (f"security group {ids[name]} ({name}) in us-east-1 admits the internet on ports other than "
                        f"the authorized TCP 80, 443: {rules}")

    assert verdicts(audited, "EC2.18") == {
        **{arn("security-group", group): passed for group in ids["default-groups"]},
        arn("security-group", ids["public-web"]): passed,
        arn("security-group", ids["ssh-world"]): beyond("ssh-world", "TCP 22 from 0.0.0.0/0"),
        arn("security-group", ids["web-range"]): beyond("web-range", "TCP 80-443 from 0.0.0.0/0"),
        arn("security-group", ids["udp-world"]): beyond("udp-world", "UDP 22 from 0.0.0.0/0"),
        arn("security-group", ids["office"]): passed,
        arn("security-group", ids["everything-v6"]): beyond("everything-v6", "all traffic from ::/0"),
        arn("security-group", ids["ping"]): passed,
        arn("security-group", ids["postgres-v6"]): beyond("postgres-v6", "TCP 5432 from ::/0"),
    }


def test_ec2_19_fails_groups_that_open_a_high_risk_tcp_port_to_the_internet(account, audited):
    _, ids = account
    passed = ("PASS", "No inbound rule admits any of the high-risk TCP ports from 0.0.0.0/0 or ::/0.")
    every_port = ("20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, "
                  "5601, 8080, 8088, 8888, 9200, 9300")

    def opens(name: str, reached: str) -> tuple[str, str]:
        return "FAIL", (f"security group {ids[name]} ({name}) in us-east-1 opens high-risk ports to the internet: "
                        f"{reached}")

    assert verdicts(audited, "EC2.19") == {
        **{arn("security-group", group): passed for group in ids["default-groups"]},
        arn("security-group", ids["public-web"]): passed,
        arn("security-group", ids["ssh-world"]): opens("ssh-world", "0.0.0.0/0 on TCP 22 (inbound rule TCP 22)"),
        arn("security-group", ids["web-range"]): opens(
            "web-range", "0.0.0.0/0 on TCP 110, 135, 143 (inbound rule TCP 80-443)"),
        arn("security-group", ids["udp-world"]): passed,
        arn("security-group", ids["office"]): passed,
        arn("security-group", ids["everything-v6"]): opens(
            "everything-v6", f"::/0 on TCP {every_port} (inbound rule all traffic)"),
        arn("security-group", ids["ping"]): passed,
        arn("security-group", ids["postgres-v6"]): opens("postgres-v6", "::/0 on TCP 5432 (inbound rule TCP 5432)"),
    }


def test_vpc_009_fails_vpn_connections_without_both_tunnels_up_and_leaves_deleted_ones_out(account, audited):
    _, ids = account

    def not_both(name: str, why: str) -> tuple[str, str]:
        return "FAIL", (f"Site-to-Site VPN connection {ids[name]} ({name}) in us-east-1 does not have both tunnels "
                        f"up: {why}")

    assert verdicts(audited, "VPC-009") == {
        arn("vpn-connection", ids["both-up"]): ("PASS", "Both tunnels of the Site-to-Site VPN connection are UP."),
        arn("vpn-connection", ids["one-down"]): not_both("one-down", "tunnel 198.51.100.12 is DOWN (IPSEC IS DOWN)"),
        arn("vpn-connection", ids["both-down"]): not_both(
            "both-down", "tunnel 198.51.100.11 is DOWN (IPSEC IS DOWN); tunnel 198.51.100.12 is DOWN (IPSEC IS DOWN)"),
        arn("vpn-connection", ids["no-telemetry"]): not_both("no-telemetry", "it reports 0 tunnel(s)"),
    }


def test_ec2_23_fails_transit_gateways_that_accept_shared_attachments_by_themselves(account, audited):
    _, ids = account
    assert verdicts(audited, "EC2.23") == {
        arn("transit-gateway", ids["reviewed-hub"]): (
            "PASS", "The transit gateway does not automatically accept attachment requests from accounts it is "
                    "shared with."),
        arn("transit-gateway", ids["open-hub"]): (
            "FAIL", f"transit gateway {ids['open-hub']} (open-hub) in us-east-1 automatically accepts VPC attachment "
                    "requests from the accounts it is shared with"),
    }



def test_ec2_23_is_an_error_when_a_transit_gateway_comes_back_without_its_auto_accept_option(account, monkeypatch):
    """An answer without Options.AutoAcceptSharedAttachments is no evidence that attachments are reviewed."""
    directory, ids = account
    stub(monkeypatch, "ec2:DescribeTransitGateways", {"TransitGateways": [
        {"TransitGatewayId": ids["reviewed-hub"], "State": "available", "OwnerId": PROD_ACCOUNT}]})
    document = audit(directory, "--aws-profile=prod", "--rule=EC2.23", f"--aws-regions={EAST}")
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        ("EC2.23", "ERROR", f"could not evaluate: ec2:DescribeTransitGateways failed in {EAST}: the answer for "
                            f"transit gateway {ids['reviewed-hub']} names no Options.AutoAcceptSharedAttachments")}

def test_ec2_25_judges_the_default_version_of_each_launch_template(account, audited):
    _, ids = account
    passed = ("PASS", "The default version of the launch template asks no network interface for a public IPv4 "
                      "address.")
    assert verdicts(audited, "EC2.25") == {
        arn("launch-template", ids["web-public"]): (
            "FAIL", f"launch template {ids['web-public']} (web-public) in us-east-1 assigns a public IPv4 address in "
                    "its default version 1 (network interface device index 0)"),
        arn("launch-template", ids["web-private"]): passed,
        arn("launch-template", ids["no-interfaces"]): passed,
        arn("launch-template", ids["fixed-later"]): passed,
        arn("launch-template", ids["broken-later"]): (
            "FAIL", f"launch template {ids['broken-later']} (broken-later) in us-east-1 assigns a public IPv4 address "
                    "in its default version 2 (network interface device index 1)"),
    }


def test_ec2_51_fails_client_vpn_endpoints_that_do_not_log_connections(audited):
    assert verdicts(audited, "EC2.51") == {
        arn("client-vpn-endpoint", "cvpn-endpoint-0123456789abcdef0"): (
            "PASS", "The Client VPN endpoint logs client connections to CloudWatch Logs."),
        arn("client-vpn-endpoint", "cvpn-endpoint-0fedcba9876543210"): (
            "FAIL", "Client VPN endpoint cvpn-endpoint-0fedcba9876543210 (contractors) in us-east-1 does not log "
                    "client connections"),
    }


def test_the_allowed_stop_days_and_authorized_ports_come_from_pytest_ini(account):
    directory, ids = account
    document = audit(directory, "--aws-profile=prod", f"--aws-regions={EAST}", "--rule=EC2.4", "--rule=EC2.18",
                     "--rule=EC2.19", "-o", "audit_ec2_stopped_instance_days=60", "-o",
                     "audit_ec2_authorized_tcp_ports=22,80,443,5432", "-o", "audit_ec2_high_risk_ports=3389")
    assert {resource for resource, (status, _) in verdicts(document, "EC2.4").items() if status == "FAIL"} == {
        arn("instance", ids["crashed-long-ago"])}
    assert {resource: message for resource, (status, message) in verdicts(document, "EC2.18").items()
            if status == "FAIL"} == {
        arn("security-group", group): f"security group {group} ({name}) in us-east-1 admits the internet on ports "
                                      f"other than the authorized TCP 22, 80, 443, 5432: {rules}"
        for name, group, rules in (("web-range", ids["web-range"], "TCP 80-443 from 0.0.0.0/0"),
                                   ("udp-world", ids["udp-world"], "UDP 22 from 0.0.0.0/0"),
                                   ("everything-v6", ids["everything-v6"], "all traffic from ::/0"))}
    assert {resource for resource, (status, _) in verdicts(document, "EC2.19").items() if status == "FAIL"} == {
        arn("security-group", ids["everything-v6"])}


def test_every_rule_is_an_error_naming_the_permission_when_its_read_is_denied(account, monkeypatch):
    directory, _ = account
    deny(monkeypatch, "ec2:DescribeInstances", "ec2:DescribeVpcEndpoints", "ec2:DescribeAddresses",
         "ec2:DescribeSubnets", "ec2:DescribeNetworkAcls", "ec2:DescribeSecurityGroups", "ec2:DescribeVpnConnections",
         "ec2:DescribeTransitGateways", "ec2:DescribeLaunchTemplateVersions", "ec2:DescribeClientVpnEndpoints")
    document = audit(directory, *AUDIT, f"--aws-regions={EAST}")

    def refused(action: str) -> str:
        return (f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {action} to the "
                "auditing principal")

    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        *((rule, "ERROR", refused("ec2:DescribeInstances")) for rule in ("EC2.4", "EC2.9", "EC2.17", "EC2.24")),
        ("EC2.10", "ERROR", refused("ec2:DescribeVpcEndpoints")),
        ("EC2-024", "ERROR", refused("ec2:DescribeAddresses")),
        ("EC2.15", "ERROR", refused("ec2:DescribeSubnets")),
        ("EC2.16", "ERROR", refused("ec2:DescribeNetworkAcls")),
        ("EC2.18", "ERROR", refused("ec2:DescribeSecurityGroups")),
        ("EC2.19", "ERROR", refused("ec2:DescribeSecurityGroups")),
        ("VPC-009", "ERROR", refused("ec2:DescribeVpnConnections")),
        ("EC2.23", "ERROR", refused("ec2:DescribeTransitGateways")),
        ("EC2.25", "ERROR", refused("ec2:DescribeLaunchTemplateVersions")),
        ("EC2.51", "ERROR", refused("ec2:DescribeClientVpnEndpoints")),
    }


def test_a_region_with_only_its_default_vpc_has_nothing_to_judge_but_the_vpc_its_subnets_and_group(account):
    directory, _ = account
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub_client_vpn(monkeypatch)
        document = audit(directory, *AUDIT, f"--aws-regions={WEST}")
    found = {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]}
    skipped = {("EC2.4", "instances"), ("EC2.9", "instances"), ("EC2.17", "instances"), ("EC2.24", "instances"),
               ("EC2-024", "Elastic IP addresses"), ("EC2.16", "non-default network ACLs"),
               ("VPC-009", "Site-to-Site VPN connections"), ("EC2.23", "transit gateways"),
               ("EC2.25", "launch templates"), ("EC2.51", "Client VPN endpoints")}
    assert {(rule, status, message) for rule, status, message in found if status == "SKIP"} == {
        (rule, "SKIP", f"not applicable: no {label} in eu-west-1") for rule, label in skipped}
    # A new account's default VPC has no EC2 endpoint and its default subnets assign public IPv4 addresses; its
    # default security group admits only itself.
    assert {(rule, status) for rule, status, _ in found if status != "SKIP"} == {
        ("EC2.10", "FAIL"), ("EC2.15", "FAIL"), ("EC2.18", "PASS"), ("EC2.19", "PASS")}
