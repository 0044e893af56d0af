"""The FSBP API Gateway (AG-001, AG-006, AG-003, AG-007, AG-009, APIGateway.8, APIGateway.9), AppSync (AppSync.2),
Step Functions (StepFunctions.1) and Network Firewall (NetworkFirewall.2-6, NetworkFirewall.9) rules, on one moto
account seeded once and audited in three runs.

moto notes: moto's REST API stages hold no client certificate, so one stage is given one by setting its backend
object (fixtures.scenarios.api_firewall.set_client_certificate); moto's default method settings encrypt cached data,
where AWS does not, so every cache here says whether it encrypts; moto has no Network Firewall policies or rule
groups, so their four reads are answered as AWS answers them (firewall_policy_stubs), in us-east-1 only.
"""

from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest

from fixtures import settings
from fixtures.offline import deny, in_region, stub
from fixtures.scenarios.api_firewall import (DROP, FORWARD, PASS, asking, cache_stage, create_compliant_rest_stage,
                                             create_firewall, create_graphql_api, create_rest_api, create_route,
                                             create_state_machine, create_v2_api, create_v2_stage, firewall_policy,
                                             firewall_policy_stubs, log_group, patch_stage, stateless_rule_group)
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST, EU = "us-east-1", "eu-west-1"
RULES = ("AG-001", "AG-006", "AG-003", "AG-007", "AG-009", "APIGateway.8", "APIGateway.9", "AppSync.2",
         "StepFunctions.1", "NetworkFirewall.2", "NetworkFirewall.3", "NetworkFirewall.4", "NetworkFirewall.5",
         "NetworkFirewall.6", "NetworkFirewall.9")
PASSES = {
    "AG-001": "The stage writes execution logs (level ERROR or INFO) for all of its methods or routes.",
    "AG-006": "The REST API stage presents a client certificate to its HTTP backends.",
    "AG-003": "The REST API stage has AWS X-Ray active tracing enabled.",
    "AG-007": "The REST API stage is associated with an AWS WAF web ACL.",
    "AG-009": "Every method of the REST API stage that caches responses encrypts the cached data.",
    "APIGateway.8": "The route requires authorization (IAM, a Lambda authorizer or a JWT authorizer).",
    "APIGateway.9": "The HTTP or WebSocket API stage writes access logs to a destination.",
    "AppSync.2": "The GraphQL API logs its field resolvers to CloudWatch Logs (field log level other than NONE).",
    "StepFunctions.1": "The state machine logs its execution history to CloudWatch Logs at the required level or above.",
    "NetworkFirewall.2": "The firewall sends at least one type of log (alert, flow or TLS) to a destination.",
    "NetworkFirewall.3": "The firewall policy references at least one stateless or stateful rule group.",
    "NetworkFirewall.4": "Full packets that match no stateless rule are dropped or forwarded to the stateful rule groups.",
    "NetworkFirewall.5": ("Fragmented packets that match no stateless rule are dropped or forwarded to the stateful rule "
                          "groups."),
    "NetworkFirewall.6": "The stateless rule group holds at least one rule.",
    "NetworkFirewall.9": "The firewall has deletion protection enabled.",
}
# The Network Firewall policies and stateless rule groups of the account's us-east-1, as AWS would describe them.
POLICIES = [
    firewall_policy(PROD_ACCOUNT, EAST, "strict", stateful=("threat-signatures",), full=(FORWARD,), fragments=(DROP,)),
    firewall_policy(PROD_ACCOUNT, EAST, "open", full=(PASS,), fragments=(PASS,)),
    firewall_policy(PROD_ACCOUNT, EAST, "partial", stateless=("block-admin",), full=(DROP,), fragments=(PASS, "metrics")),
]
RULE_GROUPS = [stateless_rule_group(PROD_ACCOUNT, EAST, "block-admin", 2),
               stateless_rule_group(PROD_ACCOUNT, EAST, "placeholder", 0)]


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id and f["region"] == EAST}


