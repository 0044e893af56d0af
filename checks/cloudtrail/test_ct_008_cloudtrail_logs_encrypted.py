"""CT-008: each trail's log files must be encrypted with a KMS key."""

from fixtures.rules import Rule

RULE = Rule(
    id="CT-008",
    title="CloudTrail Logs Encrypted",
    risk="Medium",
    service="CloudTrail",
    compliant="The trail encrypts its log files with a KMS key (SSE-KMS).",
    rationale=(
        'By default trail logs are protected only by S3-managed encryption, which anyone allowed to read the '
        'bucket can get past. A KMS key adds a second permission, on the key, that readers also need, and records '
        'every decryption, so the audit trail itself is readable only by the people meant to read it.'
    ),
    remediation=(
        'Console: CloudTrail > Trails > the trail > General details > Edit, enable Log file SSE-KMS encryption and'
        " choose or create a KMS key whose policy lets CloudTrail encrypt and your auditors decrypt. CLI: 'aws "
        "cloudtrail update-trail --name NAME --kms-key-id KEY_ARN'."
    ),
    references=(
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
    ),
    notes=(
        'Evaluated per trail from DescribeTrails (KmsKeyId present).'
    ),
)


def test_ct_008_cloudtrail_logs_encrypted(trail):
    assert trail.kms_key_id, (
        f"trail {trail.name} (home region {trail.home_region}) does not encrypt its log files with a KMS key"
    )
