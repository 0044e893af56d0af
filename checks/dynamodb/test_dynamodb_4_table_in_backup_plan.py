"""DynamoDB.4: active DynamoDB tables must be protected by an AWS Backup plan."""

from fixtures.rules import Rule

RULE = Rule(
    id="DynamoDB.4",
    title="DynamoDB Table in a Backup Plan",
    risk="Medium",
    service="DynamoDB",
    compliant="AWS Backup protects the DynamoDB table.",
    rationale=(
        "A table that no backup plan covers is backed up only when someone remembers to, and its backups are "
        "kept, copied and deleted without a policy. A backup plan takes backups on a schedule, keeps them for a "
        "set retention in a vault whose access is controlled apart from the table, and can copy them to another "
        "region or account, so the data survives mistakes, deletion and compromise of the table's account."
    ),
    remediation=(
        "Console: open AWS Backup > Backup plans, choose (or create) a plan, then Assign resources: pick the "
        "DynamoDB resource type and the table, or select tables by tag; the table counts as protected once the "
        "plan's first backup of it completes. "
        "CLI: aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection "
        "'{\"SelectionName\":\"dynamodb-tables\",\"IamRoleArn\":\"arn:aws:iam::ACCOUNT:role/service-role/"
        "AWSBackupDefaultServiceRole\",\"Resources\":[\"arn:aws:dynamodb:REGION:ACCOUNT:table/NAME\"]}'; "
        "aws backup start-backup-job --backup-vault-name VAULT --resource-arn TABLE_ARN --iam-role-arn ROLE_ARN "
        "takes a first backup now."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-4",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListProtectedResources.html",
    ),
    notes=(
        "Evidence: the table's ARN among backup:ListProtectedResources (read once per region and shared with "
        "EC2.28 and RDS.26), which lists every resource AWS Backup has backed up; dynamodb:DescribeTable "
        "TableStatus limits the control to ACTIVE tables, as the control says. No recent recovery point is "
        "required: the control only asks that the table be covered by a plan (a stricter check would compare the "
        "latest backup time with the plan's schedule). The backupVaultLockCheck parameter has no default and is not "
        "applied. Not Conformity DynamoDB-005, which is about on-demand backups taken by DynamoDB itself."
    ),
)


def test_dynamodb_4_table_in_backup_plan(dynamodb_table_backup):
    table = dynamodb_table_backup
    assert table.protected_by, (
        f"DynamoDB table {table.name} in {table.region} is not covered by an AWS Backup plan: "
        "AWS Backup lists no backup of it"
    )
