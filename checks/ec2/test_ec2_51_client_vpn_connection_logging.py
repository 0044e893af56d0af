"""EC2.51: AWS Client VPN endpoints should log client connections."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.51",
    title="Client VPN Connection Logging Enabled",
    risk="Low",
    service="EC2",
    compliant="The Client VPN endpoint logs client connections to CloudWatch Logs.",
    rationale=(
        "A Client VPN endpoint lets remote users into the VPC. Its connection log records who connected, from "
        "which address, when, for how long and whether the attempt was refused; without it there is no trail to "
        "spot stolen certificates or credentials being used, to answer an incident responder, or to show an "
        "auditor who had network access."
    ),
    remediation=(
        "Create a CloudWatch Logs log group (and optionally a stream) for the endpoint, then turn logging on. "
        "Console: open VPC > Client VPN endpoints, select the endpoint, choose Actions > Modify client VPN "
        "endpoint, turn on Enable log details on client connections, pick the log group and stream, and save. "
        "CLI: aws logs create-log-group --log-group-name /client-vpn/<name>, then aws ec2 "
        "modify-client-vpn-endpoint --client-vpn-endpoint-id <cvpn-endpoint-id> --connection-log-options "
        "Enabled=true,CloudwatchLogGroup=/client-vpn/<name>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-51",
        "https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/cvpn-working-with-connection-logs.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeClientVpnEndpoints.html",
    ),
    notes=(
        "Evidence is ec2:DescribeClientVpnEndpoints ConnectionLogOptions.Enabled: false or missing fails. "
        "Endpoints being deleted or deleted are not listed. Where the log goes (group, retention) is not judged."
    ),
)


def test_ec2_51_client_vpn_connection_logging(client_vpn_endpoint):
    assert client_vpn_endpoint.connection_logging, (
        f"Client VPN endpoint {client_vpn_endpoint.described} in {client_vpn_endpoint.region} does not log client "
        "connections"
    )
