"""SSM.4: SSM documents the account owns must not be shared publicly."""

from fixtures.rules import Rule

RULE = Rule(
    id="SSM.4",
    title="SSM Documents Not Public",
    risk="Very High",
    service="SSM",
    compliant="The SSM document is not shared publicly.",
    rationale=(
        "A document shared with all AWS accounts can be read, copied and run by anyone. Runbooks and command "
        "documents describe how an environment is built and operated: script contents, parameter names, bucket "
        "and resource names, sometimes embedded credentials. Sharing them with specific accounts, or inside an "
        "organization, gives the same reuse without publishing them."
    ),
    remediation=(
        "Console: in Systems Manager, choose Documents > Owned by me, open the document, choose Actions > Modify "
        "permissions, select Private (add the account IDs that need it) and save. To stop any document being "
        "made public, turn on Block public sharing under Documents > Preferences. "
        "CLI: 'aws ssm modify-document-permission --name DOCUMENT --permission-type Share "
        "--account-ids-to-remove all' (and '--account-ids-to-add ACCOUNT' where needed), then "
        "'aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission "
        "--setting-value Disable'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-4",
        "https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeDocumentPermission.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/ssm-document-not-public.html",
    ),
    notes=(
        "Evidence is ssm:ListDocuments with the filter Owner Self, then ssm:DescribeDocumentPermission "
        "(PermissionType Share) per document: a document whose AccountIds include \"all\" is public and fails. "
        "Documents shared with named accounts pass. The account-level Block public sharing setting is advice "
        "here, not judged: the control looks at the documents. Risk Very High: FSBP rates the control Critical."
    ),
)


def test_ssm_4_documents_not_public(ssm_document_sharing):
    assert "all" not in {account.lower() for account in ssm_document_sharing.shared_with}, (
        f"SSM document {ssm_document_sharing.name} in {ssm_document_sharing.region} is shared publicly "
        "(with all AWS accounts)"
    )
