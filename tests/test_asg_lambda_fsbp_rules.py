"""The FSBP Auto Scaling rules (ASG-001, ASG-010, AutoScaling.3, .4, .5, .6, .9) and Lambda rules (Lambda-004,
Lambda-001, Lambda-007, Lambda.5), on one moto account seeded once and audited in four runs.

moto notes: moto lists an unset AssociatePublicIpAddress as false (AWS leaves it out; both pass AutoScaling.5);
every VPC-connected function reports the VPC ID vpc-123abc whatever its subnets, and moto does not check that the
subnets exist (which lets a deleted subnet be tested); lambda:AddPermission with FunctionUrlAuthType stores it as a
statement field instead of the lambda:FunctionUrlAuthType condition AWS writes, so that one function's policy is
stubbed as AWS answers; moto does not report TrafficSources. Without MOTO_EC2_LOAD_DEFAULT_AMIS=false moto invents
about 1,300 snapshots per region, which slows every EC2 read.
"""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.subjects.awslambda import public_grant
from fixtures.scenarios.asg_lambda import (create_classic_load_balancer, create_function, create_group,
                                           create_launch_configuration, create_launch_template, create_target_group,
                                           execution_role, grant, subnets_by_zone)
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
ASG_RULES = ("ASG-001", "ASG-010", "AutoScaling.3", "AutoScaling.4", "AutoScaling.5", "AutoScaling.6", "AutoScaling.9")
LAMBDA_RULES = ("Lambda-004", "Lambda-001", "Lambda-007", "Lambda.5")
RULES = ASG_RULES + LAMBDA_RULES
PASSES = {
    "ASG-001": "The Auto Scaling group uses the load balancer's health checks to decide which instances to replace.",
    "ASG-010": "The Auto Scaling group can launch instances in at least the required number of Availability Zones.",
    "AutoScaling.3": "Instances launched from the launch configuration answer only token-based (IMDSv2) metadata "
                     "requests.",
    "AutoScaling.4": "The launch configuration keeps instance metadata responses from travelling beyond the instance "
                     "(hop limit 1).",
    "AutoScaling.5": "The launch configuration does not assign public IP addresses to the instances it launches.",
    "AutoScaling.6": "The Auto Scaling group's mixed instances policy lists more than one instance type.",
    "AutoScaling.9": "The Auto Scaling group launches instances from an EC2 launch template.",
    "Lambda-004": "The Lambda function's resource-based policy grants access only to named accounts, services or "
                  "sources.",
    "Lambda-001": "The Lambda function runs on a runtime that AWS still supports with security updates.",
    "Lambda-007": "The Lambda function is connected to a VPC.",
    "Lambda.5": "The VPC-connected Lambda function has subnets in at least two Availability Zones.",
}
GHOST_SUBNET = "subnet-0123456789abcdef0"
# What AWS's lambda:GetPolicy answers for a function URL opened to everyone without authentication.
PUBLIC_URL_POLICY = {"Version": "2012-10-17", "Id": "default", "Statement": [{
    "Sid": "open-url", "Effect": "Allow", "Principal": "*", "Action": "lambda:InvokeFunctionUrl",
    "Resource": f"arn:aws:lambda:{EAST}:{PROD_ACCOUNT}:function:public-url",
    "Condition": {"StringEquals": {"lambda:FunctionUrlAuthType": "NONE"}}}]}


def function_arn(name: str) -> str:
    return f"arn:aws:lambda:{EAST}:{PROD_ACCOUNT}:function:{name}"


