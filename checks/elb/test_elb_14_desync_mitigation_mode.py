"""ELB.14: Classic Load Balancers must use the defensive or strictest desync mitigation mode."""

from fixtures.rules import Rule

PROTECTIVE_MODES = ("defensive", "strictest")

RULE = Rule(
    id="ELB.14",
    title="ELB Desync Mitigation Mode",
    risk="Medium",
    service="ELB",
    compliant="The Classic Load Balancer uses the defensive or strictest desync mitigation mode.",
    rationale=(
        "In an HTTP desync (request smuggling) attack, a request crafted to be read one way by the load "
        "balancer and another way by the backend lets an attacker slip a hidden request in front of another "
        "user's, poisoning caches or hijacking sessions. In monitor mode the load balancer only records such "
        "requests and forwards them anyway; defensive and strictest modes block or neutralise the dangerous "
        "ones."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Classic Load Balancer, open the Attributes tab, choose "
        "Edit, set Desync mitigation mode to Defensive (or Strictest) and save. "
        "CLI: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "
        "\"AdditionalAttributes=[{Key=elb.http.desyncmitigationmode,Value=defensive}]\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-14",
        "https://docs.aws.amazon.com/config/latest/developerguide/clb-desync-mode-check.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/2012-06-01/APIReference/API_AdditionalAttribute.html",
    ),
    notes=(
        "Evidence: AdditionalAttributes elb.http.desyncmitigationmode from elb:DescribeLoadBalancerAttributes, "
        "read per load balancer; defensive and strictest pass (the control's desyncMode parameter), monitor "
        "fails. AWS always names the mode in this answer (defensive unless changed); an answer that names none "
        "is ERROR, not a pass on the assumption that the default applies. No Conformity ID in the 2023 list."
    ),
)


def test_elb_14_desync_mitigation_mode(classic_load_balancer_desync):
    balancer = classic_load_balancer_desync
    assert balancer.desync_mitigation_mode in PROTECTIVE_MODES, (
        f"Classic Load Balancer {balancer.name} in {balancer.region} uses desync mitigation mode "
        f"{balancer.desync_mitigation_mode}, not defensive or strictest"
    )
