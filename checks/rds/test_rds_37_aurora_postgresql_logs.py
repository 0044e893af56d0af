"""RDS.37: Aurora PostgreSQL DB clusters must publish their PostgreSQL log to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.37",
    title="Aurora PostgreSQL Log Export",
    risk="Medium",
    service="RDS",
    compliant="The Aurora PostgreSQL DB cluster publishes its PostgreSQL log to CloudWatch Logs.",
    rationale=(
        "The PostgreSQL log holds connection attempts, errors and, with the right parameters, the statements "
        "run and pgAudit records. Left on the cluster it is rotated away and cannot be searched across "
        "databases; in CloudWatch Logs it is retained centrally, can feed metric filters and alarms, and "
        "survives the cluster."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the Aurora PostgreSQL DB cluster, choose Modify, under Log "
        "exports tick PostgreSQL log, continue and apply; set log_connections and the logging parameters you "
        "need in the cluster parameter group. "
        "CLI: 'aws rds modify-db-cluster --db-cluster-identifier NAME --cloudwatch-logs-export-configuration "
        "EnableLogTypes=postgresql --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-37",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.CloudWatch.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.37. Evidence: EnabledCloudwatchLogsExports of each Aurora PostgreSQL DB cluster "
        "(rds:DescribeDBClusters without parameters) must include 'postgresql', the log type the control's AWS "
        "Config rule (rds-aurora-postgresql-logs-to-cloudwatch) asks for. Rule ID: the catalog's RDS-033? is "
        "only a related Conformity rule, so the FSBP ID is kept."
    ),
)


def test_rds_37_aurora_postgresql_logs(aurora_postgresql_cluster):
    exports = ", ".join(aurora_postgresql_cluster.log_exports) or "none"
    assert "postgresql" in aurora_postgresql_cluster.log_exports, (
        f"Aurora PostgreSQL DB cluster {aurora_postgresql_cluster.identifier} in {aurora_postgresql_cluster.region} "
        f"does not publish its PostgreSQL log to CloudWatch Logs (log exports: {exports})"
    )
