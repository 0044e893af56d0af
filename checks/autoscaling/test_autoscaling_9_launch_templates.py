"""AutoScaling.9: Auto Scaling groups should launch from EC2 launch templates."""

from fixtures.rules import Rule

RULE = Rule(
    id="AutoScaling.9",
    title="Auto Scaling Groups Use Launch Templates",
    risk="Medium",
    service="AutoScaling",
    compliant="The Auto Scaling group launches instances from an EC2 launch template.",
    rationale=(
        "Launch configurations are frozen in an old feature set: they cannot be versioned or edited, and new EC2 "
        "capabilities (newer instance types, several instance types per group, Spot and On-Demand mixes, many "
        "metadata and network options) reach launch templates only. AWS no longer offers launch configurations to "
        "new accounts, so a group tied to one is harder to patch and harden over time."
    ),
    remediation=(
        "Console: open EC2 > Launch configurations, select the group's configuration, choose Actions > Copy to "
        "launch template (review the settings, requiring IMDSv2), then open Auto Scaling Groups, select the group, "
        "choose Details > Launch configuration > Edit > Switch to launch template, pick the template and version, "
        "Update, and replace the instances. "
        "CLI: aws ec2 create-launch-template --launch-template-name NAME --launch-template-data file://data.json, "
        "then aws autoscaling update-auto-scaling-group --auto-scaling-group-name GROUP --launch-template "
        "LaunchTemplateName=NAME,Version='$Latest'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-9",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-to-launch-templates.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_AutoScalingGroup.html",
    ),
    notes=(
        "Evidence is autoscaling:DescribeAutoScalingGroups, read once per region: a group passes when it has a "
        "LaunchTemplate or a MixedInstancesPolicy whose LaunchTemplateSpecification names one (AWS Config "
        "autoscaling-launch-template); a LaunchConfigurationName fails."
    ),
)


def test_autoscaling_9_launch_templates(auto_scaling_group):
    group = auto_scaling_group
    source = (f"launch configuration {group.launch_configuration} instead of an EC2 launch template"
              if group.launch_configuration else "no EC2 launch template")
    assert group.launch_template, f"Auto Scaling group {group.name} in {group.region} launches from {source}"
