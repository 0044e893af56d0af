"""CodeBuild.4: CodeBuild projects must send their build logs to CloudWatch Logs or S3."""

from fixtures.rules import Rule

RULE = Rule(
    id="CodeBuild.4",
    title="CodeBuild Project Logging Enabled",
    risk="Medium",
    service="CodeBuild",
    compliant="The project sends its build logs to CloudWatch Logs, to S3, or to both.",
    rationale=(
        "A build runs code from a repository with the permissions of the project's service role. When a build is "
        "abused, for example through a poisoned dependency or a tampered buildspec, its log is the record of what "
        "ran and what it reached. A project with both CloudWatch Logs and S3 logs switched off keeps no such "
        "record once the build is over."
    ),
    remediation=(
        "Console: in CodeBuild, open the build project, choose Edit > Logs, select CloudWatch logs (optionally "
        "with a group and stream name) and/or S3 logs with a bucket, and choose Update logs. "
        "CLI: 'aws codebuild update-project --name PROJECT --logs-config "
        "\"cloudWatchLogs={status=ENABLED,groupName=/codebuild/PROJECT}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-4",
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_LogsConfig.html",
    ),
    notes=(
        "Evidence is codebuild:BatchGetProjects logsConfig: cloudWatchLogs.status or s3Logs.status must be "
        "ENABLED. AWS answers with both statuses for every project (CloudWatch Logs ENABLED unless turned off); "
        "a status the answer leaves out counts as not enabled."
    ),
)


def test_codebuild_4_logging_configured(codebuild_project):
    assert "ENABLED" in (codebuild_project.cloudwatch_logs, codebuild_project.s3_logs), (
        f"CodeBuild project {codebuild_project.name} in {codebuild_project.region} keeps no build logs: neither "
        "CloudWatch Logs nor S3 logs are enabled"
    )
