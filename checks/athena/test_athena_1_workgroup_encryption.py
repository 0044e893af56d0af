"""Athena.1: Athena workgroups must encrypt the query results they write."""

from fixtures.rules import Rule

RULE = Rule(
    id="Athena.1",
    title="Workgroup Encrypted At Rest",
    risk="Medium",
    service="Athena",
    compliant="The Athena workgroup encrypts its query results at rest (SSE_S3, SSE_KMS or CSE_KMS).",
    rationale=(
        "Every Athena query writes its results, and often a copy of the rows it selected, to Amazon S3. A "
        "workgroup without an encryption setting leaves those files as the bucket's defaults make them, which "
        "may be nothing; setting SSE-KMS or CSE-KMS on the workgroup encrypts every result it writes, with key "
        "use that is logged and can be revoked."
    ),
    remediation=(
        "Console: in Amazon Athena, choose Workgroups, select the workgroup, choose Edit, under Query result "
        "configuration tick Encrypt query results, choose SSE_KMS (or SSE_S3 or CSE_KMS) and a key, tick "
        "Override client-side settings so clients cannot turn it off, and save. "
        "CLI: 'aws athena update-work-group --work-group NAME --configuration-updates "
        "\"EnforceWorkGroupConfiguration=true,ResultConfigurationUpdates={EncryptionConfiguration="
        "{EncryptionOption=SSE_KMS,KmsKey=KEY_ARN}}\"'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/athena-controls.html#athena-1",
        "https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
        "https://docs.aws.amazon.com/athena/latest/APIReference/API_GetWorkGroup.html",
    ),
    notes=(
        "Evidence is athena:GetWorkGroup Configuration.ResultConfiguration.EncryptionConfiguration.EncryptionOption "
        "(any option passes, as in the control). Security Hub retired Athena.1 in April 2024; FSBP v1.0.0 as "
        "catalogued here still lists it, so the rule stays. Every region has the 'primary' workgroup, which is "
        "judged like any other. Stricter advice, not tested: enforce the workgroup settings "
        "(EnforceWorkGroupConfiguration) so clients cannot write unencrypted results."
    ),
)


def test_athena_1_workgroup_encryption(athena_workgroup):
    assert athena_workgroup.encryption_option, (
        f"Athena workgroup {athena_workgroup.name} in {athena_workgroup.region} does not encrypt "
        "its query results at rest"
    )
