"""EC2.25: launch templates should not assign public IP addresses to network interfaces."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.25",
    title="Launch Templates Do Not Assign Public IPs",
    risk="High",
    service="EC2",
    compliant="The default version of the launch template asks no network interface for a public IPv4 address.",
    rationale=(
        "A launch template is copied into every instance an Auto Scaling group, fleet or person starts from it. "
        "If it asks for a public address, each of those instances is reachable from the internet as soon as it "
        "boots, often in large numbers and without anyone deciding it per instance. Templates should leave "
        "instances private and let load balancers or NAT gateways handle internet traffic."
    ),
    remediation=(
        "Create a new template version without the public address and make it the default. Console: open EC2 > "
        "Launch Templates, select the template, choose Actions > Modify template (Create new version), under "
        "Network settings > Advanced network configuration set Auto-assign public IP to Disable for every "
        "interface, create the version, then choose Actions > Set default version. "
        "CLI: aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> "
        "--launch-template-data '{\"NetworkInterfaces\":[{\"DeviceIndex\":0,\"AssociatePublicIpAddress\":false,"
        "...}]}', then aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-25",
        "https://docs.aws.amazon.com/config/latest/developerguide/ec2-launch-template-public-ip-disabled.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeLaunchTemplateVersions.html",
    ),
    notes=(
        "Evidence is the default version of each template, read for all templates at once with "
        "ec2:DescribeLaunchTemplateVersions Versions=$Default: a network interface with AssociatePublicIpAddress "
        "true fails, as AWS's Config rule (ec2-launch-template-public-ip-disabled) decides for the default "
        "version. Other versions are not judged; a template that names no network interfaces leaves the choice "
        "to the subnet (see EC2.15) and passes."
    ),
)


def test_ec2_25_launch_template_public_ip(launch_template):
    indexes = ", ".join(map(str, launch_template.public_ip_interfaces))
    assert not launch_template.public_ip_interfaces, (
        f"launch template {launch_template.template_id} ({launch_template.name}) in {launch_template.region} "
        f"assigns a public IPv4 address in its default version {launch_template.default_version} "
        f"(network interface device index {indexes})"
    )
