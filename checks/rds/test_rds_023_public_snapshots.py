"""RDS-023: manual RDS snapshots must not be shared with every AWS account."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-023",
    title="Amazon RDS Public Snapshots",
    risk="Very High",
    service="RDS",
    compliant="The manual snapshot is not shared publicly.",
    rationale=(
        "A snapshot holds a full copy of a database as it was when taken: every table, every stored credential "
        "hash, every customer record. Once a manual snapshot is shared with the group 'all', anyone with an AWS "
        "account can copy it or restore it into a database of their own and read it at leisure, outside any "
        "network control or logging of yours. Sharing with named accounts keeps the same convenience without "
        "the exposure."
    ),
    remediation=(
        "Console: in RDS, open Snapshots (the Manual tab, and DB cluster snapshots for Aurora), select the "
        "snapshot, choose Actions > Share snapshot, set DB snapshot visibility to Private, keep only the account "
        "IDs that need it and save. "
        "CLI: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier NAME --attribute-name restore "
        "--values-to-remove all'; for a cluster snapshot, 'aws rds modify-db-cluster-snapshot-attribute "
        "--db-cluster-snapshot-identifier NAME --attribute-name restore --values-to-remove all'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBSnapshotAttributes.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusterSnapshotAttributes.html",
    ),
    notes=(
        "FSBP RDS.1. Evidence: the 'restore' attribute of each manual snapshot (rds:DescribeDBSnapshotAttributes "
        "with DBSnapshotIdentifier, rds:DescribeDBClusterSnapshotAttributes with DBClusterSnapshotIdentifier); "
        "the value 'all' makes it public. The snapshots are those rds:DescribeDBSnapshots and "
        "rds:DescribeDBClusterSnapshots list without parameters (the account's own). Only manual snapshots are "
        "judged: automated and AWS Backup snapshots cannot be shared. Neptune and DocumentDB snapshots are "
        "included, because AWS documents that RDS.1 evaluates them too (Neptune.3 and DocumentDB.3 judge them "
        "again). Sharing with specific accounts passes, as it does in FSBP; review those account IDs by hand."
    ),
)


def test_rds_023_public_snapshots(rds_manual_snapshot):
    snapshot = rds_manual_snapshot.snapshot
    assert not rds_manual_snapshot.public, (
        f"Manual RDS {snapshot.kind} {snapshot.identifier} ({snapshot.engine}) in {snapshot.region} is public: "
        "its restore attribute includes 'all', so any AWS account can copy or restore it"
    )
