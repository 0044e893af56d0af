"""ELB-002 (FSBP ELB.9): Classic Load Balancers must balance across all their Availability Zones."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB-002",
    title="ELB Cross-Zone Load Balancing Enabled",
    risk="Medium",
    service="ELB",
    compliant="The Classic Load Balancer has cross-zone load balancing enabled.",
    rationale=(
        "Without cross-zone load balancing each zone's load balancer node sends traffic only to instances in "
        "its own zone, so a zone with fewer healthy instances overloads them while others sit idle, and losing "
        "instances in one zone hurts far more than the spare capacity elsewhere would suggest. Spreading every "
        "node's requests over all registered instances keeps load even."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Classic Load Balancer, open the Attributes tab (or "
        "Description > Cross-Zone Load Balancing), choose Edit, enable cross-zone load balancing and save. "
        "CLI: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "
        "\"CrossZoneLoadBalancing={Enabled=true}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-9",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_CrossZoneLoadBalancing.html",
    ),
    notes=(
        "Carries FSBP ELB.9 (Conformity ELB-002). Evidence: CrossZoneLoadBalancing.Enabled from "
        "elb:DescribeLoadBalancerAttributes, read per load balancer. A load balancer created through the API or "
        "CLI starts with it off; the console turns it on."
    ),
)


def test_elb_002_cross_zone_load_balancing(classic_load_balancer_attributes):
    balancer = classic_load_balancer_attributes
    assert balancer.cross_zone, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} does not have cross-zone load balancing "
        "enabled"
    )
