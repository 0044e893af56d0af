"""RDS.36: RDS for PostgreSQL DB instances must publish their PostgreSQL log to CloudWatch Logs."""

from fixtures.rules import Rule

LOG_TYPES = ("postgresql",)

RULE = Rule(
    id="RDS.36",
    title="PostgreSQL Log Exports",
    risk="Medium",
    service="RDS",
    compliant="The PostgreSQL DB instance publishes its postgresql log to CloudWatch Logs.",
    rationale=(
        "The postgresql log is where PostgreSQL records failed logins, errors, and, with logging parameters or "
        "pgAudit, the statements that ran. On the instance it rotates away after a few days; in CloudWatch Logs "
        "it is kept as long as the log group says, can be searched across instances and can trigger alarms on "
        "authentication failures or unusual errors."
    ),
    remediation=(
        "Console: in RDS open Databases, select the PostgreSQL instance and choose Modify; under Log exports tick "
        "PostgreSQL log, choose Continue and apply. What the log contains is set in the DB parameter group "
        "(log_connections, log_statement, pgaudit.log). "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --cloudwatch-logs-export-configuration "
        "EnableLogTypes=postgresql --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-36",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/rds-postgresql-logs-to-cloudwatch.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances EnabledCloudwatchLogsExports must include the log types of FSBP RDS.36's "
        "logTypes parameter, postgresql (not customizable). Only RDS for PostgreSQL instances (engine postgres) "
        "are judged; Aurora PostgreSQL publishes from the cluster (RDS.37). RDS-033 (FSBP RDS.9) also asks for "
        "the upgrade log, so the two are separate rules; Conformity's Log Exports is only a related rule, so this "
        "one takes the FSBP ID."
    ),
)


def test_rds_36_postgresql_log_exports(postgres_db_instance):
    instance = postgres_db_instance
    missing = [log for log in LOG_TYPES if log not in instance.log_exports]
    assert not missing, (
        f"RDS for PostgreSQL DB instance {instance.identifier} in {instance.region} does not publish "
        f"{', '.join(missing)} logs to CloudWatch Logs"
    )
