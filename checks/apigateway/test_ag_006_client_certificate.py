"""AG-006: REST API stages must present a client certificate to their backends."""

from fixtures.rules import Rule

RULE = Rule(
    id="AG-006",
    title="Client Certificate",
    risk="Medium",
    service="APIGateway",
    compliant="The REST API stage presents a client certificate to its HTTP backends.",
    rationale=(
        "A backend that API Gateway calls over the internet sees only a request from somewhere. When the stage "
        "presents a client certificate, the backend can verify that the caller really is this API Gateway stage "
        "and refuse anything that goes around it, so the authorizers, throttling and WAF rules in front of the API "
        "cannot be bypassed by calling the backend directly."
    ),
    remediation=(
        "Console: in API Gateway open Client certificates and choose Generate (or reuse one); then choose the API, "
        "Stages and the stage, choose Edit under Stage details, pick the certificate under Client certificate, "
        "save, and configure the backend to trust the certificate's PEM and require it. "
        "CLI: 'aws apigateway generate-client-certificate --description NAME', then 'aws apigateway update-stage "
        "--rest-api-id ID --stage-name STAGE --patch-operations "
        "op=replace,path=/clientCertificateId,value=CERT_ID'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-2",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html",
        "https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html",
    ),
    notes=(
        "Evidence: apigateway:GetStages clientCertificateId, which FSBP APIGateway.2 requires on every REST API "
        "stage, whatever its integrations are (a stage whose backends are only Lambda functions or AWS services "
        "has no use for it, and fails all the same: waive it with that reason). HTTP and WebSocket API stages are "
        "not judged, as the control's resource type is AWS::ApiGateway::Stage."
    ),
)


def test_ag_006_client_certificate(rest_api_stage):
    stage = rest_api_stage
    assert stage.client_certificate_id, (
        f"API Gateway {stage.name} in {stage.region} does not use a client certificate for backend authentication")
