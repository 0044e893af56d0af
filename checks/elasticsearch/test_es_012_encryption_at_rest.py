"""ES-012: OpenSearch Service domains must encrypt their data at rest (FSBP ES.1 and OpenSearch.1)."""

from fixtures.rules import Rule

RULE = Rule(
    id="ES-012",
    title="Encryption At Rest",
    risk="Medium",
    service="Elasticsearch",
    compliant="The OpenSearch Service domain encrypts its data at rest.",
    rationale=(
        "A search domain holds copies of the records it indexes: customer data, logs, documents. Without "
        "encryption at rest, its indexes, swap files, logs and automated snapshots sit in the clear on the "
        "underlying storage. Encrypting with a KMS key protects those copies and puts every use of the key on "
        "record in CloudTrail."
    ),
    remediation=(
        "Console: in Amazon OpenSearch Service, open the domain, choose Actions > Edit security configuration, "
        "tick Enable encryption of data at rest, pick an AWS owned or customer managed KMS key and save (the "
        "domain must run OpenSearch or Elasticsearch 6.7 or later; older domains need a new domain and a "
        "snapshot restore). Once on, it cannot be switched off. "
        "CLI: 'aws opensearch update-domain-config --domain-name NAME "
        "--encryption-at-rest-options Enabled=true,KmsKeyId=KEY_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-1",
        "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-1",
        "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
        "https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DescribeDomains.html",
    ),
    notes=(
        "Evidence is opensearch:DescribeDomains EncryptionAtRestOptions.Enabled. ES.1 (AWS::Elasticsearch::Domain) "
        "and OpenSearch.1 (AWS::OpenSearch::Domain) judge the same domains, of either engine, the same way, so "
        "one rule carries both. Risk follows the FSBP severity (Medium); Conformity rates ES-012 High."
    ),
)


def test_es_012_encryption_at_rest(search_domain):
    assert search_domain.encrypted_at_rest, (
        f"OpenSearch domain {search_domain.name} in {search_domain.region} does not encrypt its data at rest"
    )
