"""EMR.1: EMR cluster primary nodes must not have public IP addresses."""

from fixtures.rules import Rule

RULE = Rule(
    id="EMR.1",
    title="Cluster Primary Node Without Public IP",
    risk="High",
    service="EMR",
    compliant="The running EMR cluster's primary node has no public IP address.",
    rationale=(
        "The primary node runs the cluster's resource manager, web interfaces and often SSH. With a public IP "
        "address it can be reached from the internet whenever a security group rule allows it, and EMR's web "
        "interfaces have a history of being used to run code on clusters left open. A cluster in a private subnet "
        "is reached only through your network (a bastion, VPN or Session Manager)."
    ),
    remediation=(
        "Console: a node's public IP address cannot be removed. In Amazon EMR > Clusters, clone the cluster and, "
        "under Networking, choose a private subnet (one whose Auto-assign public IPv4 address is off and whose "
        "route table has no internet gateway route), with a NAT gateway or VPC endpoints for what it reaches; then "
        "terminate the old cluster. "
        "CLI: 'aws emr create-cluster ... --ec2-attributes SubnetId=PRIVATE_SUBNET,KeyName=KEY', then "
        "'aws emr terminate-clusters --cluster-ids OLD_ID'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/emr-controls.html#emr-1",
        "https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-vpc-launching-job-flows.html",
        "https://docs.aws.amazon.com/emr/latest/APIReference/API_Cluster.html",
    ),
    notes=(
        "FSBP EMR.1 (no Conformity rule). Clusters are listed with emr:ListClusters ClusterStates RUNNING and "
        "WAITING, the states the control checks. Evidence is emr:DescribeCluster MasterPublicDnsName per cluster: "
        "EMR gives the primary node's public DNS name when it has a public IP address and its private name "
        "otherwise (EMR needs DNS host names on in its VPC), so a public EC2 name (ending in .amazonaws.com) fails. "
        "The catalog's ec2:DescribeSubnets check of the subnet is not needed: the control judges the node's "
        "address, not its subnet."
    ),
)


def test_emr_1_primary_node_no_public_ip(emr_cluster):
    assert not emr_cluster.primary_is_public, (
        f"EMR cluster {emr_cluster.name} ({emr_cluster.cluster_id}) in {emr_cluster.region} has a primary node with "
        f"a public IP address (public DNS name {emr_cluster.primary_dns_name})"
    )
