"""Neptune (Neptune.1-9) and DocumentDB (DocumentDB.1-5) rules on moto, audited in batches.

One moto account is seeded once for the module with a compliant and a non-compliant cluster of each engine,
their snapshots and an Aurora cluster that none of these rules may judge. Four audits run over it: the seeded
account, the same with lowered retention settings and snapshot listing refused, with cluster and snapshot
attribute reads refused, and an empty account. moto lacks the "docdb" engine and Neptune IAM database
authentication: fixtures.offline.set_db_cluster sets them in moto's backend (see fixtures/scenarios/neptune_docdb.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import boto3
import pytest

from fixtures.offline import deny
from fixtures.scenarios.neptune_docdb import create_docdb_cluster, create_neptune_cluster, take_manual_snapshot
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
# rule ID -> (the PASS message, what a FAIL message says after "<kind> <name> in us-east-1 ")
NEPTUNE_CLUSTER_RULES = {
    "Neptune-006": ("The Neptune DB cluster encrypts its storage at rest.", "is not encrypted at rest"),
    "Neptune.2": ("The Neptune DB cluster exports its audit log to CloudWatch Logs.",
                  "does not publish audit logs to CloudWatch Logs (log exports: slowquery)"),
    "Neptune.4": ("The Neptune DB cluster has deletion protection enabled.",
                  "does not have deletion protection enabled"),
    "Neptune-003": ("The Neptune DB cluster keeps automated backups for at least the required number of days.",
                    "keeps automated backups for 6 day(s), less than the 7 required"),
    "Neptune-005": ("The Neptune DB cluster requires IAM database authentication.",
                    "does not have IAM database authentication enabled"),
    "Neptune.8": ("The Neptune DB cluster copies its tags to the snapshots taken of it.",
                  "does not copy tags to snapshots"),
    "Neptune-004": ("The Neptune DB cluster has instances in more than one Availability Zone (Multi-AZ).",
                    "is not Multi-AZ: its instances run in a single Availability Zone"),
}
DOCDB_CLUSTER_RULES = {
    "DocumentDB-002": ("The DocumentDB cluster encrypts its storage at rest.", "is not encrypted at rest"),
    "DocumentDB-001": ("The DocumentDB cluster keeps automated backups for at least the required number of days.",
                       "keeps automated backups for 6 day(s), less than the 7 required"),
    "DocumentDB.4": ("The DocumentDB cluster exports its audit log to CloudWatch Logs.",
                     "does not publish audit logs to CloudWatch Logs (log exports: none)"),
    "DocumentDB.5": ("The DocumentDB cluster has deletion protection enabled.",
                     "does not have deletion protection enabled"),
}
SNAPSHOT_RULES = ("Neptune.6", "Neptune.3", "DocumentDB.3")
RULES = (*NEPTUNE_CLUSTER_RULES, *DOCDB_CLUSTER_RULES, *SNAPSHOT_RULES)
NOT_PUBLIC = {"Neptune.3": "The manual Neptune DB cluster snapshot is not shared with every AWS account.",
              "DocumentDB.3": "The manual DocumentDB cluster snapshot is not shared with every AWS account."}
ENCRYPTED_SNAPSHOT = "The Neptune DB cluster snapshot is encrypted at rest."


def rule_args(*rule_ids: str) -> tuple[str, ...]:
    return tuple(f"--rule={rule_id}" for rule_id in rule_ids)


def arn(kind: str, name: str) -> str:
    return f"arn:aws:rds:{EAST}:{PROD_ACCOUNT}:{kind}:{name}"


def verdicts(findings: list[dict], rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in findings if f["rule_id"] == rule_id}


def denied(action: str) -> str:
    return (f"could not evaluate: {action} was denied in {EAST} (AccessDenied): grant {action} to the auditing "
            "principal")


@dataclass(frozen=True)
class Audit:
    """What one audit run over the seeded account found, and the AWS requests it made."""

    findings: list[dict]
    requests: dict[str, int]


def audit(directory, *args: str) -> Audit:
    directory.mkdir()
    document = audit_in_process(directory, "--aws-profile=prod", f"--aws-regions={EAST}", *args).document
    return Audit(document["findings"], document["stats"]["requests"])


@pytest.fixture(scope="module")
def automated_snapshots(seeded_aws) -> dict[str, str]:
    """Seed the module's account once; the automated snapshot moto took of each cluster, by cluster."""
    rds = boto3.Session(profile_name="prod").client("rds", region_name=EAST)
    create_neptune_cluster(rds, PROD_ACCOUNT, "graph-good", encrypted=True, log_exports=("audit", "slowquery"),
                           deletion_protection=True, retention_days=7, copy_tags=True, iam_auth=True,
                           zones=("us-east-1a", "us-east-1b"))
    take_manual_snapshot(rds, "graph-good", "graph-good-partner", restorable_by=(OTHER_ACCOUNT,))
    create_neptune_cluster(rds, PROD_ACCOUNT, "graph-bad", encrypted=False, log_exports=("slowquery",),
                           deletion_protection=False, retention_days=6, copy_tags=False, iam_auth=False,
                           zones=("us-east-1a", "us-east-1a"))
    take_manual_snapshot(rds, "graph-bad", "graph-bad-public", restorable_by=(OTHER_ACCOUNT, "all"))
    create_docdb_cluster(rds, PROD_ACCOUNT, "docs-good", encrypted=True, log_exports=("audit", "profiler"),
                         deletion_protection=True, retention_days=7)
    take_manual_snapshot(rds, "docs-good", "docs-good-private")
    create_docdb_cluster(rds, PROD_ACCOUNT, "docs-bad", encrypted=False, log_exports=(),
                         deletion_protection=False, retention_days=6)
    take_manual_snapshot(rds, "docs-bad", "docs-bad-public", restorable_by=("all",))
    # RDS's own: the same reads list it, and none of these rules may judge it.
    rds.create_db_cluster(DBClusterIdentifier="orders-aurora", Engine="aurora-postgresql", MasterUsername="dbadmin",
                          MasterUserPassword="not-a-real-secret-1")
    take_manual_snapshot(rds, "orders-aurora", "orders-aurora-public", restorable_by=("all",))
    answer = rds.describe_db_cluster_snapshots(SnapshotType="automated")["DBClusterSnapshots"]
    return {snapshot["DBClusterIdentifier"]: snapshot["DBClusterSnapshotIdentifier"] for snapshot in answer}


