"""CodeBuild.7: CodeBuild report groups that export test results to S3 must encrypt them."""

from fixtures.rules import Rule

RULE = Rule(
    id="CodeBuild.7",
    title="CodeBuild Report Group Exports Encrypted",
    risk="Medium",
    service="CodeBuild",
    compliant="The report group's exports to S3 are encrypted, or the report group exports nothing.",
    rationale=(
        "A report group can copy the raw test and code coverage results of every build to an S3 bucket. Those "
        "files describe the code under test, its paths and sometimes data used by tests. CodeBuild encrypts "
        "them with a KMS key unless the report group opts out; an opted-out export lies unencrypted in the "
        "bucket, readable to anyone who reaches its objects."
    ),
    remediation=(
        "Console: in CodeBuild, choose Report groups, open the report group, choose Edit, expand Additional "
        "configuration under the S3 export settings, choose the default AWS managed key or a customer managed "
        "key instead of Disable artifact encryption, and choose Update report group. "
        "CLI: 'aws codebuild update-report-group --arn REPORT_GROUP_ARN --export-config "
        "\"exportConfigType=S3,s3Destination={bucket=BUCKET,path=PREFIX,encryptionDisabled=false}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-7",
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_S3ReportExportConfig.html",
        "https://docs.aws.amazon.com/codebuild/latest/userguide/report-group-export-settings.html",
    ),
    notes=(
        "Evidence is codebuild:BatchGetReportGroups exportConfig: a report group exporting to S3 "
        "(exportConfigType S3) with s3Destination.encryptionDisabled true fails. A report group with "
        "NO_EXPORT writes nothing to S3 and passes."
    ),
)


def test_codebuild_7_report_export_encrypted(codebuild_report_group):
    assert not (codebuild_report_group.export_type == "S3" and codebuild_report_group.encryption_disabled), (
        f"CodeBuild report group {codebuild_report_group.name} in {codebuild_report_group.region} exports its "
        "test results to S3 without encryption (encryptionDisabled is true)"
    )