def passed(rule: str, *arns: str) -> dict:
    return {arn: ("PASS", PASSES[rule]) for arn in arns}


def rest_stage(api_id: str, stage: str) -> str:
    return f"arn:aws:apigateway:{EAST}::/restapis/{api_id}/stages/{stage}"


def v2_stage(api_id: str, stage: str) -> str:
    return f"arn:aws:apigateway:{EAST}::/apis/{api_id}/stages/{stage}"


def route(api_id: str, route_id: str) -> str:
    return f"arn:aws:apigateway:{EAST}::/apis/{api_id}/routes/{route_id}"


def arn(service: str, resource: str) -> str:
    return f"arn:aws:{service}:{EAST}:{PROD_ACCOUNT}:{resource}"


def both(first, second):
    return first if second is None else (lambda request: first(request) and second(request))


def audit(directory: Path, *args: str, denied: tuple[str, ...] = (), denied_when=None):
    """An audit of the seeded account writing its reports to a directory of its own; ``denied`` reads are refused
    (only for requests ``denied_when`` accepts, if given), the Network Firewall reads moto lacks are answered."""
    directory.mkdir(exist_ok=True)
    with pytest.MonkeyPatch.context() as monkeypatch:
        deny(monkeypatch, *denied, when=denied_when)  # first, so that it wins over the answers below
        for action, answer, when in firewall_policy_stubs(POLICIES, RULE_GROUPS):
            stub(monkeypatch, action, answer, when=both(in_region(EAST), when))
        for action, answer, _ in firewall_policy_stubs([], []):
            stub(monkeypatch, action, answer)
        return audit_in_process(directory, "--aws-profile=prod", *args, *(f"--rule={rule}" for rule in RULES))


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    """The prod account's us-east-1 holds the APIs, state machines and firewalls below; eu-west-1 holds none."""
    session = boto3.Session(profile_name="prod", region_name=EAST)
    apigateway, apigatewayv2 = session.client("apigateway"), session.client("apigatewayv2")
    ids = SimpleNamespace()
    # REST: shop/prod passes every stage rule; shop/dev has nothing on; shop/beta logs but turns /orders GET off;
    # reports/cached logs and caches without encrypting.
    ids.shop = create_rest_api(apigateway, "shop", "prod", "dev", "beta")
    create_compliant_rest_stage(session, EAST, ids.shop, "prod")
    patch_stage(apigateway, ids.shop, "beta", **{"/*/*/logging/loglevel": "ERROR", "/~1orders/GET/logging/loglevel": "OFF"})
    ids.reports = create_rest_api(apigateway, "reports", "cached")
    patch_stage(apigateway, ids.reports, "cached", **{"/*/*/logging/loglevel": "ERROR"})
    cache_stage(apigateway, ids.reports, "cached", encrypted=False)
    # HTTP: orders-http, one stage with access logs and one without, one route with IAM and one open.
    ids.orders = create_v2_api(apigatewayv2, "orders-http", "HTTP")
    create_v2_stage(apigatewayv2, ids.orders, "$default", access_logs=log_group(EAST, PROD_ACCOUNT, "/apigw/orders"))
    create_v2_stage(apigatewayv2, ids.orders, "dev")
    ids.get_orders = create_route(apigatewayv2, ids.orders, "GET /orders", "AWS_IAM")
    ids.post_orders = create_route(apigatewayv2, ids.orders, "POST /orders")
    # WebSocket: chat/prod logs (its sendmessage override keeps the level), chat/dev does not, chat/beta turns
    # sendmessage off; chat authorizes on $connect; alerts has no stage and an open $connect.
    ids.chat = create_v2_api(apigatewayv2, "chat", "WEBSOCKET")
    create_v2_stage(apigatewayv2, ids.chat, "prod", access_logs=log_group(EAST, PROD_ACCOUNT, "/apigw/chat"),
                    logging_level="INFO", route_logging={"sendmessage": ""})
    create_v2_stage(apigatewayv2, ids.chat, "dev")
    create_v2_stage(apigatewayv2, ids.chat, "beta", logging_level="ERROR", route_logging={"sendmessage": "OFF"})
    ids.chat_connect = create_route(apigatewayv2, ids.chat, "$connect", "AWS_IAM")
    ids.chat_send = create_route(apigatewayv2, ids.chat, "sendmessage")
    ids.alerts = create_v2_api(apigatewayv2, "alerts", "WEBSOCKET")
    ids.alerts_connect = create_route(apigatewayv2, ids.alerts, "$connect")
    appsync = session.client("appsync")
    ids.graphs = {name: create_graphql_api(appsync, PROD_ACCOUNT, name, level) for name, level in (
        ("orders-graph", "ERROR"), ("catalog-graph", "DEBUG"), ("inventory-graph", ""), ("reports-graph", "NONE"))}
    stepfunctions = session.client("stepfunctions")
    for name, level in (("orders-flow", "ALL"), ("audit-flow", "FATAL"), ("billing-flow", "")):
        create_state_machine(stepfunctions, PROD_ACCOUNT, name, level)
    network_firewall = session.client("network-firewall")
    create_firewall(network_firewall, PROD_ACCOUNT, "edge", delete_protection=True, logging=True)
    create_firewall(network_firewall, PROD_ACCOUNT, "lab", delete_protection=False, logging=False)
    return SimpleNamespace(directory=seeded_aws, ids=ids)


