"""RS-001: Redshift clusters must not be publicly accessible."""

from fixtures.rules import Rule

RULE = Rule(
    id="RS-001",
    title="Redshift Cluster Publicly Accessible",
    risk="Very High",
    service="Redshift",
    compliant="The Redshift cluster is not publicly accessible.",
    rationale=(
        "A publicly accessible cluster is given an endpoint that resolves to a public IP address, so the "
        "warehouse, usually holding an organisation's most complete copy of its data, can be reached from the "
        "internet with only security group rules and a password in the way. A cluster that only resolves "
        "to private addresses can be reached only from its VPC and the networks joined to it."
    ),
    remediation=(
        "Console: open Amazon Redshift > Clusters, choose the cluster, then Actions > Modify publicly "
        "accessible setting, turn public access off and save; move outside clients to a VPN, Direct Connect "
        "or a bastion in the VPC. "
        "CLI: 'aws redshift modify-cluster --cluster-identifier NAME --no-publicly-accessible'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-1",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP Redshift.1. Evidence is redshift:DescribeClusters PubliclyAccessible alone, as the control "
        "judges it: the flag fails even when security groups block outside traffic today. Risk follows "
        "FSBP's Critical (Conformity rates RS-001 High)."
    ),
)


def test_rs_001_cluster_publicly_accessible(redshift_cluster):
    assert not redshift_cluster.publicly_accessible, (
        f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region} is publicly accessible"
    )
