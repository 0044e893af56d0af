"""ECS.3: ECS task definitions must not share the host's process namespace with their containers."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS.3",
    title="Task Definitions Do Not Share the Host Process Namespace",
    risk="High",
    service="ECS",
    compliant="The ECS task definition does not share the host's process namespace with its containers.",
    rationale=(
        "With pidMode host a container sees every process on the container instance, other tasks' and the ECS "
        "agent's included, and with enough rights can signal, trace or read them. Process isolation is one of "
        "the walls between a compromised container and the rest of the host; giving it up turns one broken "
        "container into a view of, and a lever on, everything running beside it."
    ),
    remediation=(
        "Console: open Amazon ECS > Task definitions, select the family and choose Create new revision; under "
        "the task's advanced settings set PID mode to task (or leave it unset), create the revision and update "
        "the services that use it. "
        "CLI: 'aws ecs describe-task-definition --task-definition FAMILY', remove \"pidMode\": \"host\" (or set "
        "\"task\"), then 'aws ecs register-task-definition --cli-input-json file://task-definition.json' and "
        "'aws ecs update-service --cluster CLUSTER --service SERVICE --task-definition FAMILY:REVISION'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html",
    ),
    notes=(
        "Evidence is ecs:DescribeTaskDefinition pidMode of the latest ACTIVE revision of each family (AWS Config "
        "ecs-task-definition-pid-mode-check): host fails; task or unset passes. No Conformity ID in the 2023 list."
    ),
)


def test_ecs_3_host_process_namespace(ecs_task_definition):
    assert ecs_task_definition.pid_mode != "host", (
        f"ECS task definition {ecs_task_definition.name} in {ecs_task_definition.region} shares the host's process "
        "namespace with its containers (pidMode host)"
    )
