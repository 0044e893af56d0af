"""AUDIT-001: the AWS managed policy AWSCloudShellFullAccess is attached to no user, group or role."""

from fixtures.rules import Rule

RULE = Rule(
    id="AUDIT-001",
    title="AWSCloudShellFullAccess restricted",
    risk="Medium",
    service="IAM",
    compliant="No IAM user, group or role has AWSCloudShellFullAccess attached.",
    rationale=(
        "CloudShell is a browser shell already signed in with the user's AWS credentials. The full-access "
        "policy also lets its holder upload and download files to that shell and use it without limits, "
        "which makes it an easy path to move data out of the account or bring tools in, outside the network "
        "controls that apply to other workstations. Those who need CloudShell should get a narrower policy "
        "that leaves out file transfer."
    ),
    remediation=(
        "Console: IAM > Policies > AWSCloudShellFullAccess > Entities attached: detach it from each user, "
        "group and role; where CloudShell is needed, attach a customer managed policy allowing only the "
        "cloudshell actions required (for example without cloudshell:GetFileUploadUrls and "
        "cloudshell:GetFileDownloadUrls). "
        "CLI: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess', "
        "then 'aws iam detach-user-policy', 'aws iam detach-group-policy' or 'aws iam detach-role-policy' "
        "with that --policy-arn for each entity listed."
    ),
    references=(
        "https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html",
        "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCloudShellFullAccess.html",
    ),
    notes=(
        "No Conformity rule exists for CIS 1.22 (v3/v4) / 1.21 (v5), so this is our own ID AUDIT-001. Risk "
        "Medium (decided here): the policy adds no AWS API permissions beyond the holder's own, so it is not "
        "a privilege escalation, but file transfer through CloudShell is a data exfiltration and tooling "
        "path that bypasses network controls; CIS rates it Level 1. No catalog standards besides CIS. "
        "Evidence: AttachedManagedPolicies of users, groups and roles in iam:GetAccountAuthorizationDetails "
        "(matched by policy ARN in any partition) instead of iam:ListEntitiesForPolicy."
    ),
)


def test_audit_001_cloudshell_full_access_restricted(cloudshell_full_access):
    holders = cloudshell_full_access
    assert not holders.entities, (
        f"{holders.policy} is attached to {', '.join(holders.entities)} in account {holders.account_id}"
    )
