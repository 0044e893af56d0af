"""OpenSearch.10: OpenSearch Service domains must have the latest service software update installed."""

from fixtures.rules import Rule

RULE = Rule(
    id="OpenSearch.10",
    title="Latest Service Software Installed",
    risk="Low",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain has no service software update waiting to be installed.",
    rationale=(
        "Service software updates carry AWS's fixes for the domain's platform, security patches included. "
        "While one waits, the domain keeps running the older build and its known flaws; AWS installs required "
        "updates by itself after a while, but at a moment it chooses rather than in a quiet window."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose Actions > Update (or the Service "
        "software update notice), and start the update now or schedule it in the domain's off-peak window. "
        "CLI: 'aws opensearch start-service-software-update --domain-name NAME' (add "
        "'--schedule-at OFF_PEAK_WINDOW' to wait for the off-peak window). Turning on automatic software "
        "updates ('--software-update-options AutoSoftwareUpdateEnabled=true') keeps later ones from piling up."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-10",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ServiceSoftwareOptions.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains ServiceSoftwareOptions.UpdateAvailable: the control fails a "
        "domain whose available update is not installed. No ES.n control checks this; Conformity ES-007 (engine "
        "version) is related only: this is the service software, not the OpenSearch or Elasticsearch version."
    ),
)


def test_opensearch_10_software_update(search_domain):
    version = f" ({search_domain.new_software_version})" if search_domain.new_software_version else ""
    assert not search_domain.update_available, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} has a service software "
        f"update{version} available that is not installed"
    )
