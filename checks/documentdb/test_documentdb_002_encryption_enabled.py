"""DocumentDB-002 (FSBP DocumentDB.1): Amazon DocumentDB clusters must encrypt their storage at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="DocumentDB-002",
    title="DocumentDB Encryption Enabled",
    risk="Medium",
    service="DocumentDB",
    compliant="The DocumentDB cluster encrypts its storage at rest.",
    rationale=(
        "Document stores tend to hold whole customer records, sessions and application state. If the cluster "
        "is not encrypted at rest, its storage volume, indexes, automated backups and snapshots are kept in the "
        "clear, readable by anyone who obtains a copy. Encryption with a KMS key ties every copy to a key whose "
        "use is logged and can be revoked. It can only be chosen when the cluster is created."
    ),
    remediation=(
        "Console: an existing cluster cannot be encrypted in place. In Amazon DocumentDB > Clusters choose "
        "Create, turn on Encryption-at-rest and pick a KMS key; copy the data across (mongodump and "
        "mongorestore, or AWS DMS), repoint applications and delete the old cluster. "
        "CLI: 'aws docdb create-db-cluster --db-cluster-identifier NEW --engine docdb --storage-encrypted "
        "--kms-key-id KEY --master-username USER --manage-master-user-password', add instances with "
        "'aws docdb create-db-instance', migrate, then 'aws docdb delete-db-cluster --db-cluster-identifier OLD'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-1",
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Carries FSBP DocumentDB.1 (Conformity DocumentDB-002). Evidence: StorageEncrypted of each cluster that "
        "rds:DescribeDBClusters (no parameters, the read the RDS rules make) reports with Engine 'docdb'; "
        "DocumentDB elastic clusters (the docdb-elastic API) are a different resource and not judged, as the "
        "control does not judge them. Which KMS key is used is not judged. Conformity rates this rule High; we "
        "keep FSBP's Medium."
    ),
)


def test_documentdb_002_encryption_enabled(docdb_cluster):
    assert docdb_cluster.storage_encrypted, (
        f"DocumentDB cluster {docdb_cluster.identifier} in {docdb_cluster.region} is not encrypted at rest"
    )
