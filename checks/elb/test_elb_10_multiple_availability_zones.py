"""ELB.10: Classic Load Balancers must span several Availability Zones."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB.10",
    title="ELB Spans Multiple Availability Zones",
    risk="Medium",
    service="ELB",
    compliant="The Classic Load Balancer is enabled in at least the required number of Availability Zones.",
    rationale=(
        "A load balancer enabled in a single Availability Zone has nowhere to send traffic when that zone, its "
        "subnet or its instances fail: the whole service goes down with one data centre. Enabled in two or "
        "more zones, with instances in each, it keeps answering from the zones that remain."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Classic Load Balancer, open the Network mapping (or "
        "Instances) tab, choose Edit subnets (in a VPC) or Edit Availability Zones, add a subnet in another "
        "zone, save, and register instances in that zone. "
        "CLI: 'aws elb attach-load-balancer-to-subnets --load-balancer-name NAME --subnets SUBNET_ID' (VPC), or "
        "'aws elb enable-availability-zones-for-load-balancer --load-balancer-name NAME --availability-zones "
        "us-east-1b' (EC2-Classic)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-10",
        "https://docs.aws.amazon.com/config/latest/developerguide/clb-multiple-az.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-manage-subnets.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_LoadBalancerDescription.html",
    ),
    notes=(
        "Evidence: the distinct AvailabilityZones of the load balancer (elb:DescribeLoadBalancers). Threshold: "
        "settings.elb_min_availability_zones (pytest.ini audit_elb_min_availability_zones), by default 2, the "
        "control's minAvailabilityZones default; a count equal to it passes. Where registered instances are is "
        "not judged (Conformity ELB-014 judges that, so it is only related and this rule takes the FSBP ID)."
    ),
)


def test_elb_10_multiple_availability_zones(classic_load_balancer, settings):
    balancer = classic_load_balancer
    required = settings.elb_min_availability_zones
    zones = balancer.availability_zones
    assert len(zones) >= required, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} spans {len(zones)} Availability Zone(s) "
        f"({', '.join(zones) or 'none'}), fewer than the {required} required"
    )
