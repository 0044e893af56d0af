"""CloudFront (CloudFront.1, 4, 7, 8, 12, 13, CF-002, CF-003, CF-004, CF-005, CF-007), Route53.2 and WAF.10-12 on moto.

One prod account is seeded once with four distributions, three hosted zones, four web ACLs and four rule groups
covering every verdict, and audited in four runs: seeded, listings refused, per-resource reads refused, and an
empty account. moto gaps, answered as AWS does (see fixtures/scenarios/edge.py): CloudFront's stored distributions
get back the S3 origin settings and certificate moto drops; route53:ListQueryLoggingConfigs, which moto cannot
answer per zone, is stubbed per zone; one web ACL's wafv2:GetWebACL is stubbed with the Firewall Manager rule
groups moto cannot create.
"""

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.scenarios.edge import (
    CERTIFICATE, behavior, block_countries_rule, create_distribution, create_origin_access_control,
    create_public_zone, create_rule_group, create_web_acl, custom_origin, distribution_config, enable_logging,
    query_logging_answer, s3_origin, visibility,
)
from fixtures.scenarios.storage import create_bucket
from tests.conftest import PROD_ACCOUNT, audit_in_process

CLOUDFRONT_RULES = ("CloudFront.1", "CF-007", "CloudFront.4", "CF-005", "CF-004", "CloudFront.7", "CloudFront.8",
                    "CF-003", "CF-002", "CloudFront.12", "CloudFront.13")
RULES = (*CLOUDFRONT_RULES, "Route53.2", "WAF.10", "WAF.11", "WAF.12")
EAST = "us-east-1"
AUDIT = (f"--aws-regions={EAST}", *(f"--rule={rule}" for rule in RULES))
LEGACY_IDENTITY = "origin-access-identity/cloudfront/E2QWRUHAPOMQZL"
CLASSIC_WEB_ACL = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"


def audit(directory, *args: str, profile: str = "prod") -> dict:
    """The findings document of one audit run (read at once: the next run writes the same file)."""
    return audit_in_process(directory, f"--aws-profile={profile}", *AUDIT, *args).document


