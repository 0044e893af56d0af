"""ElastiCache.1-3, EC-014 (ElastiCache.4), ElastiCache.5-7 on moto: one seeded account, audited once per question.

moto lists a replication group's member IDs but not the member clusters, which AWS lists in
DescribeCacheClusters with their engine version; the seeding creates them with CreateCacheCluster.
Without MOTO_EC2_LOAD_DEFAULT_AMIS=false, reading the default VPC's subnets sets up some 1,300 invented AMIs.
"""

import boto3
import pytest

from fixtures.offline import deny
from fixtures.scenarios.elasticache_efs_ebs import NODE_TYPE, create_redis_group, create_subnet_group
from tests.conftest import PROD_ACCOUNT, audit_in_process

RULES = ("ElastiCache.1", "ElastiCache.2", "ElastiCache.3", "EC-014", "ElastiCache.5", "ElastiCache.6",
         "ElastiCache.7")
EAST = "us-east-1"
AUDIT = ("--aws-profile=prod", *(f"--rule={rule}" for rule in RULES))


def group(name: str) -> str:
    return f"arn:aws:elasticache:{EAST}:{PROD_ACCOUNT}:replicationgroup:{name}"


def cluster(name: str) -> str:
    return f"arn:aws:elasticache:{EAST}:{PROD_ACCOUNT}:cluster:{name}"


def audit(directory, *args: str) -> dict:
    """The findings document of one audit run (read at once: the next run writes the same file)."""
    return audit_in_process(directory, *AUDIT, *args).document


