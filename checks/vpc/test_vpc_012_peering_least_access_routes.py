"""VPC-012: routes to a VPC peering connection must send only the peer subnets needed, not whole VPCs."""

from fixtures.rules import Rule

RULE = Rule(
    id="VPC-012",
    title="AWS VPC Peering Connections Route Tables Access",
    risk="Medium",
    service="VPC",
    compliant="Every route to the peering connection targets a range narrower than the peer VPC's CIDR blocks.",
    rationale=(
        "A peering connection joins two networks that often belong to different teams, environments or "
        "companies. Routing the whole peer VPC, or everything, through it lets any subnet on one side reach "
        "any subnet on the other, so a compromise spreads across the link. Routing only the subnets that "
        "must talk, from only the route tables of the subnets that need them, keeps the blast radius small."
    ),
    remediation=(
        "Find which subnets on each side actually exchange traffic (flow logs help), then route only those. "
        "Console: open VPC > Route tables, select each table with a route whose target is the peering "
        "connection, choose Routes > Edit routes, and replace the route to 0.0.0.0/0 or to the peer VPC's "
        "whole CIDR with routes to the specific peer subnets; remove the route from tables of subnets that "
        "do not need the peer at all. "
        "CLI: aws ec2 create-route --route-table-id <rtb-id> --destination-cidr-block <peer-subnet-cidr> "
        "--vpc-peering-connection-id <pcx-id>, then aws ec2 delete-route --route-table-id <rtb-id> "
        "--destination-cidr-block <wide-cidr>."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html",
        "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html",
    ),
    notes=(
        "CIS 5.5/5.6 is a manual control (least-access peering routes). Checkable proxy: for each live "
        "peering connection (not deleted, rejected, failed or expired), each route in the region's route "
        "tables that targets it fails when its destination is a zero-length prefix (0.0.0.0/0, ::/0) or "
        "contains a whole CIDR block of the VPC on the other side (as listed in the peering connection). "
        "Routes to parts of the peer VPC pass. A connection with no routes passes. Routes whose destination "
        "is a prefix list are not evaluated. Route tables in a peer owned by another account are not visible "
        "and are judged in that account's audit."
    ),
)


def test_vpc_012_peering_least_access_routes(vpc_peering_connection):
    peering = vpc_peering_connection
    wide = peering.wide_routes()
    assert not wide, (
        f"VPC peering connection {peering.peering_id} ({peering.requester_vpc} to {peering.accepter_vpc}) "
        f"has routes wider than needed: {'; '.join(wide)}"
    )
