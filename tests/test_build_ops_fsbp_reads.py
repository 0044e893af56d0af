"""FSBP build and operations rules when reads are refused, when there is nothing to judge, and with more CodeBuild
projects than one BatchGetProjects request takes (a fresh moto account per test; the seeded batch is in
tests/test_build_ops_fsbp_rules.py)."""

import boto3

from fixtures.offline import deny, stub
from fixtures.scenarios.build_ops import create_document, create_environment, create_project
from fixtures.scenarios.network import launch
from tests.conftest import PROD_ACCOUNT
from tests.test_build_ops_fsbp_rules import EAST, PROJECT_RULES, RULE_OPTIONS, arn, project_arn, verdicts


def denied(action: str) -> str:
    return (f"could not evaluate: {action} was denied in {EAST} (AccessDenied): grant {action} to the auditing "
            "principal")


def test_every_rule_is_an_error_naming_the_permission_it_lacks(aws, run_audit, monkeypatch):
    session = boto3.Session(profile_name="prod")
    create_project(session.client("codebuild"), PROD_ACCOUNT, "clean")
    create_document(session.client("ssm"), "team-runbook")
    create_environment(session.client("elasticbeanstalk"), "shop", "shop-basic")
    launch(session.client("ec2"), "managed-web")
    deny(monkeypatch, "codebuild:BatchGetProjects", "codebuild:ListReportGroups", "cloudformation:DescribeStacks",
         "events:ListEventBuses", "ssm:DescribeInstanceInformation", "ssm:ListResourceComplianceSummaries",
         "ssm:DescribeDocumentPermission", "elasticbeanstalk:DescribeConfigurationSettings")
    run = run_audit("--aws-profile=prod", f"--aws-regions={EAST}", *RULE_OPTIONS)
    environment = arn("elasticbeanstalk", "environment/shop/shop-basic")
    assert {(f["rule_id"], f["status"], f["resource"], f["message"]) for f in run.findings} == {
        *((rule, "ERROR", PROD_ACCOUNT, denied("codebuild:BatchGetProjects")) for rule in PROJECT_RULES),
        ("CodeBuild.7", "ERROR", PROD_ACCOUNT, denied("codebuild:ListReportGroups")),
        ("CFM-001", "ERROR", PROD_ACCOUNT, denied("cloudformation:DescribeStacks")),
        ("EventBridge.3", "ERROR", PROD_ACCOUNT, denied("events:ListEventBuses")),
        ("SSM-003", "ERROR", PROD_ACCOUNT, denied("ssm:DescribeInstanceInformation")),
        ("SSM.2", "ERROR", PROD_ACCOUNT, denied("ssm:ListResourceComplianceSummaries")),
        ("SSM.3", "ERROR", PROD_ACCOUNT, denied("ssm:ListResourceComplianceSummaries")),
        # Per-resource reads: only that resource's case reports ERROR.
        ("SSM.4", "ERROR", arn("ssm", "document/team-runbook"), denied("ssm:DescribeDocumentPermission")),
        ("ElasticBeanstalk-001", "ERROR", environment, denied("elasticbeanstalk:DescribeConfigurationSettings")),
        ("ElasticBeanstalk.3", "ERROR", environment, denied("elasticbeanstalk:DescribeConfigurationSettings")),
    }


def test_every_rule_is_not_applicable_in_an_account_without_such_resources(aws, run_audit, monkeypatch):
    session = boto3.Session(profile_name="prod")
    ec2 = session.client("ec2")
    ec2.stop_instances(InstanceIds=[launch(ec2, "stopped-old")])
    stub(monkeypatch, "codebuild:ListReportGroups", {"reportGroups": []})
    stub(monkeypatch, "ssm:ListResourceComplianceSummaries", {"ResourceComplianceSummaryItems": []})
    run = run_audit("--aws-profile=prod", f"--aws-regions={EAST}", *RULE_OPTIONS)
    labels = {
        **dict.fromkeys(PROJECT_RULES, "CodeBuild projects"),
        "CodeBuild.7": "CodeBuild report groups",
        "CFM-001": "CloudFormation stacks",
        "EventBridge.3": "EventBridge custom event buses",
        "SSM-003": "running EC2 instances",
        "SSM.2": "managed nodes with patch compliance data",
        "SSM.3": "managed nodes with association compliance data",
        "SSM.4": "SSM documents owned by the account",
        "ElasticBeanstalk-001": "Elastic Beanstalk environments",
        "ElasticBeanstalk.3": "Elastic Beanstalk environments",
    }
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "SKIP", f"not applicable: no {label} in {EAST}") for rule, label in labels.items()}
    # No running instance: Systems Manager is not asked (moto would not answer; AWS would, needlessly).
    assert "ssm:DescribeInstanceInformation" not in run.document["stats"]["requests"]


def test_codebuild_projects_are_described_at_most_100_at_a_time(aws, run_audit):
    codebuild = boto3.Session(profile_name="prod").client("codebuild")
    for index in range(101):
        create_project(codebuild, PROD_ACCOUNT, f"build{index:03d}", privileged=index == 100)
    run = run_audit("--aws-profile=prod", f"--aws-regions={EAST}", "--rule=CodeBuild.5")
    found = verdicts(run, "CodeBuild.5")
    assert len(found) == 101
    assert [resource for resource, (status, _) in found.items() if status == "FAIL"] == [project_arn("build100")]
    assert run.document["stats"]["requests"]["codebuild:BatchGetProjects"] == 2
