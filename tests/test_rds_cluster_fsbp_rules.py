"""The RDS cluster, snapshot, event subscription and default port rules (16 FSBP controls), on one seeded moto
account audited once, plus one run with the listings denied and one with the per-snapshot reads denied."""

import boto3
import pytest

from fixtures.offline import deny, in_region, stub
from fixtures.scenarios.rds_clusters import create_cluster, share_cluster_snapshot, share_db_snapshot, subscribe
from fixtures.scenarios.storage import create_db_instance
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST, EU, EMPTY = "us-east-1", "eu-west-1", "ap-southeast-2"
CLUSTER_RULES = ("RDS-035", "RDS.12", "RDS.24", "RDS.27", "RDS-034", "RDS-042", "RDS.34", "RDS.37", "RDS.35")
EVENT_RULES = ("RDS.19", "RDS-027", "RDS.21", "RDS-028")
SNAPSHOT_RULES = ("RDS-023", "RDS-040")
RULES = (*CLUSTER_RULES, *EVENT_RULES, *SNAPSHOT_RULES, "RDS-011")
# Whether each seeded cluster and instance encrypts its storage, which its automated snapshots inherit.
ENCRYPTED = {"good-mysql": True, "bad-mysql": False, "serverless-mysql": True, "good-pg": True, "bad-pg": True,
             "good-maz": True, "bad-maz": True, "standalone-default": False, "standalone-custom": True,
             "good-mysql-1": True}


def arn(kind: str, name: str, region: str = EAST) -> str:
    return f"arn:aws:rds:{region}:{PROD_ACCOUNT}:{kind}:{name}"


def cluster(name: str) -> str:
    return arn("cluster", name)


def verdicts(run, rule_id: str, region: str = EAST) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings
            if f["rule_id"] == rule_id and f["region"] == region}


def passing(run, rule_id: str) -> str:
    (message,) = {f["message"] for f in run.findings if f["rule_id"] == rule_id and f["status"] == "PASS"}
    return message


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    """The prod account with good and bad clusters of each kind, stand-alone instances on default and other
    ports, public, shared and private snapshots, event subscriptions that miss the critical events in us-east-1
    and one that sends everything in eu-west-1; a Neptune cluster and its public snapshot for the engine
    filter."""
    session = boto3.Session(profile_name="prod")
    rds = session.client("rds", region_name=EAST)
    create_cluster(rds, "good-mysql", "aurora-mysql")
    create_cluster(rds, "bad-mysql", "aurora-mysql", MasterUsername="admin", Port=3306, StorageEncrypted=False,
                   DeletionProtection=False, EnableIAMDatabaseAuthentication=False, CopyTagsToSnapshot=False,
                   BacktrackWindow=0, EnableCloudwatchLogsExports=["error", "slowquery"])
    create_cluster(rds, "serverless-mysql", "aurora-mysql", EngineMode="serverless", BacktrackWindow=0,
                   EnableCloudwatchLogsExports=[])
    create_cluster(rds, "good-pg", "aurora-postgresql")
    create_cluster(rds, "bad-pg", "aurora-postgresql", MasterUsername="postgres", Port=5432,
                   EnableCloudwatchLogsExports=["instance"])
    create_cluster(rds, "good-maz", "postgres")
    create_cluster(rds, "bad-maz", "mysql", AutoMinorVersionUpgrade=False, Port=3306)
    rds.create_db_cluster(DBClusterIdentifier="graph", Engine="neptune", MasterUsername="admin",
                          MasterUserPassword="not-a-real-secret-1")
    rds.create_db_instance(DBInstanceIdentifier="good-mysql-1", DBClusterIdentifier="good-mysql",
                           Engine="aurora-mysql", DBInstanceClass="db.r5.large")
    create_db_instance(rds, "standalone-default", encrypted=False, public=False, auto_minor=True, multi_az=True)
    create_db_instance(rds, "standalone-custom", encrypted=True, public=False, auto_minor=True, multi_az=True,
                       Port=3307)
    share_db_snapshot(rds, "standalone-default", "standalone-default-public", "all")
    share_db_snapshot(rds, "standalone-custom", "standalone-custom-shared", "111122223333")
    share_cluster_snapshot(rds, "good-mysql", "good-mysql-private")
    share_cluster_snapshot(rds, "bad-mysql", "bad-mysql-public", "all")
    share_cluster_snapshot(rds, "graph", "graph-public", "all")
    subscribe(session, EAST, "cluster-everything", "db-cluster", [])
    subscribe(session, EAST, "instance-partial", "db-instance", ["failure", "maintenance"])
    subscribe(session, EAST, "parameters-off", "db-parameter-group", ["configuration change"], enabled=False)
    subscribe(session, EU, "all-sources", None, [])
    automated = {item["DBClusterSnapshotArn"]: item["DBClusterIdentifier"]
                 for item in rds.describe_db_cluster_snapshots(SnapshotType="automated")["DBClusterSnapshots"]}
    automated.update({item["DBSnapshotArn"]: item["DBInstanceIdentifier"]
                      for item in rds.describe_db_snapshots(SnapshotType="automated")["DBSnapshots"]})
    return automated


