"""DynamoDB.7: DynamoDB Accelerator (DAX) clusters must encrypt traffic to their endpoint with TLS."""

from fixtures.rules import Rule

RULE = Rule(
    id="DynamoDB.7",
    title="DAX Encryption in Transit",
    risk="Medium",
    service="DynamoDB",
    compliant="The DAX cluster's endpoint accepts TLS connections only.",
    rationale=(
        "Applications send items and queries to a DAX cluster and get table data back. Without TLS that traffic "
        "crosses the network in clear text, where anyone able to capture or redirect it inside the VPC can read "
        "or alter it. A cluster created with TLS endpoint encryption only accepts encrypted connections, and the "
        "setting can only be chosen at creation."
    ),
    remediation=(
        "Encryption in transit cannot be turned on for an existing cluster. "
        "Console: open DynamoDB > DAX > Clusters, choose Create cluster, select TLS as the encryption in transit "
        "option (keep encryption at rest on), switch the applications to the new cluster's daxs:// endpoint and "
        "delete the old cluster. "
        "CLI: 'aws dax create-cluster --cluster-name NEW --node-type dax.r5.large --replication-factor 3 "
        "--iam-role-arn ROLE_ARN --subnet-group-name SUBNETS --cluster-endpoint-encryption-type TLS "
        "--sse-specification Enabled=true', then 'aws dax delete-cluster --cluster-name OLD'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-7",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html",
        "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_dax_Cluster.html",
    ),
    notes=(
        "Evidence: dax:DescribeClusters ClusterEndpointEncryptionType, which must be TLS (NONE, or absent, fails). "
        "Prowler's FSBP mapping names dynamodb_table_deletion_protection_enabled for this control, which is "
        "DynamoDB.6's check; the matching Prowler check is dynamodb_accelerator_cluster_in_transit_encryption_enabled."
    ),
)


def test_dynamodb_7_dax_encryption_in_transit(dax_cluster):
    assert dax_cluster.endpoint_encryption == "TLS", (
        f"DAX cluster {dax_cluster.name} in {dax_cluster.region} does not encrypt traffic to its endpoint with TLS "
        f"(endpoint encryption {dax_cluster.endpoint_encryption})"
    )