@pytest.fixture(scope="module")
def seeded_run(seeded_aws, automated_snapshots) -> Audit:
    """The 14 rules and RDS-007 (which reads the same clusters) over the seeded account."""
    return audit(seeded_aws / "seeded", *rule_args(*RULES, "RDS-007"))


@pytest.fixture(scope="module")
def lowered_retention_without_snapshots(seeded_aws, automated_snapshots) -> Audit:
    """Retention settings lowered to 6 days, and rds:DescribeDBClusterSnapshots refused."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        deny(monkeypatch, "rds:DescribeDBClusterSnapshots")
        return audit(seeded_aws / "lowered", *rule_args(*RULES), "-o", "audit_neptune_backup_retention_days=6",
                     "-o", "audit_docdb_backup_retention_days=6")


@pytest.fixture(scope="module")
def clusters_and_sharing_refused(seeded_aws, automated_snapshots) -> Audit:
    """rds:DescribeDBClusters and rds:DescribeDBClusterSnapshotAttributes refused."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        deny(monkeypatch, "rds:DescribeDBClusters", "rds:DescribeDBClusterSnapshotAttributes")
        return audit(seeded_aws / "refused", *rule_args(*RULES))


@pytest.mark.parametrize("rule_id", NEPTUNE_CLUSTER_RULES)
def test_neptune_clusters_pass_or_fail_on_their_own_setting(seeded_run, rule_id):
    passed, failed = NEPTUNE_CLUSTER_RULES[rule_id]
    assert verdicts(seeded_run.findings, rule_id) == {
        arn("cluster", "graph-good"): ("PASS", passed),
        arn("cluster", "graph-bad"): ("FAIL", f"Neptune DB cluster graph-bad in {EAST} {failed}"),
    }


