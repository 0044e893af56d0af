"""OpenSearch.7: OpenSearch Service domains must have fine-grained access control enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="OpenSearch.7",
    title="Fine-Grained Access Control Enabled",
    risk="High",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain has fine-grained access control enabled.",
    rationale=(
        "Without fine-grained access control, whoever passes the domain's access policy can read and change "
        "every index. With it, users and IAM roles are mapped to roles inside OpenSearch that limit them to "
        "named indexes, documents and even fields, and it is what makes audit logs and per-user Dashboards "
        "sign-in possible."
    ),
    remediation=(
        "Console: fine-grained access control needs HTTPS enforced, node-to-node encryption and encryption at "
        "rest. In Amazon OpenSearch Service, open the domain, choose Actions > Edit security configuration, "
        "tick Enable fine-grained access control, set a master user (an IAM ARN, or a user name and password "
        "in the internal database) and save; on a running domain, keep the migration period's anonymous "
        "access only until roles are mapped. "
        "CLI: 'aws opensearch update-domain-config --domain-name NAME --advanced-security-options "
        "Enabled=true,MasterUserOptions={MasterUserARN=ROLE_ARN}'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-7",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_AdvancedSecurityOptions.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains AdvancedSecurityOptions.Enabled. No ES.n control checks this. "
        "Whether anonymous access is still allowed (AnonymousAuthEnabled, during migration) is not part of the "
        "control; leaving it on longer than needed is worth a look."
    ),
)


def test_opensearch_7_fine_grained_access_control(search_domain):
    assert search_domain.fine_grained_access_control, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} does not have fine-grained "
        "access control enabled"
    )
