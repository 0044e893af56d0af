"""AG-009: REST API stages with a cache must encrypt the cached data."""

from fixtures.rules import Rule

RULE = Rule(
    id="AG-009",
    title="Enable Encryption for API Cache",
    risk="Medium",
    service="APIGateway",
    compliant="Every method of the REST API stage that caches responses encrypts the cached data.",
    rationale=(
        "A stage cache keeps copies of backend responses (customer records, tokens, prices) on API Gateway's cache "
        "nodes for their time to live. Encrypting the cache data protects those copies at rest the same way the "
        "data is protected in the backend; it is off unless chosen."
    ),
    remediation=(
        "Console: in API Gateway choose the API, then Stages and the stage; under Stage details choose Edit and, "
        "with Provision API cache on, tick Encrypt cache data and save; check method overrides that enable caching "
        "too. "
        "CLI: 'aws apigateway update-stage --rest-api-id ID --stage-name STAGE --patch-operations "
        "op=replace,path=/*/*/caching/dataEncrypted,value=true' (and the same for each overriding method path)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-5",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
        "https://docs.aws.amazon.com/apigateway/latest/api/API_MethodSetting.html",
    ),
    notes=(
        "Evidence: apigateway:GetStages cacheClusterEnabled (only stages with a cache are judged, others are not "
        "applicable) and, in methodSettings, each entry with cachingEnabled must have cacheDataEncrypted, as FSBP "
        "APIGateway.5 checks. Our risk is Medium, the control's severity; Conformity rates its AG-009 High."
    ),
)


def test_ag_009_cache_encryption(cached_rest_api_stage):
    stage = cached_rest_api_stage
    assert not stage.unencrypted_cached_methods, (
        f"API Gateway {stage.name} in {stage.region} caches responses without encrypting them "
        f"(method settings {', '.join(stage.unencrypted_cached_methods)})")
