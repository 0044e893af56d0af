"""The FSBP container rules (ECS.2-5, ECS.8, ECS-002, ECS-004, ECS.12, EKS-001, EKS-002, EKS.3, EKS-003, ECR-003,
ECR.2, ECR-004), on one moto account seeded once and audited in a few runs.

moto notes: ECS DescribeServices drops a service's capacity provider strategy (reporting launch type EC2) and its
platform family, and never reports task sets, so the services of one cluster ("mixed") are answered by a stub as
AWS describes them: a Windows Fargate service, a Fargate Spot service without a launch type, and a blue/green
service whose platform version is on its primary task set. moto leaves a Fargate service created without a platform
version without one (AWS reports LATEST), so every seeded service names its version. Without
MOTO_EC2_LOAD_DEFAULT_AMIS=false moto invents about 1,300 snapshots per region.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import boto3
import pytest

from fixtures import rules
from fixtures.offline import deny, stub
from fixtures.scenarios.containers import (ALL_LOG_TYPES, container, create_cluster, create_eks_cluster,
                                           create_repository, create_service, register_task_definition)
from fixtures.subjects.ecr import filter_matches
from fixtures.subjects.eks import EksCluster
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST, WEST = "us-east-1", "eu-west-1"
RULES = ("ECS.2", "ECS.3", "ECS.4", "ECS.5", "ECS.8", "ECS-002", "ECS-004", "ECS.12", "EKS-001", "EKS-002",
         "EKS.3", "EKS-003", "ECR-003", "ECR.2", "ECR-004")
# Plain-text values the seeded task definitions carry in variables ECS.8 looks for: no report may show them.
SECRET_VALUES = ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "eyJhdXRocyI6eyJleGFtcGxlIjp7fX19")
MIXED_CLUSTER = f"arn:aws:ecs:{EAST}:{PROD_ACCOUNT}:cluster/mixed"


@cache
def compliant(rule_id: str) -> str:
    """What a PASS of the rule says: its ``compliant`` sentence."""
    return rules.discover()[rule_id].rule.compliant


def task_definition_arn(name: str) -> str:
    return f"arn:aws:ecs:{EAST}:{PROD_ACCOUNT}:task-definition/{name}"


def service_arn(cluster: str, name: str) -> str:
    return f"arn:aws:ecs:{EAST}:{PROD_ACCOUNT}:service/{cluster}/{name}"


def cluster_arn(name: str) -> str:
    return f"arn:aws:ecs:{EAST}:{PROD_ACCOUNT}:cluster/{name}"


def eks_arn(name: str) -> str:
    return f"arn:aws:eks:{EAST}:{PROD_ACCOUNT}:cluster/{name}"


def repository_arn(name: str, region: str = EAST) -> str:
    return f"arn:aws:ecr:{region}:{PROD_ACCOUNT}:repository/{name}"


def verdicts(document: dict, rule_id: str, region: str = EAST) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"]
            if f["rule_id"] == rule_id and f["region"] == region}


def passed(rule_id: str, *arns: str) -> dict:
    return {arn: ("PASS", compliant(rule_id)) for arn in arns}


@pytest.fixture(scope="module")
def no_default_amis():
    """For every region moto sets up during this module's runs, not only those seeded."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        yield


def seed_task_definitions(ecs) -> None:
    logged = {"log_driver": "awslogs", "read_only": True}
    register_task_definition(ecs, "host-root", [
        container("app", environment={"AWS_SECRET_ACCESS_KEY": SECRET_VALUES[0], "ECS_ENGINE_AUTH_DATA":
                                      SECRET_VALUES[1], "LOG_LEVEL": "debug"})], network_mode="host", pid_mode="host")
    register_task_definition(ecs, "host-privileged", [
        container("agent", privileged=True, **logged),
        container("sidecar", user="nobody", read_only=False, log_driver="awslogs")], network_mode="host",
        pid_mode="task")
    register_task_definition(ecs, "bridge-root", [container("worker", **logged)])
    # web:1 is bad but superseded, web:3 bad but deregistered (INACTIVE): web:2 is the latest active revision.
    register_task_definition(ecs, "web", [container("nginx", privileged=True, environment={
        "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE"})], network_mode="awsvpc")
    register_task_definition(ecs, "web", [container("nginx", user="101", environment={
        "AWS_REGION": EAST, "MY_AWS_SECRET_ACCESS_KEY_PATH": "/run/secrets/key"}, **logged)], network_mode="awsvpc")
    register_task_definition(ecs, "web", [container("nginx", privileged=True)], network_mode="host", pid_mode="host")
    ecs.deregister_task_definition(taskDefinition="web:3")


