"""KMS-005: no customer managed KMS key policy lets any AWS principal use the key."""

from fixtures.rules import Rule

RULE = Rule(
    id="KMS-005",
    title="Key Exposed",
    risk="Very High",
    service="KMS",
    compliant="The key policy grants access only to named principals or under conditions that pin callers down.",
    rationale=(
        "A key policy is the first word on who may use a KMS key. A statement whose principal is a wildcard "
        "opens the key to identities in every AWS account, which can then decrypt data encrypted under it, "
        "encrypt data with it, or in the worst case change its policy or schedule its deletion. Naming the "
        "accounts and roles that need the key, or pinning callers with conditions, keeps it private."
    ),
    remediation=(
        "Console: KMS > Customer managed keys > the key > Key policy > Edit (switch to policy view): in each "
        "Allow statement with Principal \"*\" (or an AWS principal containing \"*\"), name the accounts or role "
        "ARNs that need the key, or add a condition pinning kms:CallerAccount, aws:PrincipalOrgID or "
        "aws:SourceVpce to fixed values, and Save. "
        "CLI: 'aws kms get-key-policy --key-id KEY_ID --policy-name default --output text > policy.json', edit "
        "it, then 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://policy.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-5",
        "https://docs.aws.amazon.com/config/latest/developerguide/kms-key-policy-no-public-access.html",
        "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
    ),
    notes=(
        "Carries FSBP KMS.5 (AWS Config kms-key-policy-no-public-access: a policy is public unless it grants "
        "only to fixed values). Evidence is kms:GetKeyPolicy (policy name default) per customer managed key, in "
        "any key state, listed by the reads KMS-002 makes; AWS managed keys' policies are written by AWS, "
        "cannot be edited and pin kms:CallerAccount, so they are left out. An Allow statement fails when its "
        "Principal is \"*\", an AWS principal holds a wildcard (\"*\", \"arn:aws:iam::*:root\") or it uses "
        "NotPrincipal, unless a condition (StringEquals, StringLike, ArnEquals, ArnLike, IpAddress or their "
        "ForAnyValue forms, not IfExists) pins one of aws:PrincipalAccount, aws:PrincipalArn, "
        "aws:PrincipalOrgID, aws:userid, kms:CallerAccount, aws:SourceAccount, aws:SourceArn, aws:SourceOwner, "
        "aws:SourceVpc, aws:SourceVpce or aws:SourceIp to values without wildcards or policy variables "
        "(0.0.0.0/0 is not a pin). AWS's reasoning engine weighs conditions more finely; a statement this rule "
        "cannot prove narrow fails. Risk follows the control's Critical severity (Very High)."
    ),
)


def test_kms_005_key_exposed(key_policy):
    key = key_policy.key
    assert not key_policy.public, (
        f"KMS key {key.named} in {key.region} has a key policy open to any AWS principal: "
        f"{'; '.join(key_policy.public)}"
    )
