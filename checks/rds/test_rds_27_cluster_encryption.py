"""RDS.27: RDS DB clusters must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.27",
    title="RDS Cluster Encryption",
    risk="Medium",
    service="RDS",
    compliant="The DB cluster encrypts its storage at rest.",
    rationale=(
        "A DB cluster's shared storage, its automated backups and every snapshot taken from it inherit its "
        "encryption setting. Unencrypted, all of them can be read by whoever gets at the storage or a copy of "
        "it; encrypted with KMS, each use of the data goes through a key whose policy you control and whose use "
        "is logged. The choice is made at creation and cannot be changed later."
    ),
    remediation=(
        "Console: encryption cannot be switched on for an existing cluster. In RDS, take a snapshot of the "
        "cluster, choose Actions > Restore snapshot with encryption enabled and a KMS key (or copy the snapshot "
        "with encryption first), point applications at the new cluster and delete the old one. "
        "CLI: 'aws rds create-db-cluster-snapshot --db-cluster-identifier OLD --db-cluster-snapshot-identifier "
        "SNAP', then 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier NEW --snapshot-identifier "
        "SNAP --engine ENGINE --kms-key-id KEY' and add instances with 'aws rds create-db-instance'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-27",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.27. Evidence: StorageEncrypted of each DB cluster (rds:DescribeDBClusters without parameters), "
        "Aurora and Multi-AZ DB clusters alike; Neptune and DocumentDB clusters are left to Neptune.1 and "
        "DocumentDB.1. Rule ID: the catalog's RDS-004? is the existing instance rule, which judges DB "
        "instances, so this cluster control takes its FSBP ID."
    ),
)


def test_rds_27_cluster_encryption(rds_cluster):
    assert rds_cluster.storage_encrypted, (
        f"RDS DB cluster {rds_cluster.identifier} ({rds_cluster.engine}) in {rds_cluster.region} "
        "is not encrypted at rest"
    )
