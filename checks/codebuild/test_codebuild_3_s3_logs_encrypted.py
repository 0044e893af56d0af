"""CodeBuild.3: CodeBuild projects that write build logs to S3 must keep them encrypted."""

from fixtures.rules import Rule

RULE = Rule(
    id="CodeBuild.3",
    title="CodeBuild S3 Logs Encrypted",
    risk="Low",
    service="CodeBuild",
    compliant="The project's build logs in S3 are encrypted, or the project writes no logs to S3.",
    rationale=(
        "Build logs record commands, dependency URLs, test output and sometimes values a build prints by "
        "mistake. CodeBuild encrypts the log files it writes to S3 unless a project opts out; a project that "
        "opts out leaves them readable to anyone who gets at the bucket's objects, with no key use to log or "
        "revoke."
    ),
    remediation=(
        "Console: in CodeBuild, open the build project, choose Edit > Logs, under S3 logs clear Disable S3 log "
        "encryption and choose Update logs. "
        "CLI: 'aws codebuild update-project --name PROJECT --logs-config "
        "\"s3Logs={status=ENABLED,location=BUCKET/PREFIX,encryptionDisabled=false}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-3",
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_S3LogsConfig.html",
    ),
    notes=(
        "Evidence is codebuild:BatchGetProjects logsConfig.s3Logs: a project with S3 logs ENABLED and "
        "encryptionDisabled true fails. A project whose S3 logs are DISABLED writes nothing to S3 and passes, as "
        "the control's Config rule evaluates projects configured with S3 logs."
    ),
)


def test_codebuild_3_s3_logs_encrypted(codebuild_project):
    assert not (codebuild_project.s3_logs == "ENABLED" and codebuild_project.s3_logs_encryption_disabled), (
        f"CodeBuild project {codebuild_project.name} in {codebuild_project.region} writes its build logs to S3 "
        "without encryption (s3Logs encryptionDisabled is true)"
    )
