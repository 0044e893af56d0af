"""SSM-003: running EC2 instances must be managed by AWS Systems Manager."""

from fixtures.rules import Rule

RULE = Rule(
    id="SSM-003",
    title="EC2 Instances Managed by Systems Manager",
    risk="Medium",
    service="SSM",
    compliant="The running instance is a Systems Manager managed node whose SSM Agent is online.",
    rationale=(
        "An instance Systems Manager manages can be inventoried, patched, configured and reached for "
        "investigation without opening SSH or RDP to it, and its patch and configuration compliance is reported "
        "centrally. An instance outside Systems Manager falls out of all of that: nobody sees that it misses "
        "patches or drifts from its baseline until something goes wrong."
    ),
    remediation=(
        "Console: in Systems Manager, choose Quick Setup > Create > Host Management (or Default Host Management "
        "Configuration under Fleet Manager), choose the accounts and regions, let it add the required IAM "
        "policies to instance profiles and create it; instances need the SSM Agent (preinstalled on most AWS "
        "AMIs) and a route to the Systems Manager endpoints. For one instance: in EC2 choose Actions > "
        "Security > Modify IAM role and attach a role with AmazonSSMManagedInstanceCore. "
        "CLI: 'aws ec2 associate-iam-instance-profile --instance-id INSTANCE --iam-instance-profile "
        "Name=PROFILE_WITH_AmazonSSMManagedInstanceCore', then check 'aws ssm describe-instance-information "
        "--filters Key=InstanceIds,Values=INSTANCE'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/ec2-instance-managed-by-ssm.html",
        "https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html",
    ),
    notes=(
        "FSBP SSM.1, Conformity SSM-003. Evidence is ec2:DescribeInstances (state running) and "
        "ssm:DescribeInstanceInformation: a running instance not listed as a managed node fails, and so does one "
        "listed with a PingStatus other than Online (its SSM Agent stopped or lost touch), as AWS documents the "
        "control's Config rule: non-compliant when the instance runs and its agent does not. Stopped and pending "
        "instances are not listed (the rule does not fail a stopped instance). Risk Medium as FSBP rates it "
        "(Conformity rates it High)."
    ),
)


def test_ssm_003_managed_instances(instance_ssm_status):
    instance = instance_ssm_status
    name = f" ({instance.name})" if instance.name else ""
    assert instance.managed and instance.ping_status == "Online", (
        f"EC2 instance {instance.instance_id}{name} in {instance.region} is running but "
        + ("not managed by Systems Manager" if not instance.managed else
           f"its SSM Agent is not online (PingStatus {instance.ping_status or 'unknown'})")
    )