def verdicts(document: dict, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"] if f["rule_id"] == rule_id}


def refused(action: str, permission: str, region: str = "") -> str:
    where = f" in {region}" if region else ""
    return (f"could not evaluate: {action} was denied{where} (AccessDenied): grant {permission} to the auditing "
            "principal")


def seed_distributions(session) -> dict:
    """Four distributions, by name: open (everything wrong), locked (everything right), legacy (a dedicated-IP
    certificate, an origin access identity, match-viewer origins) and media (S3 only, eu-west-1 bucket)."""
    create_bucket(session.client("s3", region_name=EAST), "acme-locked-assets")
    create_bucket(session.client("s3", region_name=EAST), "static.legacy-assets")
    create_bucket(session.client("s3", region_name="eu-west-1"), "acme-media", "eu-west-1")
    cloudfront = session.client("cloudfront", region_name=EAST)
    access_control = create_origin_access_control(cloudfront, "assets")
    edge_acl = create_web_acl(session.client("wafv2", region_name=EAST), "edge", "CLOUDFRONT",
                              [block_countries_rule("edge-geo")])
    certificate = CERTIFICATE.format(account=PROD_ACCOUNT)
    return {
        # An S3 origin naming a bucket that is gone, next to a bucket's website endpoint (a custom origin).
        "open": create_distribution(cloudfront, distribution_config(
            "open",
            [s3_origin("assets", "acme-gone-assets.s3.amazonaws.com"),
             custom_origin("site", "acme-site.s3-website-us-east-1.amazonaws.com", "http-only", ("SSLv3", "TLSv1.2"))],
            [behavior("assets", "allow-all"), behavior("site", "allow-all", "/site/*")])),
        "locked": create_distribution(cloudfront, distribution_config(
            "locked",
            [s3_origin("assets", "acme-locked-assets.s3.us-east-1.amazonaws.com", access_control=access_control),
             custom_origin("app", "app-origin.example.com", "https-only")],
            [behavior("assets", "redirect-to-https"), behavior("app", "https-only", "/app/*")],
            failover=("assets", "app"), root_object="index.html", log_bucket="acme-logs", certificate=certificate,
            alias="locked.example.com", web_acl=edge_acl["ARN"])),
        # app is reached over HTTP by /app/*; api by /api/* (redirected) and, through the origin group, /mirror/*.
        "legacy": create_distribution(cloudfront, distribution_config(
            "legacy",
            [s3_origin("static", "static.legacy-assets.s3.us-east-1.amazonaws.com", access_identity=LEGACY_IDENTITY),
             custom_origin("app", "app.legacy.example.com", "match-viewer"),
             custom_origin("api", "api.legacy.example.com", "match-viewer")],
            [behavior("static", "redirect-to-https"), behavior("app", "allow-all", "/app/*"),
             behavior("api", "redirect-to-https", "/api/*"), behavior("legacy-failover", "allow-all", "/mirror/*")],
            failover=("api", "static"), root_object="index.html", log_bucket="acme-logs", certificate=certificate,
            sni=False, alias="legacy.example.com", web_acl=CLASSIC_WEB_ACL)),
        "media": create_distribution(cloudfront, distribution_config(
            "media", [s3_origin("media", "acme-media.s3.eu-west-1.amazonaws.com", access_control=access_control)],
            [behavior("media", "redirect-to-https")])),
    }


def seed_waf(session) -> dict:
    """Web ACLs and rule groups in us-east-1 (regional and CloudFront scope), by name: their summaries."""
    wafv2 = session.client("wafv2", region_name=EAST)
    acls = {name: create_web_acl(wafv2, name, scope, rules) for name, scope, rules in (
        ("guarded", "REGIONAL", [block_countries_rule("guarded-geo")]),
        ("empty", "REGIONAL", []),
        ("fms", "REGIONAL", []),
    )}
    acls["edge"] = next(acl for acl in wafv2.list_web_acls(Scope="CLOUDFRONT")["WebACLs"] if acl["Name"] == "edge")
    for name in ("guarded", "fms"):
        enable_logging(wafv2, acls[name], EAST)
    groups = {name: create_rule_group(wafv2, name, scope, rules, metrics) for name, scope, rules, metrics in (
        ("metered", "REGIONAL", [block_countries_rule("metered-geo")], True),
        ("dark", "REGIONAL", [block_countries_rule("dark-rule", metrics=False),
                              block_countries_rule("lit-rule", priority=2)], False),
        ("empty-group", "REGIONAL", [], True),
        ("edge-rules", "CLOUDFRONT", [block_countries_rule("edge-dark", metrics=False)], True),
    )}
    return {**acls, **groups}


@pytest.fixture(scope="module")
def account(seeded_aws):
    """The prod account's distributions, hosted zones (IDs), web ACLs and rule groups, by name."""
    session = boto3.Session(profile_name="prod")
    route53 = session.client("route53")
    zones = {name: create_public_zone(route53, name) for name in ("logged.example", "silent.example")}
    vpc = session.client("ec2", region_name=EAST).describe_vpcs()["Vpcs"][0]["VpcId"]
    route53.create_hosted_zone(Name="internal.example", CallerReference="internal.example",
                               HostedZoneConfig={"PrivateZone": True}, VPC={"VPCRegion": EAST, "VPCId": vpc})
    return seeded_aws, {**seed_distributions(session), **zones, **seed_waf(session)}


def zone_request(zone_id: str):
    """A stub ``when``: only ListQueryLoggingConfigs requests about this zone."""
    return lambda request: request.get("query_string", {}).get("hostedzoneid") == zone_id


def web_acl_request(acl_id: str):
    """A stub ``when``: only GetWebACL requests about this web ACL (its Id is in the JSON body)."""
    return lambda request: acl_id.encode() in request.get("body", b"")


def firewall_manager_web_acl(acl: dict) -> dict:
    """What wafv2:GetWebACL answers for a web ACL AWS Firewall Manager manages: no rules of its own, a rule group
    Firewall Manager runs first."""
    return {"LockToken": "0d2e5a4c-fms", "WebACL": {
        "Name": acl["Name"], "Id": acl["Id"], "ARN": acl["ARN"], "DefaultAction": {"Allow": {}}, "Rules": [],
        "VisibilityConfig": visibility(acl["Name"]), "ManagedByFirewallManager": True,
        "PreProcessFirewallManagerRuleGroups": [{
            "Name": "PREFMManagedWebACLV2-baseline", "Priority": 0, "OverrideAction": {"None": {}},
            "FirewallManagerStatement": {"ManagedRuleGroupStatement": {
                "VendorName": "AWS", "Name": "AWSManagedRulesCommonRuleSet"}},
            "VisibilityConfig": visibility("baseline")}]}}


@pytest.fixture(scope="module")
def audited(account) -> dict:
    directory, ids = account
    with pytest.MonkeyPatch.context() as monkeypatch:
        log_group = f"arn:aws:logs:{EAST}:{PROD_ACCOUNT}:log-group:/aws/route53/logged.example"
        stub(monkeypatch, "route53:ListQueryLoggingConfigs", query_logging_answer(ids["logged.example"], log_group),
             when=zone_request(ids["logged.example"]))
        stub(monkeypatch, "route53:ListQueryLoggingConfigs", query_logging_answer(),
             when=zone_request(ids["silent.example"]))
        stub(monkeypatch, "wafv2:GetWebACL", firewall_manager_web_acl(ids["fms"]), when=web_acl_request(ids["fms"]["Id"]))
        return audit(directory)


def name(ids: dict, key: str) -> str:
    """A distribution as messages name it: its ID and alternate domain name, else its cloudfront.net name."""
    aliases = {"locked": "locked.example.com", "legacy": "legacy.example.com"}
    return f"{ids[key]['Id']} ({aliases.get(key, ids[key]['DomainName'])})"


def arn(ids: dict, key: str) -> str:
    return ids[key]["ARN"]


def test_each_listing_is_one_request_and_each_resource_one_more(audited):
    requests = audited["stats"]["requests"]
    assert {action: requests.get(action, 0) for action in (
        "cloudfront:ListDistributions", "cloudfront:GetDistributionConfig", "s3:ListBuckets",
        "route53:ListHostedZones", "route53:ListQueryLoggingConfigs", "wafv2:ListWebACLs", "wafv2:GetWebACL",
        "wafv2:GetLoggingConfiguration", "wafv2:ListRuleGroups", "wafv2:GetRuleGroup")} == {
        "cloudfront:ListDistributions": 1, "cloudfront:GetDistributionConfig": 4, "s3:ListBuckets": 1,
        "route53:ListHostedZones": 1, "route53:ListQueryLoggingConfigs": 2,  # public zones only
        "wafv2:ListWebACLs": 2, "wafv2:GetWebACL": 4, "wafv2:GetLoggingConfiguration": 4,  # two scopes
        "wafv2:ListRuleGroups": 2, "wafv2:GetRuleGroup": 4,
    }


def test_cloudfront_findings_are_global_cases_of_the_account(audited):
    regions = {f["region"] for f in audited["findings"] if f["rule_id"] in (*CLOUDFRONT_RULES, "Route53.2")}
    assert regions == {"global"}


def test_cloudfront_1_fails_s3_origin_distributions_without_a_default_root_object(account, audited):
    _, ids = account
    passed = "The distribution returns a default root object for requests to its root URL."
    assert verdicts(audited, "CloudFront.1") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} has S3 origins (acme-gone-assets) "
                                   "and no default root object: a request for its root URL goes to the origin as it is"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),
        arn(ids, "media"): ("FAIL", f"CloudFront distribution {name(ids, 'media')} has S3 origins (acme-media) and "
                                    "no default root object: a request for its root URL goes to the origin as it is"),
    }


