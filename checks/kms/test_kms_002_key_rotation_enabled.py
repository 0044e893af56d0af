"""KMS-002: customer-managed symmetric KMS keys must rotate automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="KMS-002",
    title="Key Rotation Enabled",
    risk="Medium",
    service="KMS",
    compliant="The customer-managed key has automatic rotation enabled.",
    rationale=(
        "The longer one key material encrypts data, the more data a single compromise exposes. Automatic "
        "rotation makes KMS generate new material on a schedule while keeping the old material to decrypt "
        "existing data, so nothing needs re-encrypting and no application changes; it limits how much any "
        "one piece of key material protects."
    ),
    remediation=(
        "Console: open KMS > Customer managed keys, choose the key, open the Key rotation tab, tick "
        "Automatically rotate this KMS key every year (or set a period) and save. "
        "CLI: 'aws kms enable-key-rotation --key-id KEY_ID --region REGION' (optionally "
        "'--rotation-period-in-days DAYS'); verify with 'aws kms get-key-rotation-status --key-id KEY_ID'."
    ),
    references=(
        "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
        "https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html",
    ),
    notes=(
        "Keys judged: KeyManager CUSTOMER, KeySpec SYMMETRIC_DEFAULT, KeyState Enabled and Origin AWS_KMS "
        "(kms:ListKeys, kms:DescribeKey); imported and custom key store keys cannot rotate automatically and "
        "disabled or pending-deletion keys are out of scope. A key holding an alias/aws/ alias is AWS managed "
        "whatever DescribeKey says (kms:ListAliases), which also keeps moto's alias/aws/ebs key out. Evidence "
        "is kms:GetKeyRotationStatus KeyRotationEnabled; any rotation period is accepted."
    ),
)


def test_kms_002_key_rotation_enabled(customer_managed_key):
    key = customer_managed_key
    named = f" ({', '.join(key.aliases)})" if key.aliases else ""
    assert key.rotation_enabled, (
        f"KMS key {key.key_id}{named} in {key.region} does not have automatic key rotation enabled"
    )
