"""CodeBuild.5: CodeBuild project environments must not run in privileged mode."""

from fixtures.rules import Rule

RULE = Rule(
    id="CodeBuild.5",
    title="CodeBuild Privileged Mode Disabled",
    risk="High",
    service="CodeBuild",
    compliant="The project's build environment does not run in privileged mode.",
    rationale=(
        "Privileged mode gives the build container access to the host's devices so it can run its own Docker "
        "daemon. Code in the build (the repository's, or a compromised dependency's) then works with far more "
        "power than a build needs: it can reach the daemon, start other containers and tamper with the build "
        "host. It is only needed by projects that build Docker images, and those are better kept separate and "
        "few."
    ),
    remediation=(
        "Console: in CodeBuild, open the build project, choose Edit > Environment, choose Override image if "
        "asked, clear Privileged (Enable this flag if you want to build Docker images) and choose Update "
        "environment. "
        "CLI: 'aws codebuild update-project --name PROJECT --environment "
        "\"type=LINUX_CONTAINER,image=IMAGE,computeType=BUILD_GENERAL1_SMALL,privilegedMode=false\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-5",
        "https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html",
    ),
    notes="Evidence is codebuild:BatchGetProjects environment.privilegedMode; true fails.",
)


def test_codebuild_5_privileged_mode(codebuild_project):
    assert not codebuild_project.privileged_mode, (
        f"CodeBuild project {codebuild_project.name} in {codebuild_project.region} runs its builds in "
        "privileged mode"
    )
