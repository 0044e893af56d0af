"""FSBP build and operations rules (CodeBuild, CloudFormation, EventBridge, Systems Manager, Elastic Beanstalk) on moto.

One seeded account is audited once for all fourteen rules; small runs cover refused reads, an empty account and
CodeBuild's 100-name batches. moto lacks CodeBuild report groups, ssm:DescribeInstanceInformation,
ssm:ListResourceComplianceSummaries and elasticbeanstalk:DescribeConfigurationSettings, and drops projects'
secondary sources: those are answered as AWS answers them (fixtures/scenarios/build_ops.py).
"""

from functools import cache

import boto3
import pytest

from fixtures.offline import stub
from fixtures.scenarios.build_ops import (
    AWS_DEFAULT_LOGS, FAKE_ACCESS_KEY_ID, FAKE_APP_PASSWORD, FAKE_SECRET_KEY, NO_LOGS, add_secondary_source,
    compliance_summary, compliance_type_of, configuration_settings, create_document, create_environment,
    create_event_bus, create_project, create_stack, managed_node, parameters, report_group, report_group_answers,
    variable,
)
from fixtures.rules import discover
from fixtures.scenarios.network import launch
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
RULES = ("CodeBuild.1", "CodeBuild.2", "CodeBuild.3", "CodeBuild.4", "CodeBuild.5", "CodeBuild.7", "CFM-001",
         "EventBridge.3", "SSM-003", "SSM.2", "SSM.3", "SSM.4", "ElasticBeanstalk-001", "ElasticBeanstalk.3")
RULE_OPTIONS = tuple(f"--rule={rule}" for rule in RULES)
PROJECT_RULES = RULES[:5]
HYBRID_NODE = "mi-0123456789abcdef0"


def arn(service: str, resource: str) -> str:
    return f"arn:aws:{service}:{EAST}:{PROD_ACCOUNT}:{resource}"


def project_arn(name: str) -> str:
    return arn("codebuild", f"project/{name}")


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


@cache
def compliant_sentences() -> dict[str, str]:
    return {rule_id: check.rule.compliant for rule_id, check in discover().items()}


def passed(rule_id: str) -> tuple[str, str]:
    """A PASS finding's message is the rule's compliant sentence."""
    return "PASS", compliant_sentences()[rule_id]


