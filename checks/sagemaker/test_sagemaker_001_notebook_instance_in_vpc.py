"""SageMaker-001: SageMaker notebook instances must run in a VPC of your own."""

from fixtures.rules import Rule

RULE = Rule(
    id="SageMaker-001",
    title="Amazon SageMaker Notebook Instance In VPC",
    risk="High",
    service="SageMaker",
    compliant="The SageMaker notebook instance is launched in a subnet of a VPC the account controls.",
    rationale=(
        "A notebook instance launched without a subnet runs in a VPC that SageMaker owns, where your security "
        "groups, network ACLs, VPC endpoints and flow logs do not apply. Launching it in your own VPC lets you "
        "decide what it can reach, keep its traffic to AWS services on private endpoints and see that traffic."
    ),
    remediation=(
        "Console: the VPC of an existing notebook instance cannot be changed. In Amazon SageMaker AI > Notebook "
        "instances, stop and delete the instance (save its work first), then Create notebook instance and choose "
        "a VPC, a subnet and security groups under Network. "
        "CLI: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type TYPE "
        "--role-arn ROLE_ARN --subnet-id SUBNET --security-group-ids SG'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2",
        "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html",
    ),
    notes=(
        "FSBP SageMaker.2. Evidence is sagemaker:DescribeNotebookInstance SubnetId per instance: an instance with "
        "a subnet runs in the account's VPC and passes; one without runs in SageMaker's service VPC and fails. "
        "Risk High as FSBP rates it (Conformity rates SageMaker-001 Medium)."
    ),
)


def test_sagemaker_001_notebook_instance_in_vpc(sagemaker_notebook_instance):
    notebook = sagemaker_notebook_instance
    assert notebook.subnet_id, (
        f"SageMaker notebook instance {notebook.name} in {notebook.region} is not launched in a custom VPC "
        "(no subnet: it runs in SageMaker's service VPC)"
    )
