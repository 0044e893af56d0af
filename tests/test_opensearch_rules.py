"""The ES.n and OpenSearch.n rules on moto: ten rules judging each OpenSearch Service domain from one read of it.

moto leaves out the ServiceSoftwareOptions AWS returns with every domain; set_service_software gives each domain
here AWS's answer (fixtures/scenarios/opensearch_streams.py).
"""

import boto3
import pytest

from checks.elasticsearch import (
    test_es_004_dedicated_master_nodes as es_004,
    test_es_010_domain_in_vpc as es_010,
    test_es_012_encryption_at_rest as es_012,
    test_es_015_node_to_node_encryption as es_015,
    test_opensearch_4_error_logging as opensearch_4,
    test_opensearch_5_audit_logging as opensearch_5,
    test_opensearch_6_three_data_nodes as opensearch_6,
    test_opensearch_7_fine_grained_access_control as opensearch_7,
    test_opensearch_8_latest_tls_policy as opensearch_8,
    test_opensearch_10_software_update as opensearch_10,
)
from fixtures.offline import deny
from fixtures.scenarios.opensearch_streams import (
    LATEST_TLS, SOFTWARE, create_compliant_domain, create_domain, default_subnets, set_service_software,
)
from tests.conftest import PROD_ACCOUNT, audit_in_process

EAST = "us-east-1"
MODULES = (es_012, es_010, es_015, opensearch_4, opensearch_5, opensearch_6, es_004, opensearch_7, opensearch_8,
           opensearch_10)
RULE_IDS = tuple(module.RULE.id for module in MODULES)
PASSED = {module.RULE.id: module.RULE.compliant for module in MODULES}
FIPS_TLS = "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08"
# Six domains: DescribeDomains takes five names, so they are described in two requests.
DOMAINS = ("a-compliant", "b-defaults", "c-legacy-es", "d-partial", "e-fips", "f-plain-http")


def arn(name: str) -> str:
    return f"arn:aws:es:{EAST}:{PROD_ACCOUNT}:domain/{name}"


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def verdict(run, rule_id: str, name: str) -> tuple[str, str]:
    return verdicts(run, rule_id)[arn(name)]


def audit(seeded, name: str, *args: str):
    """One audit of the ten rules, its reports in a folder of its own (a run reads its findings when asked)."""
    directory = seeded / name
    directory.mkdir(exist_ok=True)
    return audit_in_process(directory, "--aws-profile=prod", *args, *(f"--rule={rule}" for rule in RULE_IDS))


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")  # moto's invented AMIs slow every EC2 read
        seed()
        yield seeded_aws


def seed() -> None:
    session = boto3.Session(profile_name="prod")
    opensearch = session.client("opensearch", region_name=EAST)
    subnets = default_subnets(session.client("ec2", region_name=EAST))
    create_compliant_domain(session, EAST, "a-compliant")
    create_domain(opensearch, PROD_ACCOUNT, "b-defaults")
    session.client("es", region_name=EAST).create_elasticsearch_domain(
        DomainName="c-legacy-es", ElasticsearchVersion="7.10", EncryptionAtRestOptions={"Enabled": True})
    create_domain(opensearch, PROD_ACCOUNT, "d-partial", subnets=subnets, encrypted=True, node_to_node=True,
                  error_logs=True, audit_logs=False, data_nodes=3, zone_awareness=False, masters=2, https=True,
                  tls_policy="Policy-Min-TLS-1-2-2019-07")
    create_domain(opensearch, PROD_ACCOUNT, "e-fips", subnets=subnets, data_nodes=4, zone_awareness=True,
                  masters=5, https=True, tls_policy=FIPS_TLS, fine_grained=True)
    create_domain(opensearch, PROD_ACCOUNT, "f-plain-http", data_nodes=2, zone_awareness=True, masters=1,
                  https=False, tls_policy=LATEST_TLS)
    for name in DOMAINS:
        set_service_software(PROD_ACCOUNT, EAST, name, new_version=f"{SOFTWARE}-P5" if name == "b-defaults" else "")


@pytest.fixture(scope="module")
def run(seeded):
    return audit(seeded, "seeded", f"--aws-regions={EAST}")


def test_every_rule_judges_every_domain_of_either_engine(run):
    for rule_id in RULE_IDS:
        assert set(verdicts(run, rule_id)) == {arn(name) for name in DOMAINS}, rule_id


def test_a_domain_configured_as_the_controls_ask_passes_every_rule(run):
    assert {rule_id: verdict(run, rule_id, "a-compliant") for rule_id in RULE_IDS} == {
        rule_id: ("PASS", PASSED[rule_id]) for rule_id in RULE_IDS}


def test_a_domain_left_at_the_defaults_fails_every_rule_saying_what_is_wrong(run):
    domain = f"OpenSearch domain b-defaults in {EAST}"
    assert {rule_id: verdict(run, rule_id, "b-defaults") for rule_id in RULE_IDS} == {
        "ES-012": ("FAIL", f"{domain} does not encrypt its data at rest"),
        "ES-010": ("FAIL", f"{domain} is not in a VPC: it has a public endpoint"),
        "ES-015": ("FAIL", f"{domain} does not encrypt traffic between its nodes (node-to-node encryption is off)"),
        "OpenSearch.4": ("FAIL", f"{domain} does not publish error logs to CloudWatch Logs"),
        "OpenSearch.5": ("FAIL", f"{domain} does not publish audit logs to CloudWatch Logs"),
        "OpenSearch.6": ("FAIL", f"{domain} is not fault tolerant: it has 1 data node (at least 3 needed) "
                                 "and zone awareness is off"),
        "ES-004": ("FAIL", f"{domain} has no dedicated master nodes"),
        "OpenSearch.7": ("FAIL", f"{domain} does not have fine-grained access control enabled"),
        "OpenSearch.8": ("FAIL", f"{domain} does not use the latest TLS settings: it does not require HTTPS and its "
                                 f"TLS security policy is Policy-Min-TLS-1-0-2019-07, not {LATEST_TLS}"),
        "OpenSearch.10": ("FAIL", f"{domain} has a service software update ({SOFTWARE}-P5) available that is "
                                  "not installed"),
    }


