"""SageMaker.4: SageMaker endpoint production variants must start with more than one instance."""

from fixtures.rules import Rule

RULE = Rule(
    id="SageMaker.4",
    title="Endpoint Production Variants Start With Several Instances",
    risk="Medium",
    service="SageMaker",
    compliant="Every instance-based production variant of the endpoint configuration starts with more than one "
              "instance.",
    rationale=(
        "A production variant that starts on one instance has no spare: when that instance or its Availability "
        "Zone fails, or is replaced, the endpoint stops answering. With two or more instances SageMaker spreads "
        "them across Availability Zones, so inference keeps working through the loss of one."
    ),
    remediation=(
        "Console: an endpoint configuration cannot be edited. In Amazon SageMaker AI > Inference > Endpoint "
        "configurations, clone the configuration, set each production variant's Instance count to 2 or more, "
        "create it, then on the endpoint choose Change and select the new configuration. "
        "CLI: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW --production-variants "
        "VariantName=V,ModelName=M,InstanceType=TYPE,InitialInstanceCount=2', then 'aws sagemaker update-endpoint "
        "--endpoint-name ENDPOINT --endpoint-config-name NEW'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-4",
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html",
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html",
    ),
    notes=(
        "FSBP SageMaker.4 (no Conformity rule). Evidence is sagemaker:DescribeEndpointConfig ProductionVariants "
        "per configuration: each variant with an InitialInstanceCount must have more than 1. Serverless variants "
        "(ServerlessConfig) run on no instances of their own and are not judged, as the control applies only to "
        "instance-based configurations; a configuration with serverless variants only therefore passes (Security "
        "Hub reports nothing for it)."
    ),
)


def test_sagemaker_4_endpoint_variant_instance_count(sagemaker_endpoint_config):
    config = sagemaker_endpoint_config
    single = [f"{variant.name} ({variant.instance_count})" for variant in config.variants
              if variant.instance_count is not None and variant.instance_count <= 1]
    assert not single, (
        f"SageMaker endpoint configuration {config.name} in {config.region} has production variants that start "
        f"with a single instance: {', '.join(single)}"
    )
