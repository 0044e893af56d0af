"""Athena.1, Kinesis-001, MSK.1, MSK.2 and FSx.1 on moto, audited together.

moto answers athena:ListWorkGroups in one page, and botocore has no paginator for it: the seeded run stubs it
to split moto's workgroups over two pages, as AWS does past 50. moto's Kafka CreateClusterV2 drops encryption
and monitoring settings, so clusters are made with CreateCluster (fixtures/scenarios/opensearch_streams.py).
"""

import json

import boto3
import pytest

from checks.athena.test_athena_1_workgroup_encryption import RULE as ATHENA_1
from checks.fsx.test_fsx_1_openzfs_copy_tags import RULE as FSX_1
from checks.kinesis.test_kinesis_001_server_side_encryption import RULE as KINESIS_001
from checks.msk.test_msk_1_in_cluster_encryption import RULE as MSK_1
from checks.msk.test_msk_2_enhanced_monitoring import RULE as MSK_2
from fixtures.offline import deny, stub
from fixtures.scenarios.opensearch_streams import (
    create_msk_cluster, create_openzfs, create_stream, create_workgroup, default_subnets,
)
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
RULE_IDS = ("Athena.1", "Kinesis-001", "MSK.1", "MSK.2", "FSx.1")
WORKGROUPS = ("primary", "sse-s3", "cse-kms", "no-encryption")


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def audit(seeded, name: str, *args: str):
    """One audit of the five rules, its reports in a folder of its own (a run reads its findings when asked)."""
    directory = seeded["directory"] / name
    directory.mkdir(exist_ok=True)
    return audit_in_process(directory, "--aws-profile=prod", *args, *(f"--rule={rule}" for rule in RULE_IDS))


def workgroup_arn(name: str) -> str:
    return f"arn:aws:athena:{EAST}:{PROD_ACCOUNT}:workgroup/{name}"


def stream_arn(name: str) -> str:
    return f"arn:aws:kinesis:{EAST}:{PROD_ACCOUNT}:stream/{name}"


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    """The resources, and the ARNs AWS gave those it names itself (MSK clusters, FSx file systems)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")  # moto's invented AMIs slow every EC2 read
        yield {"directory": seeded_aws, **seed()}


def seed() -> dict:
    session = boto3.Session(profile_name="prod")
    athena = session.client("athena", region_name=EAST)
    create_workgroup(athena, "sse-s3", "SSE_S3")
    create_workgroup(athena, "cse-kms", "CSE_KMS")
    create_workgroup(athena, "no-encryption")
    kinesis = session.client("kinesis", region_name=EAST)
    create_stream(kinesis, "plain", encrypted=False)
    create_stream(kinesis, "encrypted", encrypted=True)
    subnets = default_subnets(session.client("ec2", region_name=EAST))
    kafka = session.client("kafka", region_name=EAST)
    clusters = {
        "tls-topics": create_msk_cluster(kafka, subnets, "tls-topics", in_cluster=True,
                                         monitoring="PER_TOPIC_PER_BROKER"),
        "plaintext": create_msk_cluster(kafka, subnets, "plaintext", in_cluster=False),
        "aws-defaults": create_msk_cluster(kafka, subnets, "aws-defaults", in_cluster=None, monitoring="PER_BROKER"),
        "per-partition": create_msk_cluster(kafka, subnets, "per-partition", in_cluster=True,
                                            monitoring="PER_TOPIC_PER_PARTITION"),
    }
    kafka.create_cluster_v2(ClusterName="serverless", Serverless={"VpcConfigs": [{"SubnetIds": subnets}]})
    fsx = session.client("fsx", region_name=EAST)
    file_systems = {name: create_openzfs(fsx, subnets, name, backups=backups, volumes=volumes)
                    for name, backups, volumes in (("both", True, True), ("backups-only", True, False),
                                                   ("neither", False, False))}
    fsx.create_file_system(FileSystemType="LUSTRE", StorageCapacity=1200, SubnetIds=subnets[:1],
                           LustreConfiguration={"DeploymentType": "PERSISTENT_2", "PerUnitStorageThroughput": 125})
    return {"clusters": clusters, "file_systems": file_systems}


def listed_in_two_pages(monkeypatch) -> None:
    """athena:ListWorkGroups answers with moto's four workgroups over two pages."""
    def page(token):
        return lambda request: json.loads(request["body"] or b"{}").get("NextToken") == token
    first, second = ([{"Name": name, "State": "ENABLED"} for name in names] for names in (WORKGROUPS[:2], WORKGROUPS[2:]))
    stub(monkeypatch, "athena:ListWorkGroups", {"WorkGroups": first, "NextToken": "page-2"}, when=page(None))
    stub(monkeypatch, "athena:ListWorkGroups", {"WorkGroups": second}, when=page("page-2"))


