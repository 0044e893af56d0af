"""StepFunctions.1: Step Functions state machines must log their executions at the required level or above."""

from fixtures.rules import Rule
from fixtures.settings import LEVELS

RULE = Rule(
    id="StepFunctions.1",
    title="State Machine Logging Enabled",
    risk="Medium",
    service="StepFunctions",
    compliant="The state machine logs its execution history to CloudWatch Logs at the required level or above.",
    rationale=(
        "A state machine strings together Lambda functions, service calls and human approvals; when a run fails or "
        "does something unexpected, its execution log is the record of which step ran with which input and what "
        "came back. Express workflows keep no execution history at all without logging, and standard workflows "
        "keep theirs for only 90 days and outside CloudWatch's search, alarms and retention."
    ),
    remediation=(
        "Console: in Step Functions choose the state machine, Edit, then Config; under Logging choose a log level "
        "(ERROR or ALL, at least the required one), choose or create a CloudWatch Logs log group, make sure the "
        "machine's role may write to it, and save. "
        "CLI: 'aws stepfunctions update-state-machine --state-machine-arn ARN --logging-configuration "
        "'{\"level\":\"ERROR\",\"includeExecutionData\":false,\"destinations\":[{\"cloudWatchLogsLogGroup\":"
        "{\"logGroupArn\":\"LOG_GROUP_ARN:*\"}}]}''."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/stepfunctions-controls.html#stepfunctions-1",
        "https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
        "https://docs.aws.amazon.com/step-functions/latest/apireference/API_LoggingConfiguration.html",
    ),
    notes=(
        "Evidence: states:DescribeStateMachine loggingConfiguration.level, which must be at least pytest.ini "
        "audit_stepfunctions_log_level (FATAL < ERROR < ALL). FSBP StepFunctions.1's logLevel parameter has no "
        "default: the control then passes any level but OFF, which is the minimum FATAL, our default; an "
        "organisation that sets ERROR or ALL in Security Hub sets the same here. Standard and Express machines "
        "are judged alike."
    ),
)


def test_stepfunctions_1_logging(state_machine, settings):
    machine, required = state_machine, settings.stepfunctions_log_level
    order = ("OFF", *LEVELS["stepfunctions_log_level"])
    where = f"Step Functions state machine {machine.name} in {machine.region}"
    assert machine.log_level != "OFF", f"{where} does not have logging turned on (level OFF)"
    assert order.index(machine.log_level) >= order.index(required), (
        f"{where} logs at level {machine.log_level}, below the required {required}")
