"""GuardDuty.10: GuardDuty S3 Protection must be enabled in every region."""

from fixtures.rules import Rule

RULE = Rule(
    id="GuardDuty.10",
    title="GuardDuty S3 Protection Enabled",
    risk="High",
    service="GuardDuty",
    compliant="GuardDuty runs in this region with S3 Protection (S3 data event monitoring) enabled.",
    rationale=(
        "Without S3 Protection GuardDuty sees only bucket-level management calls; with it, it also analyses the "
        "object-level calls (GetObject, PutObject, DeleteObject, ListObjects) and reports data being read from an "
        "unusual place, mass deletions, or access through a known malicious IP address. Those are how data theft "
        "and ransomware against S3 show, and GuardDuty reads the events without a CloudTrail data-event trail of "
        "your own."
    ),
    remediation=(
        "Console: GuardDuty in the region > Protection plans > S3 Protection > Edit (or Enable), turn it on for "
        "this account, or, as the delegated administrator, for all member accounts, and Save; enable GuardDuty "
        "first where it is off or suspended. "
        "CLI: 'aws guardduty update-detector --detector-id DETECTOR_ID --features Name=S3_DATA_EVENTS,"
        "Status=ENABLED --region REGION' (find the ID with 'aws guardduty list-detectors')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10",
        "https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html",
        "https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html",
    ),
    notes=(
        "FSBP GuardDuty.10 (no Conformity rule in the 2023 list). Evidence is guardduty:ListDetectors and "
        "guardduty:GetDetector per audited region (the reads GD-001 makes): the feature S3_DATA_EVENTS must be "
        "ENABLED on a detector that is not suspended; when Features does not list it, the legacy DataSources "
        "S3Logs status stands in. The control fails when S3 Protection is not enabled for the account; a region "
        "without a detector has none enabled, so it fails too (GD-001 reports the missing detector as well), and a "
        "suspended detector monitors nothing, whatever its features say, so it fails. In an organization, only "
        "the delegated administrator can turn it on for members."
    ),
)


def test_guardduty_10_s3_protection_enabled(guardduty_protection_plans):
    enabled, problem = guardduty_protection_plans.plan_status("S3_DATA_EVENTS")
    assert enabled, f"GuardDuty S3 Protection is not enabled: {problem}"
