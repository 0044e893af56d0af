"""ElastiCache.2: Redis OSS and Valkey cache clusters must take minor engine upgrades automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElastiCache.2",
    title="ElastiCache Automatic Minor Version Upgrades",
    risk="High",
    service="ElastiCache",
    compliant="The cache cluster takes minor engine version upgrades automatically.",
    rationale=(
        "Minor engine releases carry fixes for security flaws and crashes. A cluster that does not take them "
        "automatically keeps running a known-vulnerable engine until someone notices and schedules the upgrade "
        "by hand; with automatic upgrades ElastiCache applies them in the maintenance window."
    ),
    remediation=(
        "Console: open ElastiCache > Redis OSS caches (or Valkey caches), select the cache, choose Modify, "
        "turn on Auto upgrade minor versions under Maintenance, then Preview changes > Modify. "
        "CLI: for a replication group, aws elasticache modify-replication-group --replication-group-id <id> "
        "--auto-minor-version-upgrade --apply-immediately; for a cluster outside a group, aws elasticache "
        "modify-cache-cluster --cache-cluster-id <id> --auto-minor-version-upgrade --apply-immediately."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-2",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CacheCluster.html",
    ),
    notes=(
        "Evidence is AutoMinorVersionUpgrade from elasticache:DescribeCacheClusters, per cache cluster (the "
        "control's resource type), so each member cluster of a replication group is a case of its own. The "
        "control does not apply to Memcached, which is left out. No Conformity ID in the 2023 list."
    ),
)


def test_elasticache_2_auto_minor_version_upgrade(elasticache_redis_cluster):
    cluster = elasticache_redis_cluster
    assert cluster.auto_minor_version_upgrade, (
        f"ElastiCache cluster {cluster.described} in {cluster.region} does not have automatic minor version "
        "upgrades enabled"
    )