@pytest.fixture(scope="module")
def run(seeded):
    with pytest.MonkeyPatch.context() as monkeypatch:
        listed_in_two_pages(monkeypatch)
        return audit(seeded, "seeded", f"--aws-regions={EAST}")


def test_athena_workgroups_pass_with_any_result_encryption_and_fail_without(run):
    not_encrypted = "does not encrypt its query results at rest"
    assert verdicts(run, "Athena.1") == {
        workgroup_arn("primary"): ("FAIL", f"Athena workgroup primary in {EAST} {not_encrypted}"),
        workgroup_arn("sse-s3"): ("PASS", ATHENA_1.compliant),
        workgroup_arn("cse-kms"): ("PASS", ATHENA_1.compliant),
        workgroup_arn("no-encryption"): ("FAIL", f"Athena workgroup no-encryption in {EAST} {not_encrypted}"),
    }


def test_athena_workgroups_are_listed_page_by_page_and_read_once_each(run):
    requests = run.document["stats"]["requests"]
    assert (requests["athena:ListWorkGroups"], requests["athena:GetWorkGroup"]) == (2, len(WORKGROUPS))


def test_kinesis_streams_without_server_side_encryption_fail(run):
    assert verdicts(run, "Kinesis-001") == {
        stream_arn("plain"): ("FAIL", f"Kinesis data stream plain in {EAST} is not encrypted at rest "
                                      "(EncryptionType NONE)"),
        stream_arn("encrypted"): ("PASS", KINESIS_001.compliant),
    }


def test_msk_clusters_with_plaintext_between_brokers_fail_and_the_aws_default_passes(run, seeded):
    arn = seeded["clusters"]
    assert verdicts(run, "MSK.1") == {
        arn["tls-topics"]: ("PASS", MSK_1.compliant),
        arn["plaintext"]: ("FAIL", f"MSK cluster plaintext in {EAST} sends traffic between its brokers in plain "
                                   "text (in-cluster encryption is off)"),
        arn["aws-defaults"]: ("PASS", MSK_1.compliant),
        arn["per-partition"]: ("PASS", MSK_1.compliant),
    }


def test_msk_clusters_below_topic_level_monitoring_fail(run, seeded):
    arn = seeded["clusters"]
    below = "not topic-level enhanced monitoring (PER_TOPIC_PER_BROKER or finer)"
    assert verdicts(run, "MSK.2") == {
        arn["tls-topics"]: ("PASS", MSK_2.compliant),
        arn["plaintext"]: ("FAIL", f"MSK cluster plaintext in {EAST} has monitoring level DEFAULT, {below}"),
        arn["aws-defaults"]: ("FAIL", f"MSK cluster aws-defaults in {EAST} has monitoring level PER_BROKER, {below}"),
        arn["per-partition"]: ("PASS", MSK_2.compliant),
    }


