"""The FSBP RDS DB instance rules (RDS.6, RDS-031, RDS-033, RDS-030, RDS-002, RDS-026, RDS.18, RDS-012, RDS.36,
RDS-037, RDS.39), on one moto account seeded once and audited in a few runs.

moto notes: an instance comes back without a DB subnet group unless given one (what the retired EC2-Classic looked
like, so RDS.18 fails it); a default DB parameter group answers DescribeDBParameters with no parameters at all, so
every value is the engine's default, as for a parameter AWS leaves unset; moto reports every parameter group as
in-sync, so the pending-reboot case is tested on the check itself; moto does not copy an Aurora cluster's log
exports or IAM authentication flag onto its members, as AWS reports them, so the members are given them directly.
"""

from pathlib import Path

import boto3
import pytest

from checks.rds import test_rds_037_postgresql_transport_encryption as rds_037
from fixtures.offline import deny
from fixtures.scenarios.rds_instances import (MYSQL_LOGS, POSTGRES_LOGS, create_instance, hardened, monitoring_role,
                                              parameter_group, private_subnet_group)
from fixtures.subjects.rds import InstanceParameter, parameter_default
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
RULES = ("RDS.6", "RDS-031", "RDS-033", "RDS-030", "RDS-002", "RDS-026", "RDS.18", "RDS-012", "RDS.36", "RDS-037",
         "RDS.39")
PASSES = {
    "RDS.6": "The DB instance collects Enhanced Monitoring metrics from its operating system.",
    "RDS-031": "The DB instance has deletion protection enabled.",
    "RDS-033": "The DB instance publishes every log type its engine is expected to publish to CloudWatch Logs.",
    "RDS-030": "The DB instance accepts IAM database authentication.",
    "RDS-002": "The DB instance keeps automated backups for at least the required number of days (7 by default).",
    "RDS-026": "The DB instance copies its tags to the snapshots taken of it.",
    "RDS.18": "The DB instance runs in a VPC, through a DB subnet group.",
    "RDS-012": "The DB instance's master username is not a default one (admin, postgres).",
    "RDS.36": "The PostgreSQL DB instance publishes its postgresql log to CloudWatch Logs.",
    "RDS-037": "The PostgreSQL DB instance's parameter group, in sync, sets rds.force_ssl to 1 (SSL/TLS required).",
    "RDS.39": "The MySQL DB instance's parameter group, in sync, sets require_secure_transport on (SSL/TLS required).",
}
ENGINES = {"good-pg": "postgres", "bad-pg": "postgres", "weekly-pg": "postgres", "good-mysql": "mysql",
           "bad-mysql": "mysql", "good-mysql-replica": "mysql", "paused-mysql": "mysql",
           "aurora-pg-1": "aurora-postgresql"}


def arn(name: str, region: str = EAST) -> str:
    return f"arn:aws:rds:{region}:{PROD_ACCOUNT}:db:{name}"


def passed(rule: str, *names: str) -> dict:
    return {arn(name): ("PASS", PASSES[rule]) for name in names}


