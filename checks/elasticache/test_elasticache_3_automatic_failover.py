"""ElastiCache.3: replication groups must fail over to a replica automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElastiCache.3",
    title="ElastiCache Automatic Failover",
    risk="Medium",
    service="ElastiCache",
    compliant="The replication group has automatic failover enabled.",
    rationale=(
        "When the primary node of a replication group fails, writes stop until a replica becomes the new "
        "primary. With automatic failover ElastiCache promotes a replica by itself within minutes; without it "
        "the group stays read-only, or down, until someone notices and promotes a replica by hand."
    ),
    remediation=(
        "The group needs at least one replica per shard first. "
        "Console: open ElastiCache > Redis OSS caches (or Valkey caches), select the cache, choose Modify, turn "
        "on Auto-failover (and Multi-AZ), then Preview changes > Modify. "
        "CLI: aws elasticache increase-replica-count --replication-group-id <id> --new-replica-count 1 "
        "--apply-immediately if it has none, then aws elasticache modify-replication-group "
        "--replication-group-id <id> --automatic-failover-enabled --multi-az-enabled --apply-immediately."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-3",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ReplicationGroup.html",
    ),
    notes=(
        "Evidence is AutomaticFailover from elasticache:DescribeReplicationGroups: only \"enabled\" passes "
        "(\"enabling\" passes once the change completes). Conformity's EC-002 (ElastiCache Redis Multi-AZ) is "
        "related but checks Multi-AZ, not failover, so the rule takes the FSBP ID. Multi-AZ itself is not "
        "checked here; AWS advises it alongside automatic failover."
    ),
)


def test_elasticache_3_automatic_failover(elasticache_replication_group):
    group = elasticache_replication_group
    assert group.automatic_failover == "enabled", (
        f"ElastiCache replication group {group.group_id} in {group.region} does not have automatic failover "
        f"enabled (AutomaticFailover is {group.automatic_failover})"
    )
