"""EKS.3: EKS clusters must envelope-encrypt Kubernetes secrets with a KMS key."""

from fixtures.rules import Rule

RULE = Rule(
    id="EKS.3",
    title="EKS Secrets Encryption",
    risk="Medium",
    service="EKS",
    compliant="The EKS cluster envelope-encrypts Kubernetes secrets with a KMS key it names.",
    rationale=(
        "Kubernetes secrets hold database passwords, API tokens and certificates. Secrets encryption with a KMS "
        "key you own adds a layer above the storage encryption of etcd: reading a secret needs that key, its "
        "use is logged in CloudTrail, and disabling or revoking the key cuts access to every secret at once."
    ),
    remediation=(
        "Console: open Amazon EKS > Clusters, select the cluster, open the Overview tab and under Secrets "
        "encryption choose Enable, pick a symmetric KMS key and confirm (this cannot be undone). "
        "CLI: aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config "
        "'[{\"resources\":[\"secrets\"],\"provider\":{\"keyArn\":\"arn:aws:kms:REGION:ACCOUNT:key/KEY_ID\"}}]'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3",
        "https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html",
        "https://docs.aws.amazon.com/eks/latest/APIReference/API_EncryptionConfig.html",
    ),
    notes=(
        "Evidence is eks:DescribeCluster encryptionConfig (AWS Config eks-secrets-encrypted): an entry whose "
        "resources include secrets passes; no such entry fails. EKS's default envelope encryption of all "
        "Kubernetes API data with an AWS owned key (clusters on 1.28 or later) does not show in encryptionConfig and "
        "does not pass, as in the control. No Conformity ID in the 2023 list."
    ),
)


def test_eks_3_secrets_encryption(eks_cluster):
    assert "secrets" in eks_cluster.encrypted_resources, (
        f"EKS cluster {eks_cluster.name} in {eks_cluster.region} does not encrypt Kubernetes secrets with a KMS key "
        "(no encryption configuration for secrets)"
    )