def failed(name: str, problem: str) -> dict:
    return {arn(name): ("FAIL", f"RDS DB instance {name} ({ENGINES[name]}) in {EAST} {problem}")}


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def audit(directory: Path, *args: str):
    """An audit of the seeded account writing its reports to a directory of its own (runs do not overwrite)."""
    directory.mkdir(exist_ok=True)
    return audit_in_process(directory, "--aws-profile=prod", *args, *(f"--rule={rule}" for rule in RULES))


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    """The prod account's us-east-1 holds one instance per case below; eu-west-1 holds none."""
    session = boto3.Session(profile_name="prod", region_name=EAST)
    rds, ec2 = session.client("rds"), session.client("ec2")
    subnets = private_subnet_group(rds, ec2, "private")
    # PostgreSQL 16 forces SSL by default; 9.3 (moto's default version) does not.
    create_instance(rds, "good-pg", "postgres", master="ledger_owner", EngineVersion="16.3",
                    **hardened(session, rds, ec2, POSTGRES_LOGS, subnets))
    create_instance(rds, "bad-pg", "postgres", master="postgres", BackupRetentionPeriod=0)
    create_instance(rds, "weekly-pg", "postgres", BackupRetentionPeriod=3, EnableCloudwatchLogsExports=["postgresql"],
                    DBParameterGroupName=parameter_group(rds, "pg-ssl", "postgres9.3", **{"rds.force_ssl": "1"}))
    create_instance(rds, "good-mysql", "mysql", EngineVersion="8.0.35",
                    DBParameterGroupName=parameter_group(rds, "mysql-tls", "mysql8.0", require_secure_transport="1"),
                    **hardened(session, rds, ec2, MYSQL_LOGS, subnets))
    create_instance(rds, "bad-mysql", "mysql", master="admin",
                    DBParameterGroupName=parameter_group(rds, "mysql-plain", "mysql5.6", require_secure_transport="0"))
    # A replica without automated backups, as AWS creates MySQL replicas (moto copies all the source's settings).
    rds.create_db_instance_read_replica(DBInstanceIdentifier="good-mysql-replica",
                                        SourceDBInstanceIdentifier="good-mysql")
    rds.modify_db_instance(DBInstanceIdentifier="good-mysql-replica", BackupRetentionPeriod=0, ApplyImmediately=True)
    create_instance(rds, "paused-mysql", "mysql")
    rds.stop_db_instance(DBInstanceIdentifier="paused-mysql")
    # An Aurora member with the cluster's default master username and log exports (see the module's moto notes).
    rds.create_db_cluster(DBClusterIdentifier="aurora-pg", Engine="aurora-postgresql", MasterUsername="postgres",
                          MasterUserPassword="not-a-real-secret-1", DBSubnetGroupName=subnets)
    rds.create_db_instance(DBInstanceIdentifier="aurora-pg-1", DBClusterIdentifier="aurora-pg",
                           Engine="aurora-postgresql", DBInstanceClass="db.r5.large", DBSubnetGroupName=subnets,
                           EnableCloudwatchLogsExports=["postgresql"], MonitoringInterval=60,
                           MonitoringRoleArn=monitoring_role(session))
    # A Neptune instance, which DescribeDBInstances lists too: no RDS instance rule judges it.
    rds.create_db_cluster(DBClusterIdentifier="graph", Engine="neptune")
    rds.create_db_instance(DBInstanceIdentifier="graph-1", DBClusterIdentifier="graph", Engine="neptune",
                           DBInstanceClass="db.r5.large")
    return seeded_aws


@pytest.fixture(scope="module")
def run(seeded):
    return audit(seeded / "all", f"--aws-regions={EAST}")


def test_instances_without_enhanced_monitoring_fail_and_neptune_is_left_to_its_own_controls(run):
    problem = "does not have Enhanced Monitoring enabled"
    assert verdicts(run, "RDS.6") == {
        **passed("RDS.6", "good-pg", "good-mysql", "good-mysql-replica", "aurora-pg-1"),
        **{key: value for name in ("bad-pg", "weekly-pg", "bad-mysql", "paused-mysql")
           for key, value in failed(name, problem).items()},
    }


def test_instances_without_deletion_protection_fail_only_for_the_engines_rds_8_lists(run):
    problem = "does not have deletion protection enabled"
    assert verdicts(run, "RDS-031") == {
        **passed("RDS-031", "good-pg", "good-mysql", "good-mysql-replica"),
        **{key: value for name in ("bad-pg", "weekly-pg", "bad-mysql", "paused-mysql")
           for key, value in failed(name, problem).items()},
    }


def test_running_instances_fail_for_each_log_type_of_their_engine_they_do_not_publish(run):
    assert verdicts(run, "RDS-033") == {
        **passed("RDS-033", "good-pg", "good-mysql", "good-mysql-replica", "aurora-pg-1"),
        **failed("bad-pg", "does not publish postgresql, upgrade logs to CloudWatch Logs"),
        **failed("weekly-pg", "does not publish upgrade logs to CloudWatch Logs"),
        **failed("bad-mysql", "does not publish audit, error, general, slowquery logs to CloudWatch Logs"),
    }


