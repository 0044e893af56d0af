"""EventBridge.3: custom EventBridge event buses must have a resource-based policy attached."""

from fixtures.rules import Rule

RULE = Rule(
    id="EventBridge.3",
    title="EventBridge Custom Event Bus Policy Attached",
    risk="Low",
    service="CloudWatchEvents",
    compliant="A resource-based policy is attached to the custom event bus.",
    rationale=(
        "Without a resource-based policy, who may put events on a custom bus is decided only by the identity "
        "policies of the bus's own account. A policy on the bus states it where the bus is: which accounts or "
        "organization may send events to it, and under which conditions, and it is the only way to grant another "
        "account access on purpose. Writing it down also makes an unexpected sender stand out in review."
    ),
    remediation=(
        "Console: in Amazon EventBridge, choose Event buses, select the custom bus, choose Manage permissions, "
        "enter a policy naming the accounts or organization allowed to call events:PutEvents on the bus (the "
        "bus's own account at least) and choose Update. "
        "CLI: 'aws events put-permission --event-bus-name BUS --policy file://bus-policy.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/eventbridge-controls.html#eventbridge-3",
        "https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_EventBus.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/custom-eventbus-policy-attached.html",
    ),
    notes=(
        "Evidence is events:ListEventBuses Policy: a custom bus without one fails. The default bus is not a "
        "custom bus and is not listed; neither are partner event buses (named aws.partner/...), which a SaaS "
        "partner's event source creates. What the policy allows is not judged: the control asks only that one "
        "is attached."
    ),
)


def test_eventbridge_3_custom_bus_policy(custom_event_bus):
    assert custom_event_bus.has_policy, (
        f"EventBridge custom event bus {custom_event_bus.name} in {custom_event_bus.region} has no "
        "resource-based policy attached"
    )
