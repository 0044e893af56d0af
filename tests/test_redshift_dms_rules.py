"""FSBP Redshift.1-4, 6-10 and DMS.1, 6-9 on moto: one seeded account, audited once for all fourteen rules.

moto gaps filled here, as AWS answers: moto cannot change a Redshift parameter group (every group it has says
require_ssl "false"), so redshift:DescribeClusterParameters is stubbed for the groups that require TLS or leave
require_ssl out; and moto's CreateCluster turns a snapshot retention of 0 into 1, so the cluster without
automated snapshots gets its 0 through ModifyCluster, which moto keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import boto3
import pytest

from fixtures import rules
from fixtures.offline import deny, stub
from fixtures.scenarios.redshift_dms import (
    all_logged,
    create_cluster,
    create_endpoint,
    create_replication_instance,
    create_task,
    require_ssl_parameters,
    task_settings,
)
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST, EU = "us-east-1", "eu-west-1"
REDSHIFT_RULES = ("RS-001", "RS-007", "RS-019", "RS-006", "RS-005", "Redshift.7", "RS-018", "Redshift.9", "RS-002")
DMS_RULES = ("DMS-001", "DMS-002", "DMS.7", "DMS.8", "DMS.9")
RULES = tuple(f"--rule={rule}" for rule in REDSHIFT_RULES + DMS_RULES)
DEFAULT_GROUP = "default.redshift-1.0"  # moto's default parameter group, which says require_ssl "false"


def cluster(name: str) -> str:
    return f"arn:aws:redshift:{EAST}:{PROD_ACCOUNT}:cluster:{name}"


def replication_instance(name: str) -> str:
    return f"arn:aws:dms:{EAST}:{PROD_ACCOUNT}:rep:{name}"


def task(name: str) -> str:
    return f"arn:aws:dms:{EAST}:{PROD_ACCOUNT}:task:{name}"


def for_group(name: str):
    """A ``when`` for :func:`stub`: only DescribeClusterParameters requests for parameter group ``name``."""
    return lambda request: request.get("body", {}).get("ParameterGroupName") == name


@dataclass(frozen=True)
class Audit:
    """The seeded account's one audit: its findings, the requests it made, and the endpoints' ARNs (DMS makes
    them up)."""

    findings: list[dict]
    requests: dict[str, int]
    endpoints: dict[str, str]

    def verdicts(self, rule_id: str, region: str = EAST) -> dict:
        return {f["resource"]: (f["status"], f["message"]) for f in self.findings
                if f["rule_id"] == rule_id and f["region"] == region}


def seed_redshift(redshift) -> None:
    for group in ("tls-required", "tls-unset"):
        redshift.create_cluster_parameter_group(ParameterGroupName=group, ParameterGroupFamily="redshift-1.0",
                                                Description=group)
    create_cluster(redshift, "good-dw", public=False, encrypted=True, upgrades=True, enhanced_routing=True,
                   retention_days=7, ClusterParameterGroupName="tls-required")
    create_cluster(redshift, "open-dw", public=True, encrypted=False, upgrades=False, enhanced_routing=False,
                   retention_days=6, admin="awsuser", database="dev")
    create_cluster(redshift, "stage-dw", public=False, encrypted=True, upgrades=True, enhanced_routing=True,
                   retention_days=35)
    create_cluster(redshift, "nosnap-dw", public=False, encrypted=True, upgrades=True, enhanced_routing=True,
                   retention_days=7, ClusterParameterGroupName="tls-unset")
    redshift.modify_cluster(ClusterIdentifier="nosnap-dw", AutomatedSnapshotRetentionPeriod=0)
    redshift.enable_logging(ClusterIdentifier="good-dw", BucketName="audit-logs", S3KeyPrefix="redshift/")
    redshift.enable_logging(ClusterIdentifier="stage-dw", LogDestinationType="cloudwatch",
                            LogExports=["connectionlog", "userlog"])


def seed_dms(dms) -> dict[str, str]:
    private = create_replication_instance(dms, "private-ri", public=False, auto_minor=True)
    create_replication_instance(dms, "public-ri", public=True, auto_minor=False)
    endpoints = {
        "plain-db": create_endpoint(dms, "plain-db", "source", "postgres", "none"),
        "unset-db": create_endpoint(dms, "unset-db", "source", "mysql"),
        "verified-db": create_endpoint(dms, "verified-db", "source", "postgres", "verify-full"),
        "encrypted-db": create_endpoint(dms, "encrypted-db", "target", "sqlserver", "require"),
        "lake": create_endpoint(dms, "lake", "target", "s3"),
        "warehouse": create_endpoint(dms, "warehouse", "target", "redshift"),
    }
    source, target = endpoints["verified-db"], endpoints["encrypted-db"]
    create_task(dms, "logged-task", private, source, target, task_settings(**all_logged()))
    create_task(dms, "debug-task", private, source, target,
                task_settings(**all_logged("LOGGER_SEVERITY_DETAILED_DEBUG")))
    create_task(dms, "quiet-task", private, source, target, task_settings(enabled=False, **all_logged()))
    create_task(dms, "partial-task", private, source, target, task_settings(
        SOURCE_CAPTURE="LOGGER_SEVERITY_DEFAULT", SOURCE_UNLOAD="LOGGER_SEVERITY_WARNING",
        TARGET_APPLY="LOGGER_SEVERITY_INFO"))
    create_task(dms, "default-task", private, source, target, None)
    return endpoints


@pytest.fixture(scope="module")
def audit(seeded_aws) -> Audit:
    session = boto3.Session(profile_name="prod")
    seed_redshift(session.client("redshift", region_name=EAST))
    endpoints = seed_dms(session.client("dms", region_name=EAST))
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub(monkeypatch, "redshift:DescribeClusterParameters", require_ssl_parameters("true"),
             when=for_group("tls-required"))
        stub(monkeypatch, "redshift:DescribeClusterParameters",
             {"Parameters": require_ssl_parameters("true")["Parameters"][:1]}, when=for_group("tls-unset"))
        run = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST},{EU}", *RULES)
        document = run.document
    return Audit(document["findings"], document["stats"]["requests"], endpoints)


@cache
def passes(rule_id: str) -> str:
    """The PASS message of a rule: its ``compliant`` sentence."""
    return rules.discover()[rule_id].rule.compliant


def test_redshift_clusters_that_are_public_unencrypted_or_not_upgraded_fail(audit):
    for rule, failure in (("RS-001", "is publicly accessible"), ("RS-002", "is not encrypted at rest"),
                          ("RS-005", "does not allow automatic major version upgrades"),
                          ("Redshift.7", "does not use enhanced VPC routing")):
        assert audit.verdicts(rule) == {
            cluster("good-dw"): ("PASS", passes(rule)),
            cluster("open-dw"): ("FAIL", f"Redshift cluster open-dw in {EAST} {failure}"),
            cluster("stage-dw"): ("PASS", passes(rule)),
            cluster("nosnap-dw"): ("PASS", passes(rule)),
        }, rule


def test_redshift_clusters_with_the_default_admin_user_or_database_name_fail(audit):
    for rule, failure in (("RS-018", "uses the default admin user name awsuser"),
                          ("Redshift.9", "uses the default database name dev")):
        assert audit.verdicts(rule) == {
            cluster("good-dw"): ("PASS", passes(rule)),
            cluster("open-dw"): ("FAIL", f"Redshift cluster open-dw in {EAST} {failure}"),
            cluster("stage-dw"): ("PASS", passes(rule)),
            cluster("nosnap-dw"): ("PASS", passes(rule)),
        }, rule


def test_redshift_clusters_keeping_snapshots_fewer_than_seven_days_or_none_fail(audit):
    assert audit.verdicts("RS-019") == {
        cluster("good-dw"): ("PASS", passes("RS-019")),
        cluster("open-dw"): ("FAIL", f"Redshift cluster open-dw in {EAST} keeps automated snapshots for 6 days, "
                                     "fewer than the required 7"),
        cluster("stage-dw"): ("PASS", passes("RS-019")),
        cluster("nosnap-dw"): ("FAIL", f"Redshift cluster nosnap-dw in {EAST} does not take automated snapshots "
                                       "(retention period 0 days)"),
    }


def test_redshift_clusters_whose_parameter_group_does_not_require_ssl_fail(audit):
    assert audit.verdicts("RS-007") == {
        cluster("good-dw"): ("PASS", passes("RS-007")),
        cluster("open-dw"): ("FAIL", f"Redshift cluster open-dw in {EAST} does not require TLS for connections: "
                                     f"parameter group {DEFAULT_GROUP} has require_ssl false"),
        cluster("stage-dw"): ("FAIL", f"Redshift cluster stage-dw in {EAST} does not require TLS for connections: "
                                      f"parameter group {DEFAULT_GROUP} has require_ssl false"),
        cluster("nosnap-dw"): ("FAIL", f"Redshift cluster nosnap-dw in {EAST} does not require TLS for "
                                       "connections: parameter group tls-unset has require_ssl unset"),
    }


def test_a_parameter_group_shared_by_clusters_is_read_once(audit):
    assert audit.requests["redshift:DescribeClusterParameters"] == 3  # four clusters, three groups
    assert audit.requests["redshift:DescribeClusters"] == 2  # once per region, for all nine Redshift rules


def test_redshift_clusters_without_audit_logging_fail_whichever_destination_the_others_use(audit):
    assert audit.verdicts("RS-006") == {
        cluster("good-dw"): ("PASS", passes("RS-006")),
        cluster("open-dw"): ("FAIL", f"Redshift cluster open-dw in {EAST} does not have audit logging enabled"),
        cluster("stage-dw"): ("PASS", passes("RS-006")),
        cluster("nosnap-dw"): ("FAIL", f"Redshift cluster nosnap-dw in {EAST} does not have audit logging enabled"),
    }


def test_public_dms_replication_instances_and_those_without_minor_upgrades_fail(audit):
    assert audit.verdicts("DMS-001") == {
        replication_instance("private-ri"): ("PASS", passes("DMS-001")),
        replication_instance("public-ri"): ("FAIL", f"DMS replication instance public-ri in {EAST} "
                                                    "is publicly accessible"),
    }
    assert audit.verdicts("DMS-002") == {
        replication_instance("private-ri"): ("PASS", passes("DMS-002")),
        replication_instance("public-ri"): ("FAIL", f"DMS replication instance public-ri in {EAST} does not have "
                                                    "automatic minor version upgrades enabled"),
    }


def test_dms_tasks_fail_target_logging_when_it_is_off_missing_or_below_default_severity(audit):
    prefix = "in us-east-1 does not log target database events:"
    assert audit.verdicts("DMS.7") == {
        task("logged-task"): ("PASS", passes("DMS.7")),
        task("debug-task"): ("PASS", passes("DMS.7")),
        task("quiet-task"): ("FAIL", f"DMS replication task quiet-task {prefix} logging is turned off"),
        task("partial-task"): ("FAIL", f"DMS replication task partial-task {prefix} TARGET_APPLY is logged at "
                                       "LOGGER_SEVERITY_INFO, below LOGGER_SEVERITY_DEFAULT; TARGET_LOAD is not "
                                       "among its log components"),
        task("default-task"): ("FAIL", f"DMS replication task default-task {prefix} logging is turned off"),
    }


def test_dms_tasks_fail_source_logging_when_it_is_off_or_below_default_severity(audit):
    prefix = "in us-east-1 does not log source database events:"
    assert audit.verdicts("DMS.8") == {
        task("logged-task"): ("PASS", passes("DMS.8")),
        task("debug-task"): ("PASS", passes("DMS.8")),
        task("quiet-task"): ("FAIL", f"DMS replication task quiet-task {prefix} logging is turned off"),
        task("partial-task"): ("FAIL", f"DMS replication task partial-task {prefix} SOURCE_UNLOAD is logged at "
                                       "LOGGER_SEVERITY_WARNING, below LOGGER_SEVERITY_DEFAULT"),
        task("default-task"): ("FAIL", f"DMS replication task default-task {prefix} logging is turned off"),
    }


def test_dms_database_endpoints_without_ssl_fail_and_endpoints_of_other_engines_are_not_judged(audit):
    endpoint = audit.endpoints
    assert audit.verdicts("DMS.9") == {
        endpoint["plain-db"]: ("FAIL", f"DMS source endpoint plain-db (postgres) in {EAST} does not use SSL: "
                                       "its SSL mode is none"),
        endpoint["unset-db"]: ("FAIL", f"DMS source endpoint unset-db (mysql) in {EAST} does not use SSL: "
                                       "its SSL mode is none"),
        endpoint["verified-db"]: ("PASS", passes("DMS.9")),
        endpoint["encrypted-db"]: ("PASS", passes("DMS.9")),
    }


def test_a_region_without_clusters_or_migrations_is_not_applicable(audit):
    labels = {**dict.fromkeys(REDSHIFT_RULES, "Redshift clusters"),
              "DMS-001": "DMS replication instances", "DMS-002": "DMS replication instances",
              "DMS.7": "DMS replication tasks", "DMS.8": "DMS replication tasks",
              "DMS.9": "DMS endpoints of engines that take an SSL mode"}
    assert {(f["rule_id"], f["status"], f["message"]) for f in audit.findings if f["region"] == EU} == {
        (rule, "SKIP", f"not applicable: no {label} in {EU}") for rule, label in labels.items()}


def test_rs_019_uses_the_snapshot_retention_setting(audit, tmp_path):
    run = audit_in_process(tmp_path, "--aws-profile=prod", f"--aws-regions={EAST}", "--rule=RS-019",
                           "-o", "audit_redshift_snapshot_retention_days=6")
    assert {f["resource"]: f["status"] for f in run.findings} == {
        cluster("good-dw"): "PASS", cluster("open-dw"): "PASS", cluster("stage-dw"): "PASS",
        cluster("nosnap-dw"): "FAIL",
    }


def test_every_rule_is_an_error_naming_the_permission_when_its_listing_is_denied(audit, tmp_path, monkeypatch):
    listings = {"redshift:DescribeClusters": REDSHIFT_RULES, "dms:DescribeReplicationInstances": DMS_RULES[:2],
                "dms:DescribeReplicationTasks": DMS_RULES[2:4], "dms:DescribeEndpoints": DMS_RULES[4:]}
    deny(monkeypatch, *listings)
    run = audit_in_process(tmp_path, "--aws-profile=prod", f"--aws-regions={EAST}", *RULES)
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", f"could not evaluate: {action} was denied in {EAST} (AccessDenied): grant {action} to the "
                        "auditing principal")
        for action, rules in listings.items() for rule in rules}


def test_tls_and_logging_rules_are_errors_per_cluster_when_their_reads_are_denied(audit, tmp_path, monkeypatch):
    deny(monkeypatch, "redshift:DescribeClusterParameters", "redshift:DescribeLoggingStatus")
    run = audit_in_process(tmp_path, "--aws-profile=prod", f"--aws-regions={EAST}", "--rule=RS-007",
                           "--rule=RS-006", "--rule=RS-001")
    denied = ("could not evaluate: {} was denied in us-east-1 (AccessDenied): grant {} to the auditing principal")
    clusters = [cluster(name) for name in ("good-dw", "open-dw", "stage-dw", "nosnap-dw")]
    assert {(f["rule_id"], f["resource"], f["status"], f["message"]) for f in run.findings
            if f["rule_id"] != "RS-001"} == {
        *(("RS-007", arn, "ERROR", denied.format(*["redshift:DescribeClusterParameters"] * 2)) for arn in clusters),
        *(("RS-006", arn, "ERROR", denied.format(*["redshift:DescribeLoggingStatus"] * 2)) for arn in clusters),
    }
    assert {f["status"] for f in run.findings if f["rule_id"] == "RS-001"} == {"PASS", "FAIL"}
