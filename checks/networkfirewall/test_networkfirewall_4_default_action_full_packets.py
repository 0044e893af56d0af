"""NetworkFirewall.4: a firewall policy's default stateless action for full packets must drop or forward them."""

from fixtures.rules import Rule

RULE = Rule(
    id="NetworkFirewall.4",
    title="Stateless Default Action For Full Packets",
    risk="Medium",
    service="NetworkFirewall",
    compliant="Full packets that match no stateless rule are dropped or forwarded to the stateful rule groups.",
    rationale=(
        "The stateless default action decides what happens to every packet no stateless rule matched. With "
        "aws:pass those packets leave the firewall uninspected, skipping the stateful engine and its intrusion "
        "prevention rules entirely, so anything the stateless rules did not anticipate goes through."
    ),
    remediation=(
        "Console: in the VPC console open Network Firewall > Firewall policies, choose the policy, and under "
        "Stateless default actions choose Edit; set Default actions for full packets to Forward to stateful rule "
        "groups (or Drop) and save. "
        "CLI: 'aws network-firewall describe-firewall-policy --firewall-policy-arn ARN', then 'aws network-firewall "
        "update-firewall-policy --firewall-policy-arn ARN --update-token TOKEN --firewall-policy file://policy.json' "
        "with \"StatelessDefaultActions\": [\"aws:forward_to_sfe\"]."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-4",
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateless-default-actions.html",
        "https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_FirewallPolicy.html",
    ),
    notes=(
        "Evidence: network-firewall:DescribeFirewallPolicy FirewallPolicy.StatelessDefaultActions must hold "
        "aws:drop or aws:forward_to_sfe, FSBP NetworkFirewall.4's fixed statelessDefaultActions parameter; "
        "aws:pass (with or without custom actions) fails."
    ),
)

ACCEPTED = ("aws:drop", "aws:forward_to_sfe")


def test_networkfirewall_4_default_action_full_packets(firewall_policy):
    policy = firewall_policy
    actions = policy.stateless_default_actions
    assert any(action in ACCEPTED for action in actions), (
        f"Network Firewall firewall policy {policy.name} in {policy.region} neither drops nor forwards full packets "
        f"by default (stateless default actions: {', '.join(actions) or 'none'})")
