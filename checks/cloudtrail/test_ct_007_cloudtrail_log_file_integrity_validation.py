"""CT-007: each trail must write digest files so tampering with its logs can be detected."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-007",
    title="CloudTrail Log File Integrity Validation",
    risk="Medium",
    service="CloudTrail",
    compliant="Log file integrity validation is enabled on the trail.",
    rationale=(
        'With validation on, CloudTrail signs an hourly digest of the log files it delivered, so anyone can later '
        'prove whether a file was changed, deleted or slipped in. Without it, someone with write access to the '
        'bucket can edit the record of their own actions and nobody can tell.'
    ),
    remediation=(
        'Console: CloudTrail > Trails > the trail > General details > Edit, tick Log file validation, Save. CLI: '
        "'aws cloudtrail update-trail --name NAME --enable-log-file-validation'; verify files with 'aws cloudtrail"
        " validate-logs --trail-arn ARN --start-time TIME'."
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
    ),
    notes=(
        'Evaluated per trail from DescribeTrails (LogFileValidationEnabled).'
    ),
)


def test_ct_007_cloudtrail_log_file_integrity_validation(trail):
    assert trail.log_file_validation, (
        f"trail {trail.name} (home region {trail.home_region}) has log file integrity validation disabled"
    )
