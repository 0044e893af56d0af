"""Neptune-006 (FSBP Neptune.1): Neptune DB clusters must encrypt their storage at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune-006",
    title="Neptune Database Encryption Enabled",
    risk="Medium",
    service="Neptune",
    compliant="The Neptune DB cluster encrypts its storage at rest.",
    rationale=(
        "A graph database often holds the relationships an organisation cares most about: who knows whom, which "
        "account paid which, what depends on what. Without encryption at rest, the cluster volume, its automated "
        "backups and every snapshot are stored in the clear, and anyone who obtains a copy can read them. With a "
        "KMS key, every copy depends on a key whose use is logged and can be withdrawn. Encryption is fixed when "
        "the cluster is created, so an unencrypted cluster stays unencrypted until it is replaced."
    ),
    remediation=(
        "Console: an existing cluster cannot be switched to encrypted. In Neptune > Databases choose Create "
        "database, tick Enable encryption under Encryption and pick a KMS key; move the data across (a snapshot "
        "restored with a KMS key, or a Neptune export reloaded with the bulk loader), repoint clients to the new "
        "endpoints and delete the old cluster. "
        "CLI: 'aws neptune restore-db-cluster-from-snapshot --db-cluster-identifier NEW --snapshot-identifier SNAP "
        "--engine neptune --kms-key-id KEY' (or 'aws neptune create-db-cluster --db-cluster-identifier NEW "
        "--engine neptune --storage-encrypted --kms-key-id KEY'), then 'aws neptune delete-db-cluster "
        "--db-cluster-identifier OLD'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-encrypted.html",
        "https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Carries FSBP Neptune.1 (Conformity Neptune-006). Evidence: StorageEncrypted of each cluster that "
        "rds:DescribeDBClusters (no parameters, the read the RDS rules make) reports with Engine 'neptune'. "
        "Which KMS key is used is not judged, as the control does not judge it. Conformity rates this rule "
        "High; we keep FSBP's Medium."
    ),
)


def test_neptune_006_encryption_enabled(neptune_cluster):
    assert neptune_cluster.storage_encrypted, (
        f"Neptune DB cluster {neptune_cluster.identifier} in {neptune_cluster.region} is not encrypted at rest"
    )
