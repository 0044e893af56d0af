"""Redshift.7: Redshift clusters must use enhanced VPC routing."""

from fixtures.rules import Rule

RULE = Rule(
    id="Redshift.7",
    title="Redshift Enhanced VPC Routing",
    risk="High",
    service="Redshift",
    compliant="The cluster uses enhanced VPC routing, so its COPY and UNLOAD traffic goes through its VPC.",
    rationale=(
        "Without enhanced VPC routing, a cluster's COPY and UNLOAD traffic to S3 and other sources takes "
        "routes outside the VPC, where security groups, network ACLs, VPC endpoint policies and flow logs "
        "neither limit nor record it. With it, bulk data movement follows the VPC's own routes and controls, "
        "so data cannot be unloaded to a bucket the network rules do not allow."
    ),
    remediation=(
        "Console: open Amazon Redshift > Clusters, choose the cluster, then Actions > Modify (or Properties > "
        "Network and security settings > Edit), turn on Enhanced VPC routing and save; make sure the VPC "
        "has an S3 gateway endpoint or a NAT route first, or loads will stop working. "
        "CLI: 'aws redshift modify-cluster --cluster-identifier NAME --enhanced-vpc-routing'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-7",
        "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html",
        "https://docs.aws.amazon.com/redshift/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP Redshift.7; Conformity has no matching rule, so the ID is the control's. Evidence is "
        "redshift:DescribeClusters EnhancedVpcRouting. Risk follows the catalog's FSBP severity High; AWS's "
        "2023 control page rated it Medium."
    ),
)


def test_redshift_7_enhanced_vpc_routing(redshift_cluster):
    assert redshift_cluster.enhanced_vpc_routing, (
        f"Redshift cluster {redshift_cluster.identifier} in {redshift_cluster.region} "
        "does not use enhanced VPC routing"
    )