@pytest.fixture(scope="module")
def run(seeded, seeded_aws):
    return audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST},{EU},{EMPTY}",
                            *(f"--rule={rule}" for rule in RULES))


def test_rds_clusters_without_deletion_protection_fail(run):
    passed = passing(run, "RDS-035")
    assert verdicts(run, "RDS-035") == {
        **{cluster(name): ("PASS", passed)
           for name in ("good-mysql", "serverless-mysql", "good-pg", "bad-pg", "good-maz", "bad-maz")},
        cluster("bad-mysql"): (
            "FAIL", "RDS DB cluster bad-mysql (aurora-mysql) in us-east-1 does not have deletion protection enabled"),
    }
    assert passed == "The DB cluster has deletion protection enabled."


def test_rds_clusters_without_iam_database_authentication_fail(run):
    def failed(name, engine):
        return ("FAIL", f"RDS DB cluster {name} ({engine}) in us-east-1 does not have IAM database authentication "
                        "enabled")

    passed = ("PASS", "The DB cluster has IAM database authentication enabled.")
    assert verdicts(run, "RDS.12") == {
        cluster("good-mysql"): passed, cluster("serverless-mysql"): passed, cluster("good-pg"): passed,
        cluster("bad-pg"): passed, cluster("bad-mysql"): failed("bad-mysql", "aurora-mysql"),
        cluster("good-maz"): failed("good-maz", "postgres"), cluster("bad-maz"): failed("bad-maz", "mysql"),
    }


def test_rds_clusters_with_the_default_master_username_fail(run):
    passed = ("PASS", "The DB cluster's master username is not a default one (admin or postgres).")
    assert verdicts(run, "RDS.24") == {
        **{cluster(name): passed for name in ("good-mysql", "serverless-mysql", "good-pg", "good-maz", "bad-maz")},
        cluster("bad-mysql"): (
            "FAIL", "RDS DB cluster bad-mysql (aurora-mysql) in us-east-1 uses the default master username admin"),
        cluster("bad-pg"): (
            "FAIL", "RDS DB cluster bad-pg (aurora-postgresql) in us-east-1 uses the default master username postgres"),
    }


def test_unencrypted_rds_clusters_fail(run):
    passed = ("PASS", "The DB cluster encrypts its storage at rest.")
    assert verdicts(run, "RDS.27") == {
        **{cluster(name): passed
           for name in ("good-mysql", "serverless-mysql", "good-pg", "bad-pg", "good-maz", "bad-maz")},
        cluster("bad-mysql"): ("FAIL", "RDS DB cluster bad-mysql (aurora-mysql) in us-east-1 is not encrypted at rest"),
    }


def test_aurora_mysql_clusters_without_backtracking_fail_serverless_ones_too(run):
    def failed(name):
        return ("FAIL", f"Aurora MySQL DB cluster {name} in us-east-1 does not have backtracking enabled "
                        "(backtrack window 0)")

    assert verdicts(run, "RDS-034") == {
        cluster("good-mysql"): ("PASS", "The Aurora MySQL DB cluster has backtracking enabled."),
        cluster("bad-mysql"): failed("bad-mysql"),
        cluster("serverless-mysql"): failed("serverless-mysql"),
    }


