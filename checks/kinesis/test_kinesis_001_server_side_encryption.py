"""Kinesis-001: Kinesis data streams must be encrypted at rest with server-side encryption (FSBP Kinesis.1)."""

from fixtures.rules import Rule

RULE = Rule(
    id="Kinesis-001",
    title="Kinesis Server Side Encryption",
    risk="Medium",
    service="Kinesis",
    compliant="The Kinesis data stream encrypts its records at rest with a KMS key.",
    rationale=(
        "Records in a stream stay in its shards for the whole retention period, from a day up to a year, and "
        "they are often the raw events a business runs on. Server-side encryption with KMS encrypts each "
        "record before it is stored, so the stored data is useless without the key, and every use of the key "
        "is logged."
    ),
    remediation=(
        "Console: in Amazon Kinesis, open Data streams, choose the stream, open the Configuration tab, choose "
        "Edit under Encryption, tick Enable server-side encryption, choose the AWS managed key (aws/kinesis) or "
        "a customer managed key and save; producers and consumers need kms:GenerateDataKey and kms:Decrypt on "
        "a customer managed key. "
        "CLI: 'aws kinesis start-stream-encryption --stream-name NAME --encryption-type KMS "
        "--key-id alias/aws/kinesis'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html#kinesis-1",
        "https://docs.aws.amazon.com/streams/latest/dev/getting-started-with-sse.html",
        "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeStreamSummary.html",
    ),
    notes=(
        "Evidence is kinesis:DescribeStreamSummary EncryptionType (KMS passes, NONE fails). Either the AWS "
        "managed key or a customer managed key passes, as in the control. Risk follows the FSBP severity "
        "(Medium); Conformity rates Kinesis-001 High. Records written before encryption was turned on stay "
        "unencrypted until they expire."
    ),
)


def test_kinesis_001_server_side_encryption(kinesis_stream):
    assert kinesis_stream.encryption_type == "KMS", (
        f"Kinesis data stream {kinesis_stream.name} in {kinesis_stream.region} is not encrypted at rest "
        f"(EncryptionType {kinesis_stream.encryption_type})"
    )