@pytest.fixture(scope="module")
def run(seeded):
    return audit(seeded.directory / "all", f"--aws-regions={EAST},{EU}")


def test_rest_and_websocket_stages_without_execution_logging_on_every_method_fail_and_http_apis_are_not_judged(
        seeded, run):
    ids = seeded.ids
    rest = f"API Gateway REST API shop ({ids.shop}) stage"
    chat = f"API Gateway WebSocket API chat ({ids.chat}) stage"
    assert verdicts(run, "AG-001") == {
        **passed("AG-001", rest_stage(ids.shop, "prod"), rest_stage(ids.reports, "cached"), v2_stage(ids.chat, "prod")),
        rest_stage(ids.shop, "dev"): (
            "FAIL", f"{rest} dev in {EAST} does not have execution logging enabled (logging level OFF)"),
        rest_stage(ids.shop, "beta"): ("FAIL", f"{rest} beta in {EAST} turns execution logging off for /orders/GET"),
        v2_stage(ids.chat, "dev"): ("FAIL", f"{chat} dev in {EAST} does not have execution logging enabled (logging "
                                            "level OFF)"),
        v2_stage(ids.chat, "beta"): ("FAIL", f"{chat} beta in {EAST} turns execution logging off for sendmessage"),
    }


def test_rest_stages_without_a_client_certificate_tracing_or_web_acl_fail(seeded, run):
    ids = seeded.ids
    failing = {rest_stage(ids.shop, "dev"): f"shop ({ids.shop}) stage dev",
               rest_stage(ids.shop, "beta"): f"shop ({ids.shop}) stage beta",
               rest_stage(ids.reports, "cached"): f"reports ({ids.reports}) stage cached"}
    for rule, problem in (("AG-006", "does not use a client certificate for backend authentication"),
                          ("AG-003", "does not have X-Ray tracing enabled"),
                          ("AG-007", "is not associated with an AWS WAF web ACL")):
        assert verdicts(run, rule) == {
            **passed(rule, rest_stage(ids.shop, "prod")),
            **{stage: ("FAIL", f"API Gateway REST API {name} in {EAST} {problem}") for stage, name in failing.items()},
        }, rule


def test_only_rest_stages_with_a_cache_are_judged_and_fail_when_a_caching_method_is_not_encrypted(seeded, run):
    ids = seeded.ids
    assert verdicts(run, "AG-009") == {
        **passed("AG-009", rest_stage(ids.shop, "prod")),
        rest_stage(ids.reports, "cached"): (
            "FAIL", f"API Gateway REST API reports ({ids.reports}) stage cached in {EAST} caches responses without "
                    "encrypting them (method settings */*)"),
    }


