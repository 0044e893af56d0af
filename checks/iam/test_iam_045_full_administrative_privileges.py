"""IAM-045: no attached managed policy allows every action on every resource."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-045",
    title="IAM Policies With Full Administrative Privileges",
    risk="High",
    service="IAM",
    compliant="The managed policy's default version does not allow every action on every resource.",
    rationale=(
        "A policy allowing every action on every resource turns whoever holds it into an administrator who can "
        "read all data, delete anything and rewrite IAM to keep their access. Homemade policies of this kind "
        "are often written as a shortcut and then attached far more widely than intended. Granting only the "
        "actions a job needs limits the damage of a leaked credential or a mistaken command."
    ),
    remediation=(
        "An AWS managed policy (AdministratorAccess) cannot be edited: detach it from every user, group and role "
        "(IAM > Policies > the policy > Entities attached > Detach) and attach narrower policies instead. Where a "
        "break-glass role must keep it, record that as a waiver with the reason and an end date. "
        "For a customer managed policy: Console: IAM > Policies > filter 'Customer managed' > the policy > "
        "Permissions: edit the JSON to list "
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
        "Every attached managed policy (AttachmentCount > 0) is evaluated, customer managed and AWS managed "
        "alike, as CIS 1.16 (v5.0.0 1.15) lists them with 'aws iam list-policies --only-attached': an attached "
        "AdministratorAccess fails. Only the default version counts. A statement counts, as CIS reads it, when "
        "its Effect is Allow, its Action is \"*\" (or \"*:*\") and its Resource is \"*\". An Allow with "
        "NotAction that leaves IAM allowed, or Action \"*\" with NotResource, grants nearly as much (whoever "
        "may change IAM can grant themselves the rest) but is not what CIS looks for, so it passes here; avoid "
        "such statements too. Conditions narrow when access applies, not what it covers, so conditional "
        "statements still fail (the message says so). Action and Resource may be strings or lists, Statement a "
        "dict or a list, documents dicts or URL-encoded JSON. Evidence: iam:GetAccountAuthorizationDetails "
        "(customer managed) and iam:ListPolicies with iam:GetPolicyVersion (AWS managed)."
    ),
)


def test_iam_045_full_administrative_privileges(attached_policies):
    policy = attached_policies
    assert not policy.full_access, (
        f"{policy.kind} policy {policy.name} (default version {policy.default_version}, "
        f"{policy.attachments} attachment(s)) grants full administrative access: {'; '.join(policy.full_access)}"
    )
