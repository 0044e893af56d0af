"""KMS.1: customer managed policies must not allow KMS decryption on every key."""

from fixtures.rules import Rule

RULE = Rule(
    id="KMS.1",
    title="Customer managed policies without decryption on all KMS keys",
    risk="Medium",
    service="IAM",
    compliant="The customer managed policy does not allow kms:Decrypt or kms:ReEncryptFrom on every KMS key.",
    rationale=(
        "Whoever may decrypt with any key can read every piece of data those keys protect, in this account and "
        "in any other account whose key policies trust it. Naming the keys (by ARN or alias ARN) a workload "
        "needs keeps one compromised identity from unlocking encrypted data it has no business reading."
    ),
    remediation=(
        "Console: IAM > Policies > filter 'Customer managed' > the policy > Permissions > Edit: in each "
        "statement allowing kms:Decrypt or kms:ReEncryptFrom (or kms:*), replace Resource \"*\" with the ARNs of "
        "the keys needed (arn:aws:kms:REGION:ACCOUNT:key/KEY_ID), save as the default version and delete the "
        "old versions. "
        "CLI: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://scoped.json "
        "--set-as-default', then 'aws iam delete-policy-version --policy-arn <arn> --version-id <old>'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/iam-customer-policy-blocked-kms-actions.html",
        "https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies-best-practices.html",
    ),
    notes=(
        "Every customer managed policy is judged, attached or not; AWS managed and inline policies are not "
        "(inline ones are KMS.2). Only the default version counts. As in the control, only Action and "
        "Resource count, not Condition: a statement fails when it allows kms:Decrypt or kms:ReEncryptFrom "
        "(directly or through a wildcard such as kms:* or *, or through NotAction) on a Resource pattern that "
        "matches any key of any account and Region (\"*\", \"arn:aws:kms:*\", \"arn:aws:kms:*:*:key/*\"), or "
        "with a NotResource that does not exclude such a key. A pattern bound to one account or Region passes. "
        "Policies used only as permissions boundaries are not listed. Evidence is "
        "iam:GetAccountAuthorizationDetails, the read IAM-045 makes."
    ),
)


def test_kms_1_customer_policies_decrypt_on_all_keys(customer_managed_policy):
    policy = customer_managed_policy
    assert not policy.decrypt_everywhere, (
        f"customer managed policy {policy.name} (default version {policy.default_version}) allows decryption "
        f"with every KMS key: {'; '.join(policy.decrypt_everywhere)}"
    )
