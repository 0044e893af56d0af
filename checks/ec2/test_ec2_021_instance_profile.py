"""EC2-021: instances must get AWS credentials from an IAM role (an instance profile)."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2-021",
    title="EC2 Instance Using IAM Roles",
    risk="Medium",
    service="EC2",
    compliant="The instance has an IAM instance profile attached.",
    rationale=(
        "Software on an instance that calls AWS needs credentials from somewhere. Without an instance "
        "profile they end up as long-lived access keys in configuration files, environment variables or "
        "images, where they are copied, forgotten and rarely rotated. A role attached through an instance "
        "profile supplies short-lived credentials that rotate on their own and can be scoped to what the "
        "workload needs."
    ),
    remediation=(
        "Create a role that EC2 may assume, with only the permissions the workload needs, and its instance "
        "profile; then remove any access keys stored on the instance. "
        "Console: open EC2 > Instances, select the instance, choose Actions > Security > Modify IAM role, "
        "pick the role and choose Update IAM role. "
        "CLI: aws iam create-instance-profile --instance-profile-name <name>; aws iam "
        "add-role-to-instance-profile --instance-profile-name <name> --role-name <role>; aws ec2 "
        "associate-iam-instance-profile --instance-id <i-id> --iam-instance-profile Name=<name>."
    ),
    references=(
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html",
    ),
    notes=(
        "Every instance that is not shutting down or terminated is evaluated, stopped ones included, as CIS 1.18 "
        "(v5.0.0 1.17) lists every instance DescribeInstances returns. Evidence is IamInstanceProfile from "
        "ec2:DescribeInstances; whether the profile actually holds a role is not checked (CIS's command-line "
        "audit reads the profile only)."
    ),
)


def test_ec2_021_instance_profile(instance):
    described = f"{instance.name}, {instance.state}" if instance.name else instance.state
    assert instance.instance_profile_arn, (
        f"instance {instance.instance_id} ({described}) has no IAM instance profile attached"
    )
