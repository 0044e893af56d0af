"""SNS-006: SNS topics must encrypt messages at rest with a KMS key."""

from fixtures.rules import Rule

RULE = Rule(
    id="SNS-006",
    title="SNS Topic Encrypted",
    risk="Medium",
    service="SNS",
    compliant="The SNS topic encrypts the messages it stores with a KMS key.",
    rationale=(
        "SNS holds each message on disk until every subscriber has it, and messages often carry alert details, "
        "order data or personal data. With server-side encryption a KMS key protects those stored messages: "
        "reading them takes permission to use the key, each use is recorded in CloudTrail, and disabling the key "
        "cuts off access at once. Without it only SNS's own disk encryption stands in the way, which no key policy "
        "of yours controls."
    ),
    remediation=(
        "Console: Amazon SNS > Topics > the topic > Edit > Encryption, tick Enable encryption, pick the AWS managed "
        "key alias/aws/sns or a customer managed key (its key policy must let publishers such as CloudWatch or "
        "EventBridge use it) and Save changes. "
        "CLI: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name KmsMasterKeyId "
        "--attribute-value alias/aws/sns' (or a customer managed key's ARN or alias)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1",
        "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
        "https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html",
    ),
    notes=(
        "FSBP SNS.1. Evidence is sns:GetTopicAttributes KmsMasterKeyId per topic: any KMS key passes, the AWS "
        "managed alias/aws/sns included, as in the control. Conformity's SNS-007 asks for a customer managed key; "
        "that is stricter advice (it also lets other accounts' services publish), not this control. Risk Medium as "
        "FSBP rates it (Conformity rates SNS-006 High)."
    ),
)


def test_sns_006_topic_encrypted(sns_topic):
    assert sns_topic.kms_key, (
        f"SNS topic {sns_topic.name} in {sns_topic.region} does not encrypt messages at rest with a KMS key "
        "(no KmsMasterKeyId)"
    )
