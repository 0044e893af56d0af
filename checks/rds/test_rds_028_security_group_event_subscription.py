"""RDS-028: RDS event subscriptions must send critical DB security group events."""

from fixtures.rules import Rule

SOURCE_TYPE = "db-security-group"
CATEGORIES = ("configuration change", "failure")

RULE = Rule(
    id="RDS-028",
    title="Security Groups Events Subscriptions",
    risk="Low",
    service="RDS",
    compliant=(
        "An enabled RDS event subscription in the region sends DB security group configuration change and "
        "failure events."
    ),
    rationale=(
        "A DB security group decides which networks may reach a database, so a change to it widens or narrows "
        "who can connect. Sending its configuration changes and failures to a watched SNS topic means an "
        "opening nobody asked for is seen when it happens, not at the next review."
    ),
    remediation=(
        "Console: in RDS, open Event subscriptions, choose Create event subscription, pick or create an SNS "
        "topic with subscribers, set Source type to Security groups, include All security groups, and choose "
        "All event categories or at least configuration change and failure; create. "
        "CLI: 'aws rds create-event-subscription --subscription-name NAME --sns-topic-arn TOPIC_ARN "
        "--source-type db-security-group --event-categories \"configuration change\" failure --enabled'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-22",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_EventSubscription.html",
    ),
    notes=(
        "FSBP RDS.22. Evidence: rds:DescribeEventSubscriptions without parameters, per region. Passes when an "
        "enabled subscription has SourceType db-security-group (or no source type: every source) and either no "
        "event categories (all of them) or configuration change and failure. AWS's text checks that such a "
        "subscription exists and passes an account with no event subscriptions at all: a region without any "
        "subscription is reported not applicable, one with subscriptions but none of this kind fails. DB "
        "security groups belong to EC2-Classic, which AWS retired; databases in a VPC use VPC security groups, "
        "whose changes CloudTrail and EC2 rules watch, but the control still asks for the subscription."
    ),
)


def test_rds_028_security_group_event_subscription(rds_event_subscriptions):
    assert rds_event_subscriptions.covering(SOURCE_TYPE, CATEGORIES), (
        f"No enabled RDS event subscription in {rds_event_subscriptions.region} sends DB security group events "
        f"of the categories {' and '.join(CATEGORIES)} (subscriptions there: {rds_event_subscriptions.names})"
    )
