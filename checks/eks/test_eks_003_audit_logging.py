"""EKS-003: EKS clusters must send their Kubernetes audit logs to CloudWatch Logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="EKS-003",
    title="Kubernetes Cluster Logging",
    risk="Medium",
    service="EKS",
    compliant="The EKS cluster sends its Kubernetes API audit logs to CloudWatch Logs.",
    rationale=(
        "The audit log records who called the Kubernetes API, what they did and when: the record an "
        "investigation needs to trace a stolen token, an unexpected deployment or a secret read. EKS keeps no "
        "control plane logs unless they are turned on, and it cannot recreate them afterwards."
    ),
    remediation=(
        "Console: open Amazon EKS > Clusters, select the cluster, open the Observability tab and choose Manage "
        "logging; turn Audit on (and API server, Authenticator, Controller manager and Scheduler if you want them), "
        "then Save changes. "
        "CLI: aws eks update-cluster-config --name CLUSTER --logging "
        "'{\"clusterLogging\":[{\"types\":[\"audit\"],\"enabled\":true}]}'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8",
        "https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
        "https://docs.aws.amazon.com/eks/latest/APIReference/API_Logging.html",
    ),
    notes=(
        "FSBP EKS.8. Evidence is eks:DescribeCluster logging.clusterLogging (AWS Config eks-cluster-log-enabled, "
        "logTypes audit): audit among the enabled types passes. The other log types are recommended but not "
        "required, as in the control; Conformity EKS-003 (rated Low there) and Prowler ask for all five."
    ),
)


def test_eks_003_audit_logging(eks_cluster):
    enabled = ", ".join(eks_cluster.enabled_log_types) or "none"
    assert "audit" in eks_cluster.enabled_log_types, (
        f"EKS cluster {eks_cluster.name} in {eks_cluster.region} does not send audit logs to CloudWatch Logs "
        f"(enabled log types: {enabled})"
    )
