"""SageMaker.3: users must not have root access to SageMaker notebook instances."""

from fixtures.rules import Rule

RULE = Rule(
    id="SageMaker.3",
    title="Notebook Root Access Disabled",
    risk="High",
    service="SageMaker",
    compliant="Users of the SageMaker notebook instance have no root access to it.",
    rationale=(
        "Root on a notebook instance lets any notebook user change the system itself: install software, alter "
        "its network settings, read other users' files and what lifecycle scripts left behind, or tamper with "
        "logging. Users rarely need it; lifecycle configurations, which run as root anyway, can prepare the "
        "instance instead."
    ),
    remediation=(
        "Console: Amazon SageMaker AI > Notebook instances > the instance > Stop, then Edit > Permissions and "
        "encryption, set Root access to Disable - Don't give users root access, Update notebook instance and start "
        "it again. "
        "CLI: 'aws sagemaker stop-notebook-instance --notebook-instance-name NAME', then 'aws sagemaker "
        "update-notebook-instance --notebook-instance-name NAME --root-access Disabled' and "
        "'aws sagemaker start-notebook-instance --notebook-instance-name NAME'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3",
        "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html",
        "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html",
    ),
    notes=(
        "FSBP SageMaker.3 (no Conformity rule). Evidence is sagemaker:DescribeNotebookInstance RootAccess per "
        "instance: only Disabled passes; an instance that never set it has the default, Enabled."
    ),
)


def test_sagemaker_3_notebook_root_access_disabled(sagemaker_notebook_instance):
    notebook = sagemaker_notebook_instance
    assert notebook.root_access == "Disabled", (
        f"SageMaker notebook instance {notebook.name} in {notebook.region} gives its users root access"
    )
