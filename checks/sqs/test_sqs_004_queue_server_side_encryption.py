"""SQS-004: SQS queues must encrypt messages at rest."""

from fixtures.rules import Rule

RULE = Rule(
    id="SQS-004",
    title="Queue Server Side Encryption",
    risk="Medium",
    service="SQS",
    compliant="The SQS queue encrypts its messages at rest, with an SQS managed key (SSE-SQS) or a KMS key (SSE-KMS).",
    rationale=(
        "Messages wait in a queue until a consumer deletes them, for up to two weeks, and they often carry order, "
        "payment or personal data. Server-side encryption keeps those stored messages encrypted with a key SQS or "
        "KMS manages, so they are protected on the underlying storage; with a KMS key, reading them also takes "
        "permission to use the key and each use is logged."
    ),
    remediation=(
        "Console: Amazon SQS > Queues > the queue > Edit > Encryption, set Server-side encryption to Enabled, choose "
        "Amazon SQS key (SSE-SQS) or AWS Key Management Service key (SSE-KMS) and Save. "
        "CLI: 'aws sqs set-queue-attributes --queue-url QUEUE_URL --attributes SqsManagedSseEnabled=true', or "
        "'--attributes KmsMasterKeyId=alias/aws/sqs' (or a customer managed key) for SSE-KMS."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_GetQueueAttributes.html",
    ),
    notes=(
        "FSBP SQS.1. Evidence is sqs:GetQueueAttributes (AttributeNames All) per queue: KmsMasterKeyId set "
        "(SSE-KMS) or SqsManagedSseEnabled true (SSE-SQS) passes, as the control accepts both. Queues created since "
        "late 2022 get SSE-SQS by default. Conformity's SQS-005 asks for a customer managed KMS key; that is "
        "stricter advice. Risk Medium as FSBP rates it (Conformity rates SQS-004 High)."
    ),
)


def test_sqs_004_queue_server_side_encryption(sqs_queue):
    assert sqs_queue.kms_key or sqs_queue.sqs_managed_sse, (
        f"SQS queue {sqs_queue.name} in {sqs_queue.region} does not encrypt messages at rest "
        "(neither SSE-SQS nor SSE-KMS is turned on)"
    )
