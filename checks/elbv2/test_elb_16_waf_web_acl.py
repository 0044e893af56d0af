"""ELB.16: Application Load Balancers must be associated with an AWS WAF web ACL."""

from fixtures.rules import Rule

RULE = Rule(
    id="ELB.16",
    title="ALB Protected by AWS WAF",
    risk="Medium",
    service="ELBv2",
    compliant="The Application Load Balancer is associated with an AWS WAF web ACL.",
    rationale=(
        "An Application Load Balancer forwards whatever HTTP requests reach it. A web ACL in front of it can "
        "block SQL injection, cross-site scripting and known bad inputs, rate-limit floods and scrapers, and "
        "keep out addresses or countries, before the application ever sees them; without one, every defence "
        "depends on the application's own code."
    ),
    remediation=(
        "Console: open AWS WAF & Shield > Web ACLs in the load balancer's region, create a web ACL (for example "
        "with the AWS managed Core rule set) or open an existing one, choose Associated AWS resources > Add "
        "AWS resources, pick the Application Load Balancer and add it. "
        "CLI: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn LOAD_BALANCER_ARN "
        "--region REGION'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-16",
        "https://docs.aws.amazon.com/config/latest/developerguide/alb-waf-enabled.html",
        "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html",
        "https://docs.aws.amazon.com/waf/latest/APIReference/API_GetWebACLForResource.html",
    ),
    notes=(
        "Evidence: wafv2:GetWebACLForResource for each Application Load Balancer's ARN, in its region; an "
        "answer with a WebACL passes, one without fails. The control also accepts an AWS WAF Classic web ACL "
        "(waf-regional:GetWebACLForResource), which is not read: AWS retired WAF Classic, so no load balancer "
        "can rely on it any more (WAF.1-4 and 6-8 are not evaluated for the same reason). Network and Gateway "
        "Load Balancers cannot take a web ACL and are not applicable. No Conformity ID in the 2023 list."
    ),
)


def test_elb_16_waf_web_acl(application_load_balancer_web_acl):
    balancer = application_load_balancer_web_acl
    assert balancer.web_acl_arn, (
        f"Application Load Balancer {balancer.name} in {balancer.region} is not associated with an AWS WAF "
        "web ACL"
    )
