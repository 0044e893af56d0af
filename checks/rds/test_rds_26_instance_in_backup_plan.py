"""RDS.26: RDS DB instances must be protected by an AWS Backup plan."""

from fixtures.rules import Rule

RULE = Rule(
    id="RDS.26",
    title="RDS Instance in a Backup Plan",
    risk="Medium",
    service="RDS",
    compliant="AWS Backup protects the DB instance, itself or through its DB cluster.",
    rationale=(
        "RDS automated backups live and die with the instance's own settings and account: they expire after at "
        "most 35 days and whoever can delete the instance can usually remove them. An AWS Backup plan keeps "
        "backups on a central schedule and retention, in a vault with its own access policy (and optionally "
        "Vault Lock), and can copy them to another region or account, so a database can be recovered after a "
        "mistake or a compromise of the account that runs it."
    ),
    remediation=(
        "Console: open AWS Backup > Backup plans, choose (or create) a plan, then Assign resources: pick the RDS "
        "resource type and the DB instance (for an Aurora or other cluster member, the Aurora/cluster resource "
        "type and its cluster), or select them by tag; the instance counts as protected once the first backup "
        "completes. "
        "CLI: aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection "
        "'{\"SelectionName\":\"rds\",\"IamRoleArn\":\"arn:aws:iam::ACCOUNT:role/service-role/"
        "AWSBackupDefaultServiceRole\",\"Resources\":[\"arn:aws:rds:REGION:ACCOUNT:db:NAME\"]}'; "
        "aws backup start-backup-job --backup-vault-name VAULT --resource-arn DB_ARN --iam-role-arn ROLE_ARN "
        "takes a first backup now."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-26",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListProtectedResources.html",
    ),
    notes=(
        "Evidence: the DB instance's ARN among backup:ListProtectedResources (read once per region, shared with "
        "DynamoDB.4 and EC2.28); rds:DescribeDBInstances is the same read the other RDS instance rules make. A "
        "cluster member (Aurora, Neptune, DocumentDB) counts when its cluster's ARN is protected, since AWS "
        "Backup backs such databases up per cluster and never per instance; the control's page does not say how "
        "it treats members. No recent recovery point is required (the control has no age parameter); the "
        "backupVaultLockCheck parameter has no default and is not applied. Conformity Backup-001 is a "
        "service-level rule, not this one; Prowler's rds_instance_protected_by_backup_plan is not mapped to the "
        "control in its FSBP framework."
    ),
)


def test_rds_26_instance_in_backup_plan(db_instance_backup):
    instance = db_instance_backup
    through = f" or of {instance.through}" if instance.through else ""
    assert instance.protected_by, (
        f"RDS DB instance {instance.name} ({instance.detail}) in {instance.region} is not covered by an AWS Backup "
        f"plan: AWS Backup lists no backup of it{through}"
    )
