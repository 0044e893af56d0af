"""FSBP rules for messaging and ML services, on moto, in batches: SNS-006 (SNS.1), SNS.2, SNS-001 (SNS.4),
SQS-004 (SQS.1), SageMaker-004 (SageMaker.1), SageMaker-001 (SageMaker.2), SageMaker.3-5, Cognito.1, EMR.1, EMR.2,
GuardDuty.9 and GuardDuty.10.

One moto account is seeded once and audited once across five regions; the tests assert over that run. moto gaps are
answered as AWS does (fixtures/scenarios/messaging_ml.py): a topic's delivery-status attributes, a private EMR
primary node, a model's network isolation and EMR block public access being off or never set are stubbed;
GuardDuty detectors get AWS's default protection plans through ``create_detectors_as_aws_does``.
"""

import json

import boto3
import pytest

from checks.cognito.test_cognito_1_threat_protection_enforced import RULE as COGNITO_1
from checks.emr.test_emr_1_primary_node_no_public_ip import RULE as EMR_1
from checks.emr.test_emr_2_block_public_access import RULE as EMR_2
from checks.guardduty.test_guardduty_10_s3_protection_enabled import RULE as GUARDDUTY_10
from checks.guardduty.test_guardduty_9_rds_protection_enabled import RULE as GUARDDUTY_9
from checks.sagemaker.test_sagemaker_001_notebook_instance_in_vpc import RULE as SAGEMAKER_001
from checks.sagemaker.test_sagemaker_004_notebook_direct_internet_access import RULE as SAGEMAKER_004
from checks.sagemaker.test_sagemaker_3_notebook_root_access_disabled import RULE as SAGEMAKER_3
from checks.sagemaker.test_sagemaker_4_endpoint_variant_instance_count import RULE as SAGEMAKER_4
from checks.sagemaker.test_sagemaker_5_model_network_isolation import RULE as SAGEMAKER_5
from checks.sns.test_sns_001_topic_exposed import RULE as SNS_001
from checks.sns.test_sns_006_topic_encrypted import RULE as SNS_006
from checks.sns.test_sns_2_delivery_status_logging import RULE as SNS_2
from checks.sqs.test_sqs_004_queue_server_side_encryption import RULE as SQS_004
from fixtures.offline import create_detectors_as_aws_does, deny, in_region, naming, stub
from fixtures.scenarios.messaging_ml import (
    EMR_BLOCK_PUBLIC_ACCESS_DEFAULT, EMR_BLOCK_PUBLIC_ACCESS_OFF, block_public_access, create_cluster,
    create_endpoint_config, create_model, create_notebook, create_queue, create_topic, create_user_pool,
    logging_deliveries, private_primary, private_subnet,
)
from tests.conftest import PROD_ACCOUNT, audit_in_process

RESOURCE_RULES = (SNS_006, SNS_2, SNS_001, SQS_004, SAGEMAKER_004, SAGEMAKER_001, SAGEMAKER_3, SAGEMAKER_4,
                  SAGEMAKER_5, COGNITO_1, EMR_1)
REGION_RULES = (EMR_2, GUARDDUTY_9, GUARDDUTY_10)
RULE_ARGS = tuple(f"--rule={rule.id}" for rule in (*RESOURCE_RULES, *REGION_RULES))
EAST, EU, WEST, SYDNEY, SAO_PAULO = "us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2", "sa-east-1"
REGIONS = (EAST, EU, WEST, SYDNEY, SAO_PAULO)
WHERE = f"account {PROD_ACCOUNT} region"


def arn(service: str, resource: str, region: str = EAST) -> str:
    return f"arn:aws:{service}:{region}:{PROD_ACCOUNT}:{resource}"


def verdicts(run, rule, regions=(EAST,)) -> dict:
    """A rule's findings by resource, in ``regions`` (the seeded resources are all in us-east-1)."""
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings
            if f["rule_id"] == rule.id and f["region"] in regions}


