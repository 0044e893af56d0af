"""ELB-003 (FSBP ELB.7): Classic Load Balancers must drain connections from instances taken out of service."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB-003",
    title="ELB Connection Draining Enabled",
    risk="Medium",
    service="ELB",
    compliant="The Classic Load Balancer has connection draining enabled.",
    rationale=(
        "Without connection draining, an instance that is deregistered or fails its health check is cut off at "
        "once: uploads, checkouts and API calls in flight are dropped and clients see errors during every "
        "deployment or scale-in. Draining stops new requests to the instance but lets open ones finish within "
        "a timeout."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Classic Load Balancer, open the Attributes tab (or "
        "Description > Connection Draining), choose Edit, enable connection draining with a timeout (300 "
        "seconds is the default) and save. "
        "CLI: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "
        "\"ConnectionDraining={Enabled=true,Timeout=300}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-7",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_ConnectionDraining.html",
    ),
    notes=(
        "Carries FSBP ELB.7 (Conformity ELB-003). Evidence: ConnectionDraining.Enabled from "
        "elb:DescribeLoadBalancerAttributes, read per load balancer; the timeout is not judged (the control has "
        "no parameter for it)."
    ),
)


def test_elb_003_connection_draining(classic_load_balancer_attributes):
    balancer = classic_load_balancer_attributes
    assert balancer.connection_draining, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} does not have connection draining enabled"
    )
