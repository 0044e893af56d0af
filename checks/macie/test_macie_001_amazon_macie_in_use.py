"""Macie-001: Amazon Macie must be enabled in every audited region."""

from fixtures.rules import Rule

RULE = Rule(
    id="Macie-001",
    title="Amazon Macie In Use",
    risk="Medium",
    service="Macie",
    compliant="Amazon Macie is enabled in this region.",
    rationale=(
        "Macie keeps an inventory of the region's S3 buckets, flags buckets that become public, unencrypted or "
        "shared outside the account, and is the engine that finds sensitive data such as credentials and "
        "personal data in objects. Where it is off or paused, none of that is watched, and nobody learns that "
        "sensitive data sits somewhere it should not."
    ),
    remediation=(
        "Console: open Amazon Macie in the region, choose Get started and Enable Macie (or, if it is paused, "
        "Settings > Resume Macie); in an organization, enable it from the delegated administrator account for "
        "all members. "
        "CLI: 'aws macie2 enable-macie --region REGION' (or 'aws macie2 update-macie-session --status ENABLED "
        "--region REGION' when paused); verify with 'aws macie2 get-macie-session --region REGION'."
    ),
    references=(
        "https://docs.aws.amazon.com/macie/latest/user/getting-started.html",
        "https://docs.aws.amazon.com/macie/latest/APIReference/macie-session.html",
    ),
    notes=(
        "Evidence is macie2:GetMacieSession per audited region: status ENABLED passes; PAUSED fails; the "
        "AccessDeniedException \"Macie is not enabled\" that AWS answers for a region without Macie means "
        "disabled and fails (any other refusal is an ERROR). Not mapped to CIS in the catalog, which ties "
        "CIS 2.1.3 to Macie2-003."
    ),
)


def test_macie_001_amazon_macie_in_use(macie_session):
    state = {"DISABLED": "not enabled", "PAUSED": "paused"}.get(macie_session.status, macie_session.status)
    assert macie_session.status == "ENABLED", (
        f"Amazon Macie is {state} in account {macie_session.account_id} region {macie_session.region}"
    )
