"""APIGateway.9: HTTP and WebSocket API stages must write access logs."""

from fixtures.rules import Rule

RULE = Rule(
    id="APIGateway.9",
    title="V2 Stages Access Logging",
    risk="Medium",
    service="APIGateway",
    compliant="The HTTP or WebSocket API stage writes access logs to a destination.",
    rationale=(
        "Access logs record who called the API, from where, which route, with what result and how long it took. "
        "They are the evidence an incident responder or auditor needs to tell which clients used a leaked key, "
        "whether a route was scraped, or when errors began, and API Gateway keeps no such record unless a "
        "destination is set."
    ),
    remediation=(
        "Console: in API Gateway choose the API, then Monitor > Logging (HTTP API) or Stages and the stage (WebSocket "
        "API); edit access logging, turn it on, give the ARN of a CloudWatch Logs log group and a log format, and "
        "save. "
        "CLI: 'aws apigatewayv2 update-stage --api-id ID --stage-name STAGE --access-log-settings "
        "DestinationArn=LOG_GROUP_ARN,Format=FORMAT'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-9",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html",
        "https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-stages-stagename.html",
    ),
    notes=(
        "Evidence: apigatewayv2:GetStages AccessLogSettings.DestinationArn, for every stage of every HTTP and "
        "WebSocket API (FSBP APIGateway.9; no parameters). Whether the log group still exists is not checked."
    ),
)


def test_apigateway_9_access_logging(http_or_websocket_api_stage):
    stage = http_or_websocket_api_stage
    assert stage.access_log_destination, (
        f"API Gateway {stage.name} in {stage.region} does not have access logging configured")
