"""Classic (ELB-008, ELB.2, ELB-009, ELB-003, ELB-002, ELB.10, ELB.14) and Application, Network and Gateway Load
Balancer rules (ELBv2-011, ELB.4, ELBv2-002, ELBv2-001, ELB.12, ELB.13, ELB.16) on moto.

moto answers every read these rules make. Where it differs from AWS, the seeding works around it and the readers
keep AWS's meaning: a Classic Load Balancer created with Subnets reports no AvailabilityZones (so it is created
with AvailabilityZones); an ELBv2 load balancer's attributes leave out access_logs.s3.enabled,
routing.http.drop_invalid_header_fields.enabled and routing.http.desync_mitigation_mode until they are set, and a
Classic one's leave out the desync mode, where AWS answers with its defaults (off, off, defensive): the readers
take the first two as off and report the unnamed desync mode as ERROR (ELB.12, ELB.14 never pass on it); a redirect
without a Protocol comes back without one, where AWS answers #{protocol}; Network and Gateway Load Balancer ARNs
read loadbalancer/app/ (AWS: net/, gwy/). Without MOTO_EC2_LOAD_DEFAULT_AMIS=false moto invents about 1,300
snapshots per region on first use of EC2 (the subnets), which is slow.
"""

import boto3
import pytest

from fixtures.offline import deny
from fixtures.scenarios.load_balancers import (
    acm_certificate, add_listener, alb_attributes, create_classic, create_v2, forward_to, iam_server_certificate,
    protect_with_waf, redirect_to, set_classic_attributes, target_group,
)
from tests.conftest import PROD_ACCOUNT, audit_in_process

CLASSIC_RULES = ("ELB-008", "ELB.2", "ELB-009", "ELB-003", "ELB-002", "ELB.10", "ELB.14")
V2_RULES = ("ELBv2-011", "ELB.4", "ELBv2-002", "ELBv2-001", "ELB.12", "ELB.13", "ELB.16")
EAST = "us-east-1"
AUDIT = ("--aws-profile=prod", *(f"--rule={rule}" for rule in (*CLASSIC_RULES, *V2_RULES)))
CLASSIC = ("clb-good", "clb-bad", "clb-plain", "clb-idle")
APPLICATION = ("alb-good", "alb-bad", "alb-https-only")


def classic_arn(name: str) -> str:
    return f"arn:aws:elasticloadbalancing:{EAST}:{PROD_ACCOUNT}:loadbalancer/{name}"


def audit(directory, *args: str) -> dict:
    """The findings document of one audit run (read at once: the next run writes the same file)."""
    return audit_in_process(directory, *AUDIT, *args).document