def test_aurora_clusters_that_do_not_copy_tags_to_snapshots_fail_and_multi_az_clusters_are_not_judged(run):
    passed = ("PASS", "The Aurora DB cluster copies its tags to its snapshots.")
    assert verdicts(run, "RDS-042") == {
        **{cluster(name): passed for name in ("good-mysql", "serverless-mysql", "good-pg", "bad-pg")},
        cluster("bad-mysql"): (
            "FAIL", "Aurora DB cluster bad-mysql (aurora-mysql) in us-east-1 does not copy its tags to snapshots"),
    }


def test_aurora_mysql_clusters_without_the_audit_log_export_fail_serverless_v1_is_not_judged(run):
    assert verdicts(run, "RDS.34") == {
        cluster("good-mysql"): ("PASS", "The Aurora MySQL DB cluster publishes its audit log to CloudWatch Logs."),
        cluster("bad-mysql"): ("FAIL", "Aurora MySQL DB cluster bad-mysql in us-east-1 does not publish its audit "
                                       "log to CloudWatch Logs (log exports: error, slowquery)"),
    }


def test_aurora_postgresql_clusters_without_the_postgresql_log_export_fail(run):
    assert verdicts(run, "RDS.37") == {
        cluster("good-pg"): (
            "PASS", "The Aurora PostgreSQL DB cluster publishes its PostgreSQL log to CloudWatch Logs."),
        cluster("bad-pg"): ("FAIL", "Aurora PostgreSQL DB cluster bad-pg in us-east-1 does not publish its "
                                    "PostgreSQL log to CloudWatch Logs (log exports: instance)"),
    }


def test_multi_az_clusters_without_automatic_minor_upgrades_fail_and_aurora_is_not_judged(run):
    assert verdicts(run, "RDS.35") == {
        cluster("good-maz"): ("PASS", "The Multi-AZ DB cluster takes minor engine version upgrades automatically."),
        cluster("bad-maz"): ("FAIL", "Multi-AZ DB cluster bad-maz (mysql) in us-east-1 does not have automatic "
                                     "minor version upgrades enabled"),
    }


def test_databases_on_their_engines_default_port_fail_cluster_members_are_judged_through_their_cluster(run):
    def failed(kind, name, engine, port):
        return ("FAIL", f"RDS DB {kind} {name} ({engine}) in us-east-1 uses port {port}, the default port of its "
                        "engine")

    passed = ("PASS", "The database does not listen on its engine's default port.")
    assert verdicts(run, "RDS-011") == {
        **{cluster(name): passed for name in ("good-mysql", "serverless-mysql", "good-pg", "good-maz")},
        cluster("bad-mysql"): failed("cluster", "bad-mysql", "aurora-mysql", 3306),
        cluster("bad-pg"): failed("cluster", "bad-pg", "aurora-postgresql", 5432),
        cluster("bad-maz"): failed("cluster", "bad-maz", "mysql", 3306),
        arn("db", "standalone-custom"): passed,
        arn("db", "standalone-default"): failed("instance", "standalone-default", "postgres", 5432),
    }


def test_a_database_whose_port_or_engine_default_is_unknown_is_an_error_not_a_pass(seeded_aws, tmp_path,
                                                                                   monkeypatch):
    # AWS lists a DB instance without an endpoint while it is created, and may add engines; neither can be shown
    # to avoid its engine's default port.
    stub(monkeypatch, "rds:DescribeDBClusters", {"DBClusters": [
        {"DBClusterArn": arn("cluster", "future", EMPTY), "DBClusterIdentifier": "future", "Engine": "future-sql",
         "Port": 4000}]}, when=in_region(EMPTY))
    stub(monkeypatch, "rds:DescribeDBInstances", {"DBInstances": [
        {"DBInstanceArn": arn("db", "creating", EMPTY), "DBInstanceIdentifier": "creating", "Engine": "postgres",
         "DBInstanceStatus": "creating"}]}, when=in_region(EMPTY))
    run = audit_in_process(tmp_path, "--aws-profile=prod", f"--aws-regions={EMPTY}", "--rule=RDS-011")
    failed = f"could not evaluate: rds:{{}} failed in {EMPTY}: "
    assert verdicts(run, "RDS-011", EMPTY) == {
        arn("cluster", "future", EMPTY): ("ERROR", failed.format("DescribeDBClusters") + (
            "no default port is known for engine future-sql of DB cluster future, so whether its port 4000 is the "
            "default cannot be told")),
        arn("db", "creating", EMPTY): ("ERROR", failed.format("DescribeDBInstances") + (
            "the answer names no port for DB instance creating (status creating)")),
    }