def set_policy(session, topic: str, *statements: dict) -> None:
    session.client("sns").set_topic_attributes(TopicArn=topic, AttributeName="Policy", AttributeValue=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "SNS:Publish", "Resource": topic,
                                                 **statement} for statement in statements]}))


@pytest.fixture(scope="module")
def account(seeded_aws):
    """IDs moto chose while seeding, for the expected messages."""
    return {}


@pytest.fixture(scope="module")
def run(seeded_aws, account):
    """The seeded account audited once with every rule of this file, in five regions."""
    prod = boto3.Session(profile_name="prod")
    create_detectors_as_aws_does(prod)
    with pytest.MonkeyPatch.context() as monkeypatch:
        # moto invents ~1,300 AMI snapshots per EC2 region without this (see MOTO-NOTES); EMR and the subnet need EC2.
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        # SNS: SNS's default policy; encrypted and logging Lambda deliveries; open to anyone; limited to an
        # organization; limited by a wildcard and by a condition that may be absent.
        create_topic(prod, "plain-topic", EAST)
        logged = create_topic(prod, "encrypted-logged-topic", EAST, kms_key="alias/aws/sns")
        stub(monkeypatch, "sns:GetTopicAttributes", logging_deliveries(prod, logged, EAST, "Lambda"),
             when=naming(logged))
        create_topic(prod, "public-topic", EAST, public=True)
        set_policy(prod, create_topic(prod, "org-topic", EAST, kms_key="alias/aws/sns"),
                   {"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}})
        set_policy(prod, create_topic(prod, "loose-topic", EAST),
                   {"Sid": "FromAnyBucket", "Principal": {"Service": "s3.amazonaws.com", "AWS": "*"},
                    "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::*"}}},
                   {"Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]},
                    "Condition": {"StringEqualsIfExists": {"aws:SourceAccount": PROD_ACCOUNT}}})
        # SQS
        create_queue(prod, "sse-sqs-queue", EAST, SqsManagedSseEnabled="true")
        create_queue(prod, "sse-kms-queue", EAST, KmsMasterKeyId="alias/aws/sqs")
        create_queue(prod, "unencrypted-queue", EAST, SqsManagedSseEnabled="false")
        # SageMaker
        subnet = private_subnet(prod, EAST)
        create_notebook(prod, "locked-notebook", EAST, subnet=subnet, internet=False, root=False)
        create_notebook(prod, "open-notebook", EAST)
        create_notebook(prod, "vpc-notebook", EAST, subnet=subnet, root=False)
        stub(monkeypatch, "sagemaker:DescribeModel", create_model(prod, "isolated-model", EAST, isolated=True),
             when=naming("isolated-model"))
        create_model(prod, "open-model", EAST, isolated=False)
        create_endpoint_config(prod, "two-instances", EAST, "open-model", 2)
        create_endpoint_config(prod, "one-instance", EAST, "open-model", 1)
        create_endpoint_config(prod, "mixed-variants", EAST, "open-model", 3, 1, None)
        create_endpoint_config(prod, "serverless-only", EAST, "open-model", None)
        # Cognito
        account["pools"] = {mode: create_user_pool(prod, f"{mode.lower()}-pool", EAST, mode)
                            for mode in ("ENFORCED", "AUDIT")}
        account["pools"]["never set"] = create_user_pool(prod, "never-set-pool", EAST)
        # EMR: a public primary node (moto's), a private one (stubbed), a terminated cluster (not judged).
        account["clusters"] = {"public": create_cluster(prod, "public-cluster", EAST),
                               "private": create_cluster(prod, "private-cluster", EAST, subnet)}
        stub(monkeypatch, "emr:DescribeCluster", private_primary(prod, account["clusters"]["private"], EAST),
             when=naming(account["clusters"]["private"]))
        finished = create_cluster(prod, "finished-cluster", EAST)
        prod.client("emr").terminate_job_flows(JobFlowIds=[finished])
        # EMR block public access: off; open to 8080; never set (AWS's default); set to 22 only.
        stub(monkeypatch, "emr:GetBlockPublicAccessConfiguration", EMR_BLOCK_PUBLIC_ACCESS_OFF, when=in_region(EAST))
        block_public_access(prod, EU, 22, 8080)
        for region in (WEST, SAO_PAULO):
            stub(monkeypatch, "emr:GetBlockPublicAccessConfiguration", EMR_BLOCK_PUBLIC_ACCESS_DEFAULT,
                 when=in_region(region))
        block_public_access(prod, SYDNEY, 22)
        # GuardDuty: S3 on and RDS off; S3 off through the legacy data source; no detector; AWS's defaults;
        # suspended with AWS's defaults.
        account["detectors"] = {
            EAST: prod.client("guardduty", region_name=EAST).create_detector(Enable=True, Features=[
                {"Name": "S3_DATA_EVENTS", "Status": "ENABLED"}, {"Name": "RDS_LOGIN_EVENTS", "Status": "DISABLED"}]),
            EU: prod.client("guardduty", region_name=EU).create_detector(
                Enable=True, DataSources={"S3Logs": {"Enable": False}}),
            SYDNEY: prod.client("guardduty", region_name=SYDNEY).create_detector(Enable=True),
            SAO_PAULO: prod.client("guardduty", region_name=SAO_PAULO).create_detector(Enable=False),
        }
        account["detectors"] = {region: answer["DetectorId"] for region, answer in account["detectors"].items()}
        # GD-001 too: its detector reads are the ones GuardDuty.9 and .10 make.
        return audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={','.join(REGIONS)}", *RULE_ARGS,
                                "--rule=GD-001")


