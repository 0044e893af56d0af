"""EKS-002: EKS clusters must run a Kubernetes version AWS still supports."""

from fixtures.rules import Rule

RULE = Rule(
    id="EKS-002",
    title="Kubernetes Cluster Version",
    risk="High",
    service="EKS",
    compliant="The EKS cluster runs a Kubernetes version no older than the oldest version in EKS standard support.",
    rationale=(
        "Each Kubernetes minor version gets fixes for a limited time. A cluster left on an old version stops "
        "receiving security patches for the control plane and its add-ons once support ends (or only receives "
        "them at extra cost in extended support), and EKS eventually upgrades it on its own schedule rather than "
        "yours. Upgrading one minor version at a time, regularly, keeps the cluster patched and upgrades small."
    ),
    remediation=(
        "Console: open Amazon EKS > Clusters, select the cluster and choose Upgrade version (one minor version at "
        "a time, after checking the Upgrade insights tab for deprecated APIs), then upgrade the node groups and "
        "add-ons. "
        "CLI: aws eks update-cluster-version --name CLUSTER --kubernetes-version NEXT_MINOR_VERSION, then "
        "'aws eks update-nodegroup-version --cluster-name CLUSTER --nodegroup-name NODEGROUP' and "
        "'aws eks update-addon ...' for each add-on."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-2",
        "https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html",
        "https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html",
    ),
    notes=(
        "FSBP EKS.2. Evidence is eks:DescribeCluster version, compared number by number with the setting "
        "audit_eks_oldest_supported_version (the control's oldestVersionSupported; AWS Config "
        "eks-cluster-supported-version): older fails. Decision: AWS raises the control's parameter as each version "
        "leaves EKS standard support (its change log updated EKS.2 on 2024-11-26, the day 1.28's standard support "
        "ended), so a version in extended support fails too. Default 1.35, checked 2026-12-03 against the EKS "
        "Kubernetes release calendar: 1.34's standard support ended on 2026-12-02 (1.35's ends on 2027-03-27, "
        "after which the value becomes 1.36); keep the setting in step with the calendar. The current value of "
        "Security Hub's parameter could not be read from AWS's pages here. Conformity "
        "EKS-002 checks the same (rated Low there)."
    ),
)


def test_eks_002_kubernetes_version(eks_cluster, settings):
    oldest = settings.eks_oldest_supported_version
    assert not eks_cluster.runs_version_older_than(oldest), (
        f"EKS cluster {eks_cluster.name} in {eks_cluster.region} runs Kubernetes {eks_cluster.version}, older than "
        f"the oldest supported version {oldest}"
    )
