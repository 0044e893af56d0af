"""OpenSearch.6: OpenSearch Service domains must have at least three data nodes and zone awareness (FSBP ES.6 too)."""

from fixtures.rules import Rule

MIN_DATA_NODES = 3  # fixed by both controls

RULE = Rule(
    id="OpenSearch.6",
    title="At Least Three Data Nodes",
    risk="Medium",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain has at least three data nodes and zone awareness turned on.",
    rationale=(
        "With fewer than three data nodes, or all of them in one Availability Zone, losing a node or a zone can "
        "leave shards without a live copy: the cluster turns red, writes fail and data may be lost. Three or "
        "more nodes spread across zones keep replicas available while a node or zone is replaced."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose Actions > Edit cluster configuration, "
        "choose a deployment with two or three Availability Zones, set Number of data nodes to 3 or more (a "
        "multiple of the zone count) and save; the change runs as a blue/green deployment. "
        "CLI: 'aws opensearch update-domain-config --domain-name NAME --cluster-config "
        "InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-6",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-6",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ClusterConfig.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains ClusterConfig.InstanceCount >= 3 and ZoneAwarenessEnabled. ES.6 "
        "and OpenSearch.6 judge the same domains with the same test, so one rule carries both, under the "
        "OpenSearch.6 ID (the domains are read through the OpenSearch API; ES.n are the legacy names). ES.7 "
        "(dedicated master nodes, ES-004) is a different test and its own rule. Conformity ES-002 checks zone "
        "awareness alone. AWS recommends a multiple of three nodes across three zones; that is advice, not tested."
    ),
)


def test_opensearch_6_three_data_nodes(search_domain):
    problems = []
    if search_domain.data_nodes < MIN_DATA_NODES:
        noun = "node" if search_domain.data_nodes == 1 else "nodes"
        problems.append(f"it has {search_domain.data_nodes} data {noun} (at least {MIN_DATA_NODES} needed)")
    if not search_domain.zone_awareness:
        problems.append("zone awareness is off")
    assert not problems, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} is not fault tolerant: "
        + " and ".join(problems)
    )
