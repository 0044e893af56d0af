"""RDS-027: RDS event subscriptions must send critical DB instance events."""

from fixtures.rules import Rule

SOURCE_TYPE = "db-instance"
CATEGORIES = ("maintenance", "configuration change", "failure")

RULE = Rule(
    id="RDS-027",
    title="Instance Level Events Subscriptions",
    risk="Low",
    service="RDS",
    compliant=(
        "An enabled RDS event subscription in the region sends DB instance maintenance, configuration change "
        "and failure events."
    ),
    rationale=(
        "Instance events report failures, restarts for maintenance and changes to an instance's settings, "
        "including ones nobody planned. Forwarded to a watched SNS topic they reach the people who run the "
        "database while there is still time to act; left unsubscribed they sit in the RDS event log, where they "
        "are found only after the damage."
    ),
    remediation=(
        "Console: in RDS, open Event subscriptions, choose Create event subscription, pick or create an SNS "
        "topic with subscribers, set Source type to Instances, include All instances, and choose All event "
        "categories or at least maintenance, configuration change and failure; create. "
        "CLI: 'aws rds create-event-subscription --subscription-name NAME --sns-topic-arn TOPIC_ARN "
        "--source-type db-instance --event-categories maintenance \"configuration change\" failure --enabled'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-20",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_EventSubscription.html",
    ),
    notes=(
        "FSBP RDS.20. Evidence: rds:DescribeEventSubscriptions without parameters, per region. Passes when an "
        "enabled subscription has SourceType db-instance (or no source type: every source) and either no event "
        "categories (all of them) or maintenance, configuration change and failure. Decided from AWS's text, "
        "which checks that such a subscription exists and passes an account with no event subscriptions at all: "
        "a region without any subscription is reported not applicable, one with subscriptions but none of this "
        "kind fails. Subscriptions limited to some instances (SourceIds) count, as FSBP does not look at them; "
        "AWS's remediation advises All instances."
    ),
)


def test_rds_027_instance_event_subscription(rds_event_subscriptions):
    assert rds_event_subscriptions.covering(SOURCE_TYPE, CATEGORIES), (
        f"No enabled RDS event subscription in {rds_event_subscriptions.region} sends DB instance events of the "
        f"categories {', '.join(CATEGORIES)} (subscriptions there: {rds_event_subscriptions.names})"
    )
