"""RDS-026: RDS DB instances must copy their tags to their snapshots."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS-026",
    title="RDS Copy Tags to Snapshots",
    risk="Low",
    service="RDS",
    compliant="The DB instance copies its tags to the snapshots taken of it.",
    rationale=(
        "Tags say who owns data, how sensitive it is and which cost centre pays for it, and tag-based IAM "
        "conditions and backup policies act on them. A snapshot holds the same data as its instance but, unless "
        "tags are copied, none of those labels: it drops out of ownership reports and access policies and is hard "
        "to classify, retain or delete correctly."
    ),
    remediation=(
        "Console: in RDS open Databases, select the instance and choose Modify; under Backup tick Copy tags to "
        "snapshots, choose Continue and apply. Snapshots taken before the change keep their tags as they are; "
        "tag them with 'aws rds add-tags-to-resource'. "
        "CLI: 'aws rds modify-db-instance --db-instance-identifier NAME --copy-tags-to-snapshot "
        "--apply-immediately'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-17",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBInstance.html",
    ),
    notes=(
        "Evidence: rds:DescribeDBInstances CopyTagsToSnapshot. Members of a DB cluster (Aurora, Multi-AZ DB "
        "clusters, Neptune, DocumentDB) are not applicable: the RDS API says copying tags to snapshots is managed "
        "by the cluster and an instance-level value has no effect there; FSBP RDS.16 judges the clusters."
    ),
)


def test_rds_026_copy_tags_to_snapshots(standalone_db_instance):
    instance = standalone_db_instance
    assert instance.copy_tags_to_snapshot, (
        f"RDS DB instance {instance.identifier} ({instance.engine}) in {instance.region} "
        "does not copy its tags to snapshots"
    )