def compliance_answer(compliance_type: str, items: list[dict]) -> dict:
    return {"ResourceComplianceSummaryItems": [item for item in items if item["ComplianceType"] == compliance_type]}


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    """The seeded account's state (instance IDs by name, stacks' ARNs) and its one audit run of every rule."""
    session = boto3.Session(profile_name="prod")
    codebuild = session.client("codebuild")
    create_project(codebuild, PROD_ACCOUNT, "clean",
                   variables=(variable("AWS_REGION", EAST),
                              variable("AWS_SECRET_ACCESS_KEY", "ci/deploy-key", "SECRETS_MANAGER")),
                   logs={"cloudWatchLogs": {"status": "ENABLED"},
                         "s3Logs": {"status": "ENABLED", "location": "build-logs/clean", "encryptionDisabled": False}})
    create_project(codebuild, PROD_ACCOUNT, "leaky", source_type="BITBUCKET",
                   location=f"https://deploy:{FAKE_APP_PASSWORD}@bitbucket.org/acme/deploy.git",
                   variables=(variable("AWS_ACCESS_KEY_ID", FAKE_ACCESS_KEY_ID),
                              variable("AWS_SECRET_ACCESS_KEY", FAKE_SECRET_KEY), variable("STAGE", "prod")),
                   privileged=True,
                   logs={"cloudWatchLogs": {"status": "DISABLED"},
                         "s3Logs": {"status": "ENABLED", "location": "build-logs/leaky", "encryptionDisabled": True}})
    create_project(codebuild, PROD_ACCOUNT, "quiet", source_type="BITBUCKET",
                   location="https://deploy@bitbucket.org/acme/quiet.git",
                   variables=(variable("DB_PASSWORD", "not-an-aws-key"),),
                   logs={**NO_LOGS, "s3Logs": {"status": "DISABLED", "encryptionDisabled": True}})
    add_secondary_source(PROD_ACCOUNT, EAST, "quiet", "lib", "BITBUCKET",
                         f"https://x-token-auth:{FAKE_APP_PASSWORD}@bitbucket.org/acme/lib.git")
    create_project(codebuild, PROD_ACCOUNT, "github-token",
                   location=f"https://builder:{FAKE_APP_PASSWORD}@github.com/acme/tool.git", logs=AWS_DEFAULT_LOGS)

    cloudformation, sns = session.client("cloudformation"), session.client("sns")
    create_stack(cloudformation, sns, "notified", notify=True)
    create_stack(cloudformation, sns, "silent", notify=False)
    events = session.client("events")
    create_event_bus(events, PROD_ACCOUNT, "guarded", policy=True)
    create_event_bus(events, PROD_ACCOUNT, "open", policy=False)
    ssm = session.client("ssm")
    create_document(ssm, "public-runbook", shared_with=("all",))
    create_document(ssm, "team-runbook", shared_with=(OTHER_ACCOUNT,))
    create_document(ssm, "private-runbook")
    beanstalk = session.client("elasticbeanstalk")
    create_environment(beanstalk, "shop", "shop-enhanced")
    create_environment(beanstalk, "shop", "shop-basic")

    ec2 = session.client("ec2")
    instances = {name: launch(ec2, name) for name in ("managed-web", "lost-agent", "unmanaged-batch", "stopped-old")}
    ec2.stop_instances(InstanceIds=[instances["stopped-old"]])

    groups = [report_group(PROD_ACCOUNT, EAST, "encrypted-tests"),
              report_group(PROD_ACCOUNT, EAST, "plain-tests", encrypted=False),
              report_group(PROD_ACCOUNT, EAST, "local-only", export=False)]
    summaries = [
        compliance_summary(instances["managed-web"], "Patch", True),
        compliance_summary(instances["lost-agent"], "Patch", False, missing=4, severity="CRITICAL"),
        compliance_summary(HYBRID_NODE, "Patch", False, missing=2, severity="MEDIUM"),
        compliance_summary(instances["managed-web"], "Association", True),
        compliance_summary(instances["lost-agent"], "Association", False, missing=1, severity="HIGH"),
    ]
    with pytest.MonkeyPatch.context() as monkeypatch:
        listed, described = report_group_answers(groups)
        stub(monkeypatch, "codebuild:ListReportGroups", listed)
        stub(monkeypatch, "codebuild:BatchGetReportGroups", described)
        stub(monkeypatch, "ssm:DescribeInstanceInformation", {"InstanceInformationList": [
            managed_node(instances["managed-web"]), managed_node(instances["lost-agent"], "ConnectionLost"),
            managed_node(instances["stopped-old"], "ConnectionLost")]})
        for compliance_type in ("Patch", "Association"):
            stub(monkeypatch, "ssm:ListResourceComplianceSummaries", compliance_answer(compliance_type, summaries),
                 when=lambda request, wanted=compliance_type: compliance_type_of(request) == wanted)
        for name, health, streams in (("shop-enhanced", "enhanced", True), ("shop-basic", "basic", False)):
            stub(monkeypatch, "elasticbeanstalk:DescribeConfigurationSettings",
                 configuration_settings("shop", name, health=health, stream_logs=streams),
                 when=lambda request, name=name: parameters(request).get("EnvironmentName") == name)
        run = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={EAST}", *RULE_OPTIONS)
    return instances, run


@pytest.fixture(scope="module")
def run(seeded):
    return seeded[1]


@pytest.fixture(scope="module")
def instances(seeded):
    return seeded[0]


def test_codebuild_bitbucket_urls_carrying_credentials_fail_naming_the_source(run):
    assert verdicts(run, "CodeBuild.1") == {
        project_arn("clean"): passed("CodeBuild.1"),
        project_arn("leaky"): ("FAIL", f"CodeBuild project leaky in {EAST} has sign-in credentials in the Bitbucket "
                                       "repository URL of its primary source"),
        project_arn("quiet"): ("FAIL", f"CodeBuild project quiet in {EAST} has sign-in credentials in the Bitbucket "
                                       "repository URL of its secondary source lib"),
        # The control covers Bitbucket sources only.
        project_arn("github-token"): passed("CodeBuild.1"),
    }


