"""GuardDuty.9: GuardDuty RDS Protection must be enabled in every region."""

from fixtures.rules import Rule

RULE = Rule(
    id="GuardDuty.9",
    title="GuardDuty RDS Protection Enabled",
    risk="High",
    service="GuardDuty",
    compliant="GuardDuty runs in this region with RDS Protection (RDS login activity monitoring) enabled.",
    rationale=(
        "RDS Protection lets GuardDuty profile the logins to Aurora databases and report the unusual ones: "
        "password guessing, a first login from an unknown place or tool, a successful login after many failures. "
        "Those are the signs of a database credential being attacked or used by someone else, which neither "
        "CloudTrail nor the database's own logs flag by themselves. It needs no agent and does not touch database "
        "performance."
    ),
    remediation=(
        "Console: GuardDuty in the region > Protection plans > RDS Protection > Edit (or Enable), turn it on for "
        "this account, or, as the delegated administrator, for all member accounts, and Save; enable GuardDuty "
        "first where it is off or suspended. "
        "CLI: 'aws guardduty update-detector --detector-id DETECTOR_ID --features Name=RDS_LOGIN_EVENTS,"
        "Status=ENABLED --region REGION' (find the ID with 'aws guardduty list-detectors')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-9",
        "https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html",
        "https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html",
    ),
    notes=(
        "FSBP GuardDuty.9 (no Conformity rule). Evidence is guardduty:ListDetectors and guardduty:GetDetector per "
        "audited region (the reads GD-001 makes): the feature RDS_LOGIN_EVENTS must be ENABLED on a detector that "
        "is not suspended. The control fails when RDS Protection is not enabled for the account; a region without "
        "a detector has none enabled, so it fails too (GD-001 reports the missing detector as well), and a "
        "suspended detector monitors nothing, whatever its features say, so it fails. A detector whose Features do "
        "not list RDS_LOGIN_EVENTS (a region without RDS Protection) fails as not enabled. In an organization, only "
        "the delegated administrator can turn it on for members."
    ),
)


def test_guardduty_9_rds_protection_enabled(guardduty_protection_plans):
    enabled, problem = guardduty_protection_plans.plan_status("RDS_LOGIN_EVENTS")
    assert enabled, f"GuardDuty RDS Protection is not enabled: {problem}"
