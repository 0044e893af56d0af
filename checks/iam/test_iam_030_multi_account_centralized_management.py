"""IAM-030: the account belongs to an AWS organization and its people sign in through central federation."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-030",
    title="AWS Multi-Account Centralized Management",
    risk="High",
    service="IAM",
    compliant="The account belongs to an AWS organization and has federated sign-in (SAML or IAM Identity Center).",
    rationale=(
        "With several accounts, separate IAM users in each one mean separate passwords, keys and MFA devices "
        "per person per account, and leavers who keep access somewhere. Grouping the accounts in AWS "
        "Organizations and letting people in through one identity source (IAM Identity Center or a SAML "
        "identity provider) means one place to grant, review and revoke access."
    ),
    remediation=(
        "Console: AWS Organizations > create an organization in the management account and invite or create "
        "the other accounts; then IAM Identity Center > Enable, connect your identity source and assign "
        "permission sets to accounts (or IAM > Identity providers > Add provider > SAML in each account). "
        "CLI: 'aws organizations create-organization --feature-set ALL', 'aws organizations "
        "invite-account-to-organization --target Id=<account>,Type=ACCOUNT', and 'aws iam create-saml-provider "
        "--name <idp> --saml-metadata-document file://metadata.xml' where SAML is used; migrate IAM users to "
        "federated access and delete them."
    ),
    references=(
        "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html",
        "https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_saml.html",
    ),
    notes=(
        "CIS marks this control manual; the API proxy used here needs both: (1) membership of an organization "
        "(organizations:DescribeOrganization answers; AWSOrganizationsNotInUseException means none), and "
        "(2) central sign-in, shown by at least one SAML provider (iam:ListSAMLProviders) or at least one "
        "role IAM Identity Center provisioned (path /aws-reserved/sso.amazonaws.com/, from "
        "iam:GetAccountAuthorizationDetails). sso-admin:ListInstances is not used because it only answers in "
        "the management or delegated administrator account. OIDC providers are not counted: they federate "
        "workloads, not people. A standalone account fails even with SAML, as the control is about "
        "multi-account management."
    ),
)


def test_iam_030_multi_account_centralized_management(central_management):
    account = central_management
    problems = []
    if account.organization_id is None:
        problems.append("belongs to no AWS Organizations organization")
    if not account.saml_providers and not account.identity_center_roles:
        problems.append("has no SAML identity provider and no IAM Identity Center roles, so its users are not "
                        "managed centrally")
    assert not problems, f"account {account.account_id} " + " and ".join(problems)
