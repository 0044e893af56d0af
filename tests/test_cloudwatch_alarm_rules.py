"""CIS 4.1-4.15 alarm rules (CWL-*): the metric filter matcher, and every way the trail-to-subscriber chain breaks."""

import importlib
import pkgutil

import boto3
import pytest

import checks.cloudwatch
from fixtures.subjects.monitoring import AlarmRequirement, api_calls, covers, pattern_gaps, record
from fixtures.offline import deny, stub
from fixtures.scenarios.monitoring import (
    PATTERNS, cis_alarm, create_trail, log_group_arn, monitored_trail, subscribed_topic, trail_bucket,
)
from tests.conftest import PROD_ACCOUNT

REQUIREMENTS = {
    module.RULE.id: module.REQUIREMENT
    for module in (importlib.import_module(f"checks.cloudwatch.{info.name}")
                   for info in pkgutil.iter_modules(checks.cloudwatch.__path__))
}
CWL_RULES = sorted(REQUIREMENTS)
CWL_010 = "IAM policy changes (CIS 4.4)"
TRAIL_CHANGES = REQUIREMENTS["CWL-003"]


def test_the_fifteen_cis_alarm_rules_each_declare_a_requirement():
    assert len(CWL_RULES) == 15
    assert sorted(requirement.control for requirement in REQUIREMENTS.values()) == sorted(
        f"4.{number}" for number in range(1, 16))


@pytest.mark.parametrize("rule_id", CWL_RULES)
def test_each_sample_pattern_covers_its_own_rule_and_no_other(rule_id):
    assert [other for other, requirement in REQUIREMENTS.items() if covers(PATTERNS[rule_id], requirement)] == [
        rule_id]


@pytest.mark.parametrize("pattern", [
    '{($.eventSource=cloudtrail.amazonaws.com)&&(($.eventName=CreateTrail)||($.eventName=UpdateTrail)||'
    '($.eventName=DeleteTrail)||($.eventName=StartLogging)||($.eventName=StopLogging))}',
    '{ ( $.eventName = "StopLogging" ) || ( $.eventName = "StartLogging" ) || ( $.eventName = "DeleteTrail" ) '
    '|| ( $.eventName = "UpdateTrail" ) || ( $.eventName = "CreateTrail" ) }',
    '{\n  $.eventSource = "cloudtrail.amazonaws.com" &&\n  ($.eventName = %^(Create|Update|Delete)Trail$% '
    '|| $.eventName = *Logging)\n}',
])
def test_the_matcher_tolerates_spacing_quoting_order_and_regular_expressions(pattern):
    assert covers(pattern, TRAIL_CHANGES)


def test_the_matcher_names_what_a_pattern_misses_or_catches_too_much():
    partial = '{ ($.eventName = CreateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StopLogging) }'
    assert pattern_gaps(partial, TRAIL_CHANGES) == ["misses UpdateTrail", "misses StartLogging"]
    everything = '{ $.eventSource = "cloudtrail.amazonaws.com" }'
    assert pattern_gaps(everything, TRAIL_CHANGES) == ["also catches DescribeTrails", "also catches LookupEvents"]
    assert pattern_gaps('"StopLogging"', TRAIL_CHANGES) == [
        "unreadable pattern (not a JSON filter pattern (it must be enclosed in { }))"]
    assert pattern_gaps("{ ($.eventName = StopLogging }", TRAIL_CHANGES) == [
        "unreadable pattern (unbalanced parentheses)"]


