"""EC2.23: transit gateways should not accept shared VPC attachments automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.23",
    title="Transit Gateways Do Not Auto-Accept Shared Attachments",
    risk="High",
    service="EC2",
    compliant="The transit gateway does not automatically accept attachment requests from accounts it is shared "
              "with.",
    rationale=(
        "A transit gateway joins networks together. When it accepts attachment requests from the accounts it is "
        "shared with on its own, any of those accounts can plug a VPC into the hub and, through the default "
        "route table, reach the other networks attached to it, without anyone in the owning account looking at "
        "the request. Reviewing each attachment keeps the owner in charge of who joins the network."
    ),
    remediation=(
        "Console: open VPC > Transit gateways, select the gateway, choose Actions > Modify transit gateway, clear "
        "Auto accept shared attachments and save; then accept or reject new requests under Transit gateway "
        "attachments. "
        "CLI: aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options "
        "AutoAcceptSharedAttachments=disable; review requests with aws ec2 "
        "accept-transit-gateway-vpc-attachment or reject-transit-gateway-vpc-attachment."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-23",
        "https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayOptions.html",
    ),
    notes=(
        "Evidence is ec2:DescribeTransitGateways Options.AutoAcceptSharedAttachments: 'enable' fails. Gateways "
        "being deleted or deleted are not listed. An answer without the option is an error, not a pass."
    ),
)


def test_ec2_23_transit_gateway_auto_accept(transit_gateway):
    assert transit_gateway.auto_accept_shared_attachments != "enable", (
        f"transit gateway {transit_gateway.described} in {transit_gateway.region} automatically accepts VPC "
        "attachment requests from the accounts it is shared with"
    )
