"""DMS.8: DMS replication tasks must log their source database events."""

from fixtures.rules import Rule

SOURCE_COMPONENTS = ("SOURCE_CAPTURE", "SOURCE_UNLOAD")

RULE = Rule(
    id="DMS.8",
    title="DMS Replication Task Source Logging",
    risk="Medium",
    service="DMS",
    compliant=(
        "The replication task logs to CloudWatch Logs with SOURCE_CAPTURE and SOURCE_UNLOAD at "
        "LOGGER_SEVERITY_DEFAULT or more detail."
    ),
    rationale=(
        "The SOURCE_UNLOAD and SOURCE_CAPTURE components record what a task reads from the source database: "
        "the full-load unload and the change capture that follows. Without those logs a capture that skipped "
        "changes, lost its position in the source's log or was refused access leaves nothing to investigate, "
        "and the migrated copy cannot be shown to be whole."
    ),
    remediation=(
        "Console: open AWS DMS > Database migration tasks, stop the task, choose Modify, under Task settings "
        "turn on CloudWatch logs and set Source capture and Source unload to Default (or Debug), save and "
        "resume the task. "
        "CLI: stop it with 'aws dms stop-replication-task --replication-task-arn ARN', then 'aws dms "
        "modify-replication-task --replication-task-arn ARN --replication-task-settings file://settings.json' "
        "where settings.json has Logging.EnableLogging true and LogComponents SOURCE_CAPTURE and SOURCE_UNLOAD "
        "with Severity LOGGER_SEVERITY_DEFAULT."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-8",
        "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html",
        "https://docs.aws.amazon.com/dms/latest/APIReference/API_ReplicationTask.html",
    ),
    notes=(
        "FSBP DMS.8; Conformity has no matching rule, so the ID is the control's. Evidence is the Logging "
        "section of dms:DescribeReplicationTasks ReplicationTaskSettings (JSON): EnableLogging true and both "
        "SOURCE_CAPTURE and SOURCE_UNLOAD at LOGGER_SEVERITY_DEFAULT, DEBUG or DETAILED_DEBUG (DMS ranks ERROR, "
        "WARNING and INFO below DEFAULT, so they fail). A component left out of LogComponents fails, "
        "whatever the task's migration type, since the control asks for both components of every task."
    ),
)


def test_dms_8_source_database_logging(dms_replication_task):
    shortfalls = dms_replication_task.logging_shortfalls(*SOURCE_COMPONENTS)
    assert not shortfalls, (
        f"DMS replication task {dms_replication_task.identifier} in {dms_replication_task.region} does not log "
        f"source database events: {'; '.join(shortfalls)}"
    )