def seed_services(session, ecs) -> None:
    create_cluster(ecs, "shop", container_insights="disabled")
    create_cluster(ecs, "insights", container_insights="enabled")
    create_cluster(ecs, "enhanced", container_insights="enhanced")
    create_cluster(ecs, "never-set")
    create_cluster(ecs, "mixed", container_insights="enabled")
    task = task_definition_arn("web:2")
    create_service(session, EAST, "shop", "public-latest", task, platform_version="LATEST", public_ip=True)
    create_service(session, EAST, "shop", "private-old", task, platform_version="1.3.0", public_ip=False)
    create_service(session, EAST, "shop", "pinned-current", task, platform_version="1.4.0", public_ip=False)
    # Eight services on EC2 without awsvpc networking make eleven in "shop": two DescribeServices requests.
    for number in range(1, 9):
        create_service(session, EAST, "shop", f"worker-{number}", task_definition_arn("bridge-root:1"),
                       launch_type="EC2")
    for name in ("win-current", "spot-old", "blue-green"):
        create_service(session, EAST, "mixed", name, task, platform_version="LATEST", public_ip=False)


def mixed_services() -> dict:
    """What AWS's DescribeServices answers for the "mixed" cluster's services (see the module's moto notes)."""
    network = {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d"], "securityGroups": ["sg-0a1b2c3d"],
                                       "assignPublicIp": "DISABLED"}}

    def service(name: str, **settings) -> dict:
        return {"serviceArn": service_arn("mixed", name), "serviceName": name, "clusterArn": MIXED_CLUSTER,
                "status": "ACTIVE", "desiredCount": 1, "networkConfiguration": network, **settings}

    return {"failures": [], "services": [
        service("win-current", launchType="FARGATE", platformVersion="1.0.0",
                platformFamily="WINDOWS_SERVER_2022_CORE", deploymentController={"type": "ECS"}),
        service("spot-old", capacityProviderStrategy=[{"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 0}],
                platformVersion="1.3.0", platformFamily="Linux", deploymentController={"type": "ECS"}),
        service("blue-green", launchType="FARGATE", deploymentController={"type": "CODE_DEPLOY"}, taskSets=[
            {"id": "ecs-svc/1111", "status": "ACTIVE", "launchType": "FARGATE", "platformVersion": "1.3.0",
             "platformFamily": "Linux"},
            {"id": "ecs-svc/2222", "status": "PRIMARY", "launchType": "FARGATE", "platformVersion": "1.4.0",
             "platformFamily": "Linux"}]),
    ]}


def about_mixed_cluster(request) -> bool:
    """A stub ``when``: DescribeServices requests about the "mixed" cluster."""
    return json.loads(request.get("body") or b"{}").get("cluster") == MIXED_CLUSTER


def seed_eks(session) -> None:
    eks = session.client("eks", region_name=EAST)
    key = session.client("kms", region_name=EAST).create_key(Description="EKS secrets")["KeyMetadata"]["Arn"]
    create_eks_cluster(eks, PROD_ACCOUNT, "public-old", "1.34", public=True, log_types=("api",))
    create_eks_cluster(eks, PROD_ACCOUNT, "private-current", "1.35", public=False, secrets_key=key,
                       log_types=("audit",))
    eks.create_cluster(name="edge-new", version="1.36", roleArn=f"arn:aws:iam::{PROD_ACCOUNT}:role/eks-cluster",
                       resourcesVpcConfig={"subnetIds": ["subnet-0a1b2c3d"], "endpointPublicAccess": True,
                                           "publicAccessCidrs": ["203.0.113.0/24", "198.51.100.7/32"]},
                       encryptionConfig=[{"resources": ["secrets"], "provider": {"keyArn": key}}],
                       logging={"clusterLogging": [{"types": list(ALL_LOG_TYPES), "enabled": True}]})


def seed_ecr(session) -> None:
    ecr = session.client("ecr", region_name=EAST)
    create_repository(ecr, "app", immutable=True, scan_on_push=True, lifecycle=True)
    create_repository(ecr, "legacy", immutable=False, scan_on_push=False, lifecycle=False)
    create_repository(ecr, "team-api", immutable=True, scan_on_push=False, lifecycle=True)
    create_repository(ecr, "nightly-batch-jobs", immutable=True, scan_on_push=False, lifecycle=False)
    create_repository(ecr, "my-team-tools", immutable=True, scan_on_push=False, lifecycle=True)
    ecr.create_repository(repositoryName="releases", imageTagMutability="IMMUTABLE_WITH_EXCLUSION",
                          imageTagMutabilityExclusionFilters=[{"filterType": "WILDCARD", "filter": "latest*"}],
                          imageScanningConfiguration={"scanOnPush": True})
    # Basic scanning: "team-*" must match the whole name, "batch" (no wildcard) any name containing it; a manual
    # rule scans nothing by itself.
    ecr.put_registry_scanning_configuration(scanType="BASIC", rules=[
        {"scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": [{"filter": "team-*", "filterType": "WILDCARD"},
                                                                {"filter": "batch", "filterType": "WILDCARD"}]},
        {"scanFrequency": "MANUAL", "repositoryFilters": [{"filter": "*tools", "filterType": "WILDCARD"}]}])
    # Enhanced scanning in eu-west-1: continuous for "*-prod"; the repository's own scan on push no longer counts.
    west = session.client("ecr", region_name=WEST)
    create_repository(west, "api-prod", immutable=True, scan_on_push=False, lifecycle=True)
    create_repository(west, "api-dev", immutable=True, scan_on_push=True, lifecycle=True)
    west.put_registry_scanning_configuration(scanType="ENHANCED", rules=[
        {"scanFrequency": "CONTINUOUS_SCAN", "repositoryFilters": [{"filter": "*-prod", "filterType": "WILDCARD"}]}])


@pytest.fixture(scope="module")
def seeded(no_default_amis, seeded_aws) -> Path:
    """us-east-1 of the prod account holds a case of every verdict below; eu-west-1 two ECR repositories only."""
    session = boto3.Session(profile_name="prod", region_name=EAST)
    ecs = session.client("ecs")
    seed_task_definitions(ecs)
    seed_services(session, ecs)
    seed_eks(session)
    seed_ecr(session)
    return seeded_aws


def audit(directory: Path, *args: str, rule_ids: tuple[str, ...] = RULES) -> dict:
    """The findings document of an audit of the seeded account, with its HTML report's text under "html"."""
    directory.mkdir(exist_ok=True)
    run = audit_in_process(directory, "--aws-profile=prod", *args, *(f"--rule={rule}" for rule in rule_ids))
    return {**run.document, "html": run.html}


@pytest.fixture(scope="module")
def run(seeded) -> dict:
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub(monkeypatch, "ecs:DescribeServices", mixed_services(), when=about_mixed_cluster)
        return audit(seeded / "all", f"--aws-regions={EAST},{WEST}")


def test_each_listing_is_one_request_and_each_resource_read_once_for_every_rule(run):
    requests = run["stats"]["requests"]
    assert {action: count for action, count in requests.items() if action.split(":")[0] in ("ecs", "eks", "ecr")} == {
        "ecs:ListTaskDefinitions": 2,  # one per region
        "ecs:DescribeTaskDefinition": 4,  # the latest active revision of each of the 4 families
        "ecs:ListClusters": 2,
        "ecs:ListServices": 5,  # one per cluster
        "ecs:DescribeServices": 3,  # eleven services in "shop" at ten a request, and the three of "mixed"
        "ecs:DescribeClusters": 1,
        "eks:ListClusters": 2,
        "eks:DescribeCluster": 3,
        "ecr:DescribeRepositories": 2,
        "ecr:GetRegistryScanningConfiguration": 2,  # once per region
        "ecr:GetLifecyclePolicy": 8,  # one per repository
    }


def test_task_definitions_sharing_the_host_process_namespace_fail(run):
    assert verdicts(run, "ECS.3") == {
        task_definition_arn("host-root:1"): (
            "FAIL", f"ECS task definition host-root:1 in {EAST} shares the host's process namespace with its "
                    "containers (pidMode host)"),
        **passed("ECS.3", *map(task_definition_arn, ("host-privileged:1", "bridge-root:1", "web:2"))),
    }


def test_privileged_containers_fail_and_only_the_latest_active_revision_is_judged(run):
    assert verdicts(run, "ECS.4") == {
        task_definition_arn("host-privileged:1"): (
            "FAIL", f"ECS task definition host-privileged:1 in {EAST} runs container(s) agent in privileged mode"),
        **passed("ECS.4", *map(task_definition_arn, ("host-root:1", "bridge-root:1", "web:2"))),
    }


def test_containers_with_a_writable_or_unset_root_filesystem_fail(run):
    def writable(name: str, containers: str) -> tuple:
        return ("FAIL", f"ECS task definition {name} in {EAST} gives container(s) {containers} write access to "
                        "their root filesystem (readonlyRootFilesystem not true)")

    assert verdicts(run, "ECS.5") == {
        task_definition_arn("host-root:1"): writable("host-root:1", "app"),
        task_definition_arn("host-privileged:1"): writable("host-privileged:1", "sidecar"),
        **passed("ECS.5", *map(task_definition_arn, ("bridge-root:1", "web:2"))),
    }


def test_credentials_in_environment_variables_fail_by_name_only(run):
    assert verdicts(run, "ECS.8") == {
        task_definition_arn("host-root:1"): (
            "FAIL", f"ECS task definition host-root:1 in {EAST} passes credentials as plain-text environment "
                    "variables: AWS_SECRET_ACCESS_KEY in container app, ECS_ENGINE_AUTH_DATA in container app"),
        **passed("ECS.8", *map(task_definition_arn, ("host-privileged:1", "bridge-root:1", "web:2"))),
    }


def test_no_report_shows_a_secret_value_from_a_task_definition(run):
    text = json.dumps(run)
    assert [value for value in SECRET_VALUES if value in text] == []
    assert "AWS_SECRET_ACCESS_KEY in container app" in text  # the report is there, naming the variable


def test_containers_without_a_log_configuration_fail(run):
    assert verdicts(run, "ECS-002") == {
        task_definition_arn("host-root:1"): (
            "FAIL", f"ECS task definition host-root:1 in {EAST} has container(s) app without a log configuration"),
        **passed("ECS-002", *map(task_definition_arn, ("host-privileged:1", "bridge-root:1", "web:2"))),
    }


def test_services_assigning_public_ips_fail_and_services_without_awsvpc_pass(run):
    assert verdicts(run, "ECS.2") == {
        service_arn("shop", "public-latest"): (
            "FAIL", f"ECS service public-latest in cluster shop in {EAST} assigns public IP addresses to its tasks "
                    "automatically (assignPublicIp ENABLED)"),
        **passed("ECS.2", *(service_arn("shop", name) for name in (
            "private-old", "pinned-current", *(f"worker-{number}" for number in range(1, 9))))),
        **passed("ECS.2", *(service_arn("mixed", name) for name in ("win-current", "spot-old", "blue-green"))),
    }


def test_fargate_services_fail_below_the_latest_platform_version_of_their_operating_system(run):
    def old(cluster: str, name: str) -> tuple:
        return ("FAIL", f"ECS service {name} in cluster {cluster} in {EAST} runs on Fargate with platform version "
                        "1.3.0, not the latest for Linux (1.4.0 or LATEST)")

    assert verdicts(run, "ECS-004") == {
        service_arn("shop", "private-old"): old("shop", "private-old"),
        service_arn("mixed", "spot-old"): old("mixed", "spot-old"),
        **passed("ECS-004", service_arn("shop", "public-latest"), service_arn("shop", "pinned-current"),
                 service_arn("mixed", "win-current"), service_arn("mixed", "blue-green")),
    }


def test_clusters_without_container_insights_fail_whether_disabled_or_never_set(run):
    def off(name: str) -> tuple:
        return ("FAIL", f"ECS cluster {name} in {EAST} does not have CloudWatch Container Insights enabled "
                        "(containerInsights: disabled)")

    assert verdicts(run, "ECS.12") == {
        cluster_arn("shop"): off("shop"), cluster_arn("never-set"): off("never-set"),
        **passed("ECS.12", *map(cluster_arn, ("insights", "enhanced", "mixed"))),
    }


def test_eks_clusters_with_a_public_endpoint_fail_even_when_it_is_limited_to_some_addresses(run):
    assert verdicts(run, "EKS-001") == {
        eks_arn("public-old"): ("FAIL", f"EKS cluster public-old in {EAST} has a publicly accessible API server "
                                        "endpoint (open to any address)"),
        eks_arn("edge-new"): ("FAIL", f"EKS cluster edge-new in {EAST} has a publicly accessible API server endpoint "
                                      "(open to 203.0.113.0/24, 198.51.100.7/32)"),
        **passed("EKS-001", eks_arn("private-current")),
    }


def test_eks_clusters_older_than_the_oldest_supported_version_fail(run):
    assert verdicts(run, "EKS-002") == {
        eks_arn("public-old"): ("FAIL", f"EKS cluster public-old in {EAST} runs Kubernetes 1.34, older than the "
                                        "oldest supported version 1.35"),
        **passed("EKS-002", eks_arn("private-current"), eks_arn("edge-new")),
    }


def test_eks_clusters_without_secrets_encryption_fail(run):
    assert verdicts(run, "EKS.3") == {
        eks_arn("public-old"): ("FAIL", f"EKS cluster public-old in {EAST} does not encrypt Kubernetes secrets with "
                                        "a KMS key (no encryption configuration for secrets)"),
        **passed("EKS.3", eks_arn("private-current"), eks_arn("edge-new")),
    }


def test_eks_clusters_fail_without_audit_logs_whatever_else_they_log(run):
    assert verdicts(run, "EKS-003") == {
        eks_arn("public-old"): ("FAIL", f"EKS cluster public-old in {EAST} does not send audit logs to CloudWatch "
                                        "Logs (enabled log types: api)"),
        **passed("EKS-003", eks_arn("private-current"), eks_arn("edge-new")),
    }


def test_repositories_pass_when_their_own_setting_or_a_matching_registry_rule_scans_them(run):
    def unscanned(name: str, region: str, registry: str, own: str) -> tuple:
        return ("FAIL", f"ECR repository {name} in {region} is not scanned on push or continuously (registry "
                        f"scanning {registry}; repository scan on push: {own})")

    assert verdicts(run, "ECR-003") == {
        repository_arn("legacy"): unscanned("legacy", EAST, "BASIC: no matching rule", "off"),
        repository_arn("my-team-tools"): unscanned("my-team-tools", EAST, "BASIC: MANUAL", "off"),
        **passed("ECR-003", *map(repository_arn, ("app", "team-api", "nightly-batch-jobs", "releases"))),
    }
    assert verdicts(run, "ECR-003", WEST) == {
        repository_arn("api-dev", WEST): unscanned("api-dev", WEST, "ENHANCED: no matching rule", "on"),
        **passed("ECR-003", repository_arn("api-prod", WEST)),
    }


def test_repositories_fail_unless_every_tag_is_immutable(run):
    assert verdicts(run, "ECR.2") == {
        repository_arn("legacy"): ("FAIL", f"ECR repository legacy in {EAST} lets image tags be overwritten "
                                           "(imageTagMutability MUTABLE)"),
        repository_arn("releases"): ("FAIL", f"ECR repository releases in {EAST} lets image tags be overwritten "
                                             "(imageTagMutability IMMUTABLE_WITH_EXCLUSION)"),
        **passed("ECR.2", *map(repository_arn, ("app", "team-api", "nightly-batch-jobs", "my-team-tools"))),
    }


def test_repositories_without_a_lifecycle_policy_fail(run):
    def none(name: str) -> tuple:
        return "FAIL", f"ECR repository {name} in {EAST} has no lifecycle policy"

    assert verdicts(run, "ECR-004") == {
        repository_arn("legacy"): none("legacy"), repository_arn("nightly-batch-jobs"): none("nightly-batch-jobs"),
        repository_arn("releases"): none("releases"),
        **passed("ECR-004", *map(repository_arn, ("app", "team-api", "my-team-tools"))),
    }


def test_ecr_filters_match_as_ecr_documents_them():
    # ECR's own examples: a filter without a wildcard matches names containing it; with one, the whole name.
    names = ("prod", "repo-prod", "prod-repo", "repo-prod-repo", "prodrepo")
    assert {pattern: [filter_matches(name, pattern) for name in names]
            for pattern in ("prod", "*prod", "prod*", "*prod*", "prod*repo")} == {
        "prod": [True, True, True, True, True],
        "*prod": [True, True, False, False, False],
        "prod*": [True, False, True, False, True],
        "*prod*": [True, True, True, True, True],
        "prod*repo": [False, False, True, False, True],
    }


def test_kubernetes_versions_compare_as_numbers_not_text():
    def cluster(version: str) -> EksCluster:
        return EksCluster("c", EAST, version, False, (), (), ())

    assert [cluster(version).runs_version_older_than("1.34") for version in ("1.9", "1.33", "1.34", "1.100")] == [
        True, True, False, False]


def test_the_supported_and_latest_versions_are_settings(seeded):
    document = audit(seeded / "settings", f"--aws-regions={EAST}", "-o", "audit_eks_oldest_supported_version=1.36",
                     "-o", "audit_fargate_latest_linux_version=1.5.0", rule_ids=("EKS-002", "ECS-004"))
    assert {arn for arn, (status, _) in verdicts(document, "EKS-002").items() if status == "FAIL"} == {
        eks_arn("public-old"), eks_arn("private-current")}
    assert verdicts(document, "ECS-004")[service_arn("shop", "pinned-current")] == (
        "FAIL", f"ECS service pinned-current in cluster shop in {EAST} runs on Fargate with platform version 1.4.0, "
                "not the latest for Linux (1.5.0 or LATEST)")


def test_a_version_setting_that_is_not_a_version_number_is_a_usage_error(seeded):
    directory = seeded / "bad-setting"
    directory.mkdir(exist_ok=True)
    run = audit_in_process(directory, "--aws-profile=prod", "--rule=EKS-002", "-o",
                           "audit_eks_oldest_supported_version=latest")
    assert run.exit_status == 4
    assert not run.findings_path.exists()


def test_every_rule_is_an_error_naming_the_permission_when_its_reads_are_denied(seeded, monkeypatch):
    deny(monkeypatch, "ecs:DescribeTaskDefinition", "ecs:ListClusters", "eks:DescribeCluster",
         "ecr:DescribeRepositories")
    document = audit(seeded / "denied", f"--aws-regions={EAST}")

    def refused(action: str) -> str:
        return (f"could not evaluate: {action} was denied in {EAST} (AccessDenied): grant {action} to the auditing "
                "principal")

    expected = {("ECS.2", refused("ecs:ListClusters")), ("ECS-004", refused("ecs:ListClusters")),
                ("ECS.12", refused("ecs:ListClusters"))}
    expected |= {(rule, refused("ecs:DescribeTaskDefinition"))
                 for rule in ("ECS.3", "ECS.4", "ECS.5", "ECS.8", "ECS-002")}
    expected |= {(rule, refused("eks:DescribeCluster")) for rule in ("EKS-001", "EKS-002", "EKS.3", "EKS-003")}
    expected |= {(rule, refused("ecr:DescribeRepositories")) for rule in ("ECR-003", "ECR.2", "ECR-004")}
    assert {(f["rule_id"], f["message"]) for f in document["findings"] if f["status"] == "ERROR"} == expected
    assert {f["status"] for f in document["findings"]} == {"ERROR"}
    # A refused read of one resource makes each of its cases an error: four task definitions, three clusters.
    assert len(verdicts(document, "ECS.3")) == 4 and len(verdicts(document, "EKS-001")) == 3


def test_every_rule_is_not_applicable_in_a_region_without_containers(seeded):
    document = audit(seeded / "empty-region", "--aws-regions=us-west-2")
    labels = {**dict.fromkeys(("ECS.3", "ECS.4", "ECS.5", "ECS.8", "ECS-002"), "active ECS task definitions"),
              "ECS.2": "ECS services", "ECS-004": "ECS services on Fargate", "ECS.12": "ECS clusters",
              **dict.fromkeys(("EKS-001", "EKS-002", "EKS.3", "EKS-003"), "EKS clusters"),
              **dict.fromkeys(("ECR-003", "ECR.2", "ECR-004"), "ECR repositories")}
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        (rule, "SKIP", f"not applicable: no {label} in us-west-2") for rule, label in labels.items()}