def test_an_elasticsearch_engine_domain_is_judged_like_an_opensearch_one(run):
    assert verdict(run, "ES-012", "c-legacy-es") == ("PASS", PASSED["ES-012"])
    assert verdict(run, "ES-010", "c-legacy-es") == (
        "FAIL", f"OpenSearch domain c-legacy-es in {EAST} is not in a VPC: it has a public endpoint")


def test_opensearch_6_needs_three_data_nodes_and_zone_awareness_both(run):
    assert {name: verdict(run, "OpenSearch.6", name) for name in ("d-partial", "e-fips", "f-plain-http")} == {
        "d-partial": ("FAIL", f"OpenSearch domain d-partial in {EAST} is not fault tolerant: zone awareness is off"),
        "e-fips": ("PASS", PASSED["OpenSearch.6"]),
        "f-plain-http": ("FAIL", f"OpenSearch domain f-plain-http in {EAST} is not fault tolerant: it has 2 data "
                                 "nodes (at least 3 needed)"),
    }


def test_es_004_needs_at_least_three_dedicated_master_nodes(run):
    assert {name: verdict(run, "ES-004", name) for name in ("d-partial", "e-fips", "f-plain-http")} == {
        "d-partial": ("FAIL", f"OpenSearch domain d-partial in {EAST} has 2 dedicated master nodes "
                              "(at least 3 needed)"),
        "e-fips": ("PASS", PASSED["ES-004"]),
        "f-plain-http": ("FAIL", f"OpenSearch domain f-plain-http in {EAST} has 1 dedicated master node "
                                 "(at least 3 needed)"),
    }


def test_opensearch_8_passes_only_enforced_https_with_the_latest_policy(run):
    settings = "does not use the latest TLS settings"
    assert {name: verdict(run, "OpenSearch.8", name) for name in ("d-partial", "e-fips", "f-plain-http")} == {
        "d-partial": ("FAIL", f"OpenSearch domain d-partial in {EAST} {settings}: its TLS security policy is "
                              f"Policy-Min-TLS-1-2-2019-07, not {LATEST_TLS}"),
        "e-fips": ("FAIL", f"OpenSearch domain e-fips in {EAST} {settings}: its TLS security policy is "
                           f"{FIPS_TLS}, not {LATEST_TLS}"),
        "f-plain-http": ("FAIL", f"OpenSearch domain f-plain-http in {EAST} {settings}: it does not require HTTPS"),
    }


def test_error_and_audit_logs_are_judged_apart(run):
    assert verdict(run, "OpenSearch.4", "d-partial") == ("PASS", PASSED["OpenSearch.4"])
    assert verdict(run, "OpenSearch.5", "d-partial") == (
        "FAIL", f"OpenSearch domain d-partial in {EAST} does not publish audit logs to CloudWatch Logs")


def test_fine_grained_access_control_and_vpc_placement_are_judged_per_domain(run):
    assert verdict(run, "OpenSearch.7", "e-fips") == ("PASS", PASSED["OpenSearch.7"])
    assert verdict(run, "OpenSearch.7", "d-partial")[0] == "FAIL"
    assert verdict(run, "ES-010", "d-partial") == ("PASS", PASSED["ES-010"])


def test_opensearch_10_passes_domains_without_an_update_waiting(run):
    assert [name for name in DOMAINS if verdict(run, "OpenSearch.10", name)[0] == "FAIL"] == ["b-defaults"]


def test_domains_are_listed_once_and_described_five_at_a_time_for_all_ten_rules(run):
    requests = run.document["stats"]["requests"]
    assert (requests["opensearch:ListDomainNames"], requests["opensearch:DescribeDomains"]) == (1, 2)


def test_every_domain_is_an_error_naming_the_permission_when_domains_cannot_be_described(seeded, monkeypatch):
    deny(monkeypatch, "opensearch:DescribeDomains")
    run = audit(seeded, "describe-denied", f"--aws-regions={EAST}")
    message = (f"could not evaluate: opensearch:DescribeDomains was denied in {EAST} (AccessDenied): "
               "grant es:DescribeDomains to the auditing principal")
    assert sorted((f["rule_id"], f["resource"], f["status"], f["message"]) for f in run.findings) == sorted(
        (rule_id, arn(name), "ERROR", message) for rule_id in RULE_IDS for name in DOMAINS)


def test_every_rule_is_an_error_naming_the_permission_when_domains_cannot_be_listed(seeded, monkeypatch):
    deny(monkeypatch, "opensearch:ListDomainNames")
    run = audit(seeded, "list-denied", f"--aws-regions={EAST}")
    message = (f"could not evaluate: opensearch:ListDomainNames was denied in {EAST} (AccessDenied): "
               "grant es:ListDomainNames to the auditing principal")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule_id, "ERROR", message) for rule_id in RULE_IDS}


def test_every_rule_is_not_applicable_in_a_region_without_domains(seeded):
    run = audit(seeded, "empty-region", "--aws-regions=ap-southeast-2")
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule_id, "SKIP", "not applicable: no OpenSearch Service domains in ap-southeast-2") for rule_id in RULE_IDS}
