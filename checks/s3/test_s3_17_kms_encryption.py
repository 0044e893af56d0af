"""S3.17: buckets must encrypt objects at rest by default with AWS KMS keys (SSE-KMS or DSSE-KMS)."""

from fixtures.rules import Rule

KMS_ALGORITHMS = ("aws:kms", "aws:kms:dsse")

RULE = Rule(
    id="S3.17",
    title="S3 Buckets Encrypted with KMS Keys",
    risk="Medium",
    service="S3",
    compliant="The bucket's default encryption uses AWS KMS keys (SSE-KMS or DSSE-KMS).",
    rationale=(
        "Every bucket is encrypted at least with keys S3 manages itself, which protects the disks but not the "
        "data from anyone allowed to read the bucket. With a KMS key, reading an object also needs permission "
        "to use the key: a second, independent gate whose every use is logged in CloudTrail and which can be "
        "revoked by disabling the key."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Properties > Default encryption > Edit, choose Server-side "
        "encryption with AWS Key Management Service keys (SSE-KMS) or Dual-layer (DSSE-KMS), pick a KMS key "
        "(a customer managed key gives control over its policy), turn on Bucket Key to cut KMS costs, and save. "
        "Existing objects keep their encryption until rewritten. "
        "CLI: 'aws s3api put-bucket-encryption --bucket NAME --server-side-encryption-configuration "
        "'{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":"
        "\"KEY_ARN\"},\"BucketKeyEnabled\":true}]}''."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html",
    ),
    notes=(
        "Evidence is s3:GetBucketEncryption SSEAlgorithm. AWS documents the control as passing buckets encrypted "
        "with an AWS KMS key, SSE-KMS (aws:kms) or DSSE-KMS (aws:kms:dsse), and failing SSE-S3 (AES256), so both "
        "KMS algorithms pass, whoever manages the key. A bucket without a configuration "
        "(ServerSideEncryptionConfigurationNotFoundError, which AWS no longer answers since every bucket has SSE-S3 "
        "at least) fails. Conformity's S3-025 asks for customer-managed keys, which is stricter and advised; this "
        "rule keeps the control's ID."
    ),
)


def test_s3_17_kms_encryption(bucket_encryption):
    encryption = bucket_encryption
    used = ", ".join(encryption.algorithms) or "no default encryption configuration"
    assert encryption.algorithms and all(name in KMS_ALGORITHMS for name in encryption.algorithms), (
        f"S3 bucket {encryption.bucket} in {encryption.region} is not encrypted by default with AWS KMS keys "
        f"(SSE-KMS or DSSE-KMS): {used}"
    )
