"""IAM-046: an IAM role with AWSSupportAccess exists to work with AWS Support on incidents."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-046",
    title="Support Role",
    risk="High",
    service="IAM",
    compliant="An IAM role has the AWSSupportAccess policy attached.",
    rationale=(
        "During an incident someone must be able to open and follow AWS Support cases at once. A dedicated "
        "role holding AWSSupportAccess lets the right people assume that ability when needed, without handing "
        "them broader rights and without reaching for the root user or an administrator's credentials."
    ),
    remediation=(
        "Console: IAM > Roles > Create role, trust the account (or your identity provider), attach the AWS "
        "managed policy AWSSupportAccess, name it e.g. 'aws-support' and allow your incident responders to "
        "assume it. "
        "CLI: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json', "
        "then 'aws iam attach-role-policy --role-name aws-support --policy-arn "
        "arn:aws:iam::aws:policy/AWSSupportAccess'; check with 'aws iam list-entities-for-policy --policy-arn "
        "arn:aws:iam::aws:policy/AWSSupportAccess' (PolicyRoles must not be empty)."
    ),
    references=(
        "https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html",
        "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html",
    ),
    notes=(
        "Passes only when a role has AWSSupportAccess attached, as the CIS audit step reads PolicyRoles: the "
        "policy attached to users or groups alone still fails (the message names them), because the control "
        "asks for a role people assume. Evidence: the AttachedManagedPolicies of users, groups and roles in "
        "iam:GetAccountAuthorizationDetails (the same read as the other IAM policy rules), matched by the "
        "policy ARN in any partition, instead of one iam:ListEntitiesForPolicy request. Risk High from the "
        "catalog (an old Conformity page)."
    ),
)


def test_iam_046_support_role(support_access):
    holders = support_access
    others = ", ".join(holders.entities)
    elsewhere = f"; it is attached only to {others}, not to a role" if others else ""
    assert holders.roles, (
        f"no IAM role in account {holders.account_id} has {holders.policy} attached{elsewhere}"
    )
