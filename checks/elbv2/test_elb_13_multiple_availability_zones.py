"""ELB.13: Application, Network and Gateway Load Balancers must span several Availability Zones."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB.13",
    title="ELBv2 Spans Multiple Availability Zones",
    risk="Medium",
    service="ELBv2",
    compliant="The load balancer is enabled in at least the required number of Availability Zones.",
    rationale=(
        "A load balancer mapped to one Availability Zone has a node in that zone only: when the zone or its "
        "subnet has trouble, there is no other node to answer and no other zone's targets to send traffic to. "
        "Mapping it to two or more zones, with targets in each, lets it ride out the loss of one."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the load balancer, open the Network mapping tab, choose Edit "
        "subnets, tick another Availability Zone with a subnet in it and save; register targets in that zone. "
        "CLI: 'aws elbv2 set-subnets --load-balancer-arn ARN --subnets SUBNET_A SUBNET_B' (list every subnet "
        "the load balancer should use)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-13",
        "https://docs.aws.amazon.com/config/latest/developerguide/elbv2-multiple-az.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancer.html",
    ),
    notes=(
        "Evidence: the distinct AvailabilityZones[].ZoneName of the load balancer (elbv2:DescribeLoadBalancers), "
        "for Application, Network and Gateway Load Balancers alike. Threshold: "
        "settings.elbv2_min_availability_zones (pytest.ini audit_elbv2_min_availability_zones), by default 2, "
        "the control's minAvailabilityZones default; a count equal to it passes. Where targets are registered is "
        "not judged (the control's Config rule, elbv2-multiple-az, counts the zones the load balancer is mapped "
        "to). Conformity's matching rule (Prowler's KB ELBv2/enable-multi-az) is not in the 2023 list, so the "
        "rule takes the FSBP ID."
    ),
)


def test_elb_13_multiple_availability_zones(load_balancer_v2, settings):
    balancer = load_balancer_v2
    required = settings.elbv2_min_availability_zones
    zones = balancer.availability_zones
    assert len(zones) >= required, (
        f"{balancer.kind_name} {balancer.name} in {balancer.region} spans {len(zones)} Availability Zone(s) "
        f"({', '.join(zones) or 'none'}), fewer than the {required} required"
    )
