"""ELB.12: Application Load Balancers must use the defensive or strictest desync mitigation mode."""

from fixtures.rules import Rule

PROTECTIVE_MODES = ("defensive", "strictest")

RULE = Rule(
    id="ELB.12",
    title="ALB Desync Mitigation Mode",
    risk="Medium",
    service="ELBv2",
    compliant="The Application Load Balancer uses the defensive or strictest desync mitigation mode.",
    rationale=(
        "HTTP desync (request smuggling) exploits a disagreement between the load balancer and the targets "
        "about where one request ends and the next begins, letting an attacker prepend a request of their own "
        "to another user's: stolen sessions, poisoned caches, bypassed access rules. Monitor mode lets such "
        "ambiguous requests through; defensive mode blocks the dangerous ones and strictest accepts only "
        "requests that follow the HTTP standard."
    ),
    remediation=(
        "Console: open EC2 > Load Balancers, select the Application Load Balancer, open the Attributes tab, "
        "choose Edit, set Desync mitigation mode to Defensive (or Strictest) under Packet handling and save. "
        "CLI: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn ARN --attributes "
        "Key=routing.http.desync_mitigation_mode,Value=defensive'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-12",
        "https://docs.aws.amazon.com/config/latest/developerguide/alb-desync-mode-check.html",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html"
        "#desync-mitigation-mode",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html",
    ),
    notes=(
        "Evidence: routing.http.desync_mitigation_mode from elbv2:DescribeLoadBalancerAttributes, read per "
        "Application Load Balancer; defensive and strictest pass (the control's desyncMode parameter), monitor "
        "fails. AWS always names the mode in this answer (defensive unless changed); an answer that names none "
        "is ERROR, not a pass on the assumption that the default applies. No Conformity ID in the 2023 list."
    ),
)


def test_elb_12_desync_mitigation_mode(application_load_balancer_desync):
    balancer = application_load_balancer_desync
    assert balancer.desync_mitigation_mode in PROTECTIVE_MODES, (
        f"Application Load Balancer {balancer.name} in {balancer.region} uses desync mitigation mode "
        f"{balancer.desync_mitigation_mode}, not defensive or strictest"
    )
