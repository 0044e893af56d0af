"""GD-001: GuardDuty must be enabled in every region."""

from fixtures.rules import Rule

RULE = Rule(
    id="GD-001",
    title="GuardDuty Enabled",
    risk="Medium",
    service="GuardDuty",
    compliant="GuardDuty is enabled in this region.",
    rationale=(
        'GuardDuty reads CloudTrail, VPC flow and DNS logs for signs of compromise, such as credentials used from '
        'unusual places, instances talking to known bad hosts or crypto mining. A region without it is where an '
        'attacker can work unnoticed, which is why it should be on even in regions the account does not use.'
    ),
    remediation=(
        'Console: GuardDuty in the region > Get started > Enable GuardDuty (or Settings > Resume when suspended); '
        "in an organization, enable it for all members from the delegated administrator. CLI: 'aws guardduty "
        "create-detector --enable --region REGION', or 'aws guardduty update-detector --detector-id ID --enable' "
        'for a suspended one.'
    ),
    references=(
        "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html",
    ),
    notes=(
        'Evidence is guardduty:ListDetectors and guardduty:GetDetector per audited region; a detector with Status '
        'ENABLED passes; no detector, or a suspended one, fails. Not mapped to CIS in the catalog.'
    ),
)


def test_gd_001_guardduty_enabled(guardduty_detectors):
    where = f"account {guardduty_detectors.account_id} region {guardduty_detectors.region}"
    assert guardduty_detectors.detectors, f"GuardDuty is not enabled (no detector) in {where}"
    suspended = ", ".join(f"{detector} ({status})" for detector, status in guardduty_detectors.detectors)
    assert any(status == "ENABLED" for _, status in guardduty_detectors.detectors), (
        f"GuardDuty detector {suspended} is suspended in {where}"
    )