@pytest.fixture(scope="module")
def no_default_amis():
    """For every region moto sets up during this module's runs, not only those seeded."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        yield


@pytest.fixture(scope="module")
def account(no_default_amis, seeded_aws):
    """us-east-1 of the prod account: groups, launch configurations and functions for every verdict; ARNs by name."""
    session = boto3.Session(profile_name="prod")
    ec2, autoscaling = session.client("ec2", region_name=EAST), session.client("autoscaling", region_name=EAST)
    zones = subnets_by_zone(ec2)
    a, b, c = zones["us-east-1a"], zones["us-east-1b"], zones["us-east-1c"]
    arns = {}
    for name, settings in (
        ("lc-open", dict(metadata={"HttpTokens": "optional", "HttpPutResponseHopLimit": 3}, public_ip=True)),
        ("lc-hardened", dict(metadata={"HttpTokens": "required", "HttpPutResponseHopLimit": 1}, public_ip=False)),
        ("lc-defaults", {}),
        ("lc-endpoint-off", dict(metadata={"HttpEndpoint": "disabled", "HttpPutResponseHopLimit": 2})),
    ):
        arns[name] = create_launch_configuration(autoscaling, name, **settings)
    template = create_launch_template(ec2, "app")
    arns["web-elb"] = create_group(autoscaling, "web-elb", subnets=[a, b], launch_template=template,
                                   TargetGroupARNs=[create_target_group(session, EAST, "web")],
                                   HealthCheckType="EBS,ELB")
    arns["web-clb"] = create_group(autoscaling, "web-clb", subnets=[a], launch_configuration="lc-open",
                                   LoadBalancerNames=[create_classic_load_balancer(session, EAST, "web-clb",
                                                                                   "us-east-1a")])
    arns["batch"] = create_group(autoscaling, "batch", subnets=[a, b, c], launch_template=template,
                                 instance_types=("c6i.large", "c5.large", "c6i.large"))
    arns["one-type"] = create_group(autoscaling, "one-type", subnets=[b, c], launch_template=template,
                                    instance_types=("m6i.large",))
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName="by-attributes", MinSize=0, MaxSize=2, VPCZoneIdentifier=",".join([a, c]),
        MixedInstancesPolicy={"LaunchTemplate": {
            "LaunchTemplateSpecification": {"LaunchTemplateName": template, "Version": "$Latest"},
            "Overrides": [{"InstanceRequirements": {"VCpuCount": {"Min": 2}, "MemoryMiB": {"Min": 4096}}}]}})
    arns["by-attributes"] = autoscaling.describe_auto_scaling_groups(
        AutoScalingGroupNames=["by-attributes"])["AutoScalingGroups"][0]["AutoScalingGroupARN"]

    role = execution_role(session)
    for name, runtime, subnets in (
        ("public-api", "python3.9", ()), ("s3-any-account", "python3.13", (a, b)),
        ("s3-own-account", "python3.12", (c,)), ("org-only", "nodejs22.x", (a, GHOST_SUBNET)),
        ("public-url", "java21", ()), ("no-policy", "ruby3.4", (b, c)), ("custom-runtime", "provided.al2023", ()),
        ("legacy-al2", "java17", ()),
    ):
        create_function(session, EAST, name, runtime, role, subnets=subnets)
    session.client("lambda", region_name=EAST).create_function(
        FunctionName="container", Role=role, PackageType="Image",
        Code={"ImageUri": f"{PROD_ACCOUNT}.dkr.ecr.{EAST}.amazonaws.com/app:latest"})
    grant(session, EAST, "public-api", "anyone", "*")
    grant(session, EAST, "public-api", "partner", "123456789012")
    grant(session, EAST, "s3-any-account", "uploads", "s3.amazonaws.com", SourceArn="arn:aws:s3:::acme-uploads")
    grant(session, EAST, "s3-own-account", "uploads", "s3.amazonaws.com", SourceArn="arn:aws:s3:::acme-uploads",
          SourceAccount=PROD_ACCOUNT)
    grant(session, EAST, "org-only", "organization", "*", PrincipalOrgID="o-abcdefghij")
    grant(session, EAST, "public-url", "open-url", "*")  # its policy is stubbed as AWS writes it: PUBLIC_URL_POLICY
    return seeded_aws, arns


def policy_of(function: str):
    """A stub ``when``: only GetPolicy requests about this function (its name is in the URL path)."""
    return lambda request: f"/functions/{function}/policy" in request.get("url_path", "")


def audit(directory: Path, *args: str, rules: tuple[str, ...] = RULES) -> dict:
    """The findings document of one audit run (read at once: the next run writes the same file)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub(monkeypatch, "lambda:GetPolicy", {"Policy": json.dumps(PUBLIC_URL_POLICY)}, when=policy_of("public-url"))
        return audit_in_process(directory, "--aws-profile=prod", *(f"--rule={rule}" for rule in rules),
                                *args).document


