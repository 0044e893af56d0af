"""NetworkFirewall.3: Network Firewall policies must reference at least one rule group."""

from fixtures.rules import Rule

RULE = Rule(
    id="NetworkFirewall.3",
    title="Policy Has A Rule Group",
    risk="Medium",
    service="NetworkFirewall",
    compliant="The firewall policy references at least one stateless or stateful rule group.",
    rationale=(
        "A firewall policy without rule groups inspects nothing: every packet meets only the policy's default "
        "actions, so the firewall either passes all traffic or forwards it to a stateful engine with no rules. "
        "Such a policy usually means a half-finished deployment that looks like protection in the console but "
        "filters nothing."
    ),
    remediation=(
        "Console: in the VPC console open Network Firewall > Firewall policies, choose the policy, and under "
        "Stateless rule groups or Stateful rule groups choose Actions > Add rule groups (create one under Network "
        "Firewall rule groups first if needed, or add an AWS managed stateful group), then save. "
        "CLI: 'aws network-firewall describe-firewall-policy --firewall-policy-arn ARN' for the update token and "
        "policy, then 'aws network-firewall update-firewall-policy --firewall-policy-arn ARN --update-token TOKEN "
        "--firewall-policy file://policy.json' with StatefulRuleGroupReferences or StatelessRuleGroupReferences "
        "added."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-3",
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-policy-updating.html",
        "https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_FirewallPolicy.html",
    ),
    notes=(
        "Evidence: network-firewall:DescribeFirewallPolicy FirewallPolicy.StatelessRuleGroupReferences and "
        "StatefulRuleGroupReferences; one of either kind passes (FSBP NetworkFirewall.3; no parameters). Every "
        "policy of the account is judged, whether a firewall uses it or not, as the control's resource type is the "
        "policy itself."
    ),
)


def test_networkfirewall_3_policy_rule_groups(firewall_policy):
    policy = firewall_policy
    assert policy.stateless_rule_groups or policy.stateful_rule_groups, (
        f"Network Firewall firewall policy {policy.name} in {policy.region} has no stateless or stateful rule group")
