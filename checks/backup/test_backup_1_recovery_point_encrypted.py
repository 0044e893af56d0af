"""Backup.1: AWS Backup recovery points must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="Backup.1",
    title="Backup Recovery Point Encryption",
    risk="Medium",
    service="Backup",
    compliant="The AWS Backup recovery point is encrypted at rest.",
    rationale=(
        "A recovery point is a full copy of the resource's data, often kept for months and sometimes copied to "
        "other regions or accounts. Unencrypted, it can be restored or shared and read by anyone with access to "
        "the vault or the underlying snapshot, without any key to stop them. Encrypted, reading it also takes "
        "permission to use its KMS key, which is logged and can be withdrawn."
    ),
    remediation=(
        "A recovery point's encryption cannot be changed. An unencrypted one is a backup of an unencrypted "
        "resource whose backups take the source's encryption (an EBS volume, an RDS instance): encrypt the "
        "source (for EBS and RDS, copy a snapshot with encryption on and restore from the copy), let the plan take "
        "a new, encrypted backup, then delete the unencrypted recovery point. "
        "Console: AWS Backup > Backup vaults > VAULT, select the recovery point, Actions > Delete. "
        "CLI: 'aws backup list-recovery-points-by-backup-vault --backup-vault-name VAULT' to find them, "
        "'aws backup delete-recovery-point --backup-vault-name VAULT --recovery-point-arn ARN'. Turn on EBS "
        "encryption by default (EBS-014) so new volumes, and their backups, are encrypted."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/backup-controls.html#backup-1",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListRecoveryPointsByBackupVault.html",
    ),
    notes=(
        "One case per recovery point: backup:ListBackupVaults per region, then "
        "backup:ListRecoveryPointsByBackupVault per vault (BackupVaultName only); evidence is IsEncrypted. "
        "Recovery points in every status are judged. The resource is the recovery point's ARN (an EBS backup's is "
        "its snapshot's ARN). Prowler's check backup_recovery_point_encrypted is not mapped to this control in its "
        "FSBP framework."
    ),
)


def test_backup_1_recovery_point_encrypted(backup_recovery_point):
    point = backup_recovery_point
    assert point.encrypted, (
        f"AWS Backup recovery point {point.recovery_point_id} in vault {point.vault} in {point.region} "
        f"(a backup of {point.resource_type} {point.resource_arn}) is not encrypted at rest"
    )
