"""SageMaker.5: SageMaker models must have network isolation enabled."""

from fixtures.rules import Rule

RULE = Rule(
    id="SageMaker.5",
    title="Model Network Isolation",
    risk="Medium",
    service="SageMaker",
    compliant="The SageMaker model runs its inference containers with network isolation.",
    rationale=(
        "By default a model's containers can open connections to the internet and to other AWS services, and they "
        "get AWS credentials. A container image with a flaw, or a third-party algorithm, can then send the data "
        "it is asked to score elsewhere or be reached from outside. Network isolation takes away all network "
        "access and credentials from the container; SageMaker still moves the model artifacts and requests for it."
    ),
    remediation=(
        "Console: a model's network isolation cannot be changed. In Amazon SageMaker AI > Inference > Models, "
        "Create model with the same container and artifacts and tick Enable network isolation, create an "
        "endpoint configuration that uses it and switch the endpoint to that configuration; then delete the old "
        "model. "
        "CLI: 'aws sagemaker create-model --model-name NEW --execution-role-arn ROLE_ARN --primary-container "
        "Image=IMAGE,ModelDataUrl=S3_URL --enable-network-isolation', then create-endpoint-config and "
        "update-endpoint."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-5",
        "https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html",
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModel.html",
    ),
    notes=(
        "FSBP SageMaker.5 (no Conformity rule), which AWS renamed in August 2025 from 'SageMaker models should "
        "block inbound traffic' to say what it checks. Evidence is sagemaker:DescribeModel EnableNetworkIsolation "
        "per model: only true passes."
    ),
)


def test_sagemaker_5_model_network_isolation(sagemaker_model):
    assert sagemaker_model.network_isolation, (
        f"SageMaker model {sagemaker_model.name} in {sagemaker_model.region} does not have network isolation enabled"
    )
