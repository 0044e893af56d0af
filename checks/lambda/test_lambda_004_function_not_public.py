"""Lambda-004: Lambda function policies must not open the function to the public."""

from fixtures.rules import Rule

RULE = Rule(
    id="Lambda-004",
    title="Function Exposed",
    risk="Very High",
    service="Lambda",
    compliant="The Lambda function's resource-based policy grants access only to named accounts, services or "
              "sources.",
    rationale=(
        "A function policy that grants lambda:InvokeFunction (or more) to any principal lets any AWS account call "
        "the function, and a function URL with such a grant and no authentication lets anyone on the internet do "
        "so: they can feed it crafted input, reach the data and services its role can touch, and run up cost. "
        "Amazon S3 as a principal is a special case: a bucket ARN names no account, so without an "
        "aws:SourceAccount condition a bucket of that name in another account could trigger the function."
    ),
    remediation=(
        "Console: open Lambda > Functions, choose the function, then Configuration > Permissions > Resource-based "
        "policy statements; delete each statement that allows '*' (or edit it to name the account, organization "
        "or source ARN), and give S3 triggers a source account. "
        "CLI: aws lambda get-policy --function-name NAME to find the statement IDs, aws lambda remove-permission "
        "--function-name NAME --statement-id SID, then re-grant narrowly, e.g. aws lambda add-permission "
        "--function-name NAME --statement-id s3-invoke --action lambda:InvokeFunction --principal s3.amazonaws.com "
        "--source-arn arn:aws:s3:::BUCKET --source-account ACCOUNT_ID."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1",
        "https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html",
        "https://docs.aws.amazon.com/config/latest/developerguide/lambda-function-public-access-prohibited.html",
    ),
    notes=(
        "Evidence is the function's policy from lambda:GetPolicy, read per function (ResourceNotFoundException: "
        "no policy, which passes). An Allow statement fails when its Principal is '*' or holds a wildcard, or it "
        "uses NotPrincipal, unless a condition with a matching operator (StringEquals, StringLike, ArnEquals, "
        "ArnLike, IpAddress, their IgnoreCase and ForAnyValue forms; not IfExists) ties one of aws:SourceAccount, "
        "aws:SourceArn, aws:SourceOwner, aws:SourceOrgID, aws:SourceVpc, aws:SourceVpce, aws:SourceIp, "
        "aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID or aws:userid to fixed values (a /0 network "
        "is not fixed); it also fails when Amazon S3 "
        "(s3.amazonaws.com) is a principal without a fixed aws:SourceAccount. AWS's documentation of the control "
        "names the S3 case and requires fixed values (no wildcard, no policy variable) for a PASS; the list of "
        "accepted keys is ours, after the keys AWS treats as restricting for S3 bucket policies. A function URL "
        "grant (lambda:FunctionUrlAuthType NONE) to '*' fails. Other service principals without a source "
        "condition pass, as in the control; adding aws:SourceArn and aws:SourceAccount to them is still advised. "
        "Only the unpublished $LATEST function is read, not versions or aliases with policies of their own. "
        "FSBP rates Lambda.1 Critical (our Very High); Conformity rates Lambda-004 High."
    ),
)


def test_lambda_004_function_not_public(lambda_function_policy):
    policy = lambda_function_policy
    grants = "; ".join(f"statement {sid} {why}" for sid, why in policy.public_statements)
    assert not policy.public_statements, (
        f"Lambda function {policy.name} in {policy.region} has a resource-based policy that allows public access: "
        f"{grants}"
    )