@pytest.mark.parametrize("rule_id", DOCDB_CLUSTER_RULES)
def test_documentdb_clusters_pass_or_fail_on_their_own_setting(seeded_run, rule_id):
    passed, failed = DOCDB_CLUSTER_RULES[rule_id]
    assert verdicts(seeded_run.findings, rule_id) == {
        arn("cluster", "docs-good"): ("PASS", passed),
        arn("cluster", "docs-bad"): ("FAIL", f"DocumentDB cluster docs-bad in {EAST} {failed}"),
    }


def test_unencrypted_neptune_snapshots_fail_whether_automated_or_manual(seeded_run, automated_snapshots):
    good, bad = automated_snapshots["graph-good"], automated_snapshots["graph-bad"]
    unencrypted = "in us-east-1 is not encrypted at rest"
    assert verdicts(seeded_run.findings, "Neptune.6") == {
        arn("cluster-snapshot", good): ("PASS", ENCRYPTED_SNAPSHOT),
        arn("cluster-snapshot", "graph-good-partner"): ("PASS", ENCRYPTED_SNAPSHOT),
        arn("cluster-snapshot", bad): (
            "FAIL", f"Neptune DB cluster snapshot {bad} (automated, of cluster graph-bad) {unencrypted}"),
        arn("cluster-snapshot", "graph-bad-public"): (
            "FAIL", f"Neptune DB cluster snapshot graph-bad-public (manual, of cluster graph-bad) {unencrypted}"),
    }


def test_manual_snapshots_restorable_by_all_accounts_fail_and_those_shared_with_named_accounts_pass(seeded_run):
    public = "in us-east-1 is public: any AWS account can copy or restore it"
    assert verdicts(seeded_run.findings, "Neptune.3") == {
        arn("cluster-snapshot", "graph-good-partner"): ("PASS", NOT_PUBLIC["Neptune.3"]),
        arn("cluster-snapshot", "graph-bad-public"): (
            "FAIL", f"Neptune manual DB cluster snapshot graph-bad-public (of cluster graph-bad) {public}"),
    }
    assert verdicts(seeded_run.findings, "DocumentDB.3") == {
        arn("cluster-snapshot", "docs-good-private"): ("PASS", NOT_PUBLIC["DocumentDB.3"]),
        arn("cluster-snapshot", "docs-bad-public"): (
            "FAIL", f"DocumentDB manual cluster snapshot docs-bad-public (of cluster docs-bad) {public}"),
    }


def test_aurora_clusters_and_snapshots_are_left_to_the_rds_rules(seeded_run):
    judged = {f["resource"] for f in seeded_run.findings if f["rule_id"] in RULES}
    assert {resource for resource in judged if "orders-aurora" in resource} == set()
    # RDS.15 (RDS-007) judges Aurora and Multi-AZ DB clusters; Neptune.9 judges Neptune's, and no FSBP control
    # asks DocumentDB clusters for Multi-AZ, so RDS-007 lists the Aurora cluster alone.
    assert verdicts(seeded_run.findings, "RDS-007") == {
        arn("cluster", "orders-aurora"): (
            "FAIL", f"RDS DB cluster orders-aurora (aurora-postgresql) in {EAST} is not Multi-AZ: it runs in a single "
            "Availability Zone"),
    }


