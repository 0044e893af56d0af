"""IAM-045: no attached customer managed policy allows every action on every resource."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-045",
    title="IAM Policies With Full Administrative Privileges",
    risk="High",
    service="IAM",
    compliant="The customer managed policy's default version does not allow every action on every resource.",
    rationale=(
        "A policy allowing every action on every resource turns whoever holds it into an administrator who can "
        "read all data, delete anything and rewrite IAM to keep their access. Homemade policies of this kind "
        "are often written as a shortcut and then attached far more widely than intended. Granting only the "
        "actions a job needs limits the damage of a leaked credential or a mistaken command."
    ),
    remediation=(
        "Console: IAM > Policies > filter 'Customer managed' > the policy > Permissions: edit the JSON to list "
        "the actions and resources actually needed (IAM Access Analyzer can generate a policy from CloudTrail "
        "activity), save it as the default version, and delete the old versions; or detach the policy from "
        "every user, group and role and delete it. "
        "CLI: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://narrow.json "
        "--set-as-default', 'aws iam delete-policy-version --policy-arn <arn> --version-id <old>'; "
        "'aws iam list-entities-for-policy --policy-arn <arn>' shows what to detach."
    ),
    references=(
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-versioning.html",
    ),
    notes=(
        "Only customer managed policies that are attached (AttachmentCount > 0) and only their default version "
        "are evaluated; AWS managed policies such as AdministratorAccess are out of scope here. A statement "
        "counts when its Effect is Allow, it covers every resource (Resource \"*\" or any NotResource) and "
        "either its Action is \"*\" (or \"*:*\") or it uses NotAction without excluding all IAM actions: an "
        "Allow/NotAction statement leaving IAM allowed lets the holder grant itself the rest, so it is full "
        "administrative access in effect, while one excluding iam:* (PowerUserAccess style) is not counted. "
        "Conditions narrow when access applies, not what it covers, so conditional statements still fail "
        "(the message says so). Action and Resource may be strings or lists, Statement a dict or a list, "
        "documents dicts or URL-encoded JSON. Evidence: iam:GetAccountAuthorizationDetails."
    ),
)


def test_iam_045_full_administrative_privileges(attached_customer_policies):
    policy = attached_customer_policies
    assert not policy.full_access, (
        f"customer managed policy {policy.name} (default version {policy.default_version}, "
        f"{policy.attachments} attachment(s)) grants full administrative access: {'; '.join(policy.full_access)}"
    )
