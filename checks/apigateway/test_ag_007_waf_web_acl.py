"""AG-007: REST API stages must be protected by an AWS WAF web ACL."""

from fixtures.rules import Rule

RULE = Rule(
    id="AG-007",
    title="API Gateway Integrated With AWS WAF",
    risk="Medium",
    service="APIGateway",
    compliant="The REST API stage is associated with an AWS WAF web ACL.",
    rationale=(
        "API Gateway authorizes and throttles requests but does not inspect them. A WAF web ACL in front of the "
        "stage filters injection attempts, known bad inputs, abusive IP addresses and request floods before they "
        "reach the integration, and counts what it blocks, so an API exposed to the internet is not defended by "
        "its backend code alone."
    ),
    remediation=(
        "Console: in AWS WAF create a regional web ACL in the API's region (for example with the AWS managed core "
        "rule set), then under Associated AWS resources add the REST API stage; or in API Gateway choose the API, "
        "Stages and the stage, and pick the web ACL under Web application firewall (AWS WAF). "
        "CLI: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn "
        "arn:aws:apigateway:REGION::/restapis/ID/stages/STAGE'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-4",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html",
        "https://docs.aws.amazon.com/apigateway/latest/api/API_Stage.html",
    ),
    notes=(
        "Evidence: apigateway:GetStages webAclArn (the web ACL associated with the stage), one case per REST API "
        "stage as FSBP APIGateway.4 evaluates them; which rules the web ACL holds is not judged."
    ),
)


def test_ag_007_waf_web_acl(rest_api_stage):
    stage = rest_api_stage
    assert stage.web_acl_arn, f"API Gateway {stage.name} in {stage.region} is not associated with an AWS WAF web ACL"