def test_open_http_routes_and_websocket_connect_routes_fail_and_other_websocket_routes_are_not_judged(seeded, run):
    ids = seeded.ids
    assert verdicts(run, "APIGateway.8") == {
        **passed("APIGateway.8", route(ids.orders, ids.get_orders), route(ids.chat, ids.chat_connect)),
        route(ids.orders, ids.post_orders): (
            "FAIL", f"API Gateway HTTP API orders-http ({ids.orders}) route 'POST /orders' in {EAST} does not specify "
                    "an authorization type (NONE)"),
        route(ids.alerts, ids.alerts_connect): (
            "FAIL", f"API Gateway WebSocket API alerts ({ids.alerts}) route '$connect' in {EAST} does not specify an "
                    "authorization type (NONE)"),
    }


def test_http_and_websocket_stages_without_access_logs_fail(seeded, run):
    ids = seeded.ids
    problem = "does not have access logging configured"
    assert verdicts(run, "APIGateway.9") == {
        **passed("APIGateway.9", v2_stage(ids.orders, "$default"), v2_stage(ids.chat, "prod")),
        v2_stage(ids.orders, "dev"): ("FAIL", f"API Gateway HTTP API orders-http ({ids.orders}) stage dev in {EAST} {problem}"),
        **{v2_stage(ids.chat, stage): ("FAIL", f"API Gateway WebSocket API chat ({ids.chat}) stage {stage} in {EAST} {problem}")
           for stage in ("dev", "beta")},
    }


def test_graphql_apis_fail_without_field_level_logging_and_pass_at_any_level_that_logs(seeded, run):
    graphs = seeded.ids.graphs
    problem = "does not have field-level logging enabled (field log level NONE)"
    assert verdicts(run, "AppSync.2") == {
        **passed("AppSync.2", *(arn("appsync", f"apis/{graphs[name]}") for name in ("orders-graph", "catalog-graph"))),
        **{arn("appsync", f"apis/{graphs[name]}"): ("FAIL", f"AppSync GraphQL API {name} ({graphs[name]}) in {EAST} {problem}")
           for name in ("inventory-graph", "reports-graph")},
    }


def test_state_machines_fail_without_logging_and_any_level_passes_by_default(run):
    assert verdicts(run, "StepFunctions.1") == {
        **passed("StepFunctions.1", arn("states", "stateMachine:orders-flow"), arn("states", "stateMachine:audit-flow")),
        arn("states", "stateMachine:billing-flow"): (
            "FAIL", f"Step Functions state machine billing-flow in {EAST} does not have logging turned on (level OFF)"),
    }


def test_firewalls_fail_without_logging_or_deletion_protection(run):
    edge, lab = arn("network-firewall", "firewall/edge"), arn("network-firewall", "firewall/lab")
    assert verdicts(run, "NetworkFirewall.2") == {
        **passed("NetworkFirewall.2", edge),
        lab: ("FAIL", f"Network Firewall firewall lab in {EAST} does not have logging enabled (no log destination)"),
    }
    assert verdicts(run, "NetworkFirewall.9") == {
        **passed("NetworkFirewall.9", edge),
        lab: ("FAIL", f"Network Firewall firewall lab in {EAST} does not have deletion protection enabled"),
    }