def test_sns_topics_without_a_kms_key_fail(run):
    failed = "does not encrypt messages at rest with a KMS key (no KmsMasterKeyId)"
    assert verdicts(run, SNS_006) == {
        arn("sns", "plain-topic"): ("FAIL", f"SNS topic plain-topic in {EAST} {failed}"),
        arn("sns", "encrypted-logged-topic"): ("PASS", SNS_006.compliant),
        arn("sns", "public-topic"): ("FAIL", f"SNS topic public-topic in {EAST} {failed}"),
        arn("sns", "org-topic"): ("PASS", SNS_006.compliant),
        arn("sns", "loose-topic"): ("FAIL", f"SNS topic loose-topic in {EAST} {failed}"),
    }


def test_sns_topics_that_log_no_delivery_status_fail(run):
    failed = "does not log the delivery status of its messages (no <Protocol>FailureFeedbackRoleArn for any protocol)"
    assert verdicts(run, SNS_2) == {
        arn("sns", name): ("FAIL", f"SNS topic {name} in {EAST} {failed}")
        for name in ("plain-topic", "public-topic", "org-topic", "loose-topic")
    } | {arn("sns", "encrypted-logged-topic"): ("PASS", SNS_2.compliant)}


def test_sns_topic_policies_open_to_anyone_without_a_fixed_limiting_condition_fail(run):
    public = ("has an access policy that allows public access: statement {} grants Principal * without a condition "
              "limiting it to fixed accounts, organizations, sources or networks")
    assert verdicts(run, SNS_001) == {
        arn("sns", "plain-topic"): ("PASS", SNS_001.compliant),
        arn("sns", "encrypted-logged-topic"): ("PASS", SNS_001.compliant),
        arn("sns", "public-topic"): (
            "FAIL", f"SNS topic public-topic in {EAST} " + public.format("AnyoneMayPublishAndSubscribe")),
        arn("sns", "org-topic"): ("PASS", SNS_001.compliant),
        arn("sns", "loose-topic"): ("FAIL", f"SNS topic loose-topic in {EAST} " + public.format("FromAnyBucket, #2")),
    }


def test_sqs_queues_pass_with_sse_sqs_or_sse_kms_and_fail_without_either(run):
    assert verdicts(run, SQS_004) == {
        arn("sqs", "sse-sqs-queue"): ("PASS", SQS_004.compliant),
        arn("sqs", "sse-kms-queue"): ("PASS", SQS_004.compliant),
        arn("sqs", "unencrypted-queue"): (
            "FAIL", f"SQS queue unencrypted-queue in {EAST} does not encrypt messages at rest "
                    "(neither SSE-SQS nor SSE-KMS is turned on)"),
    }


