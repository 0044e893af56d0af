"""S3.11: buckets must send event notifications (of the event types the organisation names, if any)."""

from fnmatch import fnmatchcase

from fixtures.rules import Rule

RULE = Rule(
    id="S3.11",
    title="S3 Bucket Event Notifications Enabled",
    risk="Medium",
    service="S3",
    compliant="The bucket sends event notifications (to SNS, SQS, Lambda or EventBridge) for the required event types.",
    rationale=(
        "Event notifications tell someone, or some automation, the moment objects are created, deleted, "
        "restored or have their ACLs changed. Without them, an unexpected mass deletion or an upload to a bucket "
        "that should stay still is noticed only when its consequences show, long after the change could have "
        "been stopped or reversed."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Properties > Event notifications > Create event notification: "
        "choose the event types (for example all object create and removal events) and an SNS topic, SQS queue or "
        "Lambda function as destination, and save; or, under Amazon EventBridge, choose Edit and turn on sending "
        "every event to EventBridge. "
        "CLI: 'aws s3api put-bucket-notification-configuration --bucket NAME --notification-configuration "
        "file://notifications.json' (with TopicConfigurations, QueueConfigurations, LambdaFunctionConfigurations, "
        "or \"EventBridgeConfiguration\": {})."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketNotificationConfiguration.html",
    ),
    notes=(
        "Evidence is s3:GetBucketNotificationConfiguration: the bucket passes with at least one topic, queue or "
        "Lambda function configuration, or with EventBridge turned on. Parameter audit_s3_event_types (FSBP S3.11 "
        "eventTypes, no default: any event type passes): when set, each listed type must be covered by the "
        "bucket's notifications, a configured wildcard such as s3:ObjectCreated:* covering s3:ObjectCreated:Put. "
        "Decided here: EventBridge receives every event of the bucket, so it passes whatever types are required. "
        "Destinations are not checked (AWS Config's destinationArn parameter is not part of the control)."
    ),
)


def test_s3_11_event_notifications(bucket_notifications, settings):
    notifications = bucket_notifications
    where = f"S3 bucket {notifications.bucket} in {notifications.region}"
    assert notifications.notifications or notifications.eventbridge, f"{where} has no event notifications"
    if notifications.eventbridge:
        return
    configured = [event for item in notifications.notifications for event in item.events]
    missing = [wanted for wanted in settings.s3_event_types
               if not any(fnmatchcase(wanted, event) for event in configured)]
    assert not missing, (
        f"{where} sends no event notifications for {', '.join(missing)} (required by audit_s3_event_types; it "
        f"notifies {', '.join(sorted(set(configured))) or 'no event type'})"
    )
