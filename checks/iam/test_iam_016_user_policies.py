"""IAM-016: no managed policy is attached directly to an IAM user."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-016",
    title="IAM User Policies",
    risk="Low",
    service="IAM",
    compliant="The IAM user has no managed policies attached directly.",
    rationale=(
        "A managed policy attached to a single user is a permission decision made for one person rather than "
        "for a role in the organisation. Such attachments pile up over time, are missed when access is "
        "reviewed group by group, and keep granting access after the person's duties change. Attaching the "
        "policy to a group and adding the user to it gives the same access and keeps it manageable."
    ),
    remediation=(
        "Console: IAM > Users > the user > Permissions: note each policy shown as 'Attached directly', attach "
        "it to a group that matches the user's job (IAM > User groups), add the user to that group, then remove "
        "the direct attachment. "
        "CLI: 'aws iam list-attached-user-policies --user-name <user>', 'aws iam attach-group-policy "
        "--group-name <group> --policy-arn <arn>', 'aws iam add-user-to-group --group-name <group> "
        "--user-name <user>', then 'aws iam detach-user-policy --user-name <user> --policy-arn <arn>'."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_add-remove-users.html",
    ),
    notes=(
        "Differs from IAM-071 on purpose: IAM-016 fails only on managed policies (customer or AWS managed) "
        "attached directly to a user, and ignores inline user policies, which IAM-071 also fails on. A user "
        "with only an inline policy therefore passes IAM-016 and fails IAM-071. "
        "Evidence: iam:GetAccountAuthorizationDetails."
    ),
)


def test_iam_016_user_policies(iam_user_policies):
    user = iam_user_policies
    assert not user.attached, (
        f"IAM user {user.user} has managed policies attached directly: {', '.join(user.attached)}"
    )
