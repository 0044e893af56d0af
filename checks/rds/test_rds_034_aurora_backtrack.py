"""RDS-034: Aurora MySQL DB clusters must have backtracking enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-034",
    title="Aurora Backtrack",
    risk="Medium",
    service="RDS",
    compliant="The Aurora MySQL DB cluster has backtracking enabled.",
    rationale=(
        "Backtracking rewinds an Aurora MySQL cluster in place to a moment within its backtrack window, in "
        "minutes and on the same endpoint. After a destructive statement, a bad migration or tampering by an "
        "intruder, that is a far quicker way back than restoring a snapshot or a point-in-time copy into a new "
        "cluster and moving every application to it."
    ),
    remediation=(
        "Console: backtracking can only be switched on when a cluster is created. In RDS, select the cluster, "
        "choose Actions > Create clone (or Restore to point in time), tick Enable Backtrack with a target "
        "window (for example 24 hours), then move applications to the new cluster and delete the old one. "
        "CLI: 'aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier OLD "
        "--db-cluster-identifier NEW --restore-type copy-on-write --use-latest-restorable-time "
        "--backtrack-window 86400', then 'aws rds create-db-instance --db-cluster-identifier NEW ...'; a cluster "
        "that already backtracks changes its window with 'aws rds modify-db-cluster --backtrack-window SECONDS'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-14",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBCluster.html",
    ),
    notes=(
        "FSBP RDS.14. Evidence: BacktrackWindow (seconds) of each Aurora MySQL DB cluster (engine aurora-mysql, "
        "or aurora for Aurora MySQL 1) from rds:DescribeDBClusters without parameters; above zero passes. The "
        "control's parameter BacktrackWindowInHours has no default in Security Hub, so any window passes and "
        "there is no setting; a window of at least 24 hours is the practical advice. Backtracking exists only "
        "for Aurora MySQL, so Aurora PostgreSQL and Multi-AZ DB clusters are not judged."
    ),
)


def test_rds_034_aurora_backtrack(aurora_mysql_cluster):
    assert aurora_mysql_cluster.backtrack_window_seconds > 0, (
        f"Aurora MySQL DB cluster {aurora_mysql_cluster.identifier} in {aurora_mysql_cluster.region} "
        "does not have backtracking enabled (backtrack window 0)"
    )