def verdicts(document: dict, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"] if f["rule_id"] == rule_id}


@pytest.fixture(scope="module")
def no_default_amis():
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        yield


@pytest.fixture(scope="module")
def caches(no_default_amis, seeded_aws):
    """us-east-1 of the prod account: replication groups and clusters covering every verdict of every rule."""
    session = boto3.Session(profile_name="prod")
    elasticache = session.client("elasticache", region_name=EAST)
    private = create_subnet_group(session, EAST, "cache-private")
    create_redis_group(elasticache, "secure", "7.1", failover=True, at_rest=True, in_transit=True, retention=7,
                       auth=False, auto_minor=True, subnet_group=private)
    create_redis_group(elasticache, "legacy", "5.0.6", failover=False, at_rest=False, in_transit=False, retention=0,
                       auth=False, auto_minor=False, subnet_group="default")
    create_redis_group(elasticache, "legacy-auth", "4.0.10", failover=True, at_rest=True, in_transit=True,
                       retention=1, auth=True, auto_minor=True, subnet_group=private)
    # A group whose member clusters are not (or not yet) listed: nothing names its engine version.
    elasticache.create_replication_group(
        ReplicationGroupId="unlisted", ReplicationGroupDescription="members not listed", Engine="redis",
        CacheNodeType=NODE_TYPE, NumCacheClusters=2, AutomaticFailoverEnabled=True, AtRestEncryptionEnabled=True,
        TransitEncryptionEnabled=True, SnapshotRetentionLimit=1, CacheSubnetGroupName=private)
    for name, engine, version, retention, auto_minor, subnet_group in (
        ("solo", "redis", "6.2", 0, True, private),
        ("valkey-solo", "valkey", "8.0", 3, False, "default"),
        ("memo", "memcached", "1.6.22", 0, True, "default"),
    ):
        elasticache.create_cache_cluster(
            CacheClusterId=name, Engine=engine, EngineVersion=version, CacheNodeType=NODE_TYPE, NumCacheNodes=1,
            SnapshotRetentionLimit=retention, AutoMinorVersionUpgrade=auto_minor, CacheSubnetGroupName=subnet_group)
    return seeded_aws


@pytest.fixture(scope="module")
def audited(caches) -> dict:
    return audit(caches, f"--aws-regions={EAST}")


def test_each_region_lists_clusters_and_replication_groups_once_for_all_seven_rules(audited):
    requests = audited["stats"]["requests"]
    assert (requests["elasticache:DescribeReplicationGroups"], requests["elasticache:DescribeCacheClusters"]) == (1, 1)


def test_elasticache_1_judges_replication_groups_and_clusters_outside_them_by_backup_retention(audited):
    passed = "The replication group or cluster takes daily automatic backups and keeps them long enough."
    assert verdicts(audited, "ElastiCache.1") == {
        group("secure"): ("PASS", passed),
        group("legacy"): ("FAIL", "ElastiCache replication group legacy (redis) in us-east-1 has automatic backups "
                                  "turned off (at least 1 day of retention required)"),
        group("legacy-auth"): ("PASS", passed),
        group("unlisted"): ("PASS", passed),
        cluster("solo"): ("FAIL", "ElastiCache cluster solo (redis) in us-east-1 has automatic backups turned off "
                                  "(at least 1 day of retention required)"),
        cluster("valkey-solo"): ("PASS", passed),
    }


def test_elasticache_1_takes_its_retention_threshold_from_the_settings(caches):
    document = audit(caches, f"--aws-regions={EAST}", "-o", "audit_elasticache_snapshot_retention_days=7")
    failed = {resource: message for resource, (status, message) in verdicts(document, "ElastiCache.1").items()
              if status == "FAIL"}
    assert failed == {
        group("legacy"): "ElastiCache replication group legacy (redis) in us-east-1 has automatic backups turned "
                         "off (at least 7 days of retention required)",
        group("legacy-auth"): "ElastiCache replication group legacy-auth (redis) in us-east-1 keeps automatic "
                              "backups for 1 day only (at least 7 days of retention required)",
        group("unlisted"): "ElastiCache replication group unlisted (redis) in us-east-1 keeps automatic backups "
                           "for 1 day only (at least 7 days of retention required)",
        cluster("solo"): "ElastiCache cluster solo (redis) in us-east-1 has automatic backups turned off (at least "
                         "7 days of retention required)",
        cluster("valkey-solo"): "ElastiCache cluster valkey-solo (valkey) in us-east-1 keeps automatic backups for "
                                "3 days only (at least 7 days of retention required)",
    }


def test_elasticache_2_judges_every_redis_and_valkey_cluster_but_not_memcached(audited):
    passed = "The cache cluster takes minor engine version upgrades automatically."
    off = "in us-east-1 does not have automatic minor version upgrades enabled"
    assert verdicts(audited, "ElastiCache.2") == {
        cluster("secure-001"): ("PASS", passed),
        cluster("legacy-001"): ("FAIL", f"ElastiCache cluster legacy-001 (redis 5.0.6, in replication group legacy) "
                                        f"{off}"),
        cluster("legacy-auth-001"): ("PASS", passed),
        cluster("solo"): ("PASS", passed),
        cluster("valkey-solo"): ("FAIL", f"ElastiCache cluster valkey-solo (valkey 8.0) {off}"),
    }


def test_replication_groups_without_failover_or_encryption_fail_elasticache_3_ec_014_and_elasticache_5(audited):
    expected = {
        "ElastiCache.3": ("The replication group has automatic failover enabled.",
                          "does not have automatic failover enabled (AutomaticFailover is disabled)"),
        "EC-014": ("The replication group encrypts its data at rest.", "is not encrypted at rest"),
        "ElastiCache.5": ("The replication group has encryption in transit (TLS) enabled.",
                          "is not encrypted in transit"),
    }
    for rule_id, (passed, failed) in expected.items():
        assert verdicts(audited, rule_id) == {
            group("secure"): ("PASS", passed),
            group("legacy"): ("FAIL", f"ElastiCache replication group legacy in us-east-1 {failed}"),
            group("legacy-auth"): ("PASS", passed),
            group("unlisted"): ("PASS", passed),
        }, rule_id


def test_elasticache_6_fails_groups_before_redis_6_without_auth_and_groups_of_unknown_version(audited):
    passed = ("The replication group requires an AUTH token, or runs an engine version (6.0 or later) with "
              "role-based access control.")
    need = "without Redis AUTH: before 6.0 an AUTH token is the only password the engine can require"
    assert verdicts(audited, "ElastiCache.6") == {
        group("secure"): ("PASS", passed),
        group("legacy"): ("FAIL", f"ElastiCache replication group legacy in us-east-1 runs redis 5.0.6 {need}"),
        group("legacy-auth"): ("PASS", passed),
        group("unlisted"): ("FAIL", "ElastiCache replication group unlisted in us-east-1 runs redis of a version no "
                                    f"member cluster names {need}"),
    }


def test_elasticache_7_fails_every_cluster_in_the_default_subnet_group_whatever_its_engine(audited):
    passed = "The cache cluster runs in a cache subnet group of its own, not the default one."
    default = "in us-east-1 uses the default cache subnet group"
    assert verdicts(audited, "ElastiCache.7") == {
        cluster("secure-001"): ("PASS", passed),
        cluster("legacy-001"): ("FAIL", f"ElastiCache cluster legacy-001 (redis 5.0.6, in replication group legacy) "
                                        f"{default}"),
        cluster("legacy-auth-001"): ("PASS", passed),
        cluster("solo"): ("PASS", passed),
        cluster("valkey-solo"): ("FAIL", f"ElastiCache cluster valkey-solo (valkey 8.0) {default}"),
        cluster("memo"): ("FAIL", f"ElastiCache cluster memo (memcached 1.6.22) {default}"),
    }


def test_elasticache_rules_are_errors_naming_the_permission_when_the_listings_are_denied(caches, monkeypatch):
    deny(monkeypatch, "elasticache:DescribeReplicationGroups", "elasticache:DescribeCacheClusters")
    document = audit(caches, f"--aws-regions={EAST}")

    def refused(action: str) -> str:
        return (f"could not evaluate: elasticache:{action} was denied in us-east-1 (AccessDenied): grant "
                f"elasticache:{action} to the auditing principal")

    groups, clusters = refused("DescribeReplicationGroups"), refused("DescribeCacheClusters")
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        ("ElastiCache.1", "ERROR", groups),  # groups are read first
        ("ElastiCache.2", "ERROR", clusters),
        ("ElastiCache.3", "ERROR", groups),
        ("EC-014", "ERROR", groups),
        ("ElastiCache.5", "ERROR", groups),
        ("ElastiCache.6", "ERROR", groups),
        ("ElastiCache.7", "ERROR", clusters),
    }


def test_elasticache_rules_are_not_applicable_in_a_region_without_caches(caches):
    document = audit(caches, "--aws-regions=eu-west-1")
    none = "not applicable: no {} in eu-west-1".format
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        ("ElastiCache.1", "SKIP", none("ElastiCache Redis OSS or Valkey replication groups or clusters")),
        ("ElastiCache.2", "SKIP", none("ElastiCache Redis OSS or Valkey clusters")),
        ("ElastiCache.3", "SKIP", none("ElastiCache replication groups")),
        ("EC-014", "SKIP", none("ElastiCache replication groups")),
        ("ElastiCache.5", "SKIP", none("ElastiCache replication groups")),
        ("ElastiCache.6", "SKIP", none("ElastiCache replication groups")),
        ("ElastiCache.7", "SKIP", none("ElastiCache clusters")),
    }
