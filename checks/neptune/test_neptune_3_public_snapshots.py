"""Neptune.3: manual Neptune DB cluster snapshots must not be public."""

from fixtures.rules import Rule

RULE = Rule(
    id="Neptune.3",
    title="Neptune Cluster Snapshots Not Public",
    risk="Medium",
    service="Neptune",
    compliant="The manual Neptune DB cluster snapshot is not shared with every AWS account.",
    rationale=(
        "A public snapshot can be copied or restored by any AWS account in the world, which hands out a full "
        "copy of the graph: every vertex, edge and property as of the moment it was taken. Only unencrypted "
        "snapshots can be made public, so nothing stands between a stranger and the data. Snapshots that other "
        "accounts need should be shared with those account IDs only."
    ),
    remediation=(
        "Console: in Neptune > Snapshots select the manual snapshot, choose Actions > Share snapshot, set DB "
        "snapshot visibility to Private and, if needed, add only the account IDs that must restore it; save. "
        "CLI: 'aws neptune modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier SNAP "
        "--attribute-name restore --values-to-remove all' (add '--values-to-add ACCOUNT_ID' to share with a "
        "named account instead)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/neptune-cluster-snapshot-public-prohibited.html",
        "https://docs.aws.amazon.com/neptune/latest/apiref/API_DBClusterSnapshotAttribute.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterSnapshotAttributes.html",
    ),
    notes=(
        "Evidence: the 'restore' attribute (rds:DescribeDBClusterSnapshotAttributes, DBClusterSnapshotIdentifier "
        "only) of each manual snapshot that rds:DescribeDBClusterSnapshots (no parameters) lists with Engine "
        "'neptune'; the value 'all' means public. Automated snapshots cannot be shared and are not judged, as "
        "the control judges manual ones. Sharing with named accounts passes, as it does for the control; review "
        "those accounts separately. No Conformity rule matches, so the ID is the FSBP control's."
    ),
)


def test_neptune_3_public_snapshots(neptune_manual_snapshot):
    snapshot = neptune_manual_snapshot
    assert not snapshot.public, (
        f"Neptune manual DB cluster snapshot {snapshot.identifier} (of cluster {snapshot.cluster}) in "
        f"{snapshot.region} is public: any AWS account can copy or restore it"
    )