def test_running_instances_without_iam_authentication_fail_aurora_members_included(run):
    problem = "does not have IAM database authentication enabled"
    assert verdicts(run, "RDS-030") == {
        **passed("RDS-030", "good-pg", "good-mysql", "good-mysql-replica"),
        **{key: value for name in ("bad-pg", "weekly-pg", "bad-mysql", "aurora-pg-1")
           for key, value in failed(name, problem).items()},
    }


def test_standalone_instances_keeping_backups_fewer_days_than_required_fail_and_replicas_are_not_judged(run):
    assert verdicts(run, "RDS-002") == {
        **passed("RDS-002", "good-pg", "good-mysql"),
        **failed("bad-pg", "does not have automated backups enabled"),
        **failed("weekly-pg", "keeps automated backups for 3 days, fewer than the required 7"),
        **failed("bad-mysql", "keeps automated backups for 1 day, fewer than the required 7"),
        **failed("paused-mysql", "keeps automated backups for 1 day, fewer than the required 7"),
    }


def test_standalone_instances_not_copying_tags_to_snapshots_fail(run):
    problem = "does not copy its tags to snapshots"
    assert verdicts(run, "RDS-026") == {
        **passed("RDS-026", "good-pg", "good-mysql", "good-mysql-replica"),
        **{key: value for name in ("bad-pg", "weekly-pg", "bad-mysql", "paused-mysql")
           for key, value in failed(name, problem).items()},
    }


def test_instances_without_a_db_subnet_group_are_not_in_a_vpc(run):
    problem = "is not deployed in a VPC: it has no DB subnet group"
    assert verdicts(run, "RDS.18") == {
        **passed("RDS.18", "good-pg", "good-mysql", "good-mysql-replica", "aurora-pg-1"),
        **{key: value for name in ("bad-pg", "weekly-pg", "bad-mysql", "paused-mysql")
           for key, value in failed(name, problem).items()},
    }


def test_standalone_instances_with_a_default_master_username_fail_and_aurora_members_are_not_judged(run):
    assert verdicts(run, "RDS-012") == {
        **passed("RDS-012", "good-pg", "weekly-pg", "good-mysql", "good-mysql-replica", "paused-mysql"),
        **failed("bad-pg", "uses the default master username 'postgres'"),
        **failed("bad-mysql", "uses the default master username 'admin'"),
    }


def test_postgresql_instances_not_publishing_the_postgresql_log_fail(run):
    assert verdicts(run, "RDS.36") == {
        **passed("RDS.36", "good-pg", "weekly-pg"),
        arn("bad-pg"): ("FAIL", f"RDS for PostgreSQL DB instance bad-pg in {EAST} does not publish postgresql logs "
                                "to CloudWatch Logs"),
    }


def test_postgresql_instances_pass_when_their_group_or_their_version_forces_ssl(run):
    assert verdicts(run, "RDS-037") == {
        **passed("RDS-037", "good-pg", "weekly-pg"),
        arn("bad-pg"): ("FAIL", f"RDS for PostgreSQL DB instance bad-pg in {EAST} does not require SSL: rds.force_ssl "
                                "is 0 (the default of PostgreSQL 9.3.3) in DB parameter group default.postgres9.3"),
    }


def test_mysql_instances_fail_when_their_group_leaves_secure_transport_off_set_or_by_default(run):
    assert verdicts(run, "RDS.39") == {
        **passed("RDS.39", "good-mysql", "good-mysql-replica"),
        arn("bad-mysql"): ("FAIL", f"RDS for MySQL DB instance bad-mysql in {EAST} does not require SSL/TLS: "
                                   "require_secure_transport is 0 in DB parameter group mysql-plain"),
        arn("paused-mysql"): ("FAIL", f"RDS for MySQL DB instance paused-mysql in {EAST} does not require SSL/TLS: "
                                      "require_secure_transport is 0 (the default of MySQL 5.6.21) in DB parameter "
                                      "group default.mysql5.6"),
    }


