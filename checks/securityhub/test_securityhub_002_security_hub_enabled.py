"""SecurityHub-002: Security Hub must be enabled in every region (CIS 4.16)."""

from fixtures.rules import Rule

RULE = Rule(
    id="SecurityHub-002",
    title="Security Hub Enabled",
    risk="Medium",
    service="SecurityHub",
    compliant="Security Hub is enabled in this region.",
    rationale=(
        'Security Hub gathers the findings of GuardDuty, Inspector, Macie, Config and partner tools in one place '
        "and runs AWS's own security controls against the account. Where it is off, findings stay scattered across"
        " consoles and nobody sees the region's security posture as a whole."
    ),
    remediation=(
        'Console: Security Hub in the region > Go to Security Hub > Enable Security Hub, with the standards you '
        "follow (for instance AWS Foundational Security Best Practices and CIS). CLI: 'aws securityhub enable-"
        "security-hub --region REGION --enable-default-standards'; in an organization, use the delegated "
        'administrator and central configuration.'
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html",
    ),
    notes=(
        'Risk: the catalog has none; Medium was chosen, the same as GuardDuty and Macie being off (GD-001, '
        'Macie-001): turning Security Hub off loses visibility and findings aggregation, it does not by itself '
        'expose data or access. Evidence is securityhub:DescribeHub per audited region; InvalidAccessException '
        '(the account is not subscribed) means disabled and fails. Which standards are enabled is not judged here.'
    ),
)


def test_securityhub_002_security_hub_enabled(security_hub):
    assert security_hub.enabled, (
        f"Security Hub is not enabled in account {security_hub.account_id} region {security_hub.region}"
    )
