"""EBS-014: each region must encrypt new EBS volumes by default."""

from fixtures.rules import Rule

RULE = Rule(
    id="EBS-014",
    title="Enable Encryption by Default for EBS Volumes",
    risk="Medium",
    service="EBS",
    compliant="EBS encryption by default is turned on in this region.",
    rationale=(
        "Encrypting volumes one launch at a time relies on every template, script and person remembering to "
        "ask for it. The regional encryption-by-default setting makes EC2 encrypt every new volume and every "
        "snapshot copy in that region, whoever creates them, so unencrypted data at rest stops appearing. "
        "It is a per-region setting, so a region nobody uses today is where an unencrypted volume would "
        "appear tomorrow."
    ),
    remediation=(
        "Console: open EC2 in the region, choose Settings (EC2 dashboard, Account attributes > Data "
        "protection and security), then Manage under EBS encryption, tick Enable and optionally pick the KMS "
        "key to use. "
        "CLI: aws ec2 enable-ebs-encryption-by-default --region <region>, and optionally aws ec2 "
        "modify-ebs-default-kms-key-id --kms-key-id <key> --region <region>; repeat for every region. "
        "Existing volumes are not changed: see EBS-001."
    ),
    references=(
        "https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html",
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
    ),
    notes=(
        "One case per audited region from ec2:GetEbsEncryptionByDefault. The setting has no ARN, so the "
        "resource is named arn:<partition>:ec2:<region>:<account>:ebs-encryption-by-default. Which KMS key is "
        "the default is not checked."
    ),
)


def test_ebs_014_encryption_by_default(ebs_defaults):
    assert ebs_defaults.encryption_by_default, (
        f"EBS encryption by default is off in {ebs_defaults.region} for account {ebs_defaults.account_id}"
    )