def test_sagemaker_notebooks_fail_with_direct_internet_access_outside_a_vpc_or_with_root_access(run):
    notebook = arn("sagemaker", "notebook-instance/{}").format
    where = f"SageMaker notebook instance {{}} in {EAST}"
    assert verdicts(run, SAGEMAKER_004) == {
        notebook("locked-notebook"): ("PASS", SAGEMAKER_004.compliant),
        notebook("open-notebook"): ("FAIL", where.format("open-notebook") + " has direct internet access enabled"),
        notebook("vpc-notebook"): ("FAIL", where.format("vpc-notebook") + " has direct internet access enabled"),
    }
    assert verdicts(run, SAGEMAKER_001) == {
        notebook("locked-notebook"): ("PASS", SAGEMAKER_001.compliant),
        notebook("open-notebook"): ("FAIL", where.format("open-notebook") + " is not launched in a custom VPC (no "
                                            "subnet: it runs in SageMaker's service VPC)"),
        notebook("vpc-notebook"): ("PASS", SAGEMAKER_001.compliant),
    }
    # open-notebook never set RootAccess: AWS's default, Enabled.
    assert verdicts(run, SAGEMAKER_3) == {
        notebook("locked-notebook"): ("PASS", SAGEMAKER_3.compliant),
        notebook("open-notebook"): ("FAIL", where.format("open-notebook") + " gives its users root access"),
        notebook("vpc-notebook"): ("PASS", SAGEMAKER_3.compliant),
    }


def test_sagemaker_endpoint_configs_fail_when_an_instance_variant_starts_with_one_instance(run):
    config = arn("sagemaker", "endpoint-config/{}").format
    single = (f"SageMaker endpoint configuration {{}} in {EAST} has production variants that start with a single "
              "instance: ")
    assert verdicts(run, SAGEMAKER_4) == {
        config("two-instances"): ("PASS", SAGEMAKER_4.compliant),
        config("one-instance"): ("FAIL", single.format("one-instance") + "variant-1 (1)"),
        config("mixed-variants"): ("FAIL", single.format("mixed-variants") + "variant-2 (1)"),
        config("serverless-only"): ("PASS", SAGEMAKER_4.compliant),
    }


def test_sagemaker_models_without_network_isolation_fail(run):
    assert verdicts(run, SAGEMAKER_5) == {
        arn("sagemaker", "model/isolated-model"): ("PASS", SAGEMAKER_5.compliant),
        arn("sagemaker", "model/open-model"): (
            "FAIL", f"SageMaker model open-model in {EAST} does not have network isolation enabled"),
    }


def test_cognito_user_pools_fail_unless_threat_protection_is_enforced(run, account):
    pools = account["pools"]
    pool = arn("cognito-idp", "userpool/{}").format
    assert verdicts(run, COGNITO_1) == {
        pool(pools["ENFORCED"]): ("PASS", COGNITO_1.compliant),
        pool(pools["AUDIT"]): ("FAIL", f"Cognito user pool audit-pool ({pools['AUDIT']}) in {EAST} has threat "
                                       "protection AUDIT, not ENFORCED"),
        pool(pools["never set"]): ("FAIL", f"Cognito user pool never-set-pool ({pools['never set']}) in {EAST} has "
                                           "threat protection OFF, not ENFORCED"),
    }


def test_emr_clusters_fail_when_their_primary_node_is_public_and_terminated_ones_are_not_judged(run, account):
    public, private = account["clusters"]["public"], account["clusters"]["private"]
    found = verdicts(run, EMR_1)
    assert found[arn("elasticmapreduce", f"cluster/{private}")] == ("PASS", EMR_1.compliant)
    status, message = found[arn("elasticmapreduce", f"cluster/{public}")]
    assert (status, message.split(" (public DNS name ec2-")[0]) == (
        "FAIL", f"EMR cluster public-cluster ({public}) in {EAST} has a primary node with a public IP address")
    assert message.endswith(".compute-1.amazonaws.com)")
    assert len(found) == 2


