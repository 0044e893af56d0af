"""RDS-033: RDS DB instances must publish their engine's logs to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-033",
    title="Log Exports",
    risk="Medium",
    service="RDS",
    compliant="The DB instance publishes every log type its engine is expected to publish to CloudWatch Logs.",
    rationale=(
        "Database logs record who connected, what failed and which statements ran slowly or changed data. Kept "
        "only on the instance they rotate away within days and disappear with it; published to CloudWatch Logs "
        "they are retained as long as needed, searchable in one place, and can raise alarms on failed logins or "
        "errors while an incident is still unfolding."
    ),
    remediation=(
        "Console: in RDS open Databases, select the instance (for an Aurora member, its DB cluster) and choose "
        "Modify; under Log exports tick every log type of the engine, choose Continue and apply. MySQL and "
        "MariaDB write the general and slow query logs only when the DB parameter group sets general_log=1, "
        "slow_query_log=1 and log_output=FILE, and the audit log only with the MARIADB_AUDIT_PLUGIN option in "
        "the option group. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --cloudwatch-logs-export-configuration "
        "EnableLogTypes=postgresql,upgrade --apply-immediately' (list the engine's types); for Aurora, 'aws rds "
        "modify-db-cluster --db-cluster-identifier NAME --cloudwatch-logs-export-configuration EnableLogTypes=...'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/rds-logging-enabled.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances EnabledCloudwatchLogsExports must hold every log type FSBP RDS.9 lists for "
        "the engine: Oracle alert, audit, trace, listener; PostgreSQL postgresql, upgrade; MySQL, MariaDB and "
        "Aurora MySQL (aurora, aurora-mysql) audit, error, general, slowquery; SQL Server error, agent; Aurora "
        "PostgreSQL postgresql. The control documents this list per engine and no parameter to change it; an "
        "earlier version of its page also listed upgrade for Aurora PostgreSQL, which that engine cannot export "
        "(RDS accepts postgresql, instance and iam-db-auth-error for it), so only postgresql is required. Engines "
        "it does not list (Db2, RDS Custom, Neptune, DocumentDB) are not applicable, nor are instances outside the "
        "states its Config rule (rds-logging-enabled) evaluates: available, backing-up, storage-optimization, "
        "storage-full. Aurora members are judged on the log types DescribeDBInstances reports for them, as the "
        "control does; the setting itself lives on the cluster. RDS.36 is the narrower PostgreSQL control "
        "(postgresql logs only), a rule of its own."
    ),
)


def test_rds_033_log_exports(instance_log_exports):
    logs = instance_log_exports
    missing = [log for log in logs.expected if log not in logs.published]
    assert not missing, (
        f"RDS DB instance {logs.identifier} ({logs.engine}) in {logs.region} does not publish "
        f"{', '.join(missing)} logs to CloudWatch Logs"
    )
