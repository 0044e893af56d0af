"""SageMaker-004: SageMaker notebook instances must not have direct internet access."""

from fixtures.rules import Rule

RULE = Rule(
    id="SageMaker-004",
    title="Notebook Direct Internet Access",
    risk="High",
    service="SageMaker",
    compliant="The SageMaker notebook instance has direct internet access disabled.",
    rationale=(
        "With direct internet access SageMaker gives the notebook a network interface with a route to the internet "
        "that none of your VPC's controls see. Code run in the notebook, or anyone who reaches it, can then send "
        "training data and credentials anywhere and fetch anything. Routing the notebook through your VPC puts its "
        "traffic behind your security groups, endpoints, NAT and flow logs."
    ),
    remediation=(
        "Console: the setting cannot be changed on an existing notebook instance. In Amazon SageMaker AI > Notebook "
        "instances, stop and delete the instance (save its work first), then Create notebook instance with a VPC, "
        "subnet and security groups under Network and Direct internet access set to Disable - Access the internet "
        "through a VPC (add a NAT gateway or VPC endpoints for the access it needs). "
        "CLI: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type TYPE "
        "--role-arn ROLE_ARN --subnet-id SUBNET --security-group-ids SG --direct-internet-access Disabled'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-1",
        "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html",
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html",
    ),
    notes=(
        "FSBP SageMaker.1. Evidence is sagemaker:DescribeNotebookInstance DirectInternetAccess per instance: only "
        "Disabled passes. Risk High as FSBP rates it (Conformity rates SageMaker-004 Medium)."
    ),
)


def test_sagemaker_004_notebook_direct_internet_access(sagemaker_notebook_instance):
    notebook = sagemaker_notebook_instance
    assert notebook.direct_internet_access == "Disabled", (
        f"SageMaker notebook instance {notebook.name} in {notebook.region} has direct internet access enabled"
    )
