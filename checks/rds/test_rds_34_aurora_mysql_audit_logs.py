"""RDS.34: Aurora MySQL DB clusters must publish their audit log to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.34",
    title="Aurora MySQL Audit Log Export",
    risk="Medium",
    service="RDS",
    compliant="The Aurora MySQL DB cluster publishes its audit log to CloudWatch Logs.",
    rationale=(
        "The audit log records who connected to the database and which statements they ran, the trail an "
        "investigation needs after a breach or a suspicious change. Kept only on the cluster it is rotated away "
        "within days and is lost with the cluster; exported to CloudWatch Logs it is retained as long as you "
        "choose, can be searched and alarmed on, and is out of reach of a database administrator covering "
        "tracks."
    ),
    remediation=(
        "Console: in RDS, open Databases, select the Aurora MySQL DB cluster, choose Modify, under Log exports "
        "tick Audit log, continue and apply; make sure the cluster parameter group sets server_audit_logging to "
        "1 (and server_audit_events to what you need), or the log stays empty. "
        "CLI: 'aws rds modify-db-cluster --db-cluster-identifier NAME --cloudwatch-logs-export-configuration "
        "EnableLogTypes=audit --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-34",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.CloudWatch.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.34. Evidence: EnabledCloudwatchLogsExports of each Aurora MySQL DB cluster "
        "(rds:DescribeDBClusters without parameters) must include 'audit'. As AWS documents, Aurora Serverless "
        "v1 clusters (EngineMode serverless) are not judged. Uploading through the cluster parameter "
        "server_audit_logs_upload does not show in this field; AWS advises the log export instead. Rule ID: the "
        "catalog's RDS-033? is only a related Conformity rule, so the FSBP ID is kept."
    ),
)


def test_rds_34_aurora_mysql_audit_logs(aurora_mysql_cluster_except_serverless_v1):
    cluster = aurora_mysql_cluster_except_serverless_v1
    exports = ", ".join(cluster.log_exports) or "none"
    assert "audit" in cluster.log_exports, (
        f"Aurora MySQL DB cluster {cluster.identifier} in {cluster.region} does not publish its audit log to "
        f"CloudWatch Logs (log exports: {exports})"
    )
