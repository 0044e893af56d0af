"""NetworkFirewall.9: Network Firewall firewalls must have deletion protection enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="NetworkFirewall.9",
    title="Firewall Deletion Protection",
    risk="Medium",
    service="NetworkFirewall",
    compliant="The firewall has deletion protection enabled.",
    rationale=(
        "Deleting a firewall removes its endpoints from the VPC at once: depending on the route tables, traffic "
        "either stops or flows on uninspected. Deletion protection makes Network Firewall refuse the delete until "
        "the flag is switched off in a separate, logged change, which stops a clean-up script or a mistaken click "
        "from opening the network."
    ),
    remediation=(
        "Console: in the VPC console open Network Firewall > Firewalls, choose the firewall, then the Firewall "
        "details tab; under Change protections choose Edit, turn on Delete protection and save. "
        "CLI: 'aws network-firewall update-firewall-delete-protection --firewall-arn ARN --delete-protection'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-9",
        "https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-updating.html",
        "https://docs.aws.amazon.com/network-firewall/latest/APIReference/API_Firewall.html",
    ),
    notes="Evidence: network-firewall:DescribeFirewall Firewall.DeleteProtection (FSBP NetworkFirewall.9; no parameters).",
)


def test_networkfirewall_9_deletion_protection(network_firewall):
    firewall = network_firewall
    assert firewall.delete_protection, (
        f"Network Firewall firewall {firewall.name} in {firewall.region} does not have deletion protection enabled")
