"""SNS.2: SNS topics must log the delivery status of their messages."""

from fixtures.rules import Rule

RULE = Rule(
    id="SNS.2",
    title="SNS Topic Delivery Status Logging",
    risk="Medium",
    service="SNS",
    compliant="The SNS topic logs failed deliveries to CloudWatch Logs for at least one protocol.",
    rationale=(
        "When SNS cannot hand a message to an SQS queue, a Lambda function, an HTTP(S) endpoint, Firehose or a "
        "mobile app, it retries and then drops it. Without delivery status logging nobody learns that a subscriber "
        "stopped receiving, which matters most for topics that carry security alarms; the CloudWatch Logs entries "
        "show which message failed, where and why."
    ),
    remediation=(
        "Console: Amazon SNS > Topics > the topic > Edit > Delivery status logging, choose the protocol the topic "
        "delivers to, an IAM role SNS may write CloudWatch Logs with (Create new service role) and a success "
        "sample rate, then Save changes. "
        "CLI: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name SQSFailureFeedbackRoleArn "
        "--attribute-value ROLE_ARN' (and SQSSuccessFeedbackRoleArn, SQSSuccessFeedbackSampleRate); the HTTP, "
        "Lambda, Firehose and Application protocols take the same attributes with their own prefix."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-2",
        "https://docs.aws.amazon.com/sns/latest/dg/sns-topic-attributes.html",
        "https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html",
    ),
    notes=(
        "FSBP SNS.2 (no Conformity rule). Evidence is sns:GetTopicAttributes per topic: a "
        "<Protocol>FailureFeedbackRoleArn for any of Application, Firehose, HTTP, Lambda or SQS passes, as the "
        "control asks for delivery status logging for some endpoint protocol, not all. Topics that only e-mail or "
        "text their subscribers cannot log delivery status through topic attributes and fail. Security Hub "
        "retired this control in April 2024; the catalog's FSBP v1.0.0 still lists it, so the rule is kept."
    ),
)


def test_sns_2_delivery_status_logging(sns_topic):
    assert sns_topic.failure_feedback, (
        f"SNS topic {sns_topic.name} in {sns_topic.region} does not log the delivery status of its messages "
        "(no <Protocol>FailureFeedbackRoleArn for any protocol)"
    )
