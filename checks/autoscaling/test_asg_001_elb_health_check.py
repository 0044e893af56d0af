"""ASG-001: Auto Scaling groups behind a load balancer must use its health checks."""

from fixtures.rules import Rule

RULE = Rule(
    id="ASG-001",
    title="Auto Scaling Group Health Check",
    risk="Low",
    service="AutoScaling",
    compliant="The Auto Scaling group uses the load balancer's health checks to decide which instances to replace.",
    rationale=(
        "By default a group only asks EC2 whether an instance is running, so an instance whose application has "
        "hung or lost a dependency stays in service while the load balancer already refuses to send it traffic. "
        "With ELB health checks the group also treats an instance the load balancer marks unhealthy as failed and "
        "replaces it, which keeps the capacity behind the load balancer real."
    ),
    remediation=(
        "Console: open EC2 > Auto Scaling Groups, select the group, choose Details > Health checks > Edit, tick "
        "'Turn on Elastic Load Balancing health checks', set a grace period long enough for instances to start, "
        "and choose Update. "
        "CLI: aws autoscaling update-auto-scaling-group --auto-scaling-group-name NAME --health-check-type ELB "
        "--health-check-grace-period 300."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-1",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-elb-healthcheck.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_AutoScalingGroup.html",
    ),
    notes=(
        "Evidence is autoscaling:DescribeAutoScalingGroups, read once per region: a group counts as associated "
        "with a load balancer when LoadBalancerNames (Classic), TargetGroupARNs or a TrafficSources entry of type "
        "elb or elbv2 is set (the control once named Classic Load Balancers only; AWS's current wording covers any "
        "load balancer); it passes when HealthCheckType, a comma-separated list, includes ELB. Groups without a "
        "load balancer are not applicable, as in the control (AWS Config "
        "autoscaling-group-elb-healthcheck-required). Conformity rates ASG-001 Medium; FSBP rates it Low, which we "
        "keep."
    ),
)


def test_asg_001_elb_health_check(load_balanced_auto_scaling_group):
    group = load_balanced_auto_scaling_group
    assert "ELB" in group.health_checks, (
        f"Auto Scaling group {group.name} in {group.region} is attached to a load balancer "
        f"({', '.join(group.load_balancers)}) but does not use ELB health checks "
        f"(health check type: {','.join(group.health_checks)})"
    )
