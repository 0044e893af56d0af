"""VPC-001: every VPC must have an active flow log."""

from fixtures.rules import Rule

RULE = Rule(
    id="VPC-001",
    title="VPC Flow Logs Enabled",
    risk="Low",
    service="VPC",
    compliant="The VPC has an active flow log.",
    rationale=(
        "Flow logs are the only record of which addresses talked to which interfaces in a VPC. Without them, "
        "a port scan, a blocked exfiltration attempt or a compromised instance calling out cannot be seen "
        "while it happens or reconstructed afterwards. Recording at least the rejected traffic shows who is "
        "probing the network at little cost."
    ),
    remediation=(
        "Console: open VPC > Your VPCs, select the VPC, choose Actions > Create flow log, set Filter to Reject "
        "(or All), choose a CloudWatch Logs group with a role allowed to write to it, or an S3 bucket, and "
        "create it. "
        "CLI: aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT "
        "--log-destination-type s3 --log-destination arn:aws:s3:::<bucket>/vpc-flow-logs/ (or "
        "--log-group-name <group> --deliver-logs-permission-arn <role-arn> for CloudWatch Logs)."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html",
    ),
    notes=(
        "Only flow logs whose resource is the VPC itself count (not subnet or interface logs, which may cover "
        "part of it). A flow log counts when FlowLogStatus is ACTIVE, whatever its TrafficType: CIS 3.7 "
        "(v3.0.0-v5.0.0) recommends logging rejected packets (REJECT or ALL), but its audit only asks for an "
        "active flow log, so an ACCEPT-only log passes; REJECT or ALL is advised. Default VPCs are checked too. "
        "DeliverLogsStatus is kept as evidence but does not decide, as delivery errors can be transient. FSBP "
        "EC2.6 asks for rejected traffic to be logged: that is rule EC2.6."
    ),
)


def test_vpc_001_flow_logs_enabled(vpc):
    useful = [log for log in vpc.flow_logs if log.status == "ACTIVE"]
    name = f" ({vpc.name})" if vpc.name else (" (default VPC)" if vpc.is_default else "")
    others = ", ".join(f"{log.flow_log_id} {log.status} {log.traffic_type}" for log in vpc.flow_logs)
    assert useful, (
        f"VPC {vpc.vpc_id}{name} has no active flow log"
        + (f" (has only: {others})" if others else "")
    )