def test_each_parameter_group_is_read_once_and_neptune_is_never_judged(run):
    requests = run.document["stats"]["requests"]
    assert requests["rds:DescribeDBInstances"] == 1
    # default.postgres16, default.postgres9.3, pg-ssl, mysql-tls (source and replica), mysql-plain, default.mysql5.6
    assert requests["rds:DescribeDBParameters"] == 6
    assert arn("graph-1") not in {f["resource"] for f in run.findings}


def test_a_parameter_group_not_yet_applied_fails_even_when_it_forces_ssl():
    pending = InstanceParameter("orders", EAST, "postgres", "16.3", "orders-ssl", "pending-reboot", "rds.force_ssl",
                                "1", default=False)
    with pytest.raises(AssertionError, match=f"RDS for PostgreSQL DB instance orders in {EAST} does not yet run with "
                                             "DB parameter group orders-ssl, which is pending-reboot, not in-sync"):
        rds_037.test_rds_037_postgresql_transport_encryption(pending)


def test_engine_defaults_follow_the_versions_aws_documents():
    postgres = [parameter_default("postgres", version, "rds.force_ssl") for version in ("14.12", "15.2", "17.1")]
    mysql = [parameter_default("mysql", version, "require_secure_transport") for version in ("8.0.3", "8.4.3", "9.7.0")]
    assert (postgres, mysql) == (["0", "1", "1"], ["0", "0", "1"])


def test_every_rule_is_an_error_naming_the_permission_when_instances_cannot_be_read(seeded, monkeypatch):
    deny(monkeypatch, "rds:DescribeDBInstances")
    run = audit(seeded / "denied-instances", f"--aws-regions={EAST}")
    message = (f"could not evaluate: rds:DescribeDBInstances was denied in {EAST} (AccessDenied): "
               "grant rds:DescribeDBInstances to the auditing principal")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", message) for rule in RULES}


def test_transport_rules_are_errors_per_instance_when_parameters_cannot_be_read_and_retention_is_a_setting(
        seeded, monkeypatch):
    deny(monkeypatch, "rds:DescribeDBParameters")
    run = audit(seeded / "denied-parameters", f"--aws-regions={EAST}", "-o", "audit_rds_backup_retention_days=3")
    message = (f"could not evaluate: rds:DescribeDBParameters was denied in {EAST} (AccessDenied): "
               "grant rds:DescribeDBParameters to the auditing principal")
    assert verdicts(run, "RDS-037") == {arn(name): ("ERROR", message) for name in ("good-pg", "bad-pg", "weekly-pg")}
    assert verdicts(run, "RDS.39") == {
        arn(name): ("ERROR", message) for name in ("good-mysql", "bad-mysql", "good-mysql-replica", "paused-mysql")}
    three_days = "The DB instance keeps automated backups for at least the required number of days (7 by default)."
    assert verdicts(run, "RDS-002")[arn("weekly-pg")] == ("PASS", three_days)
    assert verdicts(run, "RDS-002")[arn("bad-mysql")] == (
        "FAIL", f"RDS DB instance bad-mysql (mysql) in {EAST} keeps automated backups for 1 day, fewer than the "
                "required 3")


def test_every_rule_is_not_applicable_in_a_region_without_instances(seeded):
    run = audit(seeded / "empty-region", "--aws-regions=eu-west-1")
    labels = {
        "RDS.6": "RDS DB instances", "RDS.18": "RDS DB instances",
        "RDS-031": "RDS for MariaDB, MySQL, Oracle, PostgreSQL or SQL Server DB instances",
        "RDS-033": "running RDS DB instances of engines that publish logs",
        "RDS-030": "running MySQL, MariaDB, PostgreSQL or Aurora DB instances",
        "RDS-002": "RDS DB instances outside DB clusters other than read replicas",
        "RDS-026": "RDS DB instances outside DB clusters", "RDS-012": "RDS DB instances outside DB clusters",
        "RDS.36": "RDS for PostgreSQL DB instances",
        "RDS-037": "RDS for PostgreSQL DB instances outside DB clusters",
        "RDS.39": "RDS for MySQL DB instances outside DB clusters",
    }
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "SKIP", f"not applicable: no {label} in eu-west-1") for rule, label in labels.items()}
