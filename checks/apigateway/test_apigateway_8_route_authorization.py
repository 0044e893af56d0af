"""APIGateway.8: HTTP API routes and WebSocket $connect routes must specify an authorization type."""

from fixtures.rules import Rule

RULE = Rule(
    id="APIGateway.8",
    title="Routes Specify An Authorization Type",
    risk="Medium",
    service="APIGateway",
    compliant="The route requires authorization (IAM, a Lambda authorizer or a JWT authorizer).",
    rationale=(
        "A route whose authorization type is NONE lets anyone who finds the endpoint invoke its integration: the "
        "Lambda function, the HTTP backend, the AWS service behind it. Requiring IAM signatures, a Lambda "
        "authorizer or a JWT issued by a trusted identity provider makes API Gateway turn away unauthenticated "
        "callers before they cost money or reach data."
    ),
    remediation=(
        "Console: in API Gateway choose the API, then Authorization (HTTP API) or Routes and $connect (WebSocket "
        "API); attach an authorizer (JWT or Lambda) or choose IAM authorization for the route, and deploy. "
        "CLI: 'aws apigatewayv2 update-route --api-id ID --route-id ROUTE_ID --authorization-type JWT "
        "--authorizer-id AUTHORIZER_ID' (or '--authorization-type AWS_IAM'; CUSTOM with a Lambda authorizer)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-8",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html",
        "https://docs.aws.amazon.com/apigatewayv2/latest/api-reference/apis-apiid-routes-routeid.html",
    ),
    notes=(
        "Evidence: apigatewayv2:GetRoutes AuthorizationType must not be NONE (FSBP APIGateway.8 without its optional "
        "authorizationType parameter, so AWS_IAM, CUSTOM and JWT all pass). Every HTTP API route is judged. Of a "
        "WebSocket API only the $connect route is: API Gateway authorizes a WebSocket client once, when it "
        "connects, refuses an authorization type on any other route, and its guide recommends an authorizer on "
        "$connect for this control; judging the other routes would fail them with no way to comply."
    ),
)


def test_apigateway_8_route_authorization(authorizable_route):
    route = authorizable_route
    assert route.authorization_type != "NONE", (
        f"API Gateway {route.name} in {route.region} does not specify an authorization type (NONE)")
