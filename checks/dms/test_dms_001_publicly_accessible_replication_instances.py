"""DMS-001: DMS replication instances must not be publicly accessible."""

from fixtures.rules import Rule

RULE = Rule(
    id="DMS-001",
    title="Publicly Accessible DMS Replication Instances",
    risk="Very High",
    service="DMS",
    compliant="The DMS replication instance is not publicly accessible.",
    rationale=(
        "A replication instance holds credentials for both ends of a migration and streams whole databases "
        "through itself. A public one has an internet-reachable address, so only its security groups keep "
        "the outside world away from it. A private instance is reachable only from its VPC and the networks "
        "joined to it by VPN, Direct Connect or peering, which is all a migration needs."
    ),
    remediation=(
        "Console: public access cannot be switched off on an existing instance. In AWS DMS > Replication "
        "instances, create a new instance with Publicly accessible cleared, in a subnet group that reaches "
        "both databases, move the tasks to it (stop each task, Modify, choose the new instance) and delete "
        "the public one. "
        "CLI: 'aws dms create-replication-instance --replication-instance-identifier NEW "
        "--replication-instance-class CLASS --no-publicly-accessible ...', then "
        "'aws dms delete-replication-instance --replication-instance-arn OLD_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-1",
        "https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html",
        "https://docs.aws.amazon.com/dms/latest/APIReference/API_ReplicationInstance.html",
    ),
    notes=(
        "FSBP DMS.1. Evidence is dms:DescribeReplicationInstances PubliclyAccessible. Risk follows FSBP's "
        "Critical (Conformity rates DMS-001 High)."
    ),
)


def test_dms_001_publicly_accessible_replication_instances(dms_replication_instance):
    assert not dms_replication_instance.publicly_accessible, (
        f"DMS replication instance {dms_replication_instance.identifier} in {dms_replication_instance.region} "
        "is publicly accessible"
    )
