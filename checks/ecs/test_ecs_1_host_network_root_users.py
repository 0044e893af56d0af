"""ECS.1: ECS task definitions in host network mode must not run containers as root unless they opt in to privilege."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS.1",
    title="Task Definitions with Host Networking Run as Non-Root",
    risk="High",
    service="ECS",
    compliant=("The ECS task definition does not use the host network mode, or each of its containers runs as a "
               "non-root user or explicitly opts in to privileged mode."),
    rationale=(
        "With host networking a task's containers share the container instance's network stack: they can bind "
        "its ports, watch its interfaces and reach whatever it can reach. A container that also runs as root, "
        "which is what most images do when no user is named, holds that network access with full rights inside "
        "the container, so a compromised process has far more to work with. Naming a non-root user keeps the "
        "blast radius small; a privileged container is at least a deliberate, reviewable choice."
    ),
    remediation=(
        "Console: open Amazon ECS > Task definitions, select the family and choose Create new revision; either "
        "switch Network mode to awsvpc (or bridge), or for each container set User under Container details to a "
        "non-root user or UID (for example 1000), then create the revision and update the services that use it. "
        "CLI: 'aws ecs describe-task-definition --task-definition FAMILY' to get the definition, set "
        "\"networkMode\": \"awsvpc\" or a \"user\" for each container, then 'aws ecs register-task-definition "
        "--cli-input-json file://task-definition.json' and 'aws ecs update-service --cluster CLUSTER "
        "--service SERVICE --task-definition FAMILY:REVISION'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/ecs-task-definition-user-for-host-mode-check.html",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
    ),
    notes=(
        "Evidence is ecs:DescribeTaskDefinition networkMode and each container definition's user and privileged, for "
        "the latest ACTIVE revision of each family (ecs:ListTaskDefinitions status ACTIVE), as the control's AWS "
        "Config rule (ecs-task-definition-user-for-host-mode-check, SkipInactiveTaskDefinitions true) evaluates. "
        "A task definition not in host mode passes; in host mode it fails when a container has privileged false or "
        "unset and its user is unset or root. Decision: user ID 0 ('0', '0:0') and root with a group ('root:staff') "
        "count as root too, since they are the same user. Risk: High, as AWS's control page rates it (the catalog "
        "row says Medium). No Conformity ID in the 2023 list."
    ),
)


def test_ecs_1_host_network_root_users(ecs_task_definition):
    definition = ecs_task_definition
    exposed = [container.name for container in definition.containers
               if definition.network_mode == "host" and container.runs_as_root and not container.privileged]
    assert not exposed, (
        f"ECS task definition {definition.name} in {definition.region} uses the host network mode and runs "
        f"container(s) {', '.join(exposed)} as root without an explicit privileged opt-in"
    )
