"""ES-004: OpenSearch Service domains must run at least three dedicated master nodes (FSBP ES.7)."""

from fixtures.rules import Rule

MIN_DEDICATED_MASTERS = 3  # fixed by the control

RULE = Rule(
    id="ES-004",
    title="Elasticsearch Dedicated Master Enabled",
    risk="Medium",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain has at least three dedicated master nodes.",
    rationale=(
        "Master nodes keep the cluster state: which shards live where, index mappings, membership. When data "
        "nodes also carry that duty, heavy indexing or a blue/green deployment can starve it and stall the "
        "whole cluster. Three or more dedicated masters keep a quorum, so the cluster can still elect a master "
        "and accept changes when one of them fails."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose Actions > Edit cluster configuration, "
        "tick Dedicated master nodes, choose an instance type, set Number of master nodes to 3 and save "
        "(a blue/green deployment follows). "
        "CLI: 'aws opensearch update-domain-config --domain-name NAME --cluster-config "
        "DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=m6g.large.search'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-7",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_ClusterConfig.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains ClusterConfig.DedicatedMasterEnabled and DedicatedMasterCount >= 3 "
        "(five also passes). ES.7 is not paired with OpenSearch.6: that control counts data nodes and is the twin "
        "of ES.6 (rule OpenSearch.6); the OpenSearch twin of ES.7 is OpenSearch.11, which is not in this "
        "suite's FSBP catalog. "
        "Conformity's ES-004 asks only that dedicated masters are enabled; this rule follows ES.7 and also "
        "requires three of them."
    ),
)


def test_es_004_dedicated_master_nodes(search_domain):
    count = search_domain.dedicated_masters
    has = ("no dedicated master nodes" if count == 0
           else f"{count} dedicated master node{'' if count == 1 else 's'} (at least {MIN_DEDICATED_MASTERS} needed)")
    assert count >= MIN_DEDICATED_MASTERS, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} has {has}"
    )
