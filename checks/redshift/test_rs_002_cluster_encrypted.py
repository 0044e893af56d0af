"""RS-002: Redshift clusters must be encrypted at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="RS-002",
    title="Redshift Cluster Encrypted",
    risk="Medium",
    service="Redshift",
    compliant="The Redshift cluster encrypts its data at rest.",
    rationale=(
        "An unencrypted cluster stores its blocks, and the snapshots taken of it, readable to anyone who "
        "gets at the underlying storage or is given a copied snapshot. Encryption with KMS ties every copy to "
        "a key whose use is logged and whose grants can be withdrawn."
    ),
    remediation=(
        "Console: open Amazon Redshift > Clusters, choose the cluster, then Actions > Modify, under Database "
        "configurations choose Use AWS Key Management Service and a key, and save; Redshift re-encrypts the "
        "cluster in place (it is read-only while that runs). "
        "CLI: 'aws redshift modify-cluster --cluster-identifier NAME --encrypted --kms-key-id KEY'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-10",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP Redshift.10. Evidence is redshift:DescribeClusters Encrypted; the control's optional list of "
        "allowed KMS keys has no default and is not applied. Risk follows FSBP's Medium (Conformity rates "
        "RS-002 High)."
    ),
)


def test_rs_002_cluster_encrypted(redshift_cluster):
    assert redshift_cluster.encrypted, (
        f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region} is not encrypted at rest"
    )
