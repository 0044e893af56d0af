"""EC-014: ElastiCache replication groups must encrypt their data at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="EC-014",
    title="ElastiCache Encryption at Rest",
    risk="Medium",
    service="ElastiCache",
    compliant="The replication group encrypts its data at rest.",
    rationale=(
        "A cache that spills to disk, syncs replicas or writes backups to S3 leaves copies of its data outside "
        "memory. Encryption at rest protects those disks and backups with a KMS key, so the data stays "
        "unreadable to anyone who obtains the storage or a copied backup without being allowed to use the key."
    ),
    remediation=(
        "Encryption at rest can only be chosen when a replication group is created. "
        "Console: open ElastiCache, select the cache and choose Actions > Backup; then restore the backup into "
        "a new cache with Encryption at rest turned on (choose a KMS key), point applications at the new "
        "endpoint and delete the old cache. "
        "CLI: aws elasticache create-snapshot --replication-group-id <old> --snapshot-name <name>; aws "
        "elasticache create-replication-group --replication-group-id <new> --replication-group-description "
        "<text> --snapshot-name <name> --at-rest-encryption-enabled --kms-key-id <key> ...; then aws "
        "elasticache delete-replication-group --replication-group-id <old>."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-4",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ReplicationGroup.html",
    ),
    notes=(
        "Evidence is AtRestEncryptionEnabled from elasticache:DescribeReplicationGroups. Conformity's EC-014 "
        "checks encryption at rest and in transit together; FSBP splits them into ElastiCache.4 (at rest) and "
        "ElastiCache.5 (in transit), which judge the same groups by different settings, so this rule takes "
        "EC-014 for ElastiCache.4 and ElastiCache.5 is a rule of its own. Risk is FSBP's Medium, not "
        "Conformity's High for the combined rule."
    ),
)


def test_ec_014_encryption_at_rest(elasticache_replication_group):
    group = elasticache_replication_group
    assert group.at_rest_encryption, (
        f"ElastiCache replication group {group.group_id} in {group.region} is not encrypted at rest"
    )
