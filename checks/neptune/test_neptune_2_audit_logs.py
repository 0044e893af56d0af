"""Neptune.2: Neptune DB clusters must publish their audit logs to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune.2",
    title="Neptune Audit Logs Published to CloudWatch Logs",
    risk="Medium",
    service="Neptune",
    compliant="The Neptune DB cluster exports its audit log to CloudWatch Logs.",
    rationale=(
        "Neptune's audit log records who connected to the cluster and which queries they ran. Kept only on the "
        "instances, it is hard to search, rotates away and disappears with the instance; exported to CloudWatch "
        "Logs it is retained as long as you choose, can raise alarms on unusual access, and is there to "
        "reconstruct what happened after an incident."
    ),
    remediation=(
        "Console: first make sure the cluster's DB cluster parameter group sets neptune_enable_audit_log to 1 "
        "(a custom parameter group; reboot the instances if it changed). Then in Neptune > Databases select the "
        "cluster, choose Modify, tick Audit log under Log exports, continue and apply. "
        "CLI: 'aws neptune modify-db-cluster-parameter-group --db-cluster-parameter-group-name GROUP --parameters "
        "ParameterName=neptune_enable_audit_log,ParameterValue=1,ApplyMethod=pending-reboot', then "
        "'aws neptune modify-db-cluster --db-cluster-identifier NAME --cloudwatch-logs-export-configuration "
        "EnableLogTypes=audit --apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-cloudwatch-log-export-enabled.html",
        "https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Evidence: EnabledCloudwatchLogsExports of each Neptune cluster (rds:DescribeDBClusters, Engine "
        "'neptune') must include 'audit'; the slow-query log is not required. As with the control, the "
        "neptune_enable_audit_log cluster parameter is not read: without it the export is on but carries no "
        "audit records, so check the parameter group as well (stricter advice, not judged here). No Conformity "
        "rule matches, so the ID is the FSBP control's."
    ),
)


def test_neptune_2_audit_logs(neptune_cluster):
    exports = ", ".join(neptune_cluster.log_exports) or "none"
    assert "audit" in neptune_cluster.log_exports, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} does not publish audit logs "
        f"to CloudWatch Logs (log exports: {exports})"
    )
