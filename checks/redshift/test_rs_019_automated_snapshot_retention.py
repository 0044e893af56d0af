"""RS-019: Redshift clusters must take automated snapshots and keep them for the configured number of days."""

from fixtures.rules import Rule

RULE = Rule(
    id="RS-019",
    title="Redshift Automated Snapshot Retention Period",
    risk="Medium",
    service="Redshift",
    compliant="The cluster takes automated snapshots and keeps them for at least the configured number of days.",
    rationale=(
        "Automated snapshots are what a cluster is restored from after a bad load, a destructive query, "
        "ransomware or a dropped table. With retention at zero no automated snapshots are taken; with a short "
        "retention a problem noticed after a long weekend can no longer be undone. A week of snapshots covers "
        "the time mistakes usually take to be noticed."
    ),
    remediation=(
        "Console: open Amazon Redshift > Clusters, choose the cluster, then Edit (or Maintenance > Backup "
        "details > Edit) and set the automated snapshot retention period to at least the required days. "
        "CLI: 'aws redshift modify-cluster --cluster-identifier NAME "
        "--automated-snapshot-retention-period 7'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-3",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html#about-automated-snapshots",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP Redshift.3. Evidence is redshift:DescribeClusters AutomatedSnapshotRetentionPeriod (0: automated "
        "snapshots are off). The minimum is the setting audit_redshift_snapshot_retention_days, FSBP's "
        "MinRetentionPeriod default of 7. Risk follows FSBP's Medium (Conformity rates RS-019 Low)."
    ),
)


def test_rs_019_automated_snapshot_retention(redshift_cluster, settings):
    days, required = redshift_cluster.snapshot_retention_days, settings.redshift_snapshot_retention_days
    where = f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region}"
    assert days > 0, f"{where} does not take automated snapshots (retention period 0 days)"
    assert days >= required, (
        f"{where} keeps automated snapshots for {days} day{'s' if days != 1 else ''}, fewer than the required "
        f"{required}"
    )