def test_emr_block_public_access_fails_when_off_or_open_to_ports_but_22(run):
    config = "block-public-access-configuration"
    assert verdicts(run, EMR_2, REGIONS) == {
        arn("elasticmapreduce", config, EAST): ("FAIL", f"EMR block public access is turned off in {WHERE} {EAST}"),
        arn("elasticmapreduce", config, EU): (
            "FAIL", f"EMR block public access in {WHERE} {EU} lets security groups open ports other than 22 to the "
                    "internet (permitted: 22, 8080)"),
        arn("elasticmapreduce", config, WEST): ("PASS", EMR_2.compliant),
        arn("elasticmapreduce", config, SYDNEY): ("PASS", EMR_2.compliant),
        arn("elasticmapreduce", config, SAO_PAULO): ("PASS", EMR_2.compliant),
    }


def protection_verdicts(rule, plan: str, detectors: dict, off_in: str, on_in: str) -> dict:
    """What GuardDuty.9 or .10 says in each region: ``plan`` off in ``off_in``, on in ``on_in`` and Sydney (AWS's
    defaults), no detector in us-west-2, a suspended one in Sao Paulo."""
    missing = f"GuardDuty {'RDS' if plan == 'RDS_LOGIN_EVENTS' else 'S3'} Protection is not enabled: "
    return {
        arn("guardduty", "detector", off_in): (
            "FAIL", missing + f"GuardDuty detector {detectors[off_in]} (DISABLED) in {WHERE} {off_in} does not "
                              f"have {plan} enabled"),
        arn("guardduty", "detector", on_in): ("PASS", rule.compliant),
        arn("guardduty", "detector", SYDNEY): ("PASS", rule.compliant),
        arn("guardduty", "detector", WEST): ("FAIL", missing + f"GuardDuty has no detector in {WHERE} {WEST}"),
        arn("guardduty", "detector", SAO_PAULO): (
            "FAIL", missing + f"GuardDuty detector {detectors[SAO_PAULO]} is suspended in {WHERE} {SAO_PAULO}"),
    }


def test_guardduty_rds_protection_fails_when_off_without_a_detector_or_suspended(run, account):
    assert verdicts(run, GUARDDUTY_9, REGIONS) == protection_verdicts(
        GUARDDUTY_9, "RDS_LOGIN_EVENTS", account["detectors"], off_in=EAST, on_in=EU)


def test_guardduty_s3_protection_fails_when_off_even_through_the_legacy_data_source(run, account):
    assert verdicts(run, GUARDDUTY_10, REGIONS) == protection_verdicts(
        GUARDDUTY_10, "S3_DATA_EVENTS", account["detectors"], off_in=EU, on_in=EAST)


def test_resource_rules_are_not_applicable_in_regions_without_such_resources(run):
    notebooks = "SageMaker notebook instances"
    labels = {SNS_006: "SNS topics", SNS_2: "SNS topics", SNS_001: "SNS topics", SQS_004: "SQS queues",
              SAGEMAKER_004: notebooks, SAGEMAKER_001: notebooks, SAGEMAKER_3: notebooks,
              SAGEMAKER_4: "SageMaker endpoint configurations", SAGEMAKER_5: "SageMaker models",
              COGNITO_1: "Cognito user pools", EMR_1: "running or waiting EMR clusters"}
    assert {(f["rule_id"], f["region"], f["status"], f["message"]) for f in run.findings if f["region"] != EAST
            and f["rule_id"] in {rule.id for rule in RESOURCE_RULES}} == {
        (rule.id, region, "SKIP", f"not applicable: no {label} in {region}")
        for rule, label in labels.items() for region in REGIONS if region != EAST}


def test_each_topic_notebook_and_detector_is_read_once_for_all_its_rules(run):
    requests = run.document["stats"]["requests"]
    assert requests["sns:GetTopicAttributes"] == 5  # five topics, three rules
    assert requests["sagemaker:DescribeNotebookInstance"] == 3  # three notebooks, three rules
    # GD-001, GuardDuty.9 and GuardDuty.10 share one listing per region and one read per detector.
    assert (requests["guardduty:ListDetectors"], requests["guardduty:GetDetector"]) == (len(REGIONS), 4)


