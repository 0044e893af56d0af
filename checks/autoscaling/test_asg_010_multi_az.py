"""ASG-010: Auto Scaling groups must span several Availability Zones."""

from fixtures.rules import Rule

RULE = Rule(
    id="ASG-010",
    title="Multi-AZ Auto Scaling Groups",
    risk="Medium",
    service="AutoScaling",
    compliant="The Auto Scaling group can launch instances in at least the required number of Availability Zones.",
    rationale=(
        "A group confined to one Availability Zone loses all of its capacity when that zone has an outage, and it "
        "has nowhere else to launch replacements. Spreading the group over several zones lets it rebalance and "
        "keep serving from the zones that remain; single-zone groups fit only workloads that can wait, such as "
        "batch jobs."
    ),
    remediation=(
        "Console: open EC2 > Auto Scaling Groups, select the group, choose Details > Network > Edit and add "
        "subnets in other Availability Zones (for a group outside a VPC, add Availability Zones), then Update. "
        "CLI: aws autoscaling update-auto-scaling-group --auto-scaling-group-name NAME --vpc-zone-identifier "
        "\"subnet-a,subnet-b,subnet-c\" (subnets in different zones)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-2",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-az-console.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_AutoScalingGroup.html",
    ),
    notes=(
        "Evidence is the AvailabilityZones list of autoscaling:DescribeAutoScalingGroups, read once per region. "
        "The control's minAvailabilityZones parameter (2 to 6, AWS default 2) is the setting "
        "audit_autoscaling_min_availability_zones; a group passes when it spans at least that many zones."
    ),
)


def test_asg_010_multi_az(auto_scaling_group, settings):
    group = auto_scaling_group
    needed = settings.autoscaling_min_availability_zones
    zones = group.availability_zones
    assert len(zones) >= needed, (
        f"Auto Scaling group {group.name} in {group.region} spans {len(zones)} Availability "
        f"Zone{'' if len(zones) == 1 else 's'} ({', '.join(zones) or 'none'}); at least {needed} are required"
    )