def test_openzfs_file_systems_must_copy_tags_to_both_backups_and_volumes(run, seeded):
    ids = seeded["file_systems"]
    arn = {name: f"arn:aws:fsx:{EAST}:{PROD_ACCOUNT}:file-system/{ids[name]}" for name in ids}
    assert verdicts(run, "FSx.1") == {
        arn["both"]: ("PASS", FSX_1.compliant),
        arn["backups-only"]: ("FAIL", f"FSx for OpenZFS file system {ids['backups-only']} (backups-only) in {EAST} "
                                      "does not copy its tags to volumes"),
        arn["neither"]: ("FAIL", f"FSx for OpenZFS file system {ids['neither']} (neither) in {EAST} "
                                 "does not copy its tags to backups or volumes"),
    }


def denied(action: str, permission: str) -> str:
    return (f"could not evaluate: {action} was denied in {EAST} (AccessDenied): "
            f"grant {permission} to the auditing principal")


def test_refused_per_resource_reads_are_errors_of_those_resources_and_refused_listings_of_the_region(
        seeded, monkeypatch):
    deny(monkeypatch, "athena:GetWorkGroup", "kinesis:DescribeStreamSummary", "kafka:ListClustersV2",
         "fsx:DescribeFileSystems")
    run = audit(seeded, "reads-denied", f"--aws-regions={EAST}")
    assert sorted((f["rule_id"], f["resource"], f["status"], f["message"]) for f in run.findings) == sorted([
        *(("Athena.1", workgroup_arn(name), "ERROR", denied("athena:GetWorkGroup", "athena:GetWorkGroup"))
          for name in WORKGROUPS),
        *(("Kinesis-001", stream_arn(name), "ERROR",
           denied("kinesis:DescribeStreamSummary", "kinesis:DescribeStreamSummary")) for name in ("plain", "encrypted")),
        ("MSK.1", PROD_ACCOUNT, "ERROR", denied("kafka:ListClustersV2", "kafka:ListClustersV2")),
        ("MSK.2", PROD_ACCOUNT, "ERROR", denied("kafka:ListClustersV2", "kafka:ListClustersV2")),
        ("FSx.1", PROD_ACCOUNT, "ERROR", denied("fsx:DescribeFileSystems", "fsx:DescribeFileSystems")),
    ])


def test_refused_workgroup_and_stream_listings_are_one_error_each(seeded, monkeypatch):
    deny(monkeypatch, "athena:ListWorkGroups", "kinesis:ListStreams")
    run = audit(seeded, "listings-denied", f"--aws-regions={EAST}")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings
            if f["rule_id"] in ("Athena.1", "Kinesis-001")} == {
        ("Athena.1", "ERROR", denied("athena:ListWorkGroups", "athena:ListWorkGroups")),
        ("Kinesis-001", "ERROR", denied("kinesis:ListStreams", "kinesis:ListStreams")),
    }


def test_a_region_without_resources_is_not_applicable_but_its_primary_workgroup_is_judged(seeded):
    region = "ap-southeast-2"
    run = audit(seeded, "empty-region", f"--aws-regions={region}")
    assert {(f["rule_id"], f["resource"], f["status"], f["message"]) for f in run.findings} == {
        # Every region has the "primary" workgroup, in AWS as in moto: nothing is ever "no workgroups".
        ("Athena.1", f"arn:aws:athena:{region}:{PROD_ACCOUNT}:workgroup/primary", "FAIL",
         f"Athena workgroup primary in {region} does not encrypt its query results at rest"),
        ("Kinesis-001", PROD_ACCOUNT, "SKIP", f"not applicable: no Kinesis data streams in {region}"),
        ("MSK.1", PROD_ACCOUNT, "SKIP", f"not applicable: no MSK provisioned clusters in {region}"),
        ("MSK.2", PROD_ACCOUNT, "SKIP", f"not applicable: no MSK provisioned clusters in {region}"),
        ("FSx.1", PROD_ACCOUNT, "SKIP", f"not applicable: no FSx for OpenZFS file systems in {region}"),
    }
