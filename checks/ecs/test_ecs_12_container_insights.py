"""ECS.12: ECS clusters must have CloudWatch Container Insights enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="ECS.12",
    title="ECS Cluster Container Insights",
    risk="Medium",
    service="ECS",
    compliant="The ECS cluster has CloudWatch Container Insights enabled (standard or enhanced observability).",
    rationale=(
        "Container Insights collects CPU, memory, network and storage metrics per cluster, service and task, "
        "along with task lifecycle events. Without it a task that starts mining, restarts in a loop or suddenly "
        "sends far more traffic than usual leaves little trace, and an investigation has no baseline to compare "
        "with."
    ),
    remediation=(
        "Console: open Amazon ECS > Clusters, select the cluster and choose Update cluster; under Monitoring choose "
        "Container Insights (or Container Insights with enhanced observability) and Update. To make it the "
        "default for new clusters, choose Account settings > Update and turn Container Insights on. "
        "CLI: aws ecs update-cluster-settings --cluster CLUSTER --settings name=containerInsights,value=enabled "
        "(or value=enhanced); for new clusters: aws ecs put-account-setting --name containerInsights --value enabled."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-12",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html",
        "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ClusterSetting.html",
    ),
    notes=(
        "Evidence is the containerInsights setting of ecs:DescribeClusters with include SETTINGS (AWS Config "
        "ecs-container-insights-enabled): enabled or enhanced passes; disabled (or no setting) fails. No Conformity "
        "ID in the 2023 list."
    ),
)


def test_ecs_12_container_insights(ecs_cluster):
    assert ecs_cluster.container_insights in ("enabled", "enhanced"), (
        f"ECS cluster {ecs_cluster.name} in {ecs_cluster.region} does not have CloudWatch Container Insights "
        f"enabled (containerInsights: {ecs_cluster.container_insights})"
    )
