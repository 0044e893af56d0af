"""ECS.5: ECS containers must be limited to read-only access to their root filesystems."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS.5",
    title="ECS Containers Have Read-Only Root Filesystems",
    risk="High",
    service="ECS",
    compliant="Every container of the ECS task definition mounts its root filesystem read-only.",
    rationale=(
        "A container whose root filesystem is writable lets an intruder change the application's binaries, "
        "drop tools and persist for as long as the task lives. Mounting it read-only, with writable volumes only "
        "where the application really writes (temporary files, caches), makes tampering much harder and keeps "
        "the running container identical to the image that was reviewed."
    ),
    remediation=(
        "Console: open Amazon ECS > Task definitions, select the family and choose Create new revision; for each "
        "container tick Read only root file system under Storage (add volumes for paths the application writes "
        "to), create the revision and update the services that use it. "
        "CLI: 'aws ecs describe-task-definition --task-definition FAMILY', set \"readonlyRootFilesystem\": true in "
        "each container definition, then 'aws ecs register-task-definition --cli-input-json "
        "file://task-definition.json' and 'aws ecs update-service --cluster CLUSTER --service SERVICE "
        "--task-definition FAMILY:REVISION'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5",
        "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html",
    ),
    notes=(
        "Evidence is ecs:DescribeTaskDefinition containerDefinitions[].readonlyRootFilesystem of the latest ACTIVE "
        "revision of each family (AWS Config ecs-containers-readonly-access): a container with false or without the "
        "parameter fails. ECS does not support the parameter for Windows containers, so a Windows task definition "
        "fails here as it does in Security Hub: waive it, naming the reason. No Conformity ID in the 2023 list."
    ),
)


def test_ecs_5_read_only_root_filesystem(ecs_task_definition):
    writable = [container.name for container in ecs_task_definition.containers
                if not container.readonly_root_filesystem]
    assert not writable, (
        f"ECS task definition {ecs_task_definition.name} in {ecs_task_definition.region} gives container(s) "
        f"{', '.join(writable)} write access to their root filesystem (readonlyRootFilesystem not true)"
    )
