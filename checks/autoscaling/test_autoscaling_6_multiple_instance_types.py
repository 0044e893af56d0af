"""AutoScaling.6: Auto Scaling groups should be able to launch more than one instance type."""

from fixtures.rules import Rule

RULE = Rule(
    id="AutoScaling.6",
    title="Auto Scaling Groups Use Multiple Instance Types",
    risk="Medium",
    service="AutoScaling",
    compliant="The Auto Scaling group's mixed instances policy lists more than one instance type.",
    rationale=(
        "EC2 sometimes has no spare capacity of a given instance type in a zone. A group that knows only one type "
        "then cannot launch or replace instances there, exactly when it needs to scale or recover. Listing several "
        "comparable types in a mixed instances policy lets the group fall back to another type and keep its "
        "capacity."
    ),
    remediation=(
        "Console: open EC2 > Auto Scaling Groups, select the group (it must use a launch template, see "
        "AutoScaling.9), choose Details > Instance type requirements > Edit, choose 'Add instance types' and add "
        "one or more types of similar size, then Update. "
        "CLI: aws autoscaling update-auto-scaling-group --auto-scaling-group-name NAME --mixed-instances-policy "
        "'{\"LaunchTemplate\":{\"LaunchTemplateSpecification\":{\"LaunchTemplateName\":\"TEMPLATE\","
        "\"Version\":\"$Latest\"},\"Overrides\":[{\"InstanceType\":\"m6i.large\"},{\"InstanceType\":\"m5.large\"}]}}'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-6",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_MixedInstancesPolicy.html",
    ),
    notes=(
        "Evidence is the distinct InstanceType values of MixedInstancesPolicy.LaunchTemplate.Overrides in "
        "autoscaling:DescribeAutoScalingGroups, read once per region: two or more pass. A group without a mixed "
        "instances policy launches the one type of its launch template or launch configuration and fails. As in "
        "the control (AWS Config autoscaling-multiple-instance-types), groups whose policy picks types by "
        "attributes (InstanceRequirements) are not evaluated. The title also names several Availability Zones; AWS "
        "judges only the instance types here, and zones are ASG-010's (AutoScaling.2)."
    ),
)


def launches(group) -> str:
    """What a group with a single instance type launches from, in words."""
    if group.mixed_instances:
        listed = f"lists one instance type ({group.instance_types[0]})" if group.instance_types else (
            "lists no instance types, so only its launch template's type")
        return f"its mixed instances policy {listed}"
    if group.launch_template:
        return f"it launches the one instance type of launch template {group.launch_template}"
    return f"it launches the one instance type of launch configuration {group.launch_configuration or '(none)'}"


def test_autoscaling_6_multiple_instance_types(instance_typed_auto_scaling_group):
    group = instance_typed_auto_scaling_group
    assert len(group.instance_types) >= 2, (
        f"Auto Scaling group {group.name} in {group.region} can launch only one instance type: {launches(group)}"
    )
