"""ElastiCache.7: ElastiCache clusters must not run in the default cache subnet group."""

from fixtures.rules import Rule

RULE = Rule(
    id="ElastiCache.7",
    title="ElastiCache Custom Subnet Group",
    risk="High",
    service="ElastiCache",
    compliant="The cache cluster runs in a cache subnet group of its own, not the default one.",
    rationale=(
        "The default cache subnet group is made from the subnets of the default VPC, which are public subnets "
        "with routes to an internet gateway and are shared by whatever else lands there by default. A subnet "
        "group of your own places the nodes in subnets chosen for them, usually private ones, with the route "
        "tables and network ACLs meant for a data store."
    ),
    remediation=(
        "A cluster's subnet group cannot be changed once it exists. "
        "Console: open ElastiCache > Subnet groups > Create subnet group, choose the VPC and its private "
        "subnets; then back up the cache (Actions > Backup), restore the backup into a new cache that uses "
        "the new subnet group, point applications at it and delete the old cache. "
        "CLI: aws elasticache create-cache-subnet-group --cache-subnet-group-name <name> "
        "--cache-subnet-group-description <text> --subnet-ids <subnet> <subnet>; aws elasticache "
        "create-snapshot ...; aws elasticache create-replication-group (or create-cache-cluster) "
        "--cache-subnet-group-name <name> --snapshot-name <snapshot> ...; then delete the old cache."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-7",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CacheCluster.html",
    ),
    notes=(
        "Evidence is CacheSubnetGroupName from elasticache:DescribeCacheClusters, per cache cluster of any "
        "engine (Memcached included), replication group members each a case: the control fails only the name "
        "\"default\". No Conformity ID in the 2023 list."
    ),
)


def test_elasticache_7_default_subnet_group(elasticache_cluster):
    cluster = elasticache_cluster
    assert cluster.subnet_group != "default", (
        f"ElastiCache cluster {cluster.described} in {cluster.region} uses the default cache subnet group"
    )
