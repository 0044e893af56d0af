"""RDS-004: RDS DB instances must encrypt their storage."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-004",
    title="RDS Encryption Enabled",
    risk="High",
    service="RDS",
    compliant="The DB instance encrypts its storage at rest.",
    rationale=(
        "An unencrypted DB instance leaves its data files, automated backups, snapshots and read replicas "
        "readable to anyone who obtains the underlying storage or a shared snapshot. Encryption with KMS ties "
        "every copy to a key whose use is logged and can be revoked. It can only be chosen at creation, so "
        "an unencrypted instance stays that way until it is rebuilt."
    ),
    remediation=(
        "Console: encryption cannot be switched on for an existing instance. In RDS, take a snapshot of the "
        "instance, choose Actions > Copy snapshot with Enable encryption and a KMS key, restore a new "
        "instance from the encrypted copy, point applications at it and delete the old instance. "
        "CLI: 'aws rds create-db-snapshot', then 'aws rds copy-db-snapshot --kms-key-id KEY ...', then "
        "'aws rds restore-db-instance-from-db-snapshot ...'; new instances take '--storage-encrypted'."
    ),
    references=(
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes="Evidence is rds:DescribeDBInstances StorageEncrypted; Aurora members carry their cluster's setting.",
)


def test_rds_004_rds_encryption_enabled(db_instance):
    assert db_instance.storage_encrypted, (
        f"RDS DB instance {db_instance.identifier} ({db_instance.engine}) in {db_instance.region} "
        "does not encrypt its storage at rest"
    )