def test_clusters_and_snapshots_are_listed_once_with_the_rds_rules_and_only_manual_snapshots_are_asked_about(
        seeded_run):
    # The five clusters (Aurora's for RDS-007) come from one listing, as do the seven snapshots; sharing is
    # asked of the four Neptune and DocumentDB manual snapshots only. RDS-007 lists instances as well.
    assert {action: count for action, count in seeded_run.requests.items() if action.startswith("rds:")} == {
        "rds:DescribeDBInstances": 1,
        "rds:DescribeDBClusters": 1,
        "rds:DescribeDBClusterSnapshots": 1,
        "rds:DescribeDBClusterSnapshotAttributes": 4,
    }


def test_backup_retention_is_judged_against_the_organisation_settings(lowered_retention_without_snapshots):
    for rule_id, name in (("Neptune-003", "graph"), ("DocumentDB-001", "docs")):
        passed = (NEPTUNE_CLUSTER_RULES | DOCDB_CLUSTER_RULES)[rule_id][0]
        assert verdicts(lowered_retention_without_snapshots.findings, rule_id) == {
            arn("cluster", f"{name}-good"): ("PASS", passed),
            arn("cluster", f"{name}-bad"): ("PASS", passed),
        }, rule_id


def test_snapshot_rules_are_errors_naming_the_permission_when_snapshots_cannot_be_listed(
        lowered_retention_without_snapshots):
    found = {(f["rule_id"], f["status"], f["resource"], f["message"])
             for f in lowered_retention_without_snapshots.findings if f["rule_id"] in SNAPSHOT_RULES}
    assert found == {(rule_id, "ERROR", PROD_ACCOUNT, denied("rds:DescribeDBClusterSnapshots"))
                     for rule_id in SNAPSHOT_RULES}


def test_cluster_rules_are_errors_naming_the_permission_when_clusters_cannot_be_read(clusters_and_sharing_refused):
    cluster_rules = (*NEPTUNE_CLUSTER_RULES, *DOCDB_CLUSTER_RULES)
    found = {(f["rule_id"], f["status"], f["resource"], f["message"])
             for f in clusters_and_sharing_refused.findings if f["rule_id"] in cluster_rules}
    assert found == {(rule_id, "ERROR", PROD_ACCOUNT, denied("rds:DescribeDBClusters")) for rule_id in cluster_rules}


def test_each_manual_snapshot_is_an_error_when_its_sharing_cannot_be_read(clusters_and_sharing_refused):
    message = denied("rds:DescribeDBClusterSnapshotAttributes")
    assert verdicts(clusters_and_sharing_refused.findings, "Neptune.3") == {
        arn("cluster-snapshot", "graph-good-partner"): ("ERROR", message),
        arn("cluster-snapshot", "graph-bad-public"): ("ERROR", message),
    }
    assert verdicts(clusters_and_sharing_refused.findings, "DocumentDB.3") == {
        arn("cluster-snapshot", "docs-good-private"): ("ERROR", message),
        arn("cluster-snapshot", "docs-bad-public"): ("ERROR", message),
    }


def test_snapshot_encryption_needs_neither_clusters_nor_sharing(clusters_and_sharing_refused, seeded_run):
    assert verdicts(clusters_and_sharing_refused.findings, "Neptune.6") == verdicts(seeded_run.findings, "Neptune.6")


def test_an_account_without_neptune_or_documentdb_is_not_applicable(seeded_aws, automated_snapshots):
    directory = seeded_aws / "empty"
    directory.mkdir()
    run = audit_in_process(directory, "--aws-profile=other", f"--aws-regions={EAST}", *rule_args(*RULES))
    labels = {
        **dict.fromkeys(NEPTUNE_CLUSTER_RULES, "Neptune DB clusters"),
        **dict.fromkeys(DOCDB_CLUSTER_RULES, "DocumentDB clusters"),
        "Neptune.6": "Neptune DB cluster snapshots",
        "Neptune.3": "Neptune manual DB cluster snapshots",
        "DocumentDB.3": "DocumentDB manual cluster snapshots",
    }
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule_id, "SKIP", f"not applicable: no {label} in {EAST}") for rule_id, label in labels.items()}
