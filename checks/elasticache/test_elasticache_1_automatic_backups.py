"""ElastiCache.1: Redis OSS and Valkey replication groups and clusters must keep automatic backups."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElastiCache.1",
    title="ElastiCache Automatic Backups",
    risk="High",
    service="ElastiCache",
    compliant="The replication group or cluster takes daily automatic backups and keeps them long enough.",
    rationale=(
        "A Redis OSS or Valkey cache is often the only copy of sessions, queues, counters or leaderboards that "
        "applications treat as state. Without automatic backups, a bad deployment, a FLUSHALL run by mistake or "
        "an attacker who deletes keys leaves nothing to restore from, and a lost node group must be rebuilt "
        "empty. A daily backup kept for a few days lets the data be restored into a new cluster."
    ),
    remediation=(
        "Console: open ElastiCache > Redis OSS caches (or Valkey caches), select the cache, choose Modify, "
        "tick Enable automatic backups, set Backup retention period to at least the required number of days "
        "and a backup window, then Preview changes > Modify. "
        "CLI: aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7 "
        "--snapshot-window 03:00-04:00 --apply-immediately; for a cluster outside a replication group, aws "
        "elasticache modify-cache-cluster --cache-cluster-id <id> --snapshot-retention-limit 7 "
        "--apply-immediately."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-1",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ReplicationGroup.html",
    ),
    notes=(
        "Evidence is SnapshotRetentionLimit from elasticache:DescribeReplicationGroups (each replication group) "
        "and elasticache:DescribeCacheClusters (each Redis OSS or Valkey cluster outside a replication group); "
        "0 means automatic backups are off. The threshold is settings.elasticache_snapshot_retention_days "
        "(FSBP snapshotRetentionPeriod, default 1 day, allowed 1 to 35). The control covers cache clusters and "
        "replication groups; a group's member clusters are judged through their group, which holds the setting "
        "(in a group only the snapshotting member reports a retention, so judging members would fail the "
        "replicas). Memcached has no backups and is left out. No Conformity ID in the 2023 list."
    ),
)


def test_elasticache_1_automatic_backups(elasticache_backup_source, settings):
    source, wanted = elasticache_backup_source, settings.elasticache_snapshot_retention_days
    kept = source.snapshot_retention_limit
    state = "has automatic backups turned off" if kept == 0 else f"keeps automatic backups for {days(kept)} only"
    assert kept >= wanted, (
        f"ElastiCache {source.kind} {source.identifier} ({source.engine}) in {source.region} {state} "
        f"(at least {days(wanted)} of retention required)"
    )


def days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"
