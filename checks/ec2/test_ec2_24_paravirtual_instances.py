"""EC2.24: EC2 instances should not use paravirtual (PV) virtualization."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.24",
    title="No Paravirtual EC2 Instances",
    risk="Medium",
    service="EC2",
    compliant="The instance uses hardware virtual machine (HVM) virtualization, not paravirtual.",
    rationale=(
        "Paravirtual images date from the first generations of EC2. They only run on previous-generation "
        "instance types, miss the Nitro system's enhanced networking, NVMe storage and security features, and "
        "usually carry an old kernel and operating system that no longer receive updates. An instance still "
        "running one is a sign of a workload left behind by patching and hardware refreshes."
    ),
    remediation=(
        "Rebuild the workload on a current HVM image (for example a supported Amazon Linux or Windows AMI), move "
        "its data and configuration across, switch traffic over and terminate the old instance; an existing PV "
        "instance cannot be converted in place. Console: open EC2 > Instances > Launch instances and choose an "
        "HVM AMI and a current instance type; afterwards Instance state > Terminate instance on the old one. "
        "CLI: aws ec2 describe-images --image-ids <ami-id> --query 'Images[].VirtualizationType' to confirm "
        "hvm, aws ec2 run-instances --image-id <hvm-ami-id> --instance-type <type> ..., then aws ec2 "
        "terminate-instances --instance-ids <old-i-id>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-24",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/virtualization_types.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Instance.html",
    ),
    notes=(
        "Evidence is the VirtualizationType AWS reports for each instance in ec2:DescribeInstances (the type of "
        "the image it was launched from): 'paravirtual' fails; no separate ec2:DescribeInstanceTypes read is "
        "needed. Stopped instances are judged too."
    ),
)


def test_ec2_24_paravirtual_instances(instance):
    assert instance.virtualization_type != "paravirtual", (
        f"EC2 instance {instance.described} in {instance.region} uses paravirtual virtualization"
    )
