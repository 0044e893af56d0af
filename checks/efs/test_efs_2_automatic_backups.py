"""EFS.2: EFS file systems must be backed up by AWS Backup (EFS automatic backups)."""

from fixtures.rules import Rule

RULE = Rule(
    id="EFS.2",
    title="EFS Automatic Backups",
    risk="Medium",
    service="EFS",
    compliant="The EFS file system has automatic backups enabled, so AWS Backup protects it daily.",
    rationale=(
        "EFS keeps no history of its own: a file deleted or overwritten by a user, a faulty release or "
        "ransomware is gone unless a backup holds an earlier copy. Automatic backups put the file system in "
        "AWS Backup's default plan, which takes a daily recovery point and keeps it for weeks, so files or the "
        "whole file system can be restored."
    ),
    remediation=(
        "Console: open Amazon EFS > File systems, select the file system, choose Edit, tick Enable automatic "
        "backups and Save (or add the file system to a backup plan of your own in AWS Backup). "
        "CLI: aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-2",
        "https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html",
        "https://docs.aws.amazon.com/efs/latest/ug/API_DescribeBackupPolicy.html",
    ),
    notes=(
        "Evidence is the file system's backup policy from elasticfilesystem:DescribeBackupPolicy, read per file "
        "system: Status ENABLED passes; DISABLED, ENABLING, DISABLING or no policy at all (PolicyNotFound) fail. "
        "The control (AWS Config efs-in-backup-plan) passes a file system that any AWS Backup plan selects; "
        "the automatic backup policy is one way in (it adds the file system to the aws/efs/automatic-backup-plan "
        "plan), so a file system protected only by a plan of your own FAILs here although Security Hub passes "
        "it: waive such a file system, naming the plan. Reading every backup plan's resource selections "
        "(backup:ListBackupPlans, ListBackupSelections, GetBackupSelection, with tag and ARN conditions) would "
        "close the gap. No Conformity ID in the 2023 list."
    ),
)


def test_efs_2_automatic_backups(efs_backup_policy):
    file_system = efs_backup_policy
    name = f" ({file_system.name})" if file_system.name else ""
    assert file_system.backup_policy == "ENABLED", (
        f"EFS file system {file_system.file_system_id}{name} in {file_system.region} does not have automatic "
        f"backups enabled (backup policy: {file_system.backup_policy})"
    )
