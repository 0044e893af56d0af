"""DynamoDB.1, DynamoDB-003, DAX-001, DynamoDB.4, DynamoDB.6, DynamoDB.7, Backup.1, EC2.28 and RDS.26 on moto.

One moto account is seeded once for the module with compliant and non-compliant tables, DAX clusters, backup
vaults, EBS volumes and DB instances, and audited four times: as it is, in a region where it has nothing, with
the listings denied, and with the per-resource and shared reads denied.

moto 5.2.5 answers backup:ListProtectedResources and backup:ListRecoveryPointsByBackupVault with 404 "Not yet
implemented", and always describes a table as ACTIVE: those answers are stubbed as AWS gives them.
"""

from __future__ import annotations

import json

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.scenarios.dynamodb_backup import create_dax_cluster, create_table, protected_resources, recovery_points
from fixtures.scenarios.storage import create_db_instance
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
RULES = ("DynamoDB.1", "DynamoDB-003", "DAX-001", "DynamoDB.4", "DynamoDB.6", "DynamoDB.7", "Backup.1", "EC2.28",
         "RDS.26")
DENIED = ("could not evaluate: {action} was denied in {region} (AccessDenied): grant {action} to the auditing "
          "principal")


def rule_args(*rule_ids: str) -> list[str]:
    return [f"--rule={rule_id}" for rule_id in rule_ids]


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def denied(action: str, region: str = EAST) -> str:
    return DENIED.format(action=action, region=region)


def table_arn(name: str) -> str:
    return f"arn:aws:dynamodb:{EAST}:{PROD_ACCOUNT}:table/{name}"


def ec2_arn(resource: str) -> str:
    return f"arn:aws:ec2:{EAST}:{PROD_ACCOUNT}:{resource}"


def rds_arn(kind: str, name: str) -> str:
    return f"arn:aws:rds:{EAST}:{PROD_ACCOUNT}:{kind}:{name}"


def scale(autoscaling, resource_id: str, *dimensions: str) -> None:
    for dimension in dimensions:
        autoscaling.register_scalable_target(ServiceNamespace="dynamodb", ResourceId=resource_id,
                                             ScalableDimension=dimension, MinCapacity=5, MaxCapacity=500)


def table_named(name: str):
    """A ``when`` for :func:`stub`: DynamoDB requests about the table ``name``."""
    return lambda request: json.loads(request["body"] or "{}").get("TableName") == name


def in_vault(name: str):
    """A ``when`` for :func:`stub`: AWS Backup requests about the vault ``name``."""
    return lambda request: f"/backup-vaults/{name}/" in request["url"]


# What AWS answers for a table that was archived (moto describes every table as ACTIVE).
ARCHIVED_TABLE = {"Table": {"TableName": "archive", "TableArn": table_arn("archive"), "TableStatus": "ARCHIVED",
                            "BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"}, "DeletionProtectionEnabled": True}}


