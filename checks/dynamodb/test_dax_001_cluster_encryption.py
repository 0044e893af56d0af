"""DAX-001: DynamoDB Accelerator (DAX) clusters must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="DAX-001",
    title="DAX Cluster Encryption",
    risk="Medium",
    service="DynamoDB",
    compliant="The DAX cluster is encrypted at rest.",
    rationale=(
        "A DAX cluster holds copies of table items in its cache, on its nodes' disks and in its logs, so an "
        "unencrypted cluster leaves data readable outside the protection DynamoDB gives the table itself. "
        "Encryption at rest protects those copies with a key that DAX manages, and it can only be chosen when "
        "the cluster is created."
    ),
    remediation=(
        "Encryption at rest cannot be turned on for an existing cluster. "
        "Console: open DynamoDB > DAX > Clusters, choose Create cluster, tick Turn on encryption at rest (and "
        "choose TLS for encryption in transit, see DynamoDB.7), point the applications at the new cluster's "
        "endpoint and delete the old cluster. "
        "CLI: 'aws dax create-cluster --cluster-name NEW --node-type dax.r5.large --replication-factor 3 "
        "--iam-role-arn ROLE_ARN --subnet-group-name SUBNETS --sse-specification Enabled=true "
        "--cluster-endpoint-encryption-type TLS', then 'aws dax delete-cluster --cluster-name OLD'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-3",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
        "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_SSEDescription.html",
    ),
    notes=(
        "FSBP DynamoDB.3; Conformity DAX-001 (Cluster Encryption), which Conformity rates High; the risk here "
        "follows the FSBP severity (Medium). Evidence: dax:DescribeClusters SSEDescription.Status, which must be "
        "ENABLED (ENABLING, DISABLING and DISABLED do not pass: the cluster is not encrypted yet, or no longer)."
    ),
)


def test_dax_001_cluster_encryption(dax_cluster):
    assert dax_cluster.encryption_at_rest == "ENABLED", (
        f"DAX cluster {dax_cluster.name} in {dax_cluster.region} is not encrypted at rest "
        f"(encryption at rest {dax_cluster.encryption_at_rest})"
    )