def test_the_matcher_gives_and_precedence_over_or_and_honours_not_exists():
    requirement = AlarmRequirement("4.3", "root use", matches=(record("root call", userIdentity__type="Root"),),
                                   ignores=(record("service on root's behalf", userIdentity__type="Root",
                                                   userIdentity__invokedBy="config.amazonaws.com"),))
    assert covers('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS }', requirement)
    assert not covers('{ $.userIdentity.type = "Root" }', requirement)
    # && binds tighter: A || B && C is A || (B && C), so an event matching only A still matches.
    either = AlarmRequirement("x", "x", matches=api_calls("ec2.amazonaws.com", "CreateVpc"))
    assert covers("{ $.eventName = CreateVpc || $.eventName = DeleteVpc && $.errorCode = Denied }", either)
    assert not covers("{ ($.eventName = CreateVpc || $.eventName = DeleteVpc) && $.errorCode = Denied }", either)


def test_sign_in_without_mfa_needs_the_mfa_condition():
    requirement = REQUIREMENTS["CWL-017"]
    assert covers('{ $.additionalEventData.MFAUsed != "Yes" && $.eventName = "ConsoleLogin" && '
                  '$.userIdentity.type = "IAMUser" && $.responseElements.ConsoleLogin = "Success" }', requirement)
    assert pattern_gaps('{ $.eventName = "ConsoleLogin" }', requirement) == ["also catches a console sign-in with MFA"]


def _either(*names: str) -> str:
    return " || ".join(f"($.eventName = {name})" for name in names)


# The filter pattern each CIS AWS Foundations version prints in its audit procedure (step 3), keyed by rule and
# by the versions printing it. Values with spaces or wildcards are quoted, as the benchmark's own text quotes them.
CIS_PATTERNS = {
    "CWL-002": {
        ("v4.0.1", "v5.0.0"): '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && '
                              '($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
    },
    "CWL-017": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
        ("v3.0.0 SSO", "v4.0.1 SSO", "v5.0.0 SSO"): '{ ($.eventName = "ConsoleLogin") && '
            '($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && '
            '($.responseElements.ConsoleLogin = "Success") }',
    },
    "CWL-014": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && '
                                        '$.eventType != "AwsServiceEvent" }',
    },
    "CWL-010": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{" + "||".join(f"($.eventName={name})" for name in (
            "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy",
            "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion",
            "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy", "AttachGroupPolicy",
            "DetachGroupPolicy")) + "}",
    },
    "CWL-003": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ " + _either(
            "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging") + " }",
    },
    "CWL-001": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    },
    "CWL-015": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{($.eventSource = kms.amazonaws.com) && (($.eventName=DisableKey)||"
                                        "($.eventName=ScheduleKeyDeletion)) }",
    },
    "CWL-012": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ ($.eventSource = s3.amazonaws.com) && (" + _either(
            "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle", "PutBucketReplication",
            "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle", "DeleteBucketReplication") + ") }",
    },
    "CWL-011": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ ($.eventSource = config.amazonaws.com) && "
            "(($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||"
            "($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder)) }",
    },
    "CWL-004": {
        ("v5.0.0",): "{ " + _either(
            "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
            "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup", "ModifySecurityGroupRules") + " }",
    },
    "CWL-005": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ " + _either(
            "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry",
            "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation") + " }",
    },
    "CWL-006": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ " + _either(
            "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway", "CreateInternetGateway",
            "DeleteInternetGateway", "DetachInternetGateway") + " }",
    },
    "CWL-013": {
        # The audit step puts the event source before the first name only (&& binds tighter than ||).
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{($.eventSource = ec2.amazonaws.com) && " + _either(
            "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable",
            "DeleteRoute", "DisassociateRouteTable") + " }",
        ("v3.0.0 remediation", "v4.0.1 remediation", "v5.0.0 remediation"): "{ " + _either(
            "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation", "DeleteRouteTable",
            "DeleteRoute", "DisassociateRouteTable") + " }",
    },
    "CWL-007": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ " + _either(
            "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection", "CreateVpcPeeringConnection",
            "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection", "AttachClassicLinkVpc", "DetachClassicLinkVpc",
            "DisableVpcClassicLink", "EnableVpcClassicLink") + " }",
    },
    "CWL-016": {
        ("v3.0.0", "v4.0.1", "v5.0.0"): "{ ($.eventSource = organizations.amazonaws.com) && (" + " || ".join(
            f'($.eventName = "{name}")' for name in (
                "AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit", "CreatePolicy",
                "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit", "DeletePolicy", "DetachPolicy",
                "DisablePolicyType", "EnablePolicyType", "InviteAccountToOrganization", "LeaveOrganization",
                "MoveAccount", "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit")) + ") }",
    },
}
CIS_CASES = [(rule_id, versions, pattern) for rule_id, printed in CIS_PATTERNS.items()
             for versions, pattern in printed.items()]