def test_cf_007_fails_distributions_with_a_cache_behavior_that_allows_http(account, audited):
    _, ids = account
    passed = "Every cache behavior of the distribution requires HTTPS or redirects HTTP to HTTPS."

    def http(key: str, behaviors: str) -> str:
        return (f"CloudFront distribution {name(ids, key)} lets viewers use plain HTTP (viewer protocol policy "
                f"allow-all) in cache behaviors: {behaviors}")

    assert verdicts(audited, "CF-007") == {
        arn(ids, "open"): ("FAIL", http("open", "default (*), /site/*")),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("FAIL", http("legacy", "/app/*, /mirror/*")),
        arn(ids, "media"): ("PASS", passed),
    }


def test_cloudfront_4_passes_only_distributions_with_an_origin_group(account, audited):
    _, ids = account
    passed = "The distribution has an origin group of two or more origins to fail over between."
    single = "has no origin group with two or more origins to fail over to"
    assert verdicts(audited, "CloudFront.4") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} {single}"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),
        arn(ids, "media"): ("FAIL", f"CloudFront distribution {name(ids, 'media')} {single}"),
    }


def test_cf_005_fails_distributions_without_standard_logging(account, audited):
    _, ids = account
    passed = "The distribution delivers standard access logs."
    off = "does not have standard logging enabled"
    assert verdicts(audited, "CF-005") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} {off}"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),
        arn(ids, "media"): ("FAIL", f"CloudFront distribution {name(ids, 'media')} {off}"),
    }


