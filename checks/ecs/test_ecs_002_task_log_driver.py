"""ECS-002: every container of an ECS task definition must have a log configuration."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS-002",
    title="ECS Task Log Driver In Use",
    risk="High",
    service="ECS",
    compliant="Every container of the ECS task definition has a log configuration with a log driver.",
    rationale=(
        "Without a log driver a container's output stays on the container instance, or with Fargate goes "
        "nowhere, and disappears with the task. Application errors, access records and signs of an attack are "
        "then lost exactly when they are needed. Sending every container's logs to CloudWatch Logs, FireLens or "
        "another central store keeps them after the task ends, under retention and access controls of their own."
    ),
    remediation=(
        "Console: open Amazon ECS > Task definitions, select the family and choose Create new revision; for each "
        "container tick Use log collection under Logging and choose Amazon CloudWatch (or another destination), "
        "create the revision and update the services that use it. "
        "CLI: 'aws ecs describe-task-definition --task-definition FAMILY', add to each container "
        "\"logConfiguration\": {\"logDriver\": \"awslogs\", \"options\": {\"awslogs-group\": \"/ecs/FAMILY\", "
        "\"awslogs-region\": \"REGION\", \"awslogs-stream-prefix\": \"ecs\"}}, then 'aws ecs "
        "register-task-definition --cli-input-json file://task-definition.json' and 'aws ecs update-service ...'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9",
        "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LogConfiguration.html",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html",
    ),
    notes=(
        "FSBP ECS.9. Evidence is ecs:DescribeTaskDefinition containerDefinitions[].logConfiguration.logDriver of the "
        "latest ACTIVE revision of each family (AWS Config ecs-task-definition-log-configuration): a container "
        "without logConfiguration or without a logDriver fails. Any log driver passes, as in the control; whether "
        "its destination keeps the logs is left to the destination's own rules."
    ),
)


def test_ecs_002_task_log_driver(ecs_task_definition):
    unlogged = [container.name for container in ecs_task_definition.containers if not container.log_driver]
    assert not unlogged, (
        f"ECS task definition {ecs_task_definition.name} in {ecs_task_definition.region} has container(s) "
        f"{', '.join(unlogged)} without a log configuration"
    )
