"""ES-010: OpenSearch Service domains must be placed in a VPC, not on a public endpoint (FSBP ES.2 and OpenSearch.2)."""

from fixtures.rules import Rule

RULE = Rule(
    id="ES-010",
    title="Elasticsearch Domain In VPC",
    risk="Very High",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain is placed in a VPC and has no public endpoint.",
    rationale=(
        "A domain created with a public endpoint answers on the internet, and its only guard is the access "
        "policy: one broad statement or leaked credential opens every index. A domain inside a VPC is reached "
        "over private addresses only, behind security groups and network ACLs, so a policy mistake alone no "
        "longer exposes the data."
    ),
    remediation=(
        "Console: network placement is fixed when a domain is created. In Amazon OpenSearch Service, choose "
        "Create domain, select VPC access with private subnets and a security group that admits only your "
        "clients, restore the data from a manual snapshot of the old domain (or re-index it), move clients to "
        "the new endpoint and delete the public domain. "
        "CLI: 'aws opensearch create-domain --domain-name NEW --vpc-options "
        "SubnetIds=subnet-1,subnet-2,SecurityGroupIds=sg-1 ...', then restore a snapshot and "
        "'aws opensearch delete-domain --domain-name OLD'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-2",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_VPCDerivedInfo.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains VPCOptions (a VPC ID or subnets). ES.2 and OpenSearch.2 both judge "
        "VPC placement only, not subnet routing or the access policy, so one rule carries both. Risk is Very High "
        "because FSBP rates the controls Critical (Conformity rates ES-010 Medium). Open access policies are a "
        "separate check (Conformity ES-003)."
    ),
)


def test_es_010_domain_in_vpc(search_domain):
    assert search_domain.in_vpc, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} is not in a VPC: "
        "it has a public endpoint"
    )
