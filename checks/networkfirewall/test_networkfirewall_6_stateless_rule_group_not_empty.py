"""NetworkFirewall.6: stateless Network Firewall rule groups must hold at least one rule."""

from fixtures.rules import Rule

RULE = Rule(
    id="NetworkFirewall.6",
    title="Stateless Rule Group Not Empty",
    risk="Medium",
    service="NetworkFirewall",
    compliant="The stateless rule group holds at least one rule.",
    rationale=(
        "An empty stateless rule group still appears in the policies that reference it, so a reviewer reading the "
        "policy believes traffic is filtered at that point when nothing is. It is either a leftover to delete or a "
        "rule set someone meant to fill and forgot."
    ),
    remediation=(
        "Console: in the VPC console open Network Firewall > Network Firewall rule groups, choose the stateless "
        "group, and under Rules choose Add rule (match settings, action, priority), then save; or, if it is not "
        "needed, remove it from its policies and delete it. "
        "CLI: 'aws network-firewall describe-rule-group --rule-group-arn ARN --type STATELESS', then 'aws "
        "network-firewall update-rule-group --rule-group-arn ARN --type STATELESS --update-token TOKEN --rule-group "
        "file://rules.json' with at least one StatelessRules entry; or 'aws network-firewall delete-rule-group "
        "--rule-group-arn ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-6",
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/rule-groups.html",
        "https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_StatelessRulesAndCustomActions.html",
    ),
    notes=(
        "Evidence: network-firewall:DescribeRuleGroup RuleGroup.RulesSource.StatelessRulesAndCustomActions."
        "StatelessRules must not be empty (FSBP NetworkFirewall.6; no parameters). Only the account's own stateless "
        "groups are judged (ListRuleGroups with Type STATELESS); stateful groups and AWS managed groups are not."
    ),
)


def test_networkfirewall_6_stateless_rule_group_not_empty(stateless_rule_group):
    group = stateless_rule_group
    assert group.rules, f"Network Firewall stateless rule group {group.name} in {group.region} has no rules"