def test_every_cwl_rule_has_the_cis_pattern_of_the_newest_version():
    assert sorted(rule_id for rule_id, printed in CIS_PATTERNS.items()
                  if any(version.startswith("v5.0.0") for versions in printed for version in versions)) == CWL_RULES


@pytest.mark.parametrize("rule_id, versions, pattern", CIS_CASES,
                         ids=[f"{rule_id}-{'/'.join(versions)}" for rule_id, versions, _ in CIS_CASES])
def test_each_rule_accepts_the_pattern_cis_prints_in_its_audit_procedure(rule_id, versions, pattern):
    assert pattern_gaps(pattern, REQUIREMENTS[rule_id]) == []


def test_security_group_changes_need_modify_security_group_rules_as_cis_v5_asks():
    # v3.0.0 and v4.0.1 print six events; v5.0.0 adds ModifySecurityGroupRules. The newest version decides.
    older = CIS_PATTERNS["CWL-004"][("v5.0.0",)].replace(" || ($.eventName = ModifySecurityGroupRules)", "")
    assert pattern_gaps(older, REQUIREMENTS["CWL-004"]) == ["misses ModifySecurityGroupRules"]


def test_unauthorized_calls_reject_the_v3_pattern_that_joins_every_term_with_or():
    # v3.0.0 printed || where v4.0.1 and v5.0.0 print &&: that filter counts every call but HeadBucket, so it is
    # no alarm on refused calls. The newest versions decide.
    v3 = ('{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") || '
          '($.sourceIPAddress != "delivery.logs.amazonaws.com") || ($.eventName != "HeadBucket") }')
    assert pattern_gaps(v3, REQUIREMENTS["CWL-002"]) == ["also catches a successful call",
                                                         "also catches a throttling error"]


def test_iam_policy_changes_accept_the_cis_4_4_pattern_without_set_default_policy_version():
    # CIS 4.4 (v3.0.0, v4.0.1, v5.0.0) names 16 events and no event source; SetDefaultPolicyVersion is not one.
    cis = ("{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||"
           "($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||"
           "($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||"
           "($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||"
           "($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||"
           "($.eventName=DetachGroupPolicy)}")
    assert pattern_gaps(cis, REQUIREMENTS["CWL-010"]) == []


def prod():
    return boto3.Session(profile_name="prod")


def audit(run_audit, *rule_ids):
    return run_audit("--aws-profile=prod", *(f"--rule={rule_id}" for rule_id in rule_ids))


@pytest.mark.parametrize("rule_id", CWL_RULES)
def test_each_alarm_rule_passes_with_its_filter_alarm_and_subscribed_topic(aws, run_audit, rule_id):
    monitored_trail(prod(), "audit", rule_ids=(rule_id,))
    finding = audit(run_audit, rule_id).only(rule_id)
    assert (finding["status"], finding["resource"]) == ("PASS", f"arn:aws:cloudtrail::{PROD_ACCOUNT}:trail/*")


@pytest.mark.parametrize("rule_id", CWL_RULES)
def test_each_alarm_rule_fails_when_only_the_other_fourteen_filters_exist(aws, run_audit, rule_id):
    monitored_trail(prod(), "audit", rule_ids=[other for other in CWL_RULES if other != rule_id])
    finding = audit(run_audit, rule_id).only(rule_id)
    requirement = REQUIREMENTS[rule_id]
    assert finding["status"] == "FAIL"
    assert finding["message"].startswith(
        f"account {PROD_ACCOUNT}: no metric filter on log group audit-cloudtrail matches {requirement.watches} "
        f"(CIS {requirement.control}) (filters seen: ")


