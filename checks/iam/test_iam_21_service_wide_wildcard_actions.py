"""IAM.21: customer managed policies must not allow every action of a service."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM.21",
    title="Customer managed policies without service-wide wildcard actions",
    risk="Low",
    service="IAM",
    compliant="The customer managed policy's default version allows no service's actions wholesale.",
    rationale=(
        "A grant of \"ec2:*\" hands over every current and future action of the service, including the "
        "destructive and the privilege-changing ones (on IAM itself, \"iam:*\" is an administrator in all "
        "but name). Listing the actions a task needs, or a narrow prefix such as \"ec2:Describe*\", keeps a "
        "leaked credential or a mistaken script from doing far more than intended."
    ),
    remediation=(
        "Console: IAM > Policies > filter 'Customer managed' > the policy > Permissions > Edit: replace each "
        "'<service>:*' (and any Allow with NotAction) with the actions needed; IAM Access Analyzer's policy "
        "generation can list those from CloudTrail activity. Save as the default version and delete the old "
        "versions. "
        "CLI: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://narrow.json "
        "--set-as-default', then 'aws iam delete-policy-version --policy-arn <arn> --version-id <old>'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21",
        "https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-full-access.html",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
    ),
    notes=(
        "Every customer managed policy is judged, attached or not; AWS managed and inline policies are not, as "
        "in the control. Only the default version counts. A statement fails when its Effect is Allow and its "
        "Action holds \"*\", \"*:*\" or \"<service>:*\" (any Resource, any Condition), or it uses NotAction "
        "(which allows every action of every service it does not name, as the control says of NotAction "
        "\"<service>:*\"). A prefix with a wildcard (\"ec2:Describe*\") passes, as in the control. Policies "
        "used only as permissions boundaries are not listed (excludePermissionBoundaryPolicy true). Evidence "
        "is iam:GetAccountAuthorizationDetails, the read IAM-045 makes."
    ),
)


def test_iam_21_service_wide_wildcard_actions(customer_managed_policy):
    policy = customer_managed_policy
    assert not policy.service_wide, (
        f"customer managed policy {policy.name} (default version {policy.default_version}) allows every action "
        f"of a service: {'; '.join(policy.service_wide)}"
    )
