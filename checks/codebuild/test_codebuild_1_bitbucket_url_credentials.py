"""CodeBuild.1: Bitbucket source URLs of CodeBuild projects must not carry sign-in credentials."""

from fixtures.rules import Rule

RULE = Rule(
    id="CodeBuild.1",
    title="CodeBuild Bitbucket Source URL Without Credentials",
    risk="Very High",
    service="CodeBuild",
    compliant="No Bitbucket source of the project has sign-in credentials in its repository URL.",
    rationale=(
        "A repository URL is not treated as a secret: CodeBuild shows it in the console, returns it to anyone "
        "allowed to describe the project, and copies it into build logs and project exports. A user name and "
        "password or an access token written into that URL is therefore readable far beyond the build, and it "
        "usually grants access to the whole Bitbucket workspace, not just this repository. Connecting the source "
        "through CodeBuild's stored source credentials or an AWS CodeConnections connection keeps the secret out "
        "of the project definition."
    ),
    remediation=(
        "Console: in CodeBuild, open the build project, choose Edit > Source, change the repository URL so it holds "
        "no user:password@ or x-token-auth:TOKEN@ part, connect to Bitbucket with a Bitbucket App connection "
        "(AWS CodeConnections) or an API token stored as CodeBuild source credentials, and choose Update source; "
        "do the same for each secondary source. Revoke the exposed password or token in Bitbucket. "
        "CLI: 'aws codebuild import-source-credentials --server-type BITBUCKET --auth-type BASIC_AUTH "
        "--username ATLASSIAN_EMAIL --token API_TOKEN' (or use a connection), then 'aws codebuild "
        "update-project --name PROJECT --source type=BITBUCKET,location=https://bitbucket.org/WORKSPACE/REPO.git' (and "
        "'--secondary-sources ...' where a secondary source carried credentials)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-1",
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectSource.html",
        "https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens-bitbucket.html",
    ),
    notes=(
        "Evidence is codebuild:BatchGetProjects source and secondarySources: for each source of type BITBUCKET, "
        "whether its location URL has a password part before the host (user:password@ or x-token-auth:TOKEN@). "
        "The URL itself is never kept, printed or stored as evidence: only which source carries credentials. A "
        "user name alone (https://user@bitbucket.org/..., Bitbucket's own clone URL) is not a credential and "
        "passes. The current control covers Bitbucket only (an older version also named GitHub), so other source "
        "types pass; a token in any repository URL is worth removing all the same. Risk Very High: FSBP rates "
        "the control Critical."
    ),
)


def test_codebuild_1_bitbucket_url_credentials(codebuild_project):
    leaking = [source.label for source in codebuild_project.sources
               if source.type == "BITBUCKET" and source.url_has_credentials]
    assert not leaking, (
        f"CodeBuild project {codebuild_project.name} in {codebuild_project.region} has sign-in credentials in "
        f"the Bitbucket repository URL of its {' and '.join(leaking)}"
    )
