"""AG-003: REST API stages must have AWS X-Ray active tracing enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="AG-003",
    title="Tracing Enabled",
    risk="Low",
    service="APIGateway",
    compliant="The REST API stage has AWS X-Ray active tracing enabled.",
    rationale=(
        "X-Ray traces follow a request from API Gateway through its authorizer and integration into the services "
        "behind it, with the time spent in each. When a stage slows down or fails, traces show where, which "
        "shortens an outage and shows unusual call paths that a plain error rate hides."
    ),
    remediation=(
        "Console: in API Gateway choose the API, then Stages and the stage; under Logs and tracing choose Edit, "
        "turn on X-Ray tracing and save (optionally adjust the X-Ray sampling rules). "
        "CLI: 'aws apigateway update-stage --rest-api-id ID --stage-name STAGE --patch-operations "
        "op=replace,path=/tracingEnabled,value=true'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-3",
        "https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html",
        "https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html",
    ),
    notes="Evidence: apigateway:GetStages tracingEnabled on every REST API stage (FSBP APIGateway.3; no parameters).",
)


def test_ag_003_tracing_enabled(rest_api_stage):
    stage = rest_api_stage
    assert stage.tracing_enabled, f"API Gateway {stage.name} in {stage.region} does not have X-Ray tracing enabled"
