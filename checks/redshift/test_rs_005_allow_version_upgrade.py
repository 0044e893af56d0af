"""RS-005: Redshift clusters must take major version upgrades automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="RS-005",
    title="Redshift Cluster Allow Version Upgrade",
    risk="Medium",
    service="Redshift",
    compliant="The cluster allows Redshift to apply major version upgrades in its maintenance window.",
    rationale=(
        "Redshift ships engine fixes, security patches among them, as new cluster versions applied in the "
        "maintenance window. A cluster that refuses version upgrades stays on the version it has until "
        "someone upgrades it by hand, and keeps any flaw fixed since."
    ),
    remediation=(
        "Console: open Amazon Redshift > Clusters, choose the cluster, then Maintenance > Edit and allow "
        "version upgrades (choose the maintenance track and window that suit you). "
        "CLI: 'aws redshift modify-cluster --cluster-identifier NAME --allow-version-upgrade'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-6",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-maintenance-windows",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes="FSBP Redshift.6 (its parameter allowVersionUpgrade = true). Evidence is redshift:DescribeClusters "
          "AllowVersionUpgrade.",
)


def test_rs_005_allow_version_upgrade(redshift_cluster):
    assert redshift_cluster.allow_version_upgrade, (
        f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region} "
        "does not allow automatic major version upgrades"
    )
