"""DocumentDB.5: Amazon DocumentDB clusters must have deletion protection enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="DocumentDB.5",
    title="DocumentDB Deletion Protection",
    risk="Medium",
    service="DocumentDB",
    compliant="The DocumentDB cluster has deletion protection enabled.",
    rationale=(
        "A deleted cluster cannot be brought back except from a snapshot, and its automated backups go with it "
        "unless a final snapshot was kept. With deletion protection on, delete requests are refused until "
        "someone changes the setting on purpose, so a slip in the console, a wrong identifier in a script or an "
        "overeager clean-up job cannot remove a production database at once."
    ),
    remediation=(
        "Console: in Amazon DocumentDB > Clusters select the cluster, choose Actions > Modify, tick Enable "
        "deletion protection, continue and apply immediately. "
        "CLI: 'aws docdb modify-db-cluster --db-cluster-identifier NAME --deletion-protection "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-5",
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-modify.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "Evidence: DeletionProtection of each DocumentDB cluster (rds:DescribeDBClusters, no parameters, Engine "
        "'docdb'). Short-lived test clusters may warrant a waiver. Prowler links a Conformity page "
        "(DocumentDB/deletion-protection) whose ID is not in the 2023 list, so the ID is the FSBP control's."
    ),
)


def test_documentdb_5_deletion_protection(docdb_cluster):
    assert docdb_cluster.deletion_protection, (
        f"DocumentDB cluster {docdb_cluster.identifier} in {docdb_cluster.region} does not have deletion "
        "protection enabled"
    )