def test_firewall_policies_fail_without_rule_groups_or_when_they_pass_unmatched_packets(run):
    strict, open_, partial = (arn("network-firewall", f"firewall-policy/{name}") for name in ("strict", "open", "partial"))
    policy = f"Network Firewall firewall policy {{}} in {EAST}"
    assert verdicts(run, "NetworkFirewall.3") == {
        **passed("NetworkFirewall.3", strict, partial),
        open_: ("FAIL", policy.format("open") + " has no stateless or stateful rule group"),
    }
    assert verdicts(run, "NetworkFirewall.4") == {
        **passed("NetworkFirewall.4", strict, partial),
        open_: ("FAIL", policy.format("open") + " neither drops nor forwards full packets by default (stateless default "
                                                "actions: aws:pass)"),
    }
    assert verdicts(run, "NetworkFirewall.5") == {
        **passed("NetworkFirewall.5", strict),
        **{arn_: ("FAIL", policy.format(name) + " neither drops nor forwards fragmented packets by default (stateless "
                                                f"fragment default actions: {actions})")
           for arn_, name, actions in ((open_, "open", "aws:pass"), (partial, "partial", "aws:pass, metrics"))},
    }


def test_empty_stateless_rule_groups_fail(run):
    assert verdicts(run, "NetworkFirewall.6") == {
        **passed("NetworkFirewall.6", arn("network-firewall", "stateless-rulegroup/block-admin")),
        arn("network-firewall", "stateless-rulegroup/placeholder"): (
            "FAIL", f"Network Firewall stateless rule group placeholder in {EAST} has no rules"),
    }


def test_every_rule_is_not_applicable_in_a_region_without_its_resources(run):
    labels = {
        "AG-001": "API Gateway REST or WebSocket API stages", "AG-006": "API Gateway REST API stages",
        "AG-003": "API Gateway REST API stages", "AG-007": "API Gateway REST API stages",
        "AG-009": "API Gateway REST API stages with a cache",
        "APIGateway.8": "API Gateway HTTP API routes or WebSocket $connect routes",
        "APIGateway.9": "API Gateway HTTP or WebSocket API stages", "AppSync.2": "AppSync GraphQL APIs",
        "StepFunctions.1": "Step Functions state machines", "NetworkFirewall.2": "Network Firewall firewalls",
        "NetworkFirewall.3": "Network Firewall firewall policies", "NetworkFirewall.4": "Network Firewall firewall policies",
        "NetworkFirewall.5": "Network Firewall firewall policies",
        "NetworkFirewall.6": "Network Firewall stateless rule groups", "NetworkFirewall.9": "Network Firewall firewalls",
    }
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings if f["region"] == EU} == {
        (rule, "SKIP", f"not applicable: no {label} in {EU}") for rule, label in labels.items()}


def test_each_api_firewall_policy_and_state_machine_is_read_once_for_every_rule(run):
    requests = run.document["stats"]["requests"]
    assert {action: requests.get(action) for action in (
        "apigateway:GetRestApis", "apigateway:GetStages", "apigatewayv2:GetApis", "apigatewayv2:GetStages",
        "apigatewayv2:GetRoutes", "stepfunctions:DescribeStateMachine", "network-firewall:DescribeFirewall",
        "network-firewall:DescribeLoggingConfiguration", "network-firewall:DescribeFirewallPolicy",
        "network-firewall:DescribeRuleGroup")} == {
        "apigateway:GetRestApis": 2, "apigateway:GetStages": 2, "apigatewayv2:GetApis": 2, "apigatewayv2:GetStages": 3,
        "apigatewayv2:GetRoutes": 3, "stepfunctions:DescribeStateMachine": 3, "network-firewall:DescribeFirewall": 2,
        "network-firewall:DescribeLoggingConfiguration": 2, "network-firewall:DescribeFirewallPolicy": 3,
        "network-firewall:DescribeRuleGroup": 2,
    }


