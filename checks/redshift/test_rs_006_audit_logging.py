"""RS-006: Redshift clusters must have audit logging enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="RS-006",
    title="Redshift Cluster Audit Logging Enabled",
    risk="Medium",
    service="Redshift",
    compliant="The cluster's audit logging is on, delivering connection and user logs to S3 or CloudWatch Logs.",
    rationale=(
        "Audit logging records who connected to the cluster, from where, and which database users were "
        "created or changed. Without it the system tables keep only a few days of that history inside the "
        "cluster itself, so an investigation of a leaked password or an unexpected grant has little to go on."
    ),
    remediation=(
        "Console: open Amazon Redshift > Clusters, choose the cluster, then Properties > Database "
        "configurations (or Maintenance and monitoring) > Audit logging > Edit, turn it on and choose S3 or "
        "CloudWatch Logs as the destination. "
        "CLI: 'aws redshift enable-logging --cluster-identifier NAME --log-destination-type cloudwatch "
        "--log-exports connectionlog userlog useractivitylog' (or '--bucket-name BUCKET' for S3)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-4",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_DescribeLoggingStatus.html",
    ),
    notes=(
        "FSBP Redshift.4 (its parameter loggingEnabled = true). Evidence is redshift:DescribeLoggingStatus "
        "LoggingEnabled, read per cluster; S3 and CloudWatch Logs destinations count alike. Logging user "
        "activity (queries) also needs enable_user_activity_logging in the parameter group, which the "
        "control does not judge."
    ),
)


def test_rs_006_audit_logging(redshift_cluster_logging):
    assert redshift_cluster_logging.logging_enabled, (
        f"Redshift cluster {redshift_cluster_logging.identifier} in {redshift_cluster_logging.region} "
        "does not have audit logging enabled"
    )
