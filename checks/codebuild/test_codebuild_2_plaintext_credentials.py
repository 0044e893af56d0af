"""CodeBuild.2: CodeBuild projects must not keep AWS access keys in plaintext environment variables."""

from fixtures.rules import Rule

RULE = Rule(
    id="CodeBuild.2",
    title="CodeBuild Environment Variables Without Plaintext AWS Credentials",
    risk="Very High",
    service="CodeBuild",
    compliant="The project has no plaintext AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY environment variable.",
    rationale=(
        "Plaintext environment variables are part of the project definition: anyone who may view or describe "
        "the project reads their values, and builds can echo them into logs. An access key pair kept there is a "
        "long-lived credential exposed to all of them, and it is needless, because a build already runs with the "
        "permissions of the project's service role. Where a build truly needs another secret, a Parameter Store "
        "or Secrets Manager variable resolves it only at build time."
    ),
    remediation=(
        "Console: in CodeBuild, open the build project, choose Edit > Environment > Additional configuration, "
        "remove the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY variables (grant what the build needs to the "
        "service role instead, or change the variable type to Secrets Manager or Parameter and give the secret's "
        "name as value) and choose Update environment. Deactivate and delete the exposed access key in IAM. "
        "CLI: 'aws codebuild update-project --name PROJECT --environment file://environment.json' with the "
        "variables removed or of type SECRETS_MANAGER / PARAMETER_STORE, then 'aws iam update-access-key "
        "--access-key-id KEY_ID --status Inactive --user-name USER' and 'aws iam delete-access-key ...'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/codebuild-project-envvar-awscred-check.html",
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_EnvironmentVariable.html",
    ),
    notes=(
        "Evidence is codebuild:BatchGetProjects environment.environmentVariables: a variable named "
        "AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY (the names AWS's documentation of the control and of its "
        "Config rule gives) of type PLAINTEXT (the type when none is given) fails. Variable values are never "
        "kept, printed or stored as evidence: only names and types. Variables of type PARAMETER_STORE or "
        "SECRETS_MANAGER hold a reference, not the secret, and pass. Other secrets in plaintext variables "
        "(database passwords, tokens) are not judged: the control names only the AWS key pair. Risk Very High: "
        "FSBP rates the control Critical."
    ),
)

CREDENTIAL_VARIABLES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")


def test_codebuild_2_plaintext_credentials(codebuild_project):
    exposed = sorted({variable.name for variable in codebuild_project.environment_variables
                      if variable.type == "PLAINTEXT" and variable.name in CREDENTIAL_VARIABLES})
    assert not exposed, (
        f"CodeBuild project {codebuild_project.name} in {codebuild_project.region} keeps AWS credentials in "
        f"plaintext environment variables: {', '.join(exposed)}"
    )
