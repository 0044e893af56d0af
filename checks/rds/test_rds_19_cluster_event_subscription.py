"""RDS.19: RDS event subscriptions must send critical DB cluster events."""

from fixtures.rules import Rule

SOURCE_TYPE = "db-cluster"
CATEGORIES = ("maintenance", "failure")

RULE = Rule(
    id="RDS.19",
    title="Cluster Events Subscriptions",
    risk="Low",
    service="RDS",
    compliant="An enabled RDS event subscription in the region sends DB cluster maintenance and failure events.",
    rationale=(
        "RDS announces cluster failovers, failures and pending or applied maintenance as events, but nobody "
        "hears them unless a subscription forwards them to an SNS topic someone watches. Without it, a failed "
        "writer or a forced maintenance restart is discovered from application errors rather than from an "
        "alert, and the response starts late."
    ),
    remediation=(
        "Console: in RDS, open Event subscriptions, choose Create event subscription, pick or create an SNS "
        "topic with subscribers, set Source type to Clusters, include All clusters, and choose All event "
        "categories or at least maintenance and failure; create. "
        "CLI: 'aws rds create-event-subscription --subscription-name NAME --sns-topic-arn TOPIC_ARN "
        "--source-type db-cluster --event-categories maintenance failure --enabled'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-19",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Events.html",
        "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_EventSubscription.html",
    ),
    notes=(
        "FSBP RDS.19. Evidence: rds:DescribeEventSubscriptions without parameters, per region. Passes when an "
        "enabled subscription has SourceType db-cluster (or no source type: every source) and either no event "
        "categories (all of them) or both maintenance and failure. Decided from AWS's text, which checks that "
        "such a subscription exists and passes an account with no event subscriptions at all: a region without "
        "any subscription is reported not applicable, one with subscriptions but none of this kind fails. "
        "Subscriptions limited to some clusters (SourceIds) count, as FSBP does not look at them; AWS's "
        "remediation advises All clusters. Rule ID: the catalog's RDS-029? is only a related Conformity rule, "
        "so the FSBP ID is kept."
    ),
)


def test_rds_19_cluster_event_subscription(rds_event_subscriptions):
    assert rds_event_subscriptions.covering(SOURCE_TYPE, CATEGORIES), (
        f"No enabled RDS event subscription in {rds_event_subscriptions.region} sends DB cluster events of the "
        f"categories {' and '.join(CATEGORIES)} (subscriptions there: {rds_event_subscriptions.names})"
    )
