"""RDS-004 (encryption), RDS-006 (minor upgrades), RDS-008 (public) and RDS-007 (Multi-AZ), on moto."""

import boto3

from fixtures.offline import deny
from fixtures.scenarios.storage import create_db_instance
from tests.conftest import PROD_ACCOUNT

RDS_RULES = ("--rule=RDS-004", "--rule=RDS-006", "--rule=RDS-008", "--rule=RDS-007")


def arn(region: str, kind: str, name: str) -> str:
    return f"arn:aws:rds:{region}:{PROD_ACCOUNT}:{kind}:{name}"


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def create_aurora(rds, name: str, zones: tuple[str, ...]) -> None:
    rds.create_db_cluster(DBClusterIdentifier=name, Engine="aurora-postgresql", MasterUsername="dbadmin",
                          MasterUserPassword="not-a-real-secret-1", StorageEncrypted=True)
    for index, zone in enumerate(zones, start=1):
        rds.create_db_instance(DBInstanceIdentifier=f"{name}-{index}", DBClusterIdentifier=name,
                               Engine="aurora-postgresql", DBInstanceClass="db.r5.large", AvailabilityZone=zone)


def test_rds_rules_judge_instances_and_clusters_in_each_region(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    rds, rds_eu = session.client("rds"), session.client("rds", region_name="eu-west-1")
    create_db_instance(rds, "good", encrypted=True, public=False, auto_minor=True, multi_az=True)
    create_db_instance(rds, "bad", encrypted=False, public=True, auto_minor=False, multi_az=False)
    create_db_instance(rds_eu, "eu-bad", encrypted=False, public=True, auto_minor=False, multi_az=False)
    create_aurora(rds, "aurora-ha", ("us-east-1a", "us-east-1b"))
    create_aurora(rds, "aurora-single", ("us-east-1a",))
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", *RDS_RULES)

    east, eu = "us-east-1", "eu-west-1"
    members = [arn(east, "db", name) for name in ("aurora-ha-1", "aurora-ha-2", "aurora-single-1")]
    for rule, passed, failed in (
        ("RDS-004", "The DB instance encrypts its storage at rest.", "does not encrypt its storage at rest"),
        ("RDS-006", "The DB instance takes minor engine version upgrades automatically.",
         "does not have automatic minor version upgrades enabled"),
        ("RDS-008", "The DB instance is not publicly accessible.", "is publicly accessible"),
    ):
        found = verdicts(run, rule)
        assert found == {
            arn(east, "db", "good"): ("PASS", passed),
            arn(east, "db", "bad"): ("FAIL", f"RDS DB instance bad (postgres) in {east} {failed}"),
            arn(eu, "db", "eu-bad"): ("FAIL", f"RDS DB instance eu-bad (postgres) in {eu} {failed}"),
            **{resource: ("PASS", passed) for resource in members},
        }, rule

    single_az = "it runs in a single Availability Zone"
    assert verdicts(run, "RDS-007") == {
        arn(east, "db", "good"): ("PASS", "The database runs in more than one Availability Zone (Multi-AZ)."),
        arn(east, "db", "bad"): ("FAIL", f"RDS DB instance bad (postgres) in {east} is not Multi-AZ: {single_az}"),
        arn(eu, "db", "eu-bad"): ("FAIL", f"RDS DB instance eu-bad (postgres) in {eu} is not Multi-AZ: {single_az}"),
        arn(east, "cluster", "aurora-ha"): ("PASS", "The database runs in more than one Availability Zone (Multi-AZ)."),
        arn(east, "cluster", "aurora-single"): (
            "FAIL", f"RDS DB cluster aurora-single (aurora-postgresql) in {east} is not Multi-AZ: {single_az}"),
    }


def test_rds_rules_read_every_page_of_instances(aws, run_audit):
    rds = boto3.Session(profile_name="prod").client("rds")
    for index in range(101):  # DescribeDBInstances answers 100 per page
        create_db_instance(rds, f"db{index:03d}", encrypted=index != 100, public=False, auto_minor=True,
                           multi_az=True)
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=RDS-004")
    found = verdicts(run, "RDS-004")
    assert len(found) == 101
    assert [resource for resource, (status, _) in found.items() if status == "FAIL"] == [arn("us-east-1", "db", "db100")]


def test_rds_rules_skip_regions_without_databases(aws, run_audit):
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", *RDS_RULES)
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        ("RDS-004", "SKIP", "not applicable: no RDS DB instances in us-east-1"),
        ("RDS-006", "SKIP", "not applicable: no RDS DB instances in us-east-1"),
        ("RDS-008", "SKIP", "not applicable: no RDS DB instances in us-east-1"),
        ("RDS-007", "SKIP", "not applicable: no RDS DB instances or clusters in us-east-1"),
    }


def test_rds_rules_are_errors_naming_the_action_when_instances_cannot_be_read(aws, run_audit, monkeypatch):
    create_db_instance(boto3.Session(profile_name="prod").client("rds"), "good", encrypted=True, public=False,
                       auto_minor=True, multi_az=True)
    deny(monkeypatch, "rds:DescribeDBInstances")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", *RDS_RULES)
    message = ("could not evaluate: rds:DescribeDBInstances was denied in us-east-1 (AccessDenied): "
               "grant rds:DescribeDBInstances to the auditing principal")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule.removeprefix("--rule="), "ERROR", message) for rule in RDS_RULES}


def test_rds_007_is_an_error_when_clusters_cannot_be_read(aws, run_audit, monkeypatch):
    create_db_instance(boto3.Session(profile_name="prod").client("rds"), "good", encrypted=True, public=False,
                       auto_minor=True, multi_az=True)
    deny(monkeypatch, "rds:DescribeDBClusters")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=RDS-007", "--rule=RDS-004")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        ("RDS-004", "PASS", "The DB instance encrypts its storage at rest."),
        ("RDS-007", "ERROR", "could not evaluate: rds:DescribeDBClusters was denied in us-east-1 (AccessDenied): "
                             "grant rds:DescribeDBClusters to the auditing principal"),
    }
