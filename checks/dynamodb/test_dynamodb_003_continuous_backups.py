"""DynamoDB-003: DynamoDB tables must have point-in-time recovery (continuous backups) enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="DynamoDB-003",
    title="DynamoDB Continuous Backups",
    risk="Medium",
    service="DynamoDB",
    compliant="The DynamoDB table has point-in-time recovery enabled.",
    rationale=(
        "Without point-in-time recovery, a faulty deployment, a bad script or an attacker that overwrites or "
        "deletes items can only be undone from the last on-demand backup, if there is one, and everything "
        "written since is lost. With it, DynamoDB keeps a continuous backup and the table can be restored to "
        "any second of the recovery window (up to 35 days), without planning backups in advance."
    ),
    remediation=(
        "Console: open DynamoDB > Tables, choose the table, open the Backups tab and, under Point-in-time "
        "recovery (PITR), choose Edit, turn it on and save. "
        "CLI: 'aws dynamodb update-continuous-backups --table-name NAME "
        "--point-in-time-recovery-specification PointInTimeRecoveryEnabled=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html",
        "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContinuousBackups.html",
    ),
    notes=(
        "FSBP DynamoDB.2. Evidence: dynamodb:DescribeContinuousBackups "
        "ContinuousBackupsDescription.PointInTimeRecoveryDescription.PointInTimeRecoveryStatus, which must be "
        "ENABLED. Conformity rates DynamoDB-003 High; the risk here follows the FSBP severity (Medium). The length "
        "of the recovery window is not judged (the control has no parameter for it)."
    ),
)


def test_dynamodb_003_continuous_backups(dynamodb_table_recovery):
    table = dynamodb_table_recovery
    assert table.point_in_time_recovery == "ENABLED", (
        f"DynamoDB table {table.name} in {table.region} does not have point-in-time recovery enabled"
    )