def test_alarm_rules_and_ct_001_accept_a_multi_region_trail_homed_in_another_region(aws, run_audit):
    monitored_trail(prod(), "central", region="eu-west-1")  # its log group, alarms and topic are in eu-west-1 too
    for regions in ("us-east-1", "us-east-1,eu-west-1"):
        run = run_audit("--aws-profile=prod", f"--aws-regions={regions}", "--rule=CT-001", "--rule=CT-005",
                        *(f"--rule={rule_id}" for rule_id in CWL_RULES))
        assert {(f["rule_id"], f["status"]) for f in run.findings} == {
            (rule_id, "PASS") for rule_id in ("CT-001", "CT-005", *CWL_RULES)}


def test_cwl_010_passes_an_account_with_exactly_the_cis_4_4_filter(aws, run_audit):
    session = prod()
    monitored_trail(session, "audit", rule_ids=())
    cis_alarm(session, "audit-cloudtrail", "CWL-010", subscribed_topic(session, "alarms"), pattern=(
        "{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||"
        "($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||"
        "($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||"
        "($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||"
        "($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||"
        "($.eventName=DetachGroupPolicy)}"))
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["resource"]) == ("PASS", f"arn:aws:cloudtrail::{PROD_ACCOUNT}:trail/*")


def test_alarm_rules_fail_without_a_trail(aws, run_audit):
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no CloudTrail trail, so nothing can alarm on {CWL_010}")


def test_alarm_rules_fail_when_no_trail_is_multi_region_logging_all_management_events(aws, run_audit):
    session = prod()
    trail_bucket(session, "trail-logs")
    group = log_group_arn(session, "trail-events")
    create_trail(session, "local", "trail-logs", multi_region=False, CloudWatchLogsLogGroupArn=group)
    create_trail(session, "stopped", "trail-logs", logging=False, CloudWatchLogsLogGroupArn=group)
    create_trail(session, "writes", "trail-logs", selectors=[{"ReadWriteType": "WriteOnly"}],
                 CloudWatchLogsLogGroupArn=group)
    cis_alarm(session, "trail-events", "CWL-010", subscribed_topic(session, "alarms"))
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no multi-region trail logging all management events, so nothing can "
                f"alarm on {CWL_010}: trail local is single-region; trail stopped is not logging; "
                "trail writes is recording write management events")


def test_alarm_rules_pass_when_the_trail_leaves_kms_and_rds_data_events_out(aws, run_audit):
    # CIS 4.x step 1 asks for a selector with IncludeManagementEvents true and ReadWriteType All, nothing more.
    session = prod()
    trail_bucket(session, "trail-logs")
    create_trail(session, "audit", "trail-logs", CloudWatchLogsLogGroupArn=log_group_arn(session, "trail-events"),
                 selectors=[{"ReadWriteType": "All", "IncludeManagementEvents": True,
                             "ExcludeManagementEventSources": ["kms.amazonaws.com", "rdsdata.amazonaws.com"]}])
    cis_alarm(session, "trail-events", "CWL-010", subscribed_topic(session, "alarms"))
    assert audit(run_audit, "CWL-010").only("CWL-010")["status"] == "PASS"


def test_alarm_rules_fail_when_the_trail_sends_nothing_to_cloudwatch_logs(aws, run_audit):
    trail_bucket(prod(), "trail-logs")
    create_trail(prod(), "audit", "trail-logs")
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no multi-region trail logging all management events that sends them "
                f"to CloudWatch Logs, so nothing can alarm on {CWL_010}")