def verdicts(document: dict, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"] if f["rule_id"] == rule_id}


def refused(action: str) -> str:
    permission = f"elasticloadbalancing:{action.split(':')[1]}" if action.startswith("elb") else action
    return (f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {permission} to the "
            "auditing principal")


@pytest.fixture(scope="module")
def no_default_amis():
    """For every region moto sets up during this module's runs, not only those seeded."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        yield


@pytest.fixture(scope="module")
def account(no_default_amis, seeded_aws):
    """us-east-1 of the prod account: load balancers of every kind for every verdict; ARNs by name."""
    session = boto3.Session(profile_name="prod")
    acm = acm_certificate(session, EAST, "shop.example.com")
    elb = session.client("elb", region_name=EAST)
    create_classic(elb, "clb-good", ("us-east-1a", "us-east-1b"), (("HTTPS", 443, acm), ("SSL", 8443, acm)))
    set_classic_attributes(elb, "clb-good", access_log=True, draining=True, cross_zone=True, desync="strictest")
    create_classic(elb, "clb-bad", ("us-east-1a",), (
        ("HTTP", 80, ""), ("HTTPS", 443, iam_server_certificate(PROD_ACCOUNT, "shop-2019")), ("TCP", 2222, "")))
    set_classic_attributes(elb, "clb-bad", access_log=False, draining=False, cross_zone=False, desync="monitor")
    create_classic(elb, "clb-plain", ("us-east-1a", "us-east-1b", "us-east-1c"), (("HTTP", 80, ""),))
    set_classic_attributes(elb, "clb-plain", access_log=True, draining=False, cross_zone=True)
    create_classic(elb, "clb-idle", ("us-east-1a", "us-east-1b"), (("HTTP", 80, ""),))
    elb.delete_load_balancer_listeners(LoadBalancerName="clb-idle", LoadBalancerPorts=[80])

    arns = {name: classic_arn(name) for name in CLASSIC}
    arns["alb-good"] = create_v2(session, EAST, "alb-good", "application", ("us-east-1a", "us-east-1b"),
                                 alb_attributes(deletion_protection=True, access_logs=True, drop_invalid=True))
    arns["alb-bad"] = create_v2(session, EAST, "alb-bad", "application", ("us-east-1a",),
                                alb_attributes(desync="monitor"))
    arns["alb-https-only"] = create_v2(session, EAST, "alb-https-only", "application",
                                       ("us-east-1a", "us-east-1b", "us-east-1c"),
                                       alb_attributes(deletion_protection=True, drop_invalid=True, desync="strictest"))
    arns["nlb-edge"] = create_v2(session, EAST, "nlb-edge", "network", ("us-east-1a",))
    arns["gwlb-inspect"] = create_v2(session, EAST, "gwlb-inspect", "gateway", ("us-east-1a", "us-east-1b"),
                                     {"deletion_protection.enabled": "true"})
    web = forward_to(target_group(session, EAST, "web"))
    add_listener(session, EAST, arns["alb-good"], "HTTP", 80, redirect_to("HTTPS"))
    add_listener(session, EAST, arns["alb-good"], "HTTPS", 443, web, certificate=acm)
    add_listener(session, EAST, arns["alb-bad"], "HTTP", 80, web)
    add_listener(session, EAST, arns["alb-bad"], "HTTP", 8080, redirect_to(None))
    add_listener(session, EAST, arns["alb-https-only"], "HTTPS", 443, web, certificate=acm)
    protect_with_waf(session, EAST, arns["alb-good"], "shop-protection")
    return seeded_aws, arns


@pytest.fixture(scope="module")
def audited(account) -> dict:
    directory, _ = account
    return audit(directory, f"--aws-regions={EAST}")


def test_each_listing_is_one_request_and_each_load_balancer_one_read_per_detail(audited):
    requests = audited["stats"]["requests"]
    assert {action: requests.get(action, 0) for action in (
        "elb:DescribeLoadBalancers", "elb:DescribeLoadBalancerAttributes", "elbv2:DescribeLoadBalancers",
        "elbv2:DescribeLoadBalancerAttributes", "elbv2:DescribeListeners", "wafv2:GetWebACLForResource")} == {
        "elb:DescribeLoadBalancers": 1, "elb:DescribeLoadBalancerAttributes": 4, "elbv2:DescribeLoadBalancers": 1,
        "elbv2:DescribeLoadBalancerAttributes": 5, "elbv2:DescribeListeners": 3, "wafv2:GetWebACLForResource": 3}


def test_elb_008_fails_classic_load_balancers_with_a_listener_on_plain_http_or_tcp(account, audited):
    _, arns = account
    passed = "Every listener of the Classic Load Balancer terminates HTTPS or TLS (SSL)."
    plain = "in us-east-1 has listeners that do not terminate HTTPS or TLS"
    assert verdicts(audited, "ELB-008") == {
        arns["clb-good"]: ("PASS", passed),
        arns["clb-bad"]: ("FAIL", f"Classic Load Balancer clb-bad {plain}: HTTP:80, TCP:2222"),
        arns["clb-plain"]: ("FAIL", f"Classic Load Balancer clb-plain {plain}: HTTP:80"),
    }


def test_elb_2_fails_tls_listeners_with_an_iam_server_certificate_and_leaves_out_those_without_tls(account,
                                                                                                  audited):
    _, arns = account
    assert verdicts(audited, "ELB.2") == {
        arns["clb-good"]: ("PASS", "Every HTTPS or SSL listener of the Classic Load Balancer uses a certificate "
                                   "from AWS Certificate Manager."),
        arns["clb-bad"]: ("FAIL", "Classic Load Balancer clb-bad in us-east-1 has HTTPS or SSL listeners whose "
                                  "certificate is not from AWS Certificate Manager: HTTPS:443 "
                                  f"(arn:aws:iam::{PROD_ACCOUNT}:server-certificate/shop-2019)"),
    }


def test_classic_attribute_rules_pass_only_load_balancers_with_the_attribute_on(account, audited):
    _, arns = account
    for rule, passed, off, on in (
        ("ELB-009", "The Classic Load Balancer delivers access logs to Amazon S3.",
         "does not have access logs enabled", ("clb-good", "clb-plain")),
        ("ELB-003", "The Classic Load Balancer has connection draining enabled.",
         "does not have connection draining enabled", ("clb-good",)),
        ("ELB-002", "The Classic Load Balancer has cross-zone load balancing enabled.",
         "does not have cross-zone load balancing enabled", ("clb-good", "clb-plain")),
    ):
        assert verdicts(audited, rule) == {
            arns[name]: ("PASS", passed) if name in on else
            ("FAIL", f"Classic Load Balancer {name} in us-east-1 {off}") for name in CLASSIC}, rule


def test_elb_14_fails_monitor_mode_and_reports_an_unnamed_mode_as_an_error(account, audited):
    _, arns = account
    passed = "The Classic Load Balancer uses the defensive or strictest desync mitigation mode."
    assert verdicts(audited, "ELB.14") == {
        arns["clb-good"]: ("PASS", passed),
        arns["clb-bad"]: ("FAIL", "Classic Load Balancer clb-bad in us-east-1 uses desync mitigation mode monitor, "
                                  "not defensive or strictest"),
        arns["clb-plain"]: ("PASS", passed),
        arns["clb-idle"]: ("ERROR", "could not evaluate: elb:DescribeLoadBalancerAttributes failed in us-east-1: "
                                    "the answer for clb-idle names no elb.http.desyncmitigationmode"),
    }


def test_elb_10_fails_classic_load_balancers_in_fewer_than_two_zones(account, audited):
    _, arns = account
    passed = "The Classic Load Balancer is enabled in at least the required number of Availability Zones."
    assert verdicts(audited, "ELB.10") == {
        arns["clb-good"]: ("PASS", passed),
        arns["clb-bad"]: ("FAIL", "Classic Load Balancer clb-bad in us-east-1 spans 1 Availability Zone(s) "
                                  "(us-east-1a), fewer than the 2 required"),
        arns["clb-plain"]: ("PASS", passed),
        arns["clb-idle"]: ("PASS", passed),
    }


def test_elbv2_011_fails_http_listeners_that_forward_or_redirect_without_switching_to_https(account, audited):
    _, arns = account
    passed = "Every HTTP listener of the Application Load Balancer redirects requests to HTTPS (or it has none)."
    assert verdicts(audited, "ELBv2-011") == {
        arns["alb-good"]: ("PASS", passed),
        arns["alb-bad"]: ("FAIL", "Application Load Balancer alb-bad in us-east-1 has HTTP listeners that do not "
                                  "redirect to HTTPS: HTTP:80 (forward), HTTP:8080 (redirect to #{protocol})"),
        arns["alb-https-only"]: ("PASS", passed),
    }


def test_elb_4_fails_application_load_balancers_that_pass_invalid_headers_on(account, audited):
    _, arns = account
    assert verdicts(audited, "ELB.4") == {
        arns["alb-good"]: ("PASS", "The Application Load Balancer removes HTTP header fields whose names are not "
                                   "valid."),
        arns["alb-bad"]: ("FAIL", "Application Load Balancer alb-bad in us-east-1 does not drop invalid HTTP header "
                                  "fields (routing.http.drop_invalid_header_fields.enabled is false)"),
        arns["alb-https-only"]: ("PASS", "The Application Load Balancer removes HTTP header fields whose names are "
                                         "not valid."),
    }


def test_elbv2_002_fails_application_load_balancers_without_access_logs(account, audited):
    _, arns = account
    off = "in us-east-1 does not have access logs enabled"
    assert verdicts(audited, "ELBv2-002") == {
        arns["alb-good"]: ("PASS", "The Application Load Balancer delivers access logs to Amazon S3."),
        arns["alb-bad"]: ("FAIL", f"Application Load Balancer alb-bad {off}"),
        arns["alb-https-only"]: ("FAIL", f"Application Load Balancer alb-https-only {off}"),
    }


def test_elbv2_001_judges_deletion_protection_of_every_kind(account, audited):
    _, arns = account
    passed = "The load balancer has deletion protection enabled."
    off = "in us-east-1 does not have deletion protection enabled"
    assert verdicts(audited, "ELBv2-001") == {
        arns["alb-good"]: ("PASS", passed),
        arns["alb-bad"]: ("FAIL", f"Application Load Balancer alb-bad {off}"),
        arns["alb-https-only"]: ("PASS", passed),
        arns["nlb-edge"]: ("FAIL", f"Network Load Balancer nlb-edge {off}"),
        arns["gwlb-inspect"]: ("PASS", passed),
    }


def test_elb_12_fails_monitor_mode_and_reports_an_unnamed_mode_as_an_error(account, audited):
    _, arns = account
    passed = "The Application Load Balancer uses the defensive or strictest desync mitigation mode."
    assert verdicts(audited, "ELB.12") == {
        arns["alb-good"]: ("ERROR", "could not evaluate: elbv2:DescribeLoadBalancerAttributes failed in us-east-1: "
                                    "the answer for alb-good names no routing.http.desync_mitigation_mode"),
        arns["alb-bad"]: ("FAIL", "Application Load Balancer alb-bad in us-east-1 uses desync mitigation mode "
                                  "monitor, not defensive or strictest"),
        arns["alb-https-only"]: ("PASS", passed),
    }


def test_elb_13_fails_load_balancers_of_any_kind_in_fewer_than_two_zones(account, audited):
    _, arns = account
    passed = "The load balancer is enabled in at least the required number of Availability Zones."
    one = "in us-east-1 spans 1 Availability Zone(s) (us-east-1a), fewer than the 2 required"
    assert verdicts(audited, "ELB.13") == {
        arns["alb-good"]: ("PASS", passed),
        arns["alb-bad"]: ("FAIL", f"Application Load Balancer alb-bad {one}"),
        arns["alb-https-only"]: ("PASS", passed),
        arns["nlb-edge"]: ("FAIL", f"Network Load Balancer nlb-edge {one}"),
        arns["gwlb-inspect"]: ("PASS", passed),
    }


def test_elb_16_fails_application_load_balancers_without_a_waf_web_acl(account, audited):
    _, arns = account
    unprotected = "in us-east-1 is not associated with an AWS WAF web ACL"
    assert verdicts(audited, "ELB.16") == {
        arns["alb-good"]: ("PASS", "The Application Load Balancer is associated with an AWS WAF web ACL."),
        arns["alb-bad"]: ("FAIL", f"Application Load Balancer alb-bad {unprotected}"),
        arns["alb-https-only"]: ("FAIL", f"Application Load Balancer alb-https-only {unprotected}"),
    }


def test_the_rules_are_errors_naming_the_permission_when_the_listings_are_denied(account, monkeypatch):
    directory, _ = account
    deny(monkeypatch, "elb:DescribeLoadBalancers", "elbv2:DescribeLoadBalancers")
    document = audit(directory, f"--aws-regions={EAST}")
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        *((rule, "ERROR", refused("elb:DescribeLoadBalancers")) for rule in CLASSIC_RULES),
        *((rule, "ERROR", refused("elbv2:DescribeLoadBalancers")) for rule in V2_RULES),
    }


def test_refused_per_load_balancer_reads_make_only_their_cases_errors_and_thresholds_are_settings(account,
                                                                                                 monkeypatch):
    directory, arns = account
    deny(monkeypatch, "elb:DescribeLoadBalancerAttributes", "elbv2:DescribeLoadBalancerAttributes",
         "elbv2:DescribeListeners", "wafv2:GetWebACLForResource")
    document = audit(directory, f"--aws-regions={EAST}", "-o", "audit_elb_min_availability_zones=3",
                     "-o", "audit_elbv2_min_availability_zones=3")
    for rule in ("ELB-009", "ELB-003", "ELB-002", "ELB.14"):
        assert verdicts(document, rule) == {
            arns[name]: ("ERROR", refused("elb:DescribeLoadBalancerAttributes")) for name in CLASSIC}, rule
    for rule in ("ELB.4", "ELBv2-002", "ELB.12"):
        assert verdicts(document, rule) == {
            arns[name]: ("ERROR", refused("elbv2:DescribeLoadBalancerAttributes")) for name in APPLICATION}, rule
    assert set(verdicts(document, "ELBv2-001").values()) == {("ERROR", refused("elbv2:DescribeLoadBalancerAttributes"))}
    assert verdicts(document, "ELBv2-011") == {
        arns[name]: ("ERROR", refused("elbv2:DescribeListeners")) for name in APPLICATION}
    assert verdicts(document, "ELB.16") == {
        arns[name]: ("ERROR", refused("wafv2:GetWebACLForResource")) for name in APPLICATION}
    assert {status for status, _ in verdicts(document, "ELB-008").values()} == {"PASS", "FAIL"}

    two = "spans 2 Availability Zone(s) (us-east-1a, us-east-1b), fewer than the 3 required"
    classic_zones = "The Classic Load Balancer is enabled in at least the required number of Availability Zones."
    assert verdicts(document, "ELB.10") == {
        arns["clb-good"]: ("FAIL", f"Classic Load Balancer clb-good in us-east-1 {two}"),
        arns["clb-bad"]: ("FAIL", "Classic Load Balancer clb-bad in us-east-1 spans 1 Availability Zone(s) "
                                  "(us-east-1a), fewer than the 3 required"),
        arns["clb-plain"]: ("PASS", classic_zones),
        arns["clb-idle"]: ("FAIL", f"Classic Load Balancer clb-idle in us-east-1 {two}"),
    }
    assert {resource for resource, (status, _) in verdicts(document, "ELB.13").items() if status == "PASS"} == {
        arns["alb-https-only"]}


def test_the_rules_are_not_applicable_in_a_region_without_load_balancers(account):
    directory, _ = account
    document = audit(directory, "--aws-regions=eu-west-1")
    labels = {"ELB-008": "Classic Load Balancers with listeners",
              "ELB.2": "Classic Load Balancers with HTTPS or SSL listeners",
              **dict.fromkeys(("ELB-009", "ELB-003", "ELB-002", "ELB.10", "ELB.14"), "Classic Load Balancers"),
              **dict.fromkeys(("ELBv2-011", "ELB.4", "ELBv2-002", "ELB.12", "ELB.16"), "Application Load Balancers"),
              **dict.fromkeys(("ELBv2-001", "ELB.13"), "Application, Network or Gateway Load Balancers")}
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        (rule, "SKIP", f"not applicable: no {label} in eu-west-1") for rule, label in labels.items()}
