"""WAF.12: AWS WAF rule groups and their rules must send metrics to CloudWatch."""

from fixtures.rules import Rule

RULE = Rule(
    id="WAF.12",
    title="WAF Rule Group Metrics",
    risk="Medium",
    service="WAF",
    compliant="The rule group and each of its rules send metrics to CloudWatch.",
    rationale=(
        "AWS WAF counts allowed, blocked and counted requests per rule and per rule group only where CloudWatch "
        "metrics are switched on. Without them a rule that suddenly blocks thousands of requests, or never "
        "matches at all, goes unnoticed, and no alarm can be set on a surge of attacks against one rule."
    ),
    remediation=(
        "Console: open AWS WAF > Rule groups, choose the region (or Global for CloudFront), select the rule "
        "group, edit each rule and the group's visibility settings and tick Enable CloudWatch metrics (the "
        "console turns them on for new rules by default), then Save. "
        "CLI: 'aws wafv2 get-rule-group --name NAME --scope REGIONAL --id ID' (note the LockToken), set "
        "\"CloudWatchMetricsEnabled\": true in every rule's VisibilityConfig, save the Rules as rules.json, then "
        "'aws wafv2 update-rule-group --name NAME --scope REGIONAL --id ID --lock-token TOKEN --rules "
        "file://rules.json --visibility-config SampledRequestsEnabled=true,CloudWatchMetricsEnabled=true,"
        "MetricName=NAME' (--scope CLOUDFRONT --region us-east-1 for a CloudFront rule group)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-12",
        "https://docs.aws.amazon.com/config/latest/developerguide/wafv2-rulegroup-logging-enabled.html",
        "https://docs.aws.amazon.com/waf/latest/APIReference/API_GetRuleGroup.html",
    ),
    notes=(
        "The control's resource type is AWS::WAFv2::RuleGroup (AWS Config wafv2-rulegroup-logging-enabled), so "
        "the account's own rule groups are evaluated, not web ACLs: wafv2:ListRuleGroups (Scope REGIONAL in "
        "every audited region, Scope CLOUDFRONT in us-east-1) and wafv2:GetRuleGroup per group. Evidence is "
        "VisibilityConfig.CloudWatchMetricsEnabled of the group and of each of its rules: the control fails "
        "'the rule or rule group' without metrics, so either one being off fails. A rule group without rules is "
        "not applicable, as AWS Config reports it. Stricter advice, not tested: enable metrics on the rules "
        "written directly in web ACLs too (the control's remediation mentions UpdateWebACL). WAF Classic rules "
        "are not read. No Conformity ID in the 2023 list."
    ),
)


def test_waf_12_rule_group_metrics(waf_rule_group):
    group = waf_rule_group
    assert not group.without_metrics, (
        f"AWS WAF rule group {group.group.label} does not send CloudWatch metrics for: "
        + ", ".join(group.without_metrics)
    )