def test_a_cognito_threat_protection_mode_of_audit_accepts_audit_and_enforced(seeded_aws, run, account):
    pools = account["pools"]
    again = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST}", "--rule=Cognito.1",
                             "-o", "audit_cognito_threat_protection_mode=audit")
    pool = arn("cognito-idp", "userpool/{}").format
    assert verdicts(again, COGNITO_1) == {
        pool(pools["ENFORCED"]): ("PASS", COGNITO_1.compliant),
        pool(pools["AUDIT"]): ("PASS", COGNITO_1.compliant),
        pool(pools["never set"]): ("FAIL", f"Cognito user pool never-set-pool ({pools['never set']}) in {EAST} has "
                                           "threat protection OFF, not AUDIT"),
    }


def test_a_cognito_threat_protection_mode_that_is_no_mode_is_a_usage_error(seeded_aws, capsys):
    capsys.readouterr()
    refused = audit_in_process(seeded_aws, "--aws-profile=prod", "--rule=Cognito.1",
                               "-o", "audit_cognito_threat_protection_mode=strict")
    assert refused.exit_status == 4
    assert ("ERROR: pytest.ini audit_cognito_threat_protection_mode = 'strict': expected threat protection mode a "
            "Cognito user pool must run in at least, AUDIT or ENFORCED (FSBP Cognito.1: ENFORCED)") in (
        capsys.readouterr().err)


def test_every_rule_is_an_error_naming_the_permission_when_its_reads_are_denied(seeded_aws, run):
    denied = ("sns:GetTopicAttributes", "sqs:ListQueues", "sagemaker:ListNotebookInstances",
              "sagemaker:ListEndpointConfigs", "sagemaker:ListModels", "cognito-idp:ListUserPools", "emr:ListClusters",
              "emr:GetBlockPublicAccessConfiguration", "guardduty:ListDetectors")
    with pytest.MonkeyPatch.context() as monkeypatch:
        deny(monkeypatch, *denied)
        refused = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST}", *RULE_ARGS)

    def error(action, permission=None):
        return ("ERROR", f"could not evaluate: {action} was denied in {EAST} (AccessDenied): grant "
                         f"{permission or action} to the auditing principal")

    expected = {(rule.id, f"arn:aws:sns:{EAST}:{PROD_ACCOUNT}:{topic}"): error("sns:GetTopicAttributes")
                for rule in (SNS_006, SNS_2, SNS_001)
                for topic in ("plain-topic", "public-topic", "org-topic", "loose-topic", "encrypted-logged-topic")}
    expected |= {
        (SQS_004.id, PROD_ACCOUNT): error("sqs:ListQueues"),
        **{(rule.id, PROD_ACCOUNT): error("sagemaker:ListNotebookInstances")
           for rule in (SAGEMAKER_004, SAGEMAKER_001, SAGEMAKER_3)},
        (SAGEMAKER_4.id, PROD_ACCOUNT): error("sagemaker:ListEndpointConfigs"),
        (SAGEMAKER_5.id, PROD_ACCOUNT): error("sagemaker:ListModels"),
        (COGNITO_1.id, PROD_ACCOUNT): error("cognito-idp:ListUserPools"),
        (EMR_1.id, PROD_ACCOUNT): error("emr:ListClusters", "elasticmapreduce:ListClusters"),
        (EMR_2.id, arn("elasticmapreduce", "block-public-access-configuration")): error(
            "emr:GetBlockPublicAccessConfiguration", "elasticmapreduce:GetBlockPublicAccessConfiguration"),
        (GUARDDUTY_9.id, arn("guardduty", "detector")): error("guardduty:ListDetectors"),
        (GUARDDUTY_10.id, arn("guardduty", "detector")): error("guardduty:ListDetectors"),
    }
    assert {(f["rule_id"], f["resource"]): (f["status"], f["message"]) for f in refused.findings} == expected
