"""MSK.2: MSK clusters must have enhanced monitoring at topic level (PER_TOPIC_PER_BROKER or finer)."""

from fixtures.rules import Rule

ENHANCED_LEVELS = ("PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION")

RULE = Rule(
    id="MSK.2",
    title="Enhanced Monitoring Configured",
    risk="Low",
    service="MSK",
    compliant="The MSK cluster sends CloudWatch metrics per topic (PER_TOPIC_PER_BROKER or PER_TOPIC_PER_PARTITION).",
    rationale=(
        "At the DEFAULT and PER_BROKER levels, CloudWatch shows a cluster's health in aggregate only. Topic-level "
        "metrics show which topic's traffic, lag or disk use is growing, so a runaway producer, a stalled "
        "consumer or an unusual spike in one data flow can be spotted and alarmed on before it fills the "
        "brokers or hides misuse."
    ),
    remediation=(
        "Console: in Amazon MSK, choose the cluster, choose Actions > Edit monitoring, select Enhanced "
        "topic-level monitoring (or partition level) and save; the extra metrics are billed by CloudWatch. "
        "CLI: 'aws kafka update-monitoring --cluster-arn ARN --current-version VERSION "
        "--enhanced-monitoring PER_TOPIC_PER_BROKER' (VERSION from 'aws kafka describe-cluster-v2')."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-2",
        "https://docs.aws.amazon.com/msk/latest/developerguide/metrics-details.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/msk-enhanced-monitoring-enabled.html",
    ),
    notes=(
        "Evidence is kafka:ListClustersV2 Provisioned.EnhancedMonitoring: PER_TOPIC_PER_BROKER and "
        "PER_TOPIC_PER_PARTITION pass, DEFAULT and PER_BROKER fail, as in the control's AWS Config rule. "
        "Serverless clusters are not judged: they have no monitoring level to set (the control's resource type, "
        "AWS::MSK::Cluster, is the provisioned kind)."
    ),
)


def test_msk_2_enhanced_monitoring(msk_cluster):
    assert msk_cluster.enhanced_monitoring in ENHANCED_LEVELS, (
        f"MSK cluster {msk_cluster.name} in {msk_cluster.region} has monitoring level "
        f"{msk_cluster.enhanced_monitoring}, not topic-level enhanced monitoring (PER_TOPIC_PER_BROKER or finer)"
    )
