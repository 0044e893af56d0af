"""AG-001: REST and WebSocket API stages must write execution logs to CloudWatch Logs."""

from fixtures.rules import Rule
from fixtures.subjects.apigateway import LOGGING_LEVELS

RULE = Rule(
    id="AG-001",
    title="APIs CloudWatch Logs",
    risk="Medium",
    service="APIGateway",
    compliant="The stage writes execution logs (level ERROR or INFO) for all of its methods or routes.",
    rationale=(
        "Execution logs are API Gateway's own account of each request: how the authorizer answered, what the "
        "integration returned, where a request failed and with which request ID. Without them a stage that starts "
        "rejecting callers, leaking errors from its backend or being probed leaves nothing to investigate but the "
        "backend's view. A single method or route switched off is a blind spot in an otherwise logged API."
    ),
    remediation=(
        "Console: in API Gateway choose the API, then Stages and the stage; under Logs and tracing (REST) or Logging "
        "(WebSocket) choose Edit, set CloudWatch logs to Errors only or Errors and info logs and save; remove or fix "
        "any method or route override that turns logging off. API Gateway needs a CloudWatch Logs role set once per "
        "region under Settings. "
        "CLI: REST, 'aws apigateway update-stage --rest-api-id ID --stage-name STAGE --patch-operations "
        "op=replace,path=/*/*/logging/loglevel,value=ERROR'; WebSocket, 'aws apigatewayv2 update-stage --api-id ID "
        "--stage-name STAGE --default-route-settings LoggingLevel=ERROR'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
        "https://docs.aws.amazon.com/apigateway/latest/api/API_MethodSetting.html",
        "https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-stages-stagename.html",
    ),
    notes=(
        "Evidence: REST stages, apigateway:GetStages methodSettings loggingLevel of '*/*' (the stage default) and of "
        "every per-method override; WebSocket stages, apigatewayv2:GetStages DefaultRouteSettings.LoggingLevel and "
        "every RouteSettings override (an override without a level keeps the stage's). Passes when all of them are "
        "ERROR or INFO, as FSBP APIGateway.1 does without its optional loggingLevel parameter; a stage-wide level "
        "is required because per-method overrides alone cannot show that every method is covered. HTTP APIs have no "
        "execution logging and are left to APIGateway.9 (access logging)."
    ),
)


def test_ag_001_api_execution_logging(execution_logging_stage):
    stage = execution_logging_stage
    unlogged = [key for key, level in stage.override_logging if level not in LOGGING_LEVELS]
    where = f"API Gateway {stage.name} in {stage.region}"
    assert stage.default_logging in LOGGING_LEVELS, (
        f"{where} does not have execution logging enabled (logging level {stage.default_logging})")
    assert not unlogged, f"{where} turns execution logging off for {', '.join(unlogged)}"
