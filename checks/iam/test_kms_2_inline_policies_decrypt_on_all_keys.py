"""KMS.2: inline policies of IAM users, groups and roles must not allow KMS decryption on every key."""

from fixtures.rules import Rule

RULE = Rule(
    id="KMS.2",
    title="Inline policies without decryption on all KMS keys",
    risk="Medium",
    service="IAM",
    compliant="No inline policy of the IAM identity allows kms:Decrypt or kms:ReEncryptFrom on every KMS key.",
    rationale=(
        "An inline policy that may decrypt with any key lets its user, group or role read everything those "
        "keys protect. Inline policies are also easy to miss in access reviews, since they live inside one "
        "identity rather than in the list of policies. Scoping decryption to named keys limits what a "
        "stolen credential can read."
    ),
    remediation=(
        "Console: IAM > Users, User groups or Roles > the identity > Permissions > the inline policy > Edit: in "
        "each statement allowing kms:Decrypt or kms:ReEncryptFrom (or kms:*), replace Resource \"*\" with the "
        "ARNs of the keys needed, and Save; or move the permission to a scoped customer managed policy. "
        "CLI: 'aws iam put-user-policy' (put-group-policy, put-role-policy) with '--policy-name <name> "
        "--policy-document file://scoped.json' replaces the inline policy."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/iam-inline-policy-blocked-kms-actions.html",
        "https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html",
    ),
    notes=(
        "One case per IAM user, group and role that has inline policies (one without any has nothing for the "
        "control to judge and is not listed). A statement fails as in KMS.1: it allows kms:Decrypt or "
        "kms:ReEncryptFrom (wildcards and NotAction included) on a Resource pattern matching any key of any "
        "account and Region, or with a NotResource that does not exclude one; Condition is not taken into "
        "account, as in the control. Evidence is iam:GetAccountAuthorizationDetails (UserPolicyList, "
        "GroupPolicyList, RolePolicyList), the read IAM-071 makes."
    ),
)


def test_kms_2_inline_policies_decrypt_on_all_keys(identity_inline_policies):
    identity = identity_inline_policies
    assert not identity.decrypt_everywhere, (
        f"IAM {identity.kind} {identity.name} has inline policies allowing decryption with every KMS key: "
        f"{'; '.join(identity.decrypt_everywhere)}"
    )
