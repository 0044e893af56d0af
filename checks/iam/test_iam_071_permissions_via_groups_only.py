"""IAM-071: IAM users get their permissions through groups only, never from policies of their own."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-071",
    title="Receive Permissions via IAM Groups Only",
    risk="Medium",
    service="IAM",
    compliant="The IAM user has no attached or inline policies of its own; its permissions come from groups.",
    rationale=(
        "When every permission a person holds arrives through a group, access follows job function: joining, "
        "moving or leaving a team is one group membership change, and a review of a handful of groups tells "
        "who can do what. Policies attached to or embedded in individual users scatter permissions across "
        "accounts of people, drift out of sight, and survive role changes that should have removed them."
    ),
    remediation=(
        "Console: IAM > User groups > create (or pick) a group for the job, attach the policies the user needs "
        "and add the user to it; then on the user's Permissions tab remove each directly attached policy and "
        "delete each inline policy. "
        "CLI: 'aws iam add-user-to-group --group-name <group> --user-name <user>', then "
        "'aws iam detach-user-policy --user-name <user> --policy-arn <arn>' for each attached policy and "
        "'aws iam delete-user-policy --user-name <user> --policy-name <name>' for each inline policy "
        "('aws iam list-attached-user-policies' and 'aws iam list-user-policies' list them)."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
    ),
    notes=(
        "Fails on any policy the user holds itself: attached managed policies (customer or AWS managed) and "
        "inline policies. IAM-016 is the narrower rule that looks at attached managed policies only. "
        "Evidence: iam:GetAccountAuthorizationDetails (one paginated bulk read)."
    ),
)


def test_iam_071_permissions_via_groups_only(iam_user_policies):
    user = iam_user_policies
    own = []
    if user.attached:
        own.append("attached managed policies " + ", ".join(user.attached))
    if user.inline:
        own.append("inline policies " + ", ".join(user.inline))
    assert not own, f"IAM user {user.user} holds permissions of its own instead of only through groups: " + "; ".join(own)
