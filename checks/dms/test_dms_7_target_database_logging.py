"""DMS.7: DMS replication tasks must log their target database events."""

from fixtures.rules import Rule

TARGET_COMPONENTS = ("TARGET_APPLY", "TARGET_LOAD")

RULE = Rule(
    id="DMS.7",
    title="DMS Replication Task Target Logging",
    risk="Medium",
    service="DMS",
    compliant=(
        "The replication task logs to CloudWatch Logs with TARGET_APPLY and TARGET_LOAD at "
        "LOGGER_SEVERITY_DEFAULT or more detail."
    ),
    rationale=(
        "The TARGET_LOAD and TARGET_APPLY components record what a task writes into the target database during "
        "the full load and while it applies ongoing changes. Without those logs, rows that failed to load, "
        "changes applied out of order or writes to the wrong place leave no trace to investigate or to prove "
        "the migration complete."
    ),
    remediation=(
        "Console: open AWS DMS > Database migration tasks, stop the task, choose Modify, under Task settings "
        "turn on CloudWatch logs and set Target apply and Target load to Default (or Debug), save and resume "
        "the task. "
        "CLI: stop it with 'aws dms stop-replication-task --replication-task-arn ARN', then 'aws dms "
        "modify-replication-task --replication-task-arn ARN --replication-task-settings file://settings.json' "
        "where settings.json has Logging.EnableLogging true and LogComponents TARGET_APPLY and TARGET_LOAD "
        "with Severity LOGGER_SEVERITY_DEFAULT."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-7",
        "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html",
        "https://docs.aws.amazon.com/dms/latest/APIReference/API_ReplicationTask.html",
    ),
    notes=(
        "FSBP DMS.7; Conformity has no matching rule, so the ID is the control's. Evidence is the Logging "
        "section of dms:DescribeReplicationTasks ReplicationTaskSettings (JSON): EnableLogging true and both "
        "TARGET_APPLY and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT, DEBUG or DETAILED_DEBUG (DMS ranks ERROR, "
        "WARNING and INFO below DEFAULT, so they fail). A component left out of LogComponents fails, "
        "as does a full-load-only task without TARGET_APPLY, since the control asks for both components of "
        "every task."
    ),
)


def test_dms_7_target_database_logging(dms_replication_task):
    shortfalls = dms_replication_task.logging_shortfalls(*TARGET_COMPONENTS)
    assert not shortfalls, (
        f"DMS replication task {dms_replication_task.identifier} in {dms_replication_task.region} does not log "
        f"target database events: {'; '.join(shortfalls)}"
    )
