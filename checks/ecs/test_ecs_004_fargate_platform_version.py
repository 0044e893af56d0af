"""ECS-004: ECS services on Fargate must run on the latest Fargate platform version."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS-004",
    title="Check for Fargate Platform Version",
    risk="Medium",
    service="ECS",
    compliant="The ECS service runs on Fargate platform version LATEST or the latest version for its operating system.",
    rationale=(
        "A Fargate platform version fixes the kernel, container runtime and Fargate agent a task runs on. A "
        "service pinned to an older version keeps deploying onto that older runtime, missing fixes and security "
        "features (such as the task ENI and encrypted ephemeral storage of Linux 1.4.0) that the current version "
        "brings. Following LATEST picks up new platform versions at the next deployment."
    ),
    remediation=(
        "Console: open Amazon ECS > Clusters > CLUSTER > Services, select the service and choose Update; set "
        "Platform version to LATEST, tick Force new deployment and Update. "
        "CLI: aws ecs update-service --cluster CLUSTER --service SERVICE --platform-version LATEST "
        "--force-new-deployment (for a blue/green service, create a deployment in CodeDeploy, or a new task set, "
        "with the platform version)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-10",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/ecs-fargate-latest-platform-version.html",
    ),
    notes=(
        "FSBP ECS.10. Evidence is ecs:DescribeServices platformVersion and platformFamily of each service on Fargate "
        "(launch type FARGATE, or a FARGATE / FARGATE_SPOT capacity provider; for a task-set deployment, the "
        "primary task set's): LATEST, or a number at least the latest for the operating system, passes. The latest "
        "versions are settings: audit_fargate_latest_linux_version (default 1.4.0) and "
        "audit_fargate_latest_windows_version (default 1.0.0): the latest versions AWS's Fargate platform version "
        "page names, checked 2026-12-02, given to the control's AWS Config rule (ecs-fargate-latest-platform-version) "
        "as latestLinuxVersion and latestWindowsVersion; raise them when AWS releases a new platform version. A service naming no platform version at "
        "all fails. Decision: a service using Fargate through a capacity provider strategy is a Fargate service "
        "too. Conformity ECS-004 checks the same."
    ),
)


def test_ecs_004_fargate_platform_version(fargate_service, settings):
    service = fargate_service
    system, latest = (("Windows", settings.fargate_latest_windows_version) if service.on_windows
                      else ("Linux", settings.fargate_latest_linux_version))
    running = f"platform version {service.platform_version}" if service.platform_version else "no platform version"
    assert service.runs_latest_platform(latest), (
        f"ECS service {service.name} in cluster {service.cluster} in {service.region} runs on Fargate with "
        f"{running}, not the latest for {system} ({latest} or LATEST)"
    )