def test_every_rule_is_an_error_naming_the_permission_when_listings_are_denied(seeded):
    listings = {"AG-001": "apigateway:GetRestApis", "AG-006": "apigateway:GetRestApis",
                "AG-003": "apigateway:GetRestApis", "AG-007": "apigateway:GetRestApis",
                "AG-009": "apigateway:GetRestApis", "APIGateway.8": "apigatewayv2:GetApis",
                "APIGateway.9": "apigatewayv2:GetApis", "AppSync.2": "appsync:ListGraphqlApis",
                "StepFunctions.1": "stepfunctions:ListStateMachines", "NetworkFirewall.2": "network-firewall:ListFirewalls",
                "NetworkFirewall.3": "network-firewall:ListFirewallPolicies",
                "NetworkFirewall.4": "network-firewall:ListFirewallPolicies",
                "NetworkFirewall.5": "network-firewall:ListFirewallPolicies",
                "NetworkFirewall.6": "network-firewall:ListRuleGroups", "NetworkFirewall.9": "network-firewall:ListFirewalls"}
    grant = {"apigateway:GetRestApis": "apigateway:GET", "apigatewayv2:GetApis": "apigateway:GET",
             "stepfunctions:ListStateMachines": "states:ListStateMachines"}
    run = audit(seeded.directory / "denied-listings", f"--aws-regions={EAST}", denied=tuple(set(listings.values())))
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", f"could not evaluate: {action} was denied in {EAST} (AccessDenied): grant "
                        f"{grant.get(action, action)} to the auditing principal")
        for rule, action in listings.items()}


def test_a_resource_whose_own_read_is_denied_is_an_error_of_its_own_and_the_log_level_is_a_setting(seeded):
    ids = seeded.ids
    billing = arn("states", "stateMachine:billing-flow")

    def refused(request):  # the reports API's stages, the billing-flow machine
        return f"/restapis/{ids.reports}/" in request.get("url_path", "") or asking("stateMachineArn", billing)(request)

    run = audit(seeded.directory / "denied-reads", f"--aws-regions={EAST}", "-o", "audit_stepfunctions_log_level=error",
                denied=("apigateway:GetStages", "stepfunctions:DescribeStateMachine"), denied_when=refused)
    stages_denied = (f"could not evaluate: apigateway:GetStages was denied in {EAST} (AccessDenied): grant "
                     "apigateway:GET to the auditing principal")
    reports_api = f"arn:aws:apigateway:{EAST}::/restapis/{ids.reports}"
    for rule in ("AG-006", "AG-003", "AG-007", "AG-009"):
        assert verdicts(run, rule)[reports_api] == ("ERROR", stages_denied), rule
        assert verdicts(run, rule)[rest_stage(ids.shop, "prod")] == ("PASS", PASSES[rule]), rule
    assert verdicts(run, "StepFunctions.1") == {
        **passed("StepFunctions.1", arn("states", "stateMachine:orders-flow")),
        arn("states", "stateMachine:audit-flow"): (
            "FAIL", f"Step Functions state machine audit-flow in {EAST} logs at level FATAL, below the required ERROR"),
        billing: ("ERROR", f"could not evaluate: stepfunctions:DescribeStateMachine was denied in {EAST} (AccessDenied): "
                           "grant states:DescribeStateMachine to the auditing principal"),
    }


class Ini:
    """A pytest config holding only pytest.ini values: the settings' defaults, with ``values`` in their place."""

    def __init__(self, **values: str):
        defaults = {item.name: ",".join(map(str, item.default)) if isinstance(item.default, tuple) else str(item.default)
                    for item in fields(settings.Settings)}
        self.values, self.stash = {**defaults, **values}, pytest.Stash()

    def getini(self, name: str) -> str:
        return self.values[name.removeprefix("audit_")]


def test_the_log_level_setting_takes_a_step_functions_level_in_any_case_and_nothing_else():
    assert settings.read(Ini(stepfunctions_log_level="all")).stepfunctions_log_level == "ALL"
    assert settings.read(Ini()).stepfunctions_log_level == "FATAL"
    for wrong in ("OFF", "verbose", "2"):
        with pytest.raises(pytest.UsageError, match=f"audit_stepfunctions_log_level = '{wrong}': expected least a Step "
                                                    "Functions state machine must log: FATAL, ERROR or ALL"):
            settings.read(Ini(stepfunctions_log_level=wrong))