def verdicts(document: dict, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"] if f["rule_id"] == rule_id}


def passed(rule: str, *resources: str) -> dict:
    return {resource: ("PASS", PASSES[rule]) for resource in resources}


@pytest.fixture(scope="module")
def audited(account) -> dict:
    directory, _ = account
    return audit(directory, f"--aws-regions={EAST}")


def test_each_listing_is_one_request_and_each_function_policy_one_more(audited):
    requests = audited["stats"]["requests"]
    assert {action: requests.get(action, 0) for action in (
        "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeLaunchConfigurations", "lambda:ListFunctions",
        "lambda:GetPolicy", "ec2:DescribeSubnets")} == {
        "autoscaling:DescribeAutoScalingGroups": 1, "autoscaling:DescribeLaunchConfigurations": 1,
        "lambda:ListFunctions": 1, "lambda:GetPolicy": 9, "ec2:DescribeSubnets": 1}


def test_asg_001_fails_groups_behind_a_load_balancer_that_trust_ec2_health_checks_only(account, audited):
    _, arns = account
    assert verdicts(audited, "ASG-001") == {
        **passed("ASG-001", arns["web-elb"]),
        arns["web-clb"]: ("FAIL", "Auto Scaling group web-clb in us-east-1 is attached to a load balancer (web-clb) "
                                  "but does not use ELB health checks (health check type: EC2)"),
    }


def test_asg_010_fails_groups_in_fewer_than_two_availability_zones(account, audited):
    _, arns = account
    assert verdicts(audited, "ASG-010") == {
        **passed("ASG-010", arns["web-elb"], arns["batch"], arns["one-type"], arns["by-attributes"]),
        arns["web-clb"]: ("FAIL", "Auto Scaling group web-clb in us-east-1 spans 1 Availability Zone (us-east-1a); "
                                  "at least 2 are required"),
    }


def test_autoscaling_3_fails_launch_configurations_that_do_not_require_imdsv2(account, audited):
    _, arns = account

    def open_to_v1(name: str, tokens: str) -> tuple[str, str]:
        return ("FAIL", f"Auto Scaling launch configuration {name} in us-east-1 does not require IMDSv2: its "
                        f"instances also answer IMDSv1 requests (HttpTokens {tokens})")

    assert verdicts(audited, "AutoScaling.3") == {
        **passed("AutoScaling.3", arns["lc-hardened"]),
        arns["lc-open"]: open_to_v1("lc-open", "optional"),
        arns["lc-defaults"]: open_to_v1("lc-defaults", "not set, so optional"),
        arns["lc-endpoint-off"]: open_to_v1("lc-endpoint-off", "not set, so optional, metadata endpoint disabled"),
    }


def test_autoscaling_4_fails_launch_configurations_with_a_hop_limit_above_one(account, audited):
    _, arns = account

    def hops(name: str, limit: int) -> tuple[str, str]:
        return ("FAIL", f"Auto Scaling launch configuration {name} in us-east-1 has a metadata response hop limit "
                        f"of {limit}: instance metadata answers can travel beyond the instance")

    assert verdicts(audited, "AutoScaling.4") == {
        **passed("AutoScaling.4", arns["lc-hardened"], arns["lc-defaults"]),
        arns["lc-open"]: hops("lc-open", 3),
        arns["lc-endpoint-off"]: hops("lc-endpoint-off", 2),
    }


def test_autoscaling_5_fails_only_launch_configurations_that_assign_public_addresses(account, audited):
    _, arns = account
    assert verdicts(audited, "AutoScaling.5") == {
        **passed("AutoScaling.5", arns["lc-hardened"], arns["lc-defaults"], arns["lc-endpoint-off"]),
        arns["lc-open"]: ("FAIL", "Auto Scaling launch configuration lc-open in us-east-1 assigns a public IP address "
                                  "to every instance it launches (AssociatePublicIpAddress true)"),
    }


def test_autoscaling_6_fails_groups_limited_to_one_instance_type_and_leaves_attribute_based_ones_out(account,
                                                                                                      audited):
    _, arns = account

    def one_type(name: str, how: str) -> tuple[str, str]:
        return ("FAIL", f"Auto Scaling group {name} in us-east-1 can launch only one instance type: {how}")

    assert verdicts(audited, "AutoScaling.6") == {
        **passed("AutoScaling.6", arns["batch"]),
        arns["web-elb"]: one_type("web-elb", "it launches the one instance type of launch template app"),
        arns["web-clb"]: one_type("web-clb", "it launches the one instance type of launch configuration lc-open"),
        arns["one-type"]: one_type("one-type", "its mixed instances policy lists one instance type (m6i.large)"),
    }


def test_autoscaling_9_fails_groups_on_launch_configurations(account, audited):
    _, arns = account
    assert verdicts(audited, "AutoScaling.9") == {
        **passed("AutoScaling.9", arns["web-elb"], arns["batch"], arns["one-type"], arns["by-attributes"]),
        arns["web-clb"]: ("FAIL", "Auto Scaling group web-clb in us-east-1 launches from launch configuration lc-open "
                                  "instead of an EC2 launch template"),
    }


def test_lambda_004_fails_wildcard_grants_without_a_fixed_restriction_and_s3_grants_without_a_source_account(
        audited):
    public = "Lambda function {} in us-east-1 has a resource-based policy that allows public access: {}"
    anyone = "grants access to any principal (*) without a condition on a fixed account, organization or source"
    assert verdicts(audited, "Lambda-004") == {
        **passed("Lambda-004", *map(function_arn, ("s3-own-account", "org-only", "no-policy", "custom-runtime",
                                                   "legacy-al2", "container"))),
        function_arn("public-api"): ("FAIL", public.format("public-api", f"statement anyone {anyone}")),
        function_arn("s3-any-account"): ("FAIL", public.format(
            "s3-any-account", "statement uploads lets Amazon S3 invoke it without a fixed aws:SourceAccount "
                              "condition")),
        function_arn("public-url"): ("FAIL", public.format("public-url", f"statement open-url {anyone}")),
    }


def test_lambda_001_fails_deprecated_runtimes_and_leaves_images_and_os_only_runtimes_out(audited):
    def unsupported(name: str, runtime: str) -> tuple[str, str]:
        return ("FAIL", f"Lambda function {name} in us-east-1 runs on {runtime}, which is not a supported Lambda "
                        "runtime (deprecated, or missing from audit_lambda_supported_runtimes)")

    assert verdicts(audited, "Lambda-001") == {
        **passed("Lambda-001", *map(function_arn, ("s3-any-account", "s3-own-account", "org-only", "public-url",
                                                   "no-policy"))),
        function_arn("public-api"): unsupported("public-api", "python3.9"),
        function_arn("legacy-al2"): unsupported("legacy-al2", "java17"),
    }


def test_lambda_007_fails_functions_outside_a_vpc(audited):
    outside = ("public-api", "public-url", "custom-runtime", "legacy-al2", "container")
    assert verdicts(audited, "Lambda-007") == {
        **passed("Lambda-007", *map(function_arn, ("s3-any-account", "s3-own-account", "org-only", "no-policy"))),
        **{function_arn(name): ("FAIL", f"Lambda function {name} in us-east-1 is not connected to a VPC")
           for name in outside},
    }


def test_lambda_5_fails_vpc_functions_whose_known_subnets_are_in_one_zone(audited):
    single = "Lambda function {} in us-east-1 is connected to VPC vpc-123abc through subnets in 1 Availability Zone "
    assert verdicts(audited, "Lambda.5") == {
        **passed("Lambda.5", function_arn("s3-any-account"), function_arn("no-policy")),
        function_arn("s3-own-account"): ("FAIL", single.format("s3-own-account") + "(us-east-1c)"),
        function_arn("org-only"): ("FAIL", single.format("org-only") + f"(us-east-1a); subnets not found: "
                                                                       f"{GHOST_SUBNET}"),
    }


@pytest.mark.parametrize("statement, why", [
    ({"Principal": {"AWS": "*"}, "Condition": {"StringLike": {"aws:SourceAccount": "1234*"}}},
     "grants access to any principal (*) without a condition on a fixed account, organization or source"),
    ({"Principal": "*", "Condition": {"StringEqualsIfExists": {"aws:SourceArn": "arn:aws:sns:us-east-1:1:t"}}},
     "grants access to any principal (*) without a condition on a fixed account, organization or source"),
    ({"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "${aws:PrincipalTag/org}"}}},
     "grants access to any principal (*) without a condition on a fixed account, organization or source"),
    ({"Principal": {"AWS": ["arn:aws:iam::111122223333:root", "*"]}},
     "grants access to any principal (*) without a condition on a fixed account, organization or source"),
    ({"NotPrincipal": {"AWS": "arn:aws:iam::111122223333:root"}},
     "grants access to every principal but those it names (NotPrincipal)"),
    ({"Principal": {"Service": ["sns.amazonaws.com", "s3.amazonaws.com"]},
      "Condition": {"StringEquals": {"aws:SourceOwner": "111122223333"}}},
     "lets Amazon S3 invoke it without a fixed aws:SourceAccount condition"),
    ({"Principal": "*", "Condition": {"IpAddress": {"aws:SourceIp": ["0.0.0.0/0", "203.0.113.0/24"]}}},
     "grants access to any principal (*) without a condition on a fixed account, organization or source"),
    ({"Principal": "*", "Condition": {"ForAnyValue:ArnLike": {"AWS:SourceArn": ["arn:aws:sns:us-east-1:1:t"]}}}, ""),
    ({"Principal": "*", "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}}, ""),
    ({"Principal": {"AWS": "*"}, "Condition": {"StringEquals": {"aws:userid": "AIDAEXAMPLEUSERID1234"}}}, ""),
    ({"Principal": {"Service": "s3.amazonaws.com"}, "Condition": {"StringEquals": {"aws:sourceaccount": "1"}}}, ""),
    ({"Principal": {"Service": "events.amazonaws.com"}}, ""),
    ({"Principal": "*", "Effect": "Deny"}, ""),
])
def test_lambda_004_judges_a_statement_public_unless_fixed_values_restrict_it(statement, why):
    assert public_grant({"Effect": "Allow", "Action": "lambda:InvokeFunction", **statement}) == why


def test_the_rules_are_errors_naming_the_permission_when_the_listings_are_denied(account):
    directory, _ = account
    with pytest.MonkeyPatch.context() as monkeypatch:
        deny(monkeypatch, "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeLaunchConfigurations",
             "lambda:ListFunctions")
        document = audit(directory / "denied-listings", f"--aws-regions={EAST}")

    def refused(action: str) -> str:
        return (f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {action} to the "
                "auditing principal")

    listing = {**dict.fromkeys(("ASG-001", "ASG-010", "AutoScaling.6", "AutoScaling.9"),
                               "autoscaling:DescribeAutoScalingGroups"),
               **dict.fromkeys(("AutoScaling.3", "AutoScaling.4", "AutoScaling.5"),
                               "autoscaling:DescribeLaunchConfigurations"),
               **dict.fromkeys(LAMBDA_RULES, "lambda:ListFunctions")}
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        (rule, "ERROR", refused(action)) for rule, action in listing.items()}


def test_refused_policy_and_subnet_reads_are_errors_and_the_settings_move_the_thresholds(account):
    directory, arns = account
    with pytest.MonkeyPatch.context() as monkeypatch:
        deny(monkeypatch, "lambda:GetPolicy", "ec2:DescribeSubnets")
        document = audit(directory / "denied-details", f"--aws-regions={EAST}", "-o",
                         "audit_autoscaling_min_availability_zones=3", "-o",
                         "audit_lambda_supported_runtimes=java17, ruby3.4",
                         rules=("Lambda-004", "Lambda.5", "ASG-010", "Lambda-001"))

    def refused(action: str) -> str:
        return (f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {action} to the "
                "auditing principal")

    functions = ("public-api", "s3-any-account", "s3-own-account", "org-only", "public-url", "no-policy",
                 "custom-runtime", "legacy-al2", "container")
    assert verdicts(document, "Lambda-004") == {
        function_arn(name): ("ERROR", refused("lambda:GetPolicy")) for name in functions}
    assert verdicts(document, "Lambda.5") == {PROD_ACCOUNT: ("ERROR", refused("ec2:DescribeSubnets"))}
    assert {resource for resource, (status, _) in verdicts(document, "ASG-010").items() if status == "PASS"} == {
        arns["batch"]}
    assert {resource for resource, (status, _) in verdicts(document, "Lambda-001").items() if status == "PASS"} == {
        function_arn("no-policy"), function_arn("legacy-al2")}


def test_the_rules_are_not_applicable_in_a_region_without_groups_launch_configurations_or_functions(account):
    directory, _ = account
    document = audit(directory / "empty-region", "--aws-regions=eu-west-1")
    labels = {"ASG-001": "Auto Scaling groups attached to a load balancer", "ASG-010": "Auto Scaling groups",
              **dict.fromkeys(("AutoScaling.3", "AutoScaling.4", "AutoScaling.5"),
                              "Auto Scaling launch configurations"),
              "AutoScaling.6": "Auto Scaling groups that name their instance types",
              "AutoScaling.9": "Auto Scaling groups", "Lambda-004": "Lambda functions",
              "Lambda-001": "Lambda functions deployed as .zip archives on a language runtime",
              "Lambda-007": "Lambda functions", "Lambda.5": "Lambda functions connected to a VPC"}
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        (rule, "SKIP", f"not applicable: no {label} in eu-west-1") for rule, label in labels.items()}