def test_codebuild_plaintext_aws_key_variables_fail_by_name(run):
    assert verdicts(run, "CodeBuild.2") == {
        project_arn("clean"): passed("CodeBuild.2"),
        project_arn("leaky"): ("FAIL", f"CodeBuild project leaky in {EAST} keeps AWS credentials in plaintext "
                                       "environment variables: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"),
        project_arn("quiet"): passed("CodeBuild.2"),
        project_arn("github-token"): passed("CodeBuild.2"),
    }


def test_codebuild_build_logs_written_to_s3_unencrypted_fail(run):
    assert verdicts(run, "CodeBuild.3") == {
        project_arn("clean"): passed("CodeBuild.3"),
        project_arn("leaky"): ("FAIL", f"CodeBuild project leaky in {EAST} writes its build logs to S3 without "
                                       "encryption (s3Logs encryptionDisabled is true)"),
        # S3 logs turned off: nothing is written, whatever encryptionDisabled says.
        project_arn("quiet"): passed("CodeBuild.3"),
        project_arn("github-token"): passed("CodeBuild.3"),
    }


def test_codebuild_projects_logging_nowhere_fail(run):
    assert verdicts(run, "CodeBuild.4") == {
        project_arn("clean"): passed("CodeBuild.4"),
        project_arn("leaky"): passed("CodeBuild.4"),
        project_arn("quiet"): ("FAIL", f"CodeBuild project quiet in {EAST} keeps no build logs: neither CloudWatch "
                                       "Logs nor S3 logs are enabled"),
        project_arn("github-token"): passed("CodeBuild.4"),
    }


def test_codebuild_projects_in_privileged_mode_fail(run):
    assert verdicts(run, "CodeBuild.5") == {
        project_arn("clean"): passed("CodeBuild.5"),
        project_arn("leaky"): ("FAIL", f"CodeBuild project leaky in {EAST} runs its builds in privileged mode"),
        project_arn("quiet"): passed("CodeBuild.5"),
        project_arn("github-token"): passed("CodeBuild.5"),
    }


def test_codebuild_report_groups_exporting_unencrypted_fail(run):
    assert verdicts(run, "CodeBuild.7") == {
        arn("codebuild", "report-group/encrypted-tests"): passed("CodeBuild.7"),
        arn("codebuild", "report-group/plain-tests"): (
            "FAIL", f"CodeBuild report group plain-tests in {EAST} exports its test results to S3 without encryption "
                    "(encryptionDisabled is true)"),
        arn("codebuild", "report-group/local-only"): passed("CodeBuild.7"),
    }


def test_no_finding_or_report_repeats_a_secret_value(run):
    written = run.findings_path.read_text() + run.html
    for secret in (FAKE_ACCESS_KEY_ID, FAKE_SECRET_KEY, FAKE_APP_PASSWORD, "not-an-aws-key", "bitbucket.org/acme"):
        assert secret not in written, secret
    leaky = next(f for f in run.findings if f["rule_id"] == "CodeBuild.2" and f["resource"] == project_arn("leaky"))
    assert leaky["evidence"]["environment_variables"] == [
        {"name": "AWS_ACCESS_KEY_ID", "type": "PLAINTEXT"}, {"name": "AWS_SECRET_ACCESS_KEY", "type": "PLAINTEXT"},
        {"name": "STAGE", "type": "PLAINTEXT"}]
    assert leaky["evidence"]["sources"] == [
        {"label": "primary source", "type": "BITBUCKET", "url_has_credentials": True}]


def test_cloudformation_stacks_without_an_sns_topic_fail(run):
    found = verdicts(run, "CFM-001")
    by_name = {resource.split("/")[1]: verdict for resource, verdict in found.items()}
    assert all(resource.startswith(arn("cloudformation", "stack/")) for resource in found)
    assert by_name == {
        "notified": passed("CFM-001"),
        "silent": ("FAIL", f"CloudFormation stack silent in {EAST} sends its events to no SNS topic"),
    }


def test_custom_event_buses_without_a_policy_fail_and_the_default_bus_is_not_judged(run):
    assert verdicts(run, "EventBridge.3") == {
        arn("events", "event-bus/guarded"): passed("EventBridge.3"),
        arn("events", "event-bus/open"): (
            "FAIL", f"EventBridge custom event bus open in {EAST} has no resource-based policy attached"),
    }


