"""ECS.4: ECS containers must not run in privileged mode."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS.4",
    title="ECS Containers Run Non-Privileged",
    risk="High",
    service="ECS",
    compliant="No container of the ECS task definition runs in privileged mode.",
    rationale=(
        "A privileged container gets nearly every Linux capability and access to the host's devices, so root "
        "inside it is close to root on the container instance: it can mount the host's disks, load kernel "
        "modules or reach other tasks. Few workloads need that; those that do are better moved to a dedicated "
        "host than left one exploit away from the whole instance."
    ),
    remediation=(
        "Console: open Amazon ECS > Task definitions, select the family and choose Create new revision; for each "
        "container clear Privileged under Security (add only the specific Linux capabilities it needs, if any), "
        "create the revision and update the services that use it. "
        "CLI: 'aws ecs describe-task-definition --task-definition FAMILY', set \"privileged\": false (or remove "
        "it) in each container definition, then 'aws ecs register-task-definition --cli-input-json "
        "file://task-definition.json' and 'aws ecs update-service --cluster CLUSTER --service SERVICE "
        "--task-definition FAMILY:REVISION'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4",
        "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
    ),
    notes=(
        "Evidence is ecs:DescribeTaskDefinition containerDefinitions[].privileged of the latest ACTIVE revision of "
        "each family (AWS Config ecs-containers-nonprivileged): any container with true fails. No Conformity ID in "
        "the 2023 list."
    ),
)


def test_ecs_4_privileged_containers(ecs_task_definition):
    privileged = [container.name for container in ecs_task_definition.containers if container.privileged]
    assert not privileged, (
        f"ECS task definition {ecs_task_definition.name} in {ecs_task_definition.region} runs container(s) "
        f"{', '.join(privileged)} in privileged mode"
    )
