"""RS-018: Redshift clusters must not use the default admin user name (awsuser)."""

from fixtures.rules import Rule

DEFAULT_ADMIN_USER = "awsuser"

RULE = Rule(
    id="RS-018",
    title="Redshift Cluster Default Master Username",
    risk="High",
    service="Redshift",
    compliant="The cluster's admin user has a name other than the console's default, awsuser.",
    rationale=(
        "The console suggests awsuser as the admin user name, so every attacker who finds a Redshift "
        "endpoint tries it first: half of the admin credential is already known, and password guessing "
        "can start at once. A name of your own makes that guessing harder and makes attempts against the "
        "default name stand out in the connection log."
    ),
    remediation=(
        "Console: the admin user name cannot be changed on an existing cluster. Take a snapshot (Amazon "
        "Redshift > Clusters > Actions > Create snapshot), restore it to a new cluster, or create a new "
        "cluster with a different Admin user name and load the data, point clients at it and delete the old "
        "cluster. "
        "CLI: 'aws redshift create-cluster --cluster-identifier NEW --master-username NAME "
        "--manage-master-password ...', migrate, then 'aws redshift delete-cluster --cluster-identifier OLD "
        "--final-cluster-snapshot-identifier OLD-final'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-8",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP Redshift.8. Evidence is redshift:DescribeClusters MasterUsername; it fails only for awsuser, as "
        "the control does (Redshift keeps user names in lower case). Risk follows the catalog's FSBP severity "
        "High; AWS's 2023 control page rated it Medium and Conformity rates RS-018 Low."
    ),
)


def test_rs_018_default_master_username(redshift_cluster):
    assert redshift_cluster.master_username.lower() != DEFAULT_ADMIN_USER, (
        f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region} "
        f"uses the default admin user name {DEFAULT_ADMIN_USER}"
    )
