"""MSK.1: MSK clusters must encrypt the traffic between their brokers."""

from fixtures.rules import Rule

RULE = Rule(
    id="MSK.1",
    title="Encryption In Transit Between Brokers",
    risk="Medium",
    service="MSK",
    compliant="The MSK cluster encrypts the traffic between its broker nodes with TLS.",
    rationale=(
        "Brokers copy every message they receive to their replicas on other brokers. With in-cluster "
        "encryption off, that replication traffic, which carries the full content of every topic, crosses the "
        "network in plain text, readable and alterable by anything able to capture it inside the VPC."
    ),
    remediation=(
        "Console: encryption between brokers is chosen when a cluster is created and cannot be changed later. "
        "In Amazon MSK, choose Create cluster, keep Within the cluster encryption (TLS) ticked, choose TLS for "
        "client-broker traffic too, then move producers and consumers over (for example with MSK Replicator or "
        "MirrorMaker 2) and delete the old cluster. "
        "CLI: 'aws kafka create-cluster-v2 --cluster-name NEW --provisioned "
        "\"...,EncryptionInfo={EncryptionInTransit={InCluster=true,ClientBroker=TLS}}\"', then after migrating "
        "'aws kafka delete-cluster --cluster-arn OLD_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-1",
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-working-with-encryption.html",
    ),
    notes=(
        "Evidence is kafka:ListClustersV2 Provisioned.EncryptionInfo.EncryptionInTransit.InCluster; when AWS leaves "
        "it out, its documented default (true) applies. Serverless clusters are not judged: AWS always encrypts "
        "their traffic and they have no broker settings (the control's resource type, AWS::MSK::Cluster, is the "
        "provisioned kind). Client-to-broker encryption (ClientBroker) is not part of this control; TLS there "
        "is still advised."
    ),
)


def test_msk_1_in_cluster_encryption(msk_cluster):
    assert msk_cluster.in_cluster_tls, (
        f"MSK cluster {msk_cluster.name} in {msk_cluster.region} sends traffic between its brokers in "
        "plain text (in-cluster encryption is off)"
    )
