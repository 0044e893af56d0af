"""NetworkFirewall.5: a firewall policy's default stateless action for fragmented packets must drop or forward them."""

from fixtures.rules import Rule

RULE = Rule(
    id="NetworkFirewall.5",
    title="Stateless Default Action For Fragmented Packets",
    risk="Medium",
    service="NetworkFirewall",
    compliant="Fragmented packets that match no stateless rule are dropped or forwarded to the stateful rule groups.",
    rationale=(
        "Fragmentation is an old way to slip traffic past filters: a rule that matches on ports cannot see them in "
        "later fragments. A policy that passes unmatched fragments lets exactly that traffic through uninspected, "
        "whatever the policy does with whole packets."
    ),
    remediation=(
        "Console: in the VPC console open Network Firewall > Firewall policies, choose the policy, and under "
        "Stateless default actions choose Edit; set Default actions for fragmented packets to Forward to stateful "
        "rule groups (or Drop) and save. "
        "CLI: 'aws network-firewall describe-firewall-policy --firewall-policy-arn ARN', then 'aws network-firewall "
        "update-firewall-policy --firewall-policy-arn ARN --update-token TOKEN --firewall-policy file://policy.json' "
        "with \"StatelessFragmentDefaultActions\": [\"aws:forward_to_sfe\"]."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-5",
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateless-default-actions.html",
        "https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_FirewallPolicy.html",
    ),
    notes=(
        "Evidence: network-firewall:DescribeFirewallPolicy FirewallPolicy.StatelessFragmentDefaultActions must hold "
        "aws:drop or aws:forward_to_sfe, FSBP NetworkFirewall.5's fixed statelessFragDefaultActions parameter; "
        "aws:pass (with or without custom actions) fails."
    ),
)

ACCEPTED = ("aws:drop", "aws:forward_to_sfe")


def test_networkfirewall_5_default_action_fragments(firewall_policy):
    policy = firewall_policy
    actions = policy.stateless_fragment_default_actions
    assert any(action in ACCEPTED for action in actions), (
        f"Network Firewall firewall policy {policy.name} in {policy.region} neither drops nor forwards fragmented "
        f"packets by default (stateless fragment default actions: {', '.join(actions) or 'none'})")
