"""EC2-077: instances must require IMDSv2 (session tokens) for the instance metadata service."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-077",
    title="Require IMDSv2 for EC2 Instances",
    risk="Medium",
    service="EC2",
    compliant="The instance requires IMDSv2 tokens, and that setting is applied.",
    rationale=(
        "The instance metadata service hands out the temporary credentials of the instance's role. With "
        "version 1 allowed, a single unauthenticated GET is enough, so a server-side request forgery bug or "
        "a misconfigured proxy in any application on the instance can leak those credentials. Version 2 "
        "needs a session token obtained with a PUT request, which such bugs and open proxies cannot send, "
        "and its hop limit keeps the token from leaving the host."
    ),
    remediation=(
        "Check that the software on the instance uses a recent AWS SDK or CLI (they all speak IMDSv2), or "
        "watch the MetadataNoToken CloudWatch metric until it stays at zero. "
        "Console: open EC2 > Instances, select the instance, choose Actions > Instance settings > Modify "
        "instance metadata options and set IMDSv2 to Required. "
        "CLI: aws ec2 modify-instance-metadata-options --instance-id <i-id> --http-tokens required "
        "--http-endpoint enabled; to make it the default for new launches in a region, "
        "aws ec2 modify-instance-metadata-defaults --http-tokens required."
    ),
    references=(
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-transition-to-version-2.html",
    ),
    notes=(
        "Evidence is MetadataOptions from ec2:DescribeInstances. As CIS 5.6 (v4.0.1/v5.0.0 5.7) asks, HttpTokens "
        "must be \"required\" and State \"applied\" (a change still pending fails until it takes effect). An "
        "instance whose metadata endpoint is disabled still fails with HttpTokens optional: CIS does not except "
        "it, and turning the endpoint back on would expose IMDSv1. Stopped instances are checked too (they start "
        "again with the same options); "
        "shutting-down and terminated ones are not listed. The account-level launch default "
        "(ec2:GetInstanceMetadataDefaults) is not checked."
    ),
)


def test_ec2_077_imdsv2_required(instance):
    described = f"{instance.name}, {instance.state}" if instance.name else instance.state
    assert instance.http_tokens == "required", (
        f"instance {instance.instance_id} ({described}) does not require IMDSv2: "
        f"HttpTokens is {instance.http_tokens} with the metadata endpoint {instance.http_endpoint}"
    )
    assert instance.metadata_state == "applied", (
        f"instance {instance.instance_id} ({described}) requires IMDSv2 tokens, but the setting is still "
        f"{instance.metadata_state}, not applied"
    )
