"""DocumentDB.4: Amazon DocumentDB clusters must publish their audit logs to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="DocumentDB.4",
    title="DocumentDB Audit Logs Published to CloudWatch Logs",
    risk="Medium",
    service="DocumentDB",
    compliant="The DocumentDB cluster exports its audit log to CloudWatch Logs.",
    rationale=(
        "DocumentDB auditing is off until you opt in. Its audit log records sign-ins that succeeded or failed, "
        "changes to users and roles and, if chosen, reads and writes. Exported to CloudWatch Logs it can be "
        "kept, searched and alarmed on; without it, nobody can tell afterwards who dropped a collection or "
        "tried passwords against the cluster."
    ),
    remediation=(
        "Console: set the audit_logs parameter of the cluster's custom cluster parameter group to enabled (or "
        "to the event categories you want); then in Amazon DocumentDB > Clusters select the cluster, choose "
        "Actions > Modify, tick Audit logs under Log exports, continue and apply immediately. "
        "CLI: 'aws docdb modify-db-cluster-parameter-group --db-cluster-parameter-group-name GROUP --parameters "
        "ParameterName=audit_logs,ParameterValue=enabled,ApplyMethod=immediate', then 'aws docdb "
        "modify-db-cluster --db-cluster-identifier NAME --cloudwatch-logs-export-configuration "
        "EnableLogTypes=audit --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-4",
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Evidence: EnabledCloudwatchLogsExports of each DocumentDB cluster (rds:DescribeDBClusters, no "
        "parameters, Engine 'docdb') must include 'audit'; the profiler log is not required. As with the "
        "control, the audit_logs cluster parameter is not read: with it disabled the export carries no "
        "records, so check the parameter group as well (stricter advice, not judged here). Conformity's "
        "DocumentDB-004 (Log Exports) only relates: it asks for log exports in general, so the ID is the FSBP "
        "control's."
    ),
)


def test_documentdb_4_audit_logs(docdb_cluster):
    exports = ", ".join(docdb_cluster.log_exports) or "none"
    assert "audit" in docdb_cluster.log_exports, (
        f"DocumentDB cluster {docdb_cluster.identifier} in {docdb_cluster.region} does not publish audit logs to "
        f"CloudWatch Logs (log exports: {exports})"
    )
