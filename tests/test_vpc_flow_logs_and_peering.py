"""VPC-001 (flow logs on every VPC) and VPC-012 (least-access peering routes): every verdict, on moto."""

import boto3
import pytest

from fixtures.offline import deny
from fixtures.scenarios.network import default_vpc, enable_flow_logs, peer, route
from tests.conftest import PROD_ACCOUNT

LOGGED = "The VPC has an active flow log."
NARROW = "Every route to the peering connection targets a range narrower than the peer VPC's CIDR blocks."


@pytest.fixture(autouse=True)
def no_default_amis(monkeypatch):
    monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def arn(region, resource):
    return f"arn:aws:ec2:{region}:{PROD_ACCOUNT}:{resource}"


def test_vpc_001_needs_an_active_vpc_flow_log_of_any_traffic_type(aws, run_audit):
    # CIS 3.7 (v3.0.0-v5.0.0) asks for a flow log with status Active on each VPC; it advises, but does not audit,
    # the REJECT filter.
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2", region_name="us-east-1")
    unlogged = default_vpc(ec2)
    rejects = ec2.create_vpc(CidrBlock="10.1.0.0/16")["Vpc"]["VpcId"]
    enable_flow_logs(session, "us-east-1", rejects, "REJECT")
    everything = ec2.create_vpc(CidrBlock="10.2.0.0/16")["Vpc"]["VpcId"]
    enable_flow_logs(session, "us-east-1", everything, "ALL")
    accepts_only = ec2.create_vpc(CidrBlock="10.3.0.0/16",
                                  TagSpecifications=[{"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "web"}]}]
                                  )["Vpc"]["VpcId"]
    enable_flow_logs(session, "us-east-1", accepts_only, "ACCEPT")
    subnet_logged = ec2.create_vpc(CidrBlock="10.4.0.0/16")["Vpc"]["VpcId"]
    subnet = ec2.create_subnet(VpcId=subnet_logged, CidrBlock="10.4.1.0/24")["Subnet"]["SubnetId"]
    ec2.create_flow_logs(ResourceIds=[subnet], ResourceType="Subnet", TrafficType="ALL", LogGroupName="vpc-flow-logs",
                         DeliverLogsPermissionArn=f"arn:aws:iam::{PROD_ACCOUNT}:role/vpc-flow-logs")
    europe = session.client("ec2", region_name="eu-west-1")
    europe_vpc = default_vpc(europe)
    enable_flow_logs(session, "eu-west-1", europe_vpc, "REJECT")

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=VPC-001")

    missing = "has no active flow log"
    assert verdicts(run, "VPC-001") == {
        arn("us-east-1", f"vpc/{unlogged}"): ("FAIL", f"VPC {unlogged} (default VPC) {missing}"),
        arn("us-east-1", f"vpc/{rejects}"): ("PASS", LOGGED),
        arn("us-east-1", f"vpc/{everything}"): ("PASS", LOGGED),
        arn("us-east-1", f"vpc/{accepts_only}"): ("PASS", LOGGED),
        arn("us-east-1", f"vpc/{subnet_logged}"): ("FAIL", f"VPC {subnet_logged} {missing}"),
        arn("eu-west-1", f"vpc/{europe_vpc}"): ("PASS", LOGGED),
    }



def test_ec2_6_needs_an_active_vpc_flow_log_that_records_rejected_traffic(aws, run_audit):
    # FSBP EC2.6 runs Config's vpc-flow-logs-enabled with trafficType REJECT: an ACCEPT-only log is not enough.
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2", region_name="us-east-1")
    unlogged = default_vpc(ec2)
    vpcs = {}
    for number, traffic in enumerate(("REJECT", "ALL", "ACCEPT"), start=1):
        vpcs[traffic] = ec2.create_vpc(CidrBlock=f"10.{number}.0.0/16")["Vpc"]["VpcId"]
        enable_flow_logs(session, "us-east-1", vpcs[traffic], traffic)
    accept_log = ec2.describe_flow_logs(Filters=[{"Name": "resource-id", "Values": [vpcs["ACCEPT"]]}])["FlowLogs"][0]

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EC2.6", "--rule=VPC-001")

    recorded = "The VPC has an active flow log that records rejected traffic (traffic type REJECT or ALL)."
    missing = "has no active flow log recording rejected traffic"
    assert verdicts(run, "EC2.6") == {
        arn("us-east-1", f"vpc/{unlogged}"): ("FAIL", f"VPC {unlogged} (default VPC) {missing}"),
        arn("us-east-1", f"vpc/{vpcs['REJECT']}"): ("PASS", recorded),
        arn("us-east-1", f"vpc/{vpcs['ALL']}"): ("PASS", recorded),
        arn("us-east-1", f"vpc/{vpcs['ACCEPT']}"): (
            "FAIL", f"VPC {vpcs['ACCEPT']} {missing} (has only: {accept_log['FlowLogId']} ACTIVE ACCEPT)"),
    }
    assert verdicts(run, "VPC-001")[arn("us-east-1", f"vpc/{vpcs['ACCEPT']}")] == ("PASS", LOGGED)

def test_vpc_001_is_an_error_naming_the_action_when_flow_logs_are_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "ec2:DescribeFlowLogs")
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=VPC-001").only("VPC-001")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: ec2:DescribeFlowLogs was denied in us-east-1 (AccessDenied): "
                 "grant ec2:DescribeFlowLogs to the auditing principal")


