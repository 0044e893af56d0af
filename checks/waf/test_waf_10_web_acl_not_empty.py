"""WAF.10: AWS WAF web ACLs must hold at least one rule or rule group."""

from fixtures.rules import Rule

RULE = Rule(
    id="WAF.10",
    title="WAF Web ACL Not Empty",
    risk="Medium",
    service="WAF",
    compliant="The web ACL holds at least one rule or rule group.",
    rationale=(
        "A web ACL with no rules inspects nothing: every request gets the default action, so an ACL that allows "
        "by default lets all traffic through while the resource shows up as protected by AWS WAF. The gap "
        "usually comes from a rule removed during troubleshooting or an ACL created and never finished, and it "
        "stays invisible until someone looks inside."
    ),
    remediation=(
        "Console: open AWS WAF > Web ACLs, choose the region (or Global for CloudFront), select the web ACL, "
        "open the Rules tab, choose Add rules > Add managed rule groups (for example the core rule set and the "
        "known bad inputs set) or Add my own rules and rule groups, and Save. "
        "CLI: 'aws wafv2 get-web-acl --name NAME --scope REGIONAL --id ID' (note the LockToken), then 'aws wafv2 "
        "update-web-acl --name NAME --scope REGIONAL --id ID --lock-token TOKEN --default-action Allow={} "
        "--rules file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,"
        "MetricName=NAME' (--scope CLOUDFRONT --region us-east-1 for a CloudFront web ACL)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-10",
        "https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-editing.html",
        "https://docs.aws.amazon.com/waf/latest/APIReference/API_GetWebACL.html",
    ),
    notes=(
        "Evidence is wafv2:GetWebACL, read per web ACL listed by wafv2:ListWebACLs (Scope REGIONAL in every "
        "audited region, and Scope CLOUDFRONT in us-east-1, where AWS WAF keeps the web ACLs of CloudFront): "
        "at least one item in Rules passes; so do the rule groups AWS Firewall Manager adds "
        "(PreProcessFirewallManagerRuleGroups, PostProcessFirewallManagerRuleGroups), which GetWebACL reports "
        "apart from Rules. CloudFront web ACLs are evaluated only when us-east-1 is audited. WAF Classic web "
        "ACLs (WAF.4, WAF.8) are not read: AWS retired WAF Classic. No Conformity ID in the 2023 list."
    ),
)


def test_waf_10_web_acl_not_empty(waf_web_acl):
    acl = waf_web_acl
    assert acl.rules or acl.firewall_manager_rule_groups, (
        f"AWS WAF web ACL {acl.acl.label} has no rules or rule groups: every request gets its default action"
    )