def test_alarm_rules_fail_when_the_log_group_is_gone(aws, run_audit, monkeypatch):
    monitored_trail(prod(), "audit", rule_ids=("CWL-010",))
    # moto keeps a deleted group's metric filters; AWS answers ResourceNotFoundException, stubbed here.
    stub(monkeypatch, "logs:DescribeMetricFilters", {"Error": {
        "Code": "ResourceNotFoundException", "Message": "The specified log group does not exist."}}, status=400)
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT}: the CloudWatch Logs group of its trails does not exist: "
                "audit-cloudtrail (us-east-1, trail audit)")


def test_alarm_rules_fail_when_the_filter_has_no_alarm(aws, run_audit):
    session = prod()
    monitored_trail(session, "audit", rule_ids=())
    cis_alarm(session, "audit-cloudtrail", "CWL-010", None, alarm=False)
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no working alarm for {CWL_010}: metric filter cis-cwl-010 on "
                "audit-cloudtrail has no alarm on its metric CISBenchmark/cis-cwl-010")


def test_alarm_rules_fail_when_the_alarm_notifies_no_subscriber(aws, run_audit):
    session = prod()
    monitored_trail(session, "audit", rule_ids=())
    empty = subscribed_topic(session, "nobody-listens", subscribers=0)
    cis_alarm(session, "audit-cloudtrail", "CWL-010", empty)
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no working alarm for {CWL_010}: alarm cis-cwl-010 on metric filter "
                f"cis-cwl-010 notifies no SNS topic with a subscriber ({empty} has no confirmed subscription)")


def test_alarm_rules_pass_when_the_alarm_actions_are_disabled(aws, run_audit):
    # CIS 4.x reads the alarm's AlarmActions and the topic's subscriptions; it does not look at ActionsEnabled.
    session = prod()
    monitored_trail(session, "audit", rule_ids=("CWL-010",))
    session.client("cloudwatch").disable_alarm_actions(AlarmNames=["cis-cwl-010"])
    assert audit(run_audit, "CWL-010").only("CWL-010")["status"] == "PASS"


def test_alarm_rules_count_only_subscriptions_with_an_arn(aws, run_audit, monkeypatch):
    # CIS: "at least one subscription should have SubscriptionArn with a valid AWS ARN"; a pending one has none.
    session = prod()
    monitored_trail(session, "audit", rule_ids=())
    topic = subscribed_topic(session, "pending")
    cis_alarm(session, "audit-cloudtrail", "CWL-010", topic)
    stub(monkeypatch, "sns:ListSubscriptionsByTopic", {"Subscriptions": [
        {"SubscriptionArn": "PendingConfirmation", "TopicArn": topic, "Protocol": "email",
         "Endpoint": "security@example.com", "Owner": PROD_ACCOUNT}]})
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert (finding["status"], finding["message"]) == (
        "FAIL", f"account {PROD_ACCOUNT} has no working alarm for {CWL_010}: alarm cis-cwl-010 on metric filter "
                f"cis-cwl-010 notifies no SNS topic with a subscriber ({topic} has no confirmed subscription)")


def test_alarm_rules_fail_when_the_alarm_has_no_action(aws, run_audit):
    session = prod()
    monitored_trail(session, "audit", rule_ids=())
    cis_alarm(session, "audit-cloudtrail", "CWL-010", None)
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert finding["message"].endswith("notifies no SNS topic with a subscriber (no SNS action)")


@pytest.mark.parametrize("action", [
    "logs:DescribeMetricFilters", "cloudwatch:DescribeAlarms", "sns:ListSubscriptionsByTopic",
    "cloudtrail:DescribeTrails",
])
def test_alarm_rules_are_errors_naming_the_denied_read(aws, run_audit, monkeypatch, action):
    monitored_trail(prod(), "audit", rule_ids=("CWL-010",))
    deny(monkeypatch, action)
    finding = audit(run_audit, "CWL-010").only("CWL-010")
    assert finding["status"] == "ERROR"
    assert f"{action} was denied" in finding["message"]
