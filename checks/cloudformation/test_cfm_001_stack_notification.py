"""CFM-001: CloudFormation stacks must send their events to an SNS topic."""

from fixtures.rules import Rule

RULE = Rule(
    id="CFM-001",
    title="CloudFormation Stack Notification",
    risk="Low",
    service="CloudFormation",
    compliant="The stack sends its events to at least one SNS topic.",
    rationale=(
        "Stacks create, change and delete infrastructure. Sending a stack's events to an SNS topic tells the "
        "people or systems that own it, as it happens, when it is updated, rolled back, drifts into a failed "
        "state or is deleted, including changes nobody announced. Without a topic those events stay in the "
        "stack's event list until someone looks."
    ),
    remediation=(
        "Console: in CloudFormation, select the stack, choose Update > Use existing template, go on to Configure "
        "stack options, under Notification options choose an existing SNS topic (or create one), and submit the "
        "update. "
        "CLI: 'aws cloudformation update-stack --stack-name STACK --use-previous-template "
        "--notification-arns arn:aws:sns:REGION:ACCOUNT:TOPIC' (repeat each parameter with "
        "'--parameters ParameterKey=NAME,UsePreviousValue=true' and pass '--capabilities' as the stack needs)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudformation-controls.html#cloudformation-1",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Stack.html",
    ),
    notes=(
        "FSBP CloudFormation.1, Conformity CFM-001. Evidence is cloudformation:DescribeStacks NotificationARNs: "
        "a stack with none fails; any topic passes (the control's optional topic parameters are not set by "
        "default). Nested stacks are listed and judged like any other stack. Risk Low as FSBP rates it "
        "(Conformity rates it Medium)."
    ),
)


def test_cfm_001_stack_notification(cloudformation_stack):
    assert cloudformation_stack.notification_topics, (
        f"CloudFormation stack {cloudformation_stack.name} in {cloudformation_stack.region} sends its events to "
        "no SNS topic"
    )
