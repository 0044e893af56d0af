"""DocumentDB.3: manual Amazon DocumentDB cluster snapshots must not be public."""

from fixtures.rules import Rule

RULE = Rule(
    id="DocumentDB.3",
    title="DocumentDB Manual Snapshots Not Public",
    risk="Very High",
    service="DocumentDB",
    compliant="The manual DocumentDB cluster snapshot is not shared with every AWS account.",
    rationale=(
        "Marking a manual snapshot public lets any AWS account copy it or restore it into a cluster of its own "
        "and read every document in it. Only unencrypted snapshots can be made public, so there is no key to "
        "stop that. A snapshot another team or partner needs can be shared with their account IDs instead."
    ),
    remediation=(
        "Console: in Amazon DocumentDB > Snapshots select the manual snapshot, choose Actions > Share, set "
        "visibility to Private and keep only the account IDs that must restore it; save. "
        "CLI: 'aws docdb modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier SNAP "
        "--attribute-name restore --values-to-remove all' (use '--values-to-add ACCOUNT_ID' to share with a "
        "named account instead)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/docdb-cluster-snapshot-public-prohibited.html",
        "https://docs.aws.amazon.com/documentdb/latest/developerguide/API_DBClusterSnapshotAttribute.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterSnapshotAttributes.html",
    ),
    notes=(
        "Evidence: the 'restore' attribute (rds:DescribeDBClusterSnapshotAttributes, DBClusterSnapshotIdentifier "
        "only) of each manual snapshot that rds:DescribeDBClusterSnapshots (no parameters) lists with Engine "
        "'docdb'; the value 'all' means public. Automated snapshots cannot be shared and are not judged. "
        "Sharing with named accounts passes, as it does for the control. Risk Very High is FSBP's Critical. "
        "No Conformity rule matches, so the ID is the FSBP control's."
    ),
)


def test_documentdb_3_public_manual_snapshots(docdb_manual_snapshot):
    snapshot = docdb_manual_snapshot
    assert not snapshot.public, (
        f"DocumentDB manual cluster snapshot {snapshot.identifier} (of cluster {snapshot.cluster}) in "
        f"{snapshot.region} is public: any AWS account can copy or restore it"
    )
