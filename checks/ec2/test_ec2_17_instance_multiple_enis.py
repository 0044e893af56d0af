"""EC2.17: EC2 instances should not use more than one network interface."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.17",
    title="EC2 Instances Use a Single Network Interface",
    risk="Low",
    service="EC2",
    compliant="The instance has a single network interface attached.",
    rationale=(
        "An instance with interfaces in several subnets is dual-homed: it can carry traffic between networks that "
        "were meant to be separated, bypassing the route tables, network ACLs and firewalls placed between them, "
        "and each interface brings its own security groups to keep straight. Unless an appliance really needs "
        "it, one interface per instance keeps its network paths few and reviewable."
    ),
    remediation=(
        "Check what the extra interfaces are for (network appliances, EKS pods and EFA clusters use them on "
        "purpose: record those as waivers). Otherwise detach them. Console: open EC2 > Network interfaces, select "
        "the secondary interface and choose Actions > Detach, then delete it if nothing else uses it. "
        "CLI: aws ec2 detach-network-interface --attachment-id <eni-attach-id>, then aws ec2 "
        "delete-network-interface --network-interface-id <eni-id>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-17",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html",
    ),
    notes=(
        "Evidence is the NetworkInterfaces list of ec2:DescribeInstances: more than one attached interface (ENI "
        "or EFA) fails, as AWS's control does, EKS worker nodes included; AWS suggests suppressing the findings "
        "of instances that need several, which here is a waiver."
    ),
)


def test_ec2_17_instance_multiple_enis(instance):
    assert len(instance.network_interfaces) <= 1, (
        f"EC2 instance {instance.described} in {instance.region} uses {len(instance.network_interfaces)} network "
        f"interfaces: {', '.join(instance.network_interfaces)}"
    )
