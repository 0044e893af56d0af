"""EC2.6: every VPC should have an active flow log that records rejected traffic."""

from fixtures.rules import Rule

# Flow log traffic types that record the packets security groups and network ACLs reject.
RECORDS_REJECTS = {"REJECT", "ALL"}

RULE = Rule(
    id="EC2.6",
    title="VPC Flow Logs Record Rejected Traffic",
    risk="Medium",
    service="VPC",
    compliant="The VPC has an active flow log that records rejected traffic (traffic type REJECT or ALL).",
    rationale=(
        "Rejected packets are the trace of someone probing a network: scans, connection attempts to closed "
        "ports, blocked calls out from a compromised host. A VPC flow log that keeps them gives responders that "
        "trail when they need to know who tried what; a log of accepted traffic alone, or no log at all, leaves "
        "those attempts unrecorded."
    ),
    remediation=(
        "Console: open VPC > Your VPCs, select the VPC, choose Actions > Create flow log, set Filter to Reject or "
        "All, pick a CloudWatch Logs group (with a role that may write to it) or an S3 bucket as destination, and "
        "create the flow log. CLI: aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> "
        "--traffic-type REJECT --log-destination-type s3 --log-destination arn:aws:s3:::<bucket>/<prefix>/ (or "
        "--log-group-name <group> --deliver-logs-permission-arn <role-arn> for CloudWatch Logs)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6",
        "https://docs.aws.amazon.com/config/latest/developerguide/vpc-flow-logs-enabled.html",
        "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
    ),
    notes=(
        "Evidence is ec2:DescribeVpcs and ec2:DescribeFlowLogs, the reads VPC-001 makes; only flow logs whose "
        "resource is the VPC itself count. AWS's control runs Config's vpc-flow-logs-enabled with trafficType "
        "REJECT, so a VPC passes with an ACTIVE flow log of traffic type REJECT; one of type ALL passes too, as it "
        "records every rejected packet as well (AWS's page does not say how it treats ALL: this is our reading). "
        "A VPC whose only flow logs record ACCEPT fails here while passing VPC-001, which reads CIS 3.7 (any "
        "active flow log). Default VPCs are judged too."
    ),
)


def test_ec2_6_vpc_flow_logs_reject(vpc):
    recording = [log for log in vpc.flow_logs if log.status == "ACTIVE" and log.traffic_type in RECORDS_REJECTS]
    name = f" ({vpc.name})" if vpc.name else (" (default VPC)" if vpc.is_default else "")
    others = ", ".join(f"{log.flow_log_id} {log.status} {log.traffic_type}" for log in vpc.flow_logs)
    assert recording, (
        f"VPC {vpc.vpc_id}{name} has no active flow log recording rejected traffic"
        + (f" (has only: {others})" if others else "")
    )
