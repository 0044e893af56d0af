"""AutoScaling.3: Auto Scaling launch configurations must require IMDSv2."""

from fixtures.rules import Rule

RULE = Rule(
    id="AutoScaling.3",
    title="Launch Configurations Require IMDSv2",
    risk="High",
    service="AutoScaling",
    compliant="Instances launched from the launch configuration answer only token-based (IMDSv2) metadata requests.",
    rationale=(
        "The instance metadata service hands out the temporary credentials of the instance's role. Its first "
        "version answers any plain GET, so a server-side request forgery or an open proxy on the instance is "
        "enough to steal them. Version 2 demands a session token obtained with a PUT first, which such attacks "
        "cannot usually send. A launch configuration that leaves the version open stamps every instance the group "
        "launches with that weakness."
    ),
    remediation=(
        "Launch configurations cannot be edited. Console: open EC2 > Launch configurations, select it, choose "
        "Actions > Copy launch configuration, under Advanced details set Metadata version to 'V2 only (token "
        "required)' and create it (better: create a launch template with the same setting, see AutoScaling.9); "
        "then point the group at it under Auto Scaling Groups > Details > Launch configuration > Edit and replace "
        "the running instances (instance refresh). "
        "CLI: aws autoscaling create-launch-configuration --launch-configuration-name NEW ... --metadata-options "
        "HttpTokens=required,HttpEndpoint=enabled, then aws autoscaling update-auto-scaling-group "
        "--auto-scaling-group-name GROUP --launch-configuration-name NEW."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_InstanceMetadataOptions.html",
    ),
    notes=(
        "Evidence is MetadataOptions.HttpTokens of autoscaling:DescribeLaunchConfigurations, read once per region: "
        "required passes; optional or no metadata options at all (EC2's default, optional) fail. The control's "
        "resource is the launch configuration (AWS::AutoScaling::LaunchConfiguration, AWS Config "
        "autoscaling-launchconfig-requires-imdsv2), so every launch configuration is judged, whether or not a "
        "group uses it. A configuration that turns the metadata endpoint off (HttpEndpoint disabled) without "
        "requiring tokens still fails: AWS's rule asks for the version setting, and instances can have the "
        "endpoint switched back on later. An account-level IMDS default (ec2:ModifyInstanceMetadataDefaults) is "
        "not considered, as the control does not."
    ),
)


def test_autoscaling_3_launch_configuration_imdsv2(launch_configuration):
    configuration = launch_configuration
    tokens = configuration.http_tokens or "not set, so optional"
    endpoint = ", metadata endpoint disabled" if configuration.http_endpoint == "disabled" else ""
    assert configuration.http_tokens == "required", (
        f"Auto Scaling launch configuration {configuration.name} in {configuration.region} does not require "
        f"IMDSv2: its instances also answer IMDSv1 requests (HttpTokens {tokens}{endpoint})"
    )