def test_neptune_clusters_are_left_to_the_neptune_rules(run):
    judged = {f["resource"] for f in run.findings if f["rule_id"] in (*CLUSTER_RULES, "RDS-011")}
    assert cluster("graph") not in judged
    assert not [resource for resource in verdicts(run, "RDS-040") if ":graph" in resource]


def test_public_manual_snapshots_fail_neptune_ones_included(run):
    def failed(kind, name, engine):
        return ("FAIL", f"Manual RDS {kind} {name} ({engine}) in us-east-1 is public: its restore attribute "
                        "includes 'all', so any AWS account can copy or restore it")

    passed = ("PASS", "The manual snapshot is not shared publicly.")
    assert verdicts(run, "RDS-023") == {
        arn("snapshot", "standalone-default-public"): failed("DB snapshot", "standalone-default-public", "postgres"),
        arn("snapshot", "standalone-custom-shared"): passed,
        arn("cluster-snapshot", "good-mysql-private"): passed,
        arn("cluster-snapshot", "bad-mysql-public"): failed("DB cluster snapshot", "bad-mysql-public", "aurora-mysql"),
        arn("cluster-snapshot", "graph-public"): failed("DB cluster snapshot", "graph-public", "neptune"),
    }


def test_unencrypted_snapshots_fail_manual_and_automated_alike(run, seeded):
    def expected(name, source, kind, engine, snapshot_type):
        if ENCRYPTED[source]:
            return ("PASS", "The snapshot is encrypted at rest.")
        return ("FAIL", f"RDS {kind} {name} ({engine}, {snapshot_type}) in us-east-1 is not encrypted at rest")

    engines = {"good-mysql": "aurora-mysql", "bad-mysql": "aurora-mysql", "serverless-mysql": "aurora-mysql",
               "good-pg": "aurora-postgresql", "bad-pg": "aurora-postgresql", "good-maz": "postgres",
               "bad-maz": "mysql", "standalone-default": "postgres", "standalone-custom": "mysql",
               "good-mysql-1": "aurora-mysql"}
    automated = {
        resource: expected(resource.split(":", 6)[-1], source,
                           "DB cluster snapshot" if ":cluster-snapshot:" in resource else "DB snapshot",
                           engines[source], "automated")
        for resource, source in seeded.items() if source != "graph"}
    assert len(automated) == 10
    assert verdicts(run, "RDS-040") == {
        **automated,
        arn("snapshot", "standalone-default-public"): expected(
            "standalone-default-public", "standalone-default", "DB snapshot", "postgres", "manual"),
        arn("snapshot", "standalone-custom-shared"): expected(
            "standalone-custom-shared", "standalone-custom", "DB snapshot", "mysql", "manual"),
        arn("cluster-snapshot", "good-mysql-private"): expected(
            "good-mysql-private", "good-mysql", "DB cluster snapshot", "aurora-mysql", "manual"),
        arn("cluster-snapshot", "bad-mysql-public"): expected(
            "bad-mysql-public", "bad-mysql", "DB cluster snapshot", "aurora-mysql", "manual"),
    }


def test_regions_whose_subscriptions_miss_critical_events_fail_per_source_type(run):
    names = "cluster-everything, instance-partial, parameters-off"
    region = arn("es", "*")
    assert {rule: verdicts(run, rule) for rule in EVENT_RULES} == {
        "RDS.19": {region: ("PASS", "An enabled RDS event subscription in the region sends DB cluster maintenance "
                                    "and failure events.")},
        "RDS-027": {region: ("FAIL", "No enabled RDS event subscription in us-east-1 sends DB instance events of the "
                                     f"categories maintenance, configuration change, failure (subscriptions there: "
                                     f"{names})")},
        "RDS.21": {region: ("FAIL", "No enabled RDS event subscription in us-east-1 sends DB parameter group events "
                                    f"of the category configuration change (subscriptions there: {names})")},
        "RDS-028": {region: ("FAIL", "No enabled RDS event subscription in us-east-1 sends DB security group events "
                                     f"of the categories configuration change and failure (subscriptions there: "
                                     f"{names})")},
    }