def test_running_instances_outside_systems_manager_or_with_an_offline_agent_fail(run, instances):
    def instance(name):
        return arn("ec2", f"instance/{instances[name]}")

    # The stopped instance is not judged, though Systems Manager lists it.
    assert verdicts(run, "SSM-003") == {
        instance("managed-web"): passed("SSM-003"),
        instance("lost-agent"): (
            "FAIL", f"EC2 instance {instances['lost-agent']} (lost-agent) in {EAST} is running but its SSM Agent is "
                    "not online (PingStatus ConnectionLost)"),
        instance("unmanaged-batch"): (
            "FAIL", f"EC2 instance {instances['unmanaged-batch']} (unmanaged-batch) in {EAST} is running but not "
                    "managed by Systems Manager"),
    }


def test_managed_instances_not_patch_compliant_fail(run, instances):
    assert verdicts(run, "SSM.2") == {
        arn("ec2", f"instance/{instances['managed-web']}"): passed("SSM.2"),
        arn("ec2", f"instance/{instances['lost-agent']}"): (
            "FAIL", f"SSM managed instance {instances['lost-agent']} in {EAST} has patch compliance status "
                    "NON_COMPLIANT (non-compliant patches: 4, overall severity CRITICAL)"),
        arn("ssm", f"managed-instance/{HYBRID_NODE}"): (
            "FAIL", f"SSM managed instance {HYBRID_NODE} in {EAST} has patch compliance status NON_COMPLIANT "
                    "(non-compliant patches: 2, overall severity MEDIUM)"),
    }


def test_managed_instances_not_association_compliant_fail(run, instances):
    assert verdicts(run, "SSM.3") == {
        arn("ec2", f"instance/{instances['managed-web']}"): passed("SSM.3"),
        arn("ec2", f"instance/{instances['lost-agent']}"): (
            "FAIL", f"SSM managed instance {instances['lost-agent']} in {EAST} has association compliance status "
                    "NON_COMPLIANT (non-compliant associations: 1, overall severity HIGH)"),
    }


def test_only_the_accounts_own_public_ssm_documents_fail(run):
    assert verdicts(run, "SSM.4") == {
        arn("ssm", "document/public-runbook"): (
            "FAIL", f"SSM document public-runbook in {EAST} is shared publicly (with all AWS accounts)"),
        arn("ssm", "document/team-runbook"): passed("SSM.4"),
        arn("ssm", "document/private-runbook"): passed("SSM.4"),
    }


def test_beanstalk_environments_with_basic_health_reporting_fail(run):
    assert verdicts(run, "ElasticBeanstalk-001") == {
        arn("elasticbeanstalk", "environment/shop/shop-enhanced"): passed("ElasticBeanstalk-001"),
        arn("elasticbeanstalk", "environment/shop/shop-basic"): (
            "FAIL", f"Elastic Beanstalk environment shop-basic (application shop) in {EAST} uses basic health "
                    "reporting, not enhanced"),
    }


def test_beanstalk_environments_not_streaming_logs_to_cloudwatch_fail(run):
    assert verdicts(run, "ElasticBeanstalk.3") == {
        arn("elasticbeanstalk", "environment/shop/shop-enhanced"): passed("ElasticBeanstalk.3"),
        arn("elasticbeanstalk", "environment/shop/shop-basic"): (
            "FAIL", f"Elastic Beanstalk environment shop-basic (application shop) in {EAST} does not stream its "
                    "instance logs to CloudWatch Logs (StreamLogs is false)"),
    }


@pytest.mark.parametrize(("location", "carries"), [
    ("https://deploy:app-password@bitbucket.org/acme/deploy.git", True),
    ("https://x-token-auth:token@bitbucket.org/acme/lib.git", True),
    ("https://deploy:app-password@[bitbucket.org/acme/deploy.git", True),  # a host urllib refuses to split
    ("https://deploy@bitbucket.org/acme/quiet.git", False),
    ("bitbucket.org/acme/plain.git", False),
])
def test_a_url_carries_credentials_when_its_user_part_has_a_secret_however_odd_its_host(location, carries):
    from fixtures.subjects.codebuild import url_has_credentials

    assert url_has_credentials(location) is carries
