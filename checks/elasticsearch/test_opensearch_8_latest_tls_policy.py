"""OpenSearch.8: OpenSearch Service domains must require HTTPS with the latest TLS security policy (FSBP ES.8 too)."""

from fixtures.rules import Rule

LATEST_TLS_POLICY = "Policy-Min-TLS-1-2-PFS-2023-10"  # fixed by both controls (tlsPolicies, not customizable)

RULE = Rule(
    id="OpenSearch.8",
    title="Latest TLS Security Policy",
    risk="Medium",
    service="Elasticsearch",
    compliant=f"The OpenSearch Service domain requires HTTPS and uses the TLS security policy {LATEST_TLS_POLICY}.",
    rationale=(
        "A domain that still accepts plain HTTP lets credentials and query results cross the network readable "
        "and alterable. Older TLS policies also accept TLS 1.0 and 1.1 or cipher suites without forward "
        "secrecy, which weakens the encryption that is used. Enforcing HTTPS with the newest policy allows only "
        "TLS 1.2 or later with forward-secret ciphers."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose Actions > Edit security configuration, "
        "tick Require HTTPS for all traffic to the domain, choose the TLS security policy "
        f"{LATEST_TLS_POLICY} and save; check first that old clients can negotiate TLS 1.2. "
        "CLI: 'aws opensearch update-domain-config --domain-name NAME --domain-endpoint-options "
        f"EnforceHTTPS=true,TLSSecurityPolicy={LATEST_TLS_POLICY}'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-8",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-8",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/opensearch-https-required.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains DomainEndpointOptions.EnforceHTTPS and TLSSecurityPolicy. Both "
        f"controls fail a domain without HTTPS enforced or with any policy but {LATEST_TLS_POLICY}; their "
        "tlsPolicies parameter is not customizable, so it is a constant here, not a setting. The newer FIPS "
        "policies (Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08 and later) fail too, as they do in Security Hub: "
        "waive such a domain if its policy is chosen on purpose. ES.8 and OpenSearch.8 judge the same domains "
        "the same way; one rule carries both under the OpenSearch.8 ID (ES.n are the legacy names)."
    ),
)


def test_opensearch_8_latest_tls_policy(search_domain):
    problems = []
    if not search_domain.enforce_https:
        problems.append("it does not require HTTPS")
    if search_domain.tls_policy != LATEST_TLS_POLICY:
        problems.append(f"its TLS security policy is {search_domain.tls_policy or 'not set'}, not {LATEST_TLS_POLICY}")
    assert not problems, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} does not use the latest TLS "
        "settings: " + " and ".join(problems)
    )
