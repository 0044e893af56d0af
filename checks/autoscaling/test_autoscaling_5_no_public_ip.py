"""AutoScaling.5: Auto Scaling launch configurations must not give instances public IP addresses."""

from fixtures.rules import Rule

RULE = Rule(
    id="AutoScaling.5",
    title="Launch Configurations Assign No Public IPs",
    risk="High",
    service="AutoScaling",
    compliant="The launch configuration does not assign public IP addresses to the instances it launches.",
    rationale=(
        "An instance with a public address can be reached straight from the internet whenever a security group or "
        "network ACL rule lets traffic in, bypassing the load balancer, its TLS and its web application firewall. "
        "Group instances normally sit in private subnets and receive traffic only through a load balancer, and "
        "reach out through a NAT gateway if they must."
    ),
    remediation=(
        "Launch configurations cannot be edited. Console: open EC2 > Launch configurations, select it, choose "
        "Actions > Copy launch configuration, under Advanced details > IP address type choose 'Do not assign a "
        "public IP address to any instances' and create it (or move the group to a launch template); select it for "
        "the group under Auto Scaling Groups > Details > Launch configuration > Edit, and replace the instances. "
        "CLI: aws autoscaling create-launch-configuration --launch-configuration-name NEW ... "
        "--no-associate-public-ip-address, then aws autoscaling update-auto-scaling-group --auto-scaling-group-name "
        "GROUP --launch-configuration-name NEW."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-5",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_LaunchConfiguration.html",
    ),
    notes=(
        "Evidence is AssociatePublicIpAddress of autoscaling:DescribeLaunchConfigurations, read once per region: "
        "true fails; false or absent passes, as in the control (AWS Config "
        "autoscaling-launch-config-public-ip-disabled). Absent leaves the choice to the subnet's "
        "MapPublicIpOnLaunch, which this rule does not read; a default VPC's subnets do assign public addresses. "
        "Every launch configuration is judged, whether or not a group uses it."
    ),
)


def test_autoscaling_5_no_public_ip(launch_configuration):
    configuration = launch_configuration
    assert configuration.public_ip is not True, (
        f"Auto Scaling launch configuration {configuration.name} in {configuration.region} assigns a public IP "
        "address to every instance it launches (AssociatePublicIpAddress true)"
    )
