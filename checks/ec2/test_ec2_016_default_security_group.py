"""EC2-016: every VPC's default security group must have no inbound and no outbound rules."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-016",
    title="Default Security Group Unrestricted",
    risk="Low",
    service="EC2",
    compliant="The default security group has no inbound or outbound rules.",
    rationale=(
        "Anything launched without an explicit security group lands in the VPC's default group. AWS creates "
        "that group with rules that let its members talk to each other and reach anywhere outbound, so a "
        "forgotten instance silently gets network access nobody designed. Emptying the default group makes "
        "such launches fail closed and pushes teams to create groups named for what they allow."
    ),
    remediation=(
        "First move every instance, interface and service that uses the default group to purpose-built "
        "groups (VPC Reachability Analyzer or flow logs help to see what traffic they need). "
        "Console: open VPC > Security groups, select the group named default for each VPC, and on the "
        "Inbound rules and Outbound rules tabs choose Edit rules and delete every rule. "
        "CLI: aws ec2 describe-security-groups --filters Name=group-name,Values=default, then for each group "
        "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions '<its IpPermissions JSON>' "
        "and aws ec2 revoke-security-group-egress --group-id <sg-id> --ip-permissions "
        "'<its IpPermissionsEgress JSON>'."
    ),
    references=(
        "https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
        "https://docs.aws.amazon.com/cli/latest/reference/ec2/revoke-security-group-egress.html",
    ),
    notes=(
        "Every security group named \"default\" is checked, in default and custom VPCs alike; any rule at "
        "all fails, whatever its source, as CIS asks for no rules rather than only no open ones."
    ),
)


def describe(direction: str, permission) -> str:
    word = "from" if direction == "inbound" else "to"
    return f"{direction} {permission.text} {word} {', '.join(permission.peers) or 'nothing'}"


def test_ec2_016_default_security_group(default_security_group):
    group = default_security_group
    rules = [describe("inbound", p) for p in group.ingress] + [describe("outbound", p) for p in group.egress]
    assert not rules, (
        f"default security group {group.group_id} of {group.vpc_id} has {len(group.ingress)} inbound and "
        f"{len(group.egress)} outbound rules: {'; '.join(rules)}"
    )
