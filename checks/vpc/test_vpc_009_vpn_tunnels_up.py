"""VPC-009: both tunnels of each AWS Site-to-Site VPN connection should be up."""

from fixtures.rules import Rule

RULE = Rule(
    id="VPC-009",
    title="AWS VPN Tunnel State",
    risk="Medium",
    service="VPC",
    compliant="Both tunnels of the Site-to-Site VPN connection are UP.",
    rationale=(
        "Each Site-to-Site VPN connection comes with two tunnels ending on different AWS endpoints so that "
        "maintenance or a failure on one side does not cut the link. With a tunnel down, the connection keeps "
        "working on a single path and the next endpoint update or outage takes the on-premises network offline; "
        "a tunnel that stays down often also points to a mismatched or expired configuration on the customer "
        "gateway."
    ),
    remediation=(
        "Bring the down tunnel up from the customer gateway side: check that the device is configured for both "
        "tunnels (download the configuration again if needed), that the pre-shared keys, IKE and IPsec settings "
        "and inside addresses match, and that UDP 500/4500 reach both AWS outside addresses. "
        "Console: open VPC > Site-to-Site VPN connections, select the connection and read the Tunnel details "
        "tab (status and its message); Actions > Modify VPN tunnel options changes AWS's side. "
        "CLI: aws ec2 describe-vpn-connections --vpn-connection-ids <vpn-id> --query "
        "'VpnConnections[].VgwTelemetry', and aws ec2 modify-vpn-tunnel-options --vpn-connection-id <vpn-id> "
        "--vpn-tunnel-outside-ip-address <ip> --tunnel-options ... to align AWS's side."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-20",
        "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VgwTelemetry.html",
    ),
    notes=(
        "FSBP EC2.20, Conformity VPC-009. Evidence is ec2:DescribeVpnConnections VgwTelemetry: the connection "
        "passes when it reports two or more tunnels and every one is UP; a tunnel DOWN, or telemetry missing, "
        "fails. Connections being deleted or deleted are not listed. Risk is FSBP's Medium (Conformity rates its "
        "rule High)."
    ),
)


def test_vpc_009_vpn_tunnels_up(vpn_connection):
    down = [f"tunnel {tunnel.outside_ip} is {tunnel.status}" + (f" ({tunnel.status_message})"
                                                               if tunnel.status_message else "")
            for tunnel in vpn_connection.tunnels if tunnel.status != "UP"]
    assert len(vpn_connection.tunnels) >= 2 and not down, (
        f"Site-to-Site VPN connection {vpn_connection.described} in {vpn_connection.region} does not have both "
        "tunnels up: " + ("; ".join(down) if down else f"it reports {len(vpn_connection.tunnels)} tunnel(s)")
    )
