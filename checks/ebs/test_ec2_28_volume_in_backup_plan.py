"""EC2.28: EBS volumes in use must be protected by an AWS Backup plan."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC2.28",
    title="EBS Volume in a Backup Plan",
    risk="Low",
    service="EBS",
    compliant="AWS Backup protects the EBS volume, itself or through the instance it is attached to.",
    rationale=(
        "A volume that no backup plan covers can only be recovered from snapshots someone happened to take. A "
        "backup plan snapshots it on a schedule, keeps the backups for a set retention in a vault with its own "
        "access policy and can copy them to another region or account, so a deleted volume, corrupted data or "
        "ransomware on the instance can be rolled back."
    ),
    remediation=(
        "Console: open AWS Backup > Backup plans, choose (or create) a plan, then Assign resources: pick the EBS "
        "resource type and the volume, or the EC2 instance it is attached to (an instance backup includes its "
        "volumes), or select them by tag; the volume counts as protected once the first backup completes. "
        "CLI: aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection "
        "'{\"SelectionName\":\"ebs-volumes\",\"IamRoleArn\":\"arn:aws:iam::ACCOUNT:role/service-role/"
        "AWSBackupDefaultServiceRole\",\"Resources\":[\"arn:aws:ec2:REGION:ACCOUNT:volume/VOLUME_ID\"]}'; "
        "aws backup start-backup-job --backup-vault-name VAULT --resource-arn VOLUME_ARN --iam-role-arn "
        "ROLE_ARN takes a first backup now."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-28",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListProtectedResources.html",
    ),
    notes=(
        "Only volumes in the in-use state are judged, as the control says (ec2:DescribeVolumes State, the same "
        "read EBS-001 makes). Evidence: the volume's ARN, or the ARN of an instance it is attached to, among "
        "backup:ListProtectedResources (read once per region, shared with DynamoDB.4 and RDS.26). An instance "
        "counts because AWS Backup's EC2 backups snapshot every attached volume; the control's page does not say "
        "how it treats them. No recent recovery point is required (the control has no age parameter); the "
        "backupVaultLockCheck parameter has no default and is not applied."
    ),
)


def test_ec2_28_volume_in_backup_plan(ebs_volume_backup):
    volume = ebs_volume_backup
    name = f" ({volume.detail})" if volume.detail else ""
    through = f" or of {volume.through}" if volume.through else ""
    assert volume.protected_by, (
        f"EBS volume {volume.name}{name} in {volume.region} is not covered by an AWS Backup plan: "
        f"AWS Backup lists no backup of it{through}"
    )