def test_cf_004_passes_a_wafv2_or_a_waf_classic_web_acl(account, audited):
    _, ids = account
    passed = "The distribution is protected by an AWS WAF web ACL."
    none = "is not associated with an AWS WAF web ACL"
    assert verdicts(audited, "CF-004") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} {none}"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),
        arn(ids, "media"): ("FAIL", f"CloudFront distribution {name(ids, 'media')} {none}"),
    }


def test_cloudfront_7_fails_distributions_on_the_default_certificate(account, audited):
    _, ids = account
    passed = "The distribution serves viewers a custom SSL/TLS certificate (ACM or IAM)."
    default = "uses CloudFront's default certificate (*.cloudfront.net) instead of a custom SSL/TLS certificate"
    assert verdicts(audited, "CloudFront.7") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} {default}"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),
        arn(ids, "media"): ("FAIL", f"CloudFront distribution {name(ids, 'media')} {default}"),
    }


def test_cloudfront_8_judges_custom_certificates_only_and_fails_dedicated_ips(account, audited):
    _, ids = account
    assert verdicts(audited, "CloudFront.8") == {
        arn(ids, "locked"): ("PASS", "The distribution serves its custom certificate with SNI."),
        arn(ids, "legacy"): ("FAIL", f"CloudFront distribution {name(ids, 'legacy')} serves its custom certificate "
                                     "from dedicated IP addresses (SSL support method vip), not with SNI"),
    }


def test_cf_003_fails_http_only_origins_and_match_viewer_origins_behind_http_behaviors(account, audited):
    _, ids = account
    assert verdicts(audited, "CF-003") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} may reach custom origins over "
                                   "plain HTTP: site (acme-site.s3-website-us-east-1.amazonaws.com) has origin "
                                   "protocol policy http-only"),
        arn(ids, "locked"): ("PASS", "The distribution reaches its custom origins over HTTPS only."),
        arn(ids, "legacy"): ("FAIL", f"CloudFront distribution {name(ids, 'legacy')} may reach custom origins over "
                                     "plain HTTP: app (app.legacy.example.com) has origin protocol policy "
                                     "match-viewer behind cache behaviors that allow HTTP: /app/*; api "
                                     "(api.legacy.example.com) has origin protocol policy match-viewer behind cache "
                                     "behaviors that allow HTTP: /mirror/*"),
    }


def test_cf_002_fails_custom_origins_offering_sslv3(account, audited):
    _, ids = account
    passed = "No custom origin of the distribution accepts SSLv3."
    assert verdicts(audited, "CF-002") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} allows the deprecated SSLv3 "
                                   "protocol to custom origins: site (acme-site.s3-website-us-east-1.amazonaws.com)"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),
    }