def test_a_subscription_to_every_source_and_category_passes_every_event_rule(run):
    assert {rule: {status for status, _ in verdicts(run, rule, EU).values()} for rule in EVENT_RULES} == {
        rule: {"PASS"} for rule in EVENT_RULES}
    assert {resource for rule in EVENT_RULES for resource in verdicts(run, rule, EU)} == {arn("es", "*", EU)}


def test_regions_without_the_resources_are_not_applicable(run):
    labels = {
        "RDS-035": "RDS DB clusters", "RDS.12": "RDS DB clusters", "RDS.24": "RDS DB clusters",
        "RDS.27": "RDS DB clusters", "RDS-034": "Aurora MySQL DB clusters", "RDS-042": "Aurora DB clusters",
        "RDS.34": "Aurora MySQL DB clusters other than Serverless v1", "RDS.37": "Aurora PostgreSQL DB clusters",
        "RDS.35": "Multi-AZ DB clusters", "RDS-011": "RDS DB instances or clusters",
        "RDS-023": "manual RDS snapshots", "RDS-040": "RDS DB snapshots or DB cluster snapshots",
        **dict.fromkeys(EVENT_RULES, "RDS event subscriptions"),
    }
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings if f["region"] == EMPTY} == {
        (rule, "SKIP", f"not applicable: no {label} in {EMPTY}") for rule, label in labels.items()}
    elsewhere = {(f["rule_id"], f["status"]) for f in run.findings if f["region"] == EU}
    assert elsewhere == {(rule, "SKIP") for rule in labels if rule not in EVENT_RULES} | {
        (rule, "PASS") for rule in EVENT_RULES}


def test_each_listing_is_read_once_per_region_and_each_manual_snapshot_once(run):
    requests = run.document["stats"]["requests"]
    assert {action: requests.get(action, 0) for action in (
        "rds:DescribeDBClusters", "rds:DescribeDBInstances", "rds:DescribeDBSnapshots",
        "rds:DescribeDBClusterSnapshots", "rds:DescribeEventSubscriptions", "rds:DescribeDBSnapshotAttributes",
        "rds:DescribeDBClusterSnapshotAttributes")} == {
        "rds:DescribeDBClusters": 3, "rds:DescribeDBInstances": 3, "rds:DescribeDBSnapshots": 3,
        "rds:DescribeDBClusterSnapshots": 3, "rds:DescribeEventSubscriptions": 3,
        "rds:DescribeDBSnapshotAttributes": 2, "rds:DescribeDBClusterSnapshotAttributes": 3,
    }


def denied(action: str) -> str:
    return (f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {action} to the auditing "
            "principal")


def test_every_rule_is_an_error_naming_the_listing_it_could_not_read(seeded, seeded_aws, monkeypatch):
    deny(monkeypatch, "rds:DescribeDBClusters", "rds:DescribeDBInstances", "rds:DescribeDBSnapshots",
         "rds:DescribeEventSubscriptions")
    run = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST}",
                           *(f"--rule={rule}" for rule in RULES))
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        *((rule, "ERROR", denied("rds:DescribeDBClusters")) for rule in CLUSTER_RULES),
        *((rule, "ERROR", denied("rds:DescribeEventSubscriptions")) for rule in EVENT_RULES),
        *((rule, "ERROR", denied("rds:DescribeDBSnapshots")) for rule in SNAPSHOT_RULES),
        ("RDS-011", "ERROR", denied("rds:DescribeDBInstances")),
    }


def test_a_snapshot_whose_sharing_cannot_be_read_is_an_error_of_its_own(seeded, seeded_aws, monkeypatch):
    deny(monkeypatch, "rds:DescribeDBSnapshotAttributes", "rds:DescribeDBClusterSnapshotAttributes")
    run = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST}", "--rule=RDS-023",
                           "--rule=RDS-040")
    assert verdicts(run, "RDS-023") == {
        **{arn("snapshot", name): ("ERROR", denied("rds:DescribeDBSnapshotAttributes"))
           for name in ("standalone-default-public", "standalone-custom-shared")},
        **{arn("cluster-snapshot", name): ("ERROR", denied("rds:DescribeDBClusterSnapshotAttributes"))
           for name in ("good-mysql-private", "bad-mysql-public", "graph-public")},
    }
    assert {status for status, _ in verdicts(run, "RDS-040").values()} == {"PASS", "FAIL"}