def test_vpc_012_fails_routes_covering_a_whole_peer_vpc_or_everything(aws, run_audit):
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    wide, wide_requester, wide_accepter = peer(ec2, "10.10.0.0/16", "10.20.0.0/16")
    whole_vpc_table = route(ec2, wide_requester, "10.20.0.0/16", wide)
    everything_table = route(ec2, wide_accepter, "0.0.0.0/0", wide)
    wider, wider_requester, wider_accepter = peer(ec2, "10.30.0.0/16", "10.40.0.0/16")
    wider_table = route(ec2, wider_requester, "10.0.0.0/8", wider)
    narrow, narrow_requester, narrow_accepter = peer(ec2, "10.50.0.0/16", "10.60.0.0/16")
    route(ec2, narrow_requester, "10.60.1.0/24", narrow)
    route(ec2, narrow_accepter, "10.50.7.0/24", narrow)
    unrouted, _, _ = peer(ec2, "10.70.0.0/16", "10.80.0.0/16")
    deleted, deleted_requester, _ = peer(ec2, "10.90.0.0/16", "10.91.0.0/16")
    route(ec2, deleted_requester, "0.0.0.0/0", deleted)
    ec2.delete_vpc_peering_connection(VpcPeeringConnectionId=deleted)

    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=VPC-012")

    assert verdicts(run, "VPC-012") == {
        arn("us-east-1", f"vpc-peering-connection/{wide}"): (
            "FAIL", f"VPC peering connection {wide} ({wide_requester} to {wide_accepter}) has routes wider than "
                    f"needed: {whole_vpc_table} routes 10.20.0.0/16 (all of peer VPC block 10.20.0.0/16); "
                    f"{everything_table} routes 0.0.0.0/0 (everything)"),
        arn("us-east-1", f"vpc-peering-connection/{wider}"): (
            "FAIL", f"VPC peering connection {wider} ({wider_requester} to {wider_accepter}) has routes "
                    f"wider than needed: {wider_table} routes 10.0.0.0/8 (all of peer VPC block 10.40.0.0/16)"),
        arn("us-east-1", f"vpc-peering-connection/{narrow}"): ("PASS", NARROW),
        arn("us-east-1", f"vpc-peering-connection/{unrouted}"): ("PASS", NARROW),
    }


def test_vpc_012_is_an_error_naming_the_action_when_route_tables_are_denied(aws, run_audit, monkeypatch):
    ec2 = boto3.Session(profile_name="prod").client("ec2", region_name="us-east-1")
    peer(ec2, "10.10.0.0/16", "10.20.0.0/16")
    deny(monkeypatch, "ec2:DescribeRouteTables")
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=VPC-012").only("VPC-012")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: ec2:DescribeRouteTables was denied in us-east-1 (AccessDenied): "
                 "grant ec2:DescribeRouteTables to the auditing principal")