def test_cloudfront_12_fails_s3_origins_whose_bucket_does_not_exist(account, audited):
    _, ids = account
    passed = "Every S3 origin of the distribution points to a bucket that exists."
    assert verdicts(audited, "CloudFront.12") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} points to S3 buckets that do not "
                                   "exist: acme-gone-assets"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("PASS", passed),  # static.legacy-assets: a bucket name with dots
        arn(ids, "media"): ("PASS", passed),  # a bucket in eu-west-1
    }


def test_cloudfront_13_fails_s3_origins_without_origin_access_control(account, audited):
    _, ids = account
    passed = "Every S3 origin of the distribution signs its requests with origin access control."
    without = "has S3 origins without origin access control"
    assert verdicts(audited, "CloudFront.13") == {
        arn(ids, "open"): ("FAIL", f"CloudFront distribution {name(ids, 'open')} {without}: assets (bucket "
                                   "acme-gone-assets)"),
        arn(ids, "locked"): ("PASS", passed),
        arn(ids, "legacy"): ("FAIL", f"CloudFront distribution {name(ids, 'legacy')} {without}: static (bucket "
                                     "static.legacy-assets, origin access identity only)"),
        arn(ids, "media"): ("PASS", passed),
    }


def test_route53_2_fails_public_zones_without_query_logging_and_leaves_private_zones_out(account, audited):
    _, ids = account
    zone = "arn:aws:route53:::hostedzone/{}"
    assert verdicts(audited, "Route53.2") == {
        zone.format(ids["logged.example"]): ("PASS", "The public hosted zone logs DNS queries to CloudWatch Logs."),
        zone.format(ids["silent.example"]): (
            "FAIL", f"Route 53 public hosted zone silent.example ({ids['silent.example']}) does not log DNS queries"),
    }


def test_waf_10_fails_web_acls_without_rules_of_either_scope(account, audited):
    _, ids = account
    passed = "The web ACL holds at least one rule or rule group."
    assert verdicts(audited, "WAF.10") == {
        arn(ids, "guarded"): ("PASS", passed),
        arn(ids, "empty"): ("FAIL", "AWS WAF web ACL empty (regional) in us-east-1 has no rules or rule groups: "
                                    "every request gets its default action"),
        arn(ids, "fms"): ("PASS", passed),  # Firewall Manager's rule groups count
        arn(ids, "edge"): ("PASS", passed),
    }


def test_waf_11_fails_web_acls_never_given_a_logging_configuration(account, audited):
    _, ids = account
    passed = "The web ACL sends its traffic logs to a logging destination."
    assert verdicts(audited, "WAF.11") == {
        arn(ids, "guarded"): ("PASS", passed),
        arn(ids, "empty"): ("FAIL", "AWS WAF web ACL empty (regional) in us-east-1 does not have logging enabled"),
        arn(ids, "fms"): ("PASS", passed),
        arn(ids, "edge"): ("FAIL", "AWS WAF web ACL edge (CloudFront) in us-east-1 does not have logging enabled"),
    }


def test_waf_12_fails_rule_groups_where_the_group_or_a_rule_sends_no_metrics(account, audited):
    _, ids = account
    assert verdicts(audited, "WAF.12") == {
        arn(ids, "metered"): ("PASS", "The rule group and each of its rules send metrics to CloudWatch."),
        arn(ids, "dark"): ("FAIL", "AWS WAF rule group dark (regional) in us-east-1 does not send CloudWatch metrics "
                                   "for: the rule group itself, rule dark-rule"),
        arn(ids, "edge-rules"): ("FAIL", "AWS WAF rule group edge-rules (CloudFront) in us-east-1 does not send "
                                         "CloudWatch metrics for: rule edge-dark"),
    }  # empty-group has no rules: not evaluated


