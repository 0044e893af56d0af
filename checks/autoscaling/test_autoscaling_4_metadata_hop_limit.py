"""AutoScaling.4: Auto Scaling launch configurations must keep the metadata response hop limit at 1."""

from fixtures.rules import Rule

RULE = Rule(
    id="AutoScaling.4",
    title="Launch Configuration Metadata Hop Limit",
    risk="High",
    service="AutoScaling",
    compliant="The launch configuration keeps instance metadata responses from travelling beyond the instance "
              "(hop limit 1).",
    rationale=(
        "The hop limit is the IP time-to-live of the metadata service's answers, including the IMDSv2 session "
        "token. At 1 the answer dies at the instance's own network interface; above 1 it can be forwarded, so an "
        "instance acting as a router, NAT, VPN endpoint or container host with bridged networking can pass tokens "
        "and then role credentials to other machines or containers."
    ),
    remediation=(
        "Launch configurations cannot be edited. Console: open EC2 > Launch configurations, select it, choose "
        "Actions > Copy launch configuration, under Advanced details set Metadata response hop limit to 1 and "
        "create it (or move the group to a launch template); then select it for the group under Auto Scaling "
        "Groups > Details > Launch configuration > Edit and replace the instances. "
        "CLI: aws autoscaling create-launch-configuration --launch-configuration-name NEW ... --metadata-options "
        "HttpTokens=required,HttpPutResponseHopLimit=1, then aws autoscaling update-auto-scaling-group "
        "--auto-scaling-group-name GROUP --launch-configuration-name NEW."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-4",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html",
        "https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_InstanceMetadataOptions.html",
    ),
    notes=(
        "Evidence is MetadataOptions.HttpPutResponseHopLimit of autoscaling:DescribeLaunchConfigurations, read "
        "once per region: more than 1 fails; 1, or no value (EC2's default is 1), passes. Every launch "
        "configuration is judged, used by a group or not (resource type AWS::AutoScaling::LaunchConfiguration, AWS "
        "Config autoscaling-launch-config-hop-limit). Containers on EC2 that need metadata through a bridge may "
        "need 2: waive such a configuration with that reason."
    ),
)


def test_autoscaling_4_metadata_hop_limit(launch_configuration):
    configuration = launch_configuration
    assert configuration.hop_limit <= 1, (
        f"Auto Scaling launch configuration {configuration.name} in {configuration.region} has a metadata response "
        f"hop limit of {configuration.hop_limit}: instance metadata answers can travel beyond the instance"
    )
