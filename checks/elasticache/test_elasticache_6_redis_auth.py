"""ElastiCache.6: replication groups on Redis OSS before 6.0 must require an AUTH token."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElastiCache.6",
    title="ElastiCache Redis AUTH Before 6.0",
    risk="Medium",
    service="ElastiCache",
    compliant="The replication group requires an AUTH token, or runs an engine version (6.0 or later) with "
              "role-based access control.",
    rationale=(
        "Before version 6.0, Redis has no users: anyone who can reach a node's port can read, change or flush "
        "all its data unless the group requires an AUTH token. Security groups limit who can connect, but any "
        "compromised host or misrouted network path inside them then has full access. An AUTH token adds a "
        "password to every connection."
    ),
    remediation=(
        "An AUTH token needs encryption in transit (see ElastiCache.5). "
        "Console: open ElastiCache > Redis OSS caches, select the cache, choose Modify, set Access control to "
        "Redis AUTH with a new token, then Preview changes > Modify; or upgrade the engine to 6.x or later and "
        "use role-based access control with user groups. "
        "CLI: aws elasticache modify-replication-group --replication-group-id <id> --auth-token <token> "
        "--auth-token-update-strategy ROTATE --apply-immediately, update the clients, then repeat with "
        "--auth-token-update-strategy SET."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-6",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ReplicationGroup.html",
    ),
    notes=(
        "Evidence is AuthTokenEnabled from elasticache:DescribeReplicationGroups and the EngineVersion of the "
        "group's member clusters from elasticache:DescribeCacheClusters (a replication group names no version; "
        "the oldest member's is judged). Groups on 6.0 or later pass whatever their AUTH setting, as in the "
        "control: they are expected to use role-based access control, which this rule does not check. A group "
        "without AUTH whose members name no version fails, since it cannot be shown to be 6.0 or later. No "
        "Conformity ID in the 2023 list."
    ),
)


def test_elasticache_6_redis_auth(elasticache_replication_group_auth):
    group = elasticache_replication_group_auth
    modern = group.major_version is not None and group.major_version >= 6
    runs = (f"{group.engine} {group.engine_version}" if group.engine_version
            else f"{group.engine} of a version no member cluster names")
    assert group.auth_token_enabled or modern, (
        f"ElastiCache replication group {group.group_id} in {group.region} runs {runs} without Redis AUTH: "
        "before 6.0 an AUTH token is the only password the engine can require"
    )