def test_the_rules_are_errors_naming_the_permission_when_the_listings_are_denied(account, monkeypatch):
    directory, _ = account
    deny(monkeypatch, "cloudfront:ListDistributions", "route53:ListHostedZones", "wafv2:ListWebACLs",
         "wafv2:ListRuleGroups")
    document = audit(directory)
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        *((rule, "ERROR", refused("cloudfront:ListDistributions", "cloudfront:ListDistributions"))
          for rule in CLOUDFRONT_RULES),
        ("Route53.2", "ERROR", refused("route53:ListHostedZones", "route53:ListHostedZones")),
        ("WAF.10", "ERROR", refused("wafv2:ListWebACLs", "wafv2:ListWebACLs", EAST)),
        ("WAF.11", "ERROR", refused("wafv2:ListWebACLs", "wafv2:ListWebACLs", EAST)),
        ("WAF.12", "ERROR", refused("wafv2:ListRuleGroups", "wafv2:ListRuleGroups", EAST)),
    }


def test_a_refused_read_of_one_resource_makes_only_the_cases_needing_it_errors(account, monkeypatch):
    directory, ids = account
    deny(monkeypatch, "cloudfront:GetDistributionConfig", "s3:ListBuckets", "route53:ListQueryLoggingConfigs",
         "wafv2:GetWebACL", "wafv2:GetLoggingConfiguration", "wafv2:GetRuleGroup")
    document = audit(directory)
    config = refused("cloudfront:GetDistributionConfig", "cloudfront:GetDistributionConfig")
    distributions = ("open", "locked", "legacy", "media")
    assert verdicts(document, "CF-005") == {arn(ids, key): ("ERROR", config) for key in distributions}
    assert verdicts(document, "CloudFront.1") == {arn(ids, key): ("ERROR", config) for key in distributions}
    buckets = refused("s3:ListBuckets", "s3:ListAllMyBuckets")
    assert verdicts(document, "CloudFront.12") == {arn(ids, key): ("ERROR", buckets) for key in distributions}
    logging = refused("route53:ListQueryLoggingConfigs", "route53:ListQueryLoggingConfigs")
    assert verdicts(document, "Route53.2") == {
        f"arn:aws:route53:::hostedzone/{ids[zone]}": ("ERROR", logging) for zone in ("logged.example", "silent.example")}
    acls = ("guarded", "empty", "fms", "edge")
    assert verdicts(document, "WAF.10") == {
        arn(ids, key): ("ERROR", refused("wafv2:GetWebACL", "wafv2:GetWebACL", EAST)) for key in acls}
    assert verdicts(document, "WAF.11") == {
        arn(ids, key): ("ERROR", refused("wafv2:GetLoggingConfiguration", "wafv2:GetLoggingConfiguration", EAST))
        for key in acls}
    assert verdicts(document, "WAF.12") == {  # an unread group may hold rules: every group is an error
        arn(ids, key): ("ERROR", refused("wafv2:GetRuleGroup", "wafv2:GetRuleGroup", EAST))
        for key in ("metered", "dark", "empty-group", "edge-rules")}
    assert {status for status, _ in verdicts(document, "CF-007").values()} == {"PASS", "FAIL"}


def test_the_rules_are_not_applicable_in_an_account_without_distributions_zones_or_web_acls(account):
    directory, _ = account
    document = audit(directory, profile="other")
    with_s3 = "not applicable: no CloudFront distributions with S3 origins"
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        *((rule, "SKIP", "not applicable: no CloudFront distributions")
          for rule in ("CF-007", "CloudFront.4", "CF-005", "CF-004", "CloudFront.7")),
        ("CloudFront.1", "SKIP", with_s3), ("CloudFront.12", "SKIP", with_s3), ("CloudFront.13", "SKIP", with_s3),
        ("CloudFront.8", "SKIP", "not applicable: no CloudFront distributions with custom SSL/TLS certificates"),
        ("CF-003", "SKIP", "not applicable: no CloudFront distributions with custom origins"),
        ("CF-002", "SKIP", "not applicable: no CloudFront distributions with custom origins"),
        ("Route53.2", "SKIP", "not applicable: no Route 53 public hosted zones"),
        ("WAF.10", "SKIP", "not applicable: no AWS WAF web ACLs in us-east-1"),
        ("WAF.11", "SKIP", "not applicable: no AWS WAF web ACLs in us-east-1"),
        ("WAF.12", "SKIP", "not applicable: no AWS WAF rule groups with rules in us-east-1"),
    }

