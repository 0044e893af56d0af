"""DynamoDB.6: DynamoDB tables must have deletion protection enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="DynamoDB.6",
    title="DynamoDB Deletion Protection",
    risk="Medium",
    service="DynamoDB",
    compliant="The DynamoDB table has deletion protection enabled.",
    rationale=(
        "Deleting a table removes its data and, unless point-in-time recovery or backups exist, for good. "
        "Deletion protection makes DynamoDB refuse every DeleteTable request until the setting is turned off "
        "first, so a wrong table name in a script, a careless cleanup or a mistaken stack change cannot remove a "
        "table in one step."
    ),
    remediation=(
        "Console: open DynamoDB > Tables, choose the table, open Additional settings and, under Deletion "
        "protection, choose Turn on. "
        "CLI: 'aws dynamodb update-table --table-name NAME --deletion-protection-enabled'. In CloudFormation, "
        "set DeletionProtectionEnabled: true on the table."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html",
        "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html",
    ),
    notes="Evidence: dynamodb:DescribeTable DeletionProtectionEnabled (absent means off). Tables in every state are judged.",
)


def test_dynamodb_6_deletion_protection(dynamodb_table):
    assert dynamodb_table.deletion_protection, (
        f"DynamoDB table {dynamodb_table.name} in {dynamodb_table.region} does not have deletion protection enabled"
    )
