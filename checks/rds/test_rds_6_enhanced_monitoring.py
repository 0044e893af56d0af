"""RDS.6: RDS DB instances must collect Enhanced Monitoring metrics."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.6",
    title="RDS Enhanced Monitoring",
    risk="Low",
    service="RDS",
    compliant="The DB instance collects Enhanced Monitoring metrics from its operating system.",
    rationale=(
        "The standard RDS metrics in CloudWatch are measured from outside the database host, at one-minute "
        "resolution at best. Enhanced Monitoring runs an agent on the host itself and reports CPU, memory, file "
        "system and disk activity per process every few seconds. Without it, a runaway query, a starved instance "
        "and a failing one look alike until users feel the slowdown or the outage."
    ),
    remediation=(
        "Console: in RDS open Databases, select the instance and choose Modify; under Monitoring turn on Enhanced "
        "Monitoring, choose a granularity (for example 60 seconds) and a monitoring role (or let RDS create "
        "rds-monitoring-role), choose Continue and apply the change. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --monitoring-interval 60 "
        "--monitoring-role-arn arn:aws:iam::ACCOUNT:role/rds-monitoring-role --apply-immediately'; the role must "
        "trust monitoring.rds.amazonaws.com and carry the AmazonRDSEnhancedMonitoringRole managed policy."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances MonitoringInterval; any interval above 0 passes, because FSBP's optional "
        "monitoringInterval parameter has no default. Aurora cluster members are judged (Enhanced Monitoring is "
        "set per instance, also in a cluster); Neptune and DocumentDB instances, which DescribeDBInstances lists "
        "too and which offer no Enhanced Monitoring, are left to their own controls. No Conformity rule matches, "
        "so the rule takes the FSBP ID."
    ),
)


def test_rds_6_enhanced_monitoring(rds_instance):
    assert rds_instance.monitoring_interval > 0, (
        f"RDS DB instance {rds_instance.identifier} ({rds_instance.engine}) in {rds_instance.region} "
        "does not have Enhanced Monitoring enabled"
    )
