"""Redshift.9: Redshift clusters must not use the default database name (dev)."""

from fixtures.rules import Rule

DEFAULT_DATABASE = "dev"

RULE = Rule(
    id="Redshift.9",
    title="Redshift Cluster Default Database Name",
    risk="Medium",
    service="Redshift",
    compliant="The cluster's first database has a name other than the default, dev.",
    rationale=(
        "Every Redshift cluster created without a database name gets one called dev, which is widely known. "
        "A known name saves an attacker a guess when connecting, and a policy that grants access by "
        "database name (for example in IAM conditions for temporary credentials) can end up covering dev in "
        "clusters it was never meant for."
    ),
    remediation=(
        "Console: the name the cluster was created with cannot be changed. In Amazon Redshift > Clusters, "
        "create a new cluster with a Database name of your own, load the data (for example UNLOAD to S3 and "
        "COPY, or a datashare), move clients to it and delete the old cluster. "
        "CLI: 'aws redshift create-cluster --cluster-identifier NEW --db-name NAME ...', migrate, then "
        "'aws redshift delete-cluster --cluster-identifier OLD --final-cluster-snapshot-identifier OLD-final'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-9",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP Redshift.9; Conformity has no matching rule, so the ID is the control's. Evidence is "
        "redshift:DescribeClusters DBName; it fails only for dev, as the control does (database names are "
        "kept in lower case)."
    ),
)


def test_redshift_9_default_database_name(redshift_cluster):
    assert redshift_cluster.db_name.lower() != DEFAULT_DATABASE, (
        f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region} "
        f"uses the default database name {DEFAULT_DATABASE}"
    )
