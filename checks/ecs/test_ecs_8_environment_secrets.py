"""ECS.8: ECS task definitions must not pass AWS credentials as plain-text container environment variables."""

from fixtures.rules import Rule

# FSBP ECS.8's secretKeys (not customizable): the variable names it treats as credentials.
SECRET_VARIABLES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "ECS_ENGINE_AUTH_DATA")

RULE = Rule(
    id="ECS.8",
    title="No Secrets in Container Environment Variables",
    risk="High",
    service="ECS",
    compliant=("No container of the ECS task definition sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY or "
               "ECS_ENGINE_AUTH_DATA as a plain-text environment variable."),
    rationale=(
        "A plain-text environment variable is part of the task definition: anyone allowed to describe task "
        "definitions reads it, and it is copied into every revision, into infrastructure code and into the "
        "console. Long-lived access keys placed there leak easily and are rarely rotated. Tasks should get AWS "
        "permissions from a task IAM role, and other secrets from Secrets Manager or Parameter Store through the "
        "container's secrets field, which ECS resolves only when the task starts."
    ),
    remediation=(
        "Console: open Amazon ECS > Task definitions, select the family and choose Create new revision; remove "
        "the AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY or ECS_ENGINE_AUTH_DATA environment variables, give the "
        "task a Task role with the permissions it needs (or reference a Secrets Manager secret under "
        "Environment variables > ValueFrom), create the revision, update the services and deactivate the exposed "
        "access key in IAM. "
        "CLI: 'aws ecs describe-task-definition --task-definition FAMILY', drop the variables from \"environment\" "
        "and set \"taskRoleArn\" (or \"secrets\": [{\"name\": ..., \"valueFrom\": SECRET_ARN}]), then 'aws ecs "
        "register-task-definition --cli-input-json file://task-definition.json', 'aws ecs update-service ...' and "
        "'aws iam update-access-key --access-key-id KEY_ID --status Inactive --user-name USER'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8",
        "https://docs.aws.amazon.com/config/latest/developerguide/ecs-no-environment-secrets.html",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
    ),
    notes=(
        "Evidence is the names in ecs:DescribeTaskDefinition containerDefinitions[].environment of the latest ACTIVE "
        "revision of each family (AWS Config ecs-no-environment-secrets, secretKeys AWS_ACCESS_KEY_ID, "
        "AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA, not customizable): a container setting one of them fails. The "
        "reader keeps variable names only, never values, so no finding or report can show a secret. Like the "
        "control, variables loaded from files (environmentFiles in S3) are not read. No Conformity ID in the 2023 "
        "list."
    ),
)


def test_ecs_8_environment_secrets(ecs_task_definition):
    exposed = [f"{variable} in container {container.name}" for container in ecs_task_definition.containers
               for variable in container.environment_names if variable in SECRET_VARIABLES]
    assert not exposed, (
        f"ECS task definition {ecs_task_definition.name} in {ecs_task_definition.region} passes credentials as "
        f"plain-text environment variables: {', '.join(exposed)}"
    )
