"""EFS-001: EFS file systems must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="EFS-001",
    title="EFS Encryption Enabled",
    risk="High",
    service="EFS",
    compliant="The EFS file system is encrypted at rest.",
    rationale=(
        "File shares collect whatever applications write: exports, uploads, keys, logs. Encryption at rest "
        "with KMS protects that data on the underlying storage and in backups, and makes every use of the key "
        "auditable. It is fixed when the file system is created, so an unencrypted one must be replaced."
    ),
    remediation=(
        "Console: encryption cannot be turned on for an existing file system. In EFS, choose Create file "
        "system > Customize, keep Enable encryption of data at rest ticked (choose a KMS key), copy the data "
        "across (for example with AWS DataSync), switch clients to the new mount targets and delete the old "
        "file system. "
        "CLI: 'aws efs create-file-system --encrypted --kms-key-id KEY --creation-token TOKEN', then migrate "
        "and 'aws efs delete-file-system --file-system-id OLD_ID'."
    ),
    references=(
        "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
        "https://docs.aws.amazon.com/efs/latest/ug/API_FileSystemDescription.html",
    ),
    notes="Evidence is elasticfilesystem:DescribeFileSystems Encrypted. CIS v3 marks it manual; v4/v5 automated.",
)


def test_efs_001_encryption_enabled(efs_file_system):
    name = f" ({efs_file_system.name})" if efs_file_system.name else ""
    assert efs_file_system.encrypted, (
        f"EFS file system {efs_file_system.file_system_id}{name} in {efs_file_system.region} "
        "is not encrypted at rest"
    )