@pytest.fixture(scope="module")
def account(seeded_aws) -> dict:
    """Seed the prod account once; returns the IDs moto chose (instances and volumes)."""
    session = boto3.Session(profile_name="prod", region_name=EAST)
    dynamodb, autoscaling = session.client("dynamodb"), session.client("application-autoscaling")
    create_table(dynamodb, "orders", on_demand=True, DeletionProtectionEnabled=True)
    create_table(dynamodb, "sessions", on_demand=False)
    create_table(dynamodb, "catalog", on_demand=False, indexes=("by-brand",), DeletionProtectionEnabled=True)
    create_table(dynamodb, "events", on_demand=False, indexes=("by-day",))
    create_table(dynamodb, "archive", on_demand=True)
    for name in ("orders", "catalog"):
        dynamodb.update_continuous_backups(TableName=name,
                                           PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})
    table_dimensions = ("dynamodb:table:ReadCapacityUnits", "dynamodb:table:WriteCapacityUnits")
    scale(autoscaling, "table/catalog", *table_dimensions)
    scale(autoscaling, "table/catalog/index/by-brand", "dynamodb:index:ReadCapacityUnits",
          "dynamodb:index:WriteCapacityUnits")
    scale(autoscaling, "table/events", *table_dimensions)
    scale(autoscaling, "table/events/index/by-day", "dynamodb:index:ReadCapacityUnits")

    for name, encrypted in (("securecache", True), ("plaincache", False)):
        create_dax_cluster(session, EAST, name, encrypted=encrypted)

    backup = session.client("backup")
    for vault in ("ebs-vault", "dynamodb-vault"):
        backup.create_backup_vault(BackupVaultName=vault)

    ec2 = session.client("ec2")
    web, batch = (ec2.run_instances(ImageId="ami-12345678", MinCount=1, MaxCount=1, InstanceType="t3.micro")
                  ["Instances"][0] for _ in range(2))
    logs = ec2.create_volume(AvailabilityZone=batch["Placement"]["AvailabilityZone"], Size=10,
                             TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": "logs"}]}])
    ec2.attach_volume(VolumeId=logs["VolumeId"], InstanceId=batch["InstanceId"], Device="/dev/sdf")
    ec2.create_volume(AvailabilityZone="us-east-1a", Size=10)  # available: not in use, not judged
    root = {instance["InstanceId"]: instance["BlockDeviceMappings"][0]["Ebs"]["VolumeId"] for instance in (web, batch)}
    ec2.create_tags(Resources=[root[batch["InstanceId"]]], Tags=[{"Key": "Name", "Value": "batch-root"}])

    rds = session.client("rds")
    for name in ("billing", "orders-db"):
        create_db_instance(rds, name, encrypted=True, public=False, auto_minor=True, multi_az=False)
    rds.create_db_cluster(DBClusterIdentifier="ledger", Engine="aurora-postgresql", MasterUsername="dbadmin",
                          MasterUserPassword="not-a-real-secret-1", StorageEncrypted=True)
    rds.create_db_instance(DBInstanceIdentifier="ledger-1", DBClusterIdentifier="ledger", Engine="aurora-postgresql",
                           DBInstanceClass="db.r5.large")
    return {"web": web["InstanceId"], "batch": batch["InstanceId"], "logs": logs["VolumeId"],
            "web-root": root[web["InstanceId"]], "batch-root": root[batch["InstanceId"]]}


def stub_what_moto_lacks(monkeypatch, account: dict, *, backup: bool = True) -> None:
    """Answer as AWS does where moto cannot: the archived table, and (``backup``) AWS Backup's protected resources
    and recovery points."""
    stub(monkeypatch, "dynamodb:DescribeTable", ARCHIVED_TABLE, when=table_named("archive"))
    if not backup:
        return
    stub(monkeypatch, "backup:ListProtectedResources", protected_resources(
        table_arn("orders"), ec2_arn(f"instance/{account['web']}"), ec2_arn(f"volume/{account['logs']}"),
        rds_arn("db", "billing"), rds_arn("cluster", "ledger"),
        f"arn:aws:elasticfilesystem:{EAST}:{PROD_ACCOUNT}:file-system/fs-0123"))
    stub(monkeypatch, "backup:ListRecoveryPointsByBackupVault", recovery_points(
        (f"arn:aws:ec2:{EAST}::snapshot/snap-0logs", ec2_arn(f"volume/{account['logs']}"), "EBS", False)),
        when=in_vault("ebs-vault"))
    stub(monkeypatch, "backup:ListRecoveryPointsByBackupVault", recovery_points(
        (f"arn:aws:backup:{EAST}:{PROD_ACCOUNT}:recovery-point:7d5a1c3e-orders", table_arn("orders"), "DynamoDB", True)),
        when=in_vault("dynamodb-vault"))


def audit(directory, account: dict, *args: str, backup: bool = True, denials: tuple = ()):
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub_what_moto_lacks(monkeypatch, account, backup=backup)
        for action, when in denials:
            deny(monkeypatch, action, when=when)
        return audit_in_process(directory, "--aws-profile=prod", *args)


@pytest.fixture(scope="module")
def seeded_run(seeded_aws, account):
    """The seeded account audited once in us-east-1, with EBS-001 and RDS-004, whose reads these rules share."""
    return audit(seeded_aws, account, f"--aws-regions={EAST}", *rule_args(*RULES, "EBS-001", "RDS-004"))


@pytest.fixture(scope="module")
def empty_region_run(seeded_aws, account):
    return audit(seeded_aws, account, "--aws-regions=eu-west-2", *rule_args(*RULES))


@pytest.fixture(scope="module")
def listings_denied_run(seeded_aws, account):
    listings = ("dynamodb:ListTables", "dax:DescribeClusters", "backup:ListBackupVaults", "ec2:DescribeVolumes",
                "rds:DescribeDBInstances")
    return audit(seeded_aws, account, f"--aws-regions={EAST}", *rule_args(*RULES),
                 denials=tuple((action, None) for action in listings))


@pytest.fixture(scope="module")
def reads_denied_run(seeded_aws, account):
    """The reads made after listing denied: AWS Backup's, auto scaling's, PITR's, and one table's description."""
    everywhere = ("backup:ListProtectedResources", "backup:ListRecoveryPointsByBackupVault",
                  "application-autoscaling:DescribeScalableTargets", "dynamodb:DescribeContinuousBackups")
    return audit(seeded_aws, account, f"--aws-regions={EAST}", *rule_args(*RULES), backup=False,
                 denials=(*((action, None) for action in everywhere),
                          ("dynamodb:DescribeTable", table_named("sessions"))))


# DynamoDB tables ---------------------------------------------------------------------------------------------


def test_on_demand_and_fully_auto_scaled_tables_pass_dynamodb_1_and_provisioned_capacity_left_fixed_fails(seeded_run):
    passed = ("PASS", "The DynamoDB table uses on-demand capacity, or auto scaling manages every capacity it "
                      "provisions.")
    fixed = "uses provisioned capacity without auto scaling for the"
    assert verdicts(seeded_run, "DynamoDB.1") == {
        table_arn("orders"): passed,
        table_arn("archive"): passed,
        table_arn("catalog"): passed,
        table_arn("sessions"): ("FAIL", f"DynamoDB table sessions in {EAST} {fixed} read capacity of the table, "
                                        "write capacity of the table"),
        table_arn("events"): ("FAIL", f"DynamoDB table events in {EAST} {fixed} write capacity of index by-day"),
    }


def test_tables_without_point_in_time_recovery_fail_dynamodb_003(seeded_run):
    passed = ("PASS", "The DynamoDB table has point-in-time recovery enabled.")
    assert verdicts(seeded_run, "DynamoDB-003") == {
        table_arn("orders"): passed,
        table_arn("catalog"): passed,
        **{table_arn(name): ("FAIL", f"DynamoDB table {name} in {EAST} does not have point-in-time recovery enabled")
           for name in ("sessions", "events", "archive")},
    }


def test_tables_without_deletion_protection_fail_dynamodb_6(seeded_run):
    passed = ("PASS", "The DynamoDB table has deletion protection enabled.")
    assert verdicts(seeded_run, "DynamoDB.6") == {
        table_arn("orders"): passed,
        table_arn("catalog"): passed,
        table_arn("archive"): passed,
        **{table_arn(name): ("FAIL", f"DynamoDB table {name} in {EAST} does not have deletion protection enabled")
           for name in ("sessions", "events")},
    }


def test_active_tables_pass_dynamodb_4_only_when_aws_backup_protects_them_and_archived_ones_are_not_judged(
        seeded_run):
    not_covered = "is not covered by an AWS Backup plan: AWS Backup lists no backup of it"
    assert verdicts(seeded_run, "DynamoDB.4") == {
        table_arn("orders"): ("PASS", "AWS Backup protects the DynamoDB table."),
        **{table_arn(name): ("FAIL", f"DynamoDB table {name} in {EAST} {not_covered}")
           for name in ("sessions", "catalog", "events")},
    }


# DAX clusters ------------------------------------------------------------------------------------------------


def dax_arn(name: str) -> str:
    return f"arn:aws:dax:{EAST}:{PROD_ACCOUNT}:cache/{name}"


def test_dax_clusters_without_encryption_at_rest_fail_dax_001(seeded_run):
    assert verdicts(seeded_run, "DAX-001") == {
        dax_arn("securecache"): ("PASS", "The DAX cluster is encrypted at rest."),
        dax_arn("plaincache"): ("FAIL", f"DAX cluster plaincache in {EAST} is not encrypted at rest "
                                        "(encryption at rest DISABLED)"),
    }


def test_dax_clusters_without_tls_on_their_endpoint_fail_dynamodb_7(seeded_run):
    assert verdicts(seeded_run, "DynamoDB.7") == {
        dax_arn("securecache"): ("PASS", "The DAX cluster's endpoint accepts TLS connections only."),
        dax_arn("plaincache"): ("FAIL", f"DAX cluster plaincache in {EAST} does not encrypt traffic to its endpoint "
                                        "with TLS (endpoint encryption NONE)"),
    }


# AWS Backup ---------------------------------------------------------------------------------------------------


def test_each_recovery_point_of_each_vault_is_judged_and_unencrypted_ones_fail_backup_1(seeded_run, account):
    assert verdicts(seeded_run, "Backup.1") == {
        f"arn:aws:backup:{EAST}:{PROD_ACCOUNT}:recovery-point:7d5a1c3e-orders": (
            "PASS", "The AWS Backup recovery point is encrypted at rest."),
        f"arn:aws:ec2:{EAST}::snapshot/snap-0logs": (
            "FAIL", f"AWS Backup recovery point snap-0logs in vault ebs-vault in {EAST} (a backup of EBS "
                    f"{ec2_arn('volume/' + account['logs'])}) is not encrypted at rest"),
    }


def test_in_use_volumes_pass_ec2_28_when_they_or_their_instance_are_protected_and_available_ones_are_not_judged(
        seeded_run, account):
    passed = ("PASS", "AWS Backup protects the EBS volume, itself or through the instance it is attached to.")
    assert verdicts(seeded_run, "EC2.28") == {
        ec2_arn(f"volume/{account['web-root']}"): passed,
        ec2_arn(f"volume/{account['logs']}"): passed,
        ec2_arn(f"volume/{account['batch-root']}"): (
            "FAIL", f"EBS volume {account['batch-root']} (batch-root) in {EAST} is not covered by an AWS Backup "
                    f"plan: AWS Backup lists no backup of it or of instance {account['batch']} it is attached to"),
    }


def test_db_instances_pass_rds_26_when_they_or_their_cluster_are_protected(seeded_run):
    assert verdicts(seeded_run, "RDS.26") == {
        rds_arn("db", "billing"): ("PASS", "AWS Backup protects the DB instance, itself or through its DB cluster."),
        rds_arn("db", "ledger-1"): ("PASS", "AWS Backup protects the DB instance, itself or through its DB cluster."),
        rds_arn("db", "orders-db"): ("FAIL", f"RDS DB instance orders-db (postgres) in {EAST} is not covered by an "
                                             "AWS Backup plan: AWS Backup lists no backup of it"),
    }


def test_shared_reads_are_made_once_for_every_rule_that_needs_them(seeded_run):
    requests = seeded_run.document["stats"]["requests"]
    assert {action: requests.get(action) for action in (
        "backup:ListProtectedResources", "ec2:DescribeVolumes", "rds:DescribeDBInstances", "dynamodb:ListTables",
        "dynamodb:DescribeTable", "application-autoscaling:DescribeScalableTargets", "dax:DescribeClusters",
        "backup:ListRecoveryPointsByBackupVault")} == {
        "backup:ListProtectedResources": 1, "ec2:DescribeVolumes": 1, "rds:DescribeDBInstances": 1,
        "dynamodb:ListTables": 1, "dynamodb:DescribeTable": 5, "application-autoscaling:DescribeScalableTargets": 1,
        "dax:DescribeClusters": 1, "backup:ListRecoveryPointsByBackupVault": 2}
    assert {f["rule_id"] for f in seeded_run.findings} == {*RULES, "EBS-001", "RDS-004"}


# Nothing to judge, and reads refused ----------------------------------------------------------------------------


def test_every_rule_is_not_applicable_in_a_region_without_its_resources(empty_region_run):
    labels = {"DynamoDB.1": "DynamoDB tables", "DynamoDB-003": "DynamoDB tables", "DynamoDB.6": "DynamoDB tables",
              "DynamoDB.4": "active DynamoDB tables", "DAX-001": "DAX clusters", "DynamoDB.7": "DAX clusters",
              "Backup.1": "AWS Backup recovery points", "EC2.28": "in-use EBS volumes", "RDS.26": "RDS DB instances"}
    assert {(f["rule_id"], f["status"], f["message"]) for f in empty_region_run.findings} == {
        (rule_id, "SKIP", f"not applicable: no {label} in eu-west-2") for rule_id, label in labels.items()}


def test_every_rule_is_an_error_naming_the_permission_when_its_listing_is_denied(listings_denied_run):
    listing = {"DynamoDB.1": "dynamodb:ListTables", "DynamoDB-003": "dynamodb:ListTables",
               "DynamoDB.4": "dynamodb:ListTables", "DynamoDB.6": "dynamodb:ListTables",
               "DAX-001": "dax:DescribeClusters", "DynamoDB.7": "dax:DescribeClusters",
               "Backup.1": "backup:ListBackupVaults", "EC2.28": "ec2:DescribeVolumes",
               "RDS.26": "rds:DescribeDBInstances"}
    assert {(f["rule_id"], f["status"], f["resource"], f["message"]) for f in listings_denied_run.findings} == {
        (rule_id, "ERROR", PROD_ACCOUNT, denied(action)) for rule_id, action in listing.items()}


def test_each_resource_whose_own_or_shared_read_is_denied_is_an_error_naming_the_permission(
        reads_denied_run, seeded_run, account):
    run = reads_denied_run
    sessions = ("ERROR", denied("dynamodb:DescribeTable"))
    others = ("orders", "catalog", "events", "archive")
    assert verdicts(run, "DynamoDB.1") == {
        table_arn("sessions"): sessions,
        **{table_arn(name): ("ERROR", denied("application-autoscaling:DescribeScalableTargets")) for name in others}}
    assert verdicts(run, "DynamoDB-003") == {
        table_arn(name): ("ERROR", denied("dynamodb:DescribeContinuousBackups")) for name in ("sessions", *others)}
    assert verdicts(run, "DynamoDB.6") == {**verdicts(seeded_run, "DynamoDB.6"), table_arn("sessions"): sessions}
    protected = ("ERROR", denied("backup:ListProtectedResources"))
    assert verdicts(run, "DynamoDB.4") == {
        table_arn("sessions"): sessions, **{table_arn(name): protected for name in ("orders", "catalog", "events")}}
    assert verdicts(run, "EC2.28") == {
        ec2_arn(f"volume/{account[volume]}"): protected for volume in ("web-root", "batch-root", "logs")}
    assert verdicts(run, "RDS.26") == {
        rds_arn("db", name): protected for name in ("billing", "orders-db", "ledger-1")}
    assert verdicts(run, "Backup.1") == {PROD_ACCOUNT: ("ERROR", denied("backup:ListRecoveryPointsByBackupVault"))}
    assert verdicts(run, "DAX-001") == verdicts(seeded_run, "DAX-001")
