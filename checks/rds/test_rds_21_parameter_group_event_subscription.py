"""RDS.21: RDS event subscriptions must send DB parameter group configuration changes."""

from fixtures.rules import Rule

SOURCE_TYPE = "db-parameter-group"
CATEGORIES = ("configuration change",)

RULE = Rule(
    id="RDS.21",
    title="Parameter Group Events Subscriptions",
    risk="Low",
    service="RDS",
    compliant="An enabled RDS event subscription in the region sends DB parameter group configuration changes.",
    rationale=(
        "DB parameter groups decide how every database using them behaves: whether connections must use TLS, "
        "what is logged and audited, how authentication works. A change to one silently alters all of those "
        "databases; an event subscription turns each change into a notification, so an unplanned or malicious "
        "one is noticed and questioned."
    ),
    remediation=(
        "Console: in RDS, open Event subscriptions, choose Create event subscription, pick or create an SNS "
        "topic with subscribers, set Source type to Parameter groups, include All parameter groups, and choose "
        "All event categories or at least configuration change; create. "
        "CLI: 'aws rds create-event-subscription --subscription-name NAME --sns-topic-arn TOPIC_ARN "
        "--source-type db-parameter-group --event-categories \"configuration change\" --enabled'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-21",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_EventSubscription.html",
    ),
    notes=(
        "FSBP RDS.21. Evidence: rds:DescribeEventSubscriptions without parameters, per region. Passes when an "
        "enabled subscription has SourceType db-parameter-group (or no source type: every source) and either no "
        "event categories (all of them) or configuration change. AWS's text checks that such a subscription "
        "exists and passes an account with no event subscriptions at all: a region without any subscription is "
        "reported not applicable, one with subscriptions but none of this kind fails. Rule ID: the catalog's "
        "RDS-029? is only a related Conformity rule, so the FSBP ID is kept."
    ),
)


def test_rds_21_parameter_group_event_subscription(rds_event_subscriptions):
    assert rds_event_subscriptions.covering(SOURCE_TYPE, CATEGORIES), (
        f"No enabled RDS event subscription in {rds_event_subscriptions.region} sends DB parameter group events "
        f"of the category configuration change (subscriptions there: {rds_event_subscriptions.names})"
    )
