"""EKS-001: EKS cluster API server endpoints must not be publicly accessible."""

from fixtures.rules import Rule

RULE = Rule(
    id="EKS-001",
    title="EKS Cluster Endpoint Public Access",
    risk="High",
    service="EKS",
    compliant="The EKS cluster's Kubernetes API server endpoint is reachable from within its VPC only.",
    rationale=(
        "The API server endpoint is the control plane of the cluster: whoever authenticates to it can deploy "
        "workloads, read secrets and change access. A public endpoint is open to credential stuffing, stolen "
        "kubeconfig files and any flaw in the API server from the whole internet. A private endpoint, reached "
        "through the VPC, a VPN or Direct Connect, takes the control plane off the internet altogether."
    ),
    remediation=(
        "Console: open Amazon EKS > Clusters, select the cluster, open the Networking tab and choose Manage "
        "endpoint access; choose Private (make sure kubectl users and CI reach the VPC first), then Save changes. "
        "CLI: aws eks update-cluster-config --name CLUSTER --resources-vpc-config "
        "endpointPublicAccess=false,endpointPrivateAccess=true."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1",
        "https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html",
        "https://docs.aws.amazon.com/eks/latest/APIReference/API_VpcConfigResponse.html",
    ),
    notes=(
        "FSBP EKS.1. Evidence is eks:DescribeCluster resourcesVpcConfig.endpointPublicAccess (AWS Config "
        "eks-endpoint-no-public-access): true fails, even when publicAccessCidrs narrows who may connect (the "
        "message names the CIDRs); false passes. Conformity EKS-001 checks the same."
    ),
)


def test_eks_001_endpoint_public_access(eks_cluster):
    allowed = ", ".join(eks_cluster.public_access_cidrs) or "any address"
    assert not eks_cluster.endpoint_public_access, (
        f"EKS cluster {eks_cluster.name} in {eks_cluster.region} has a publicly accessible API server endpoint "
        f"(open to {allowed})"
    )
