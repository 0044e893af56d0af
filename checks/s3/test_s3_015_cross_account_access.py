"""S3-015: a bucket policy must not let other AWS accounts change the bucket's access or encryption settings."""

import re
from fnmatch import fnmatchcase

from fixtures.rules import Rule

# FSBP S3.6's fixed list (Security Hub's blacklistedactionpatterns; the control does not let it be changed).
BLOCKED_ACTIONS = ("s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutBucketPolicy", "s3:PutEncryptionConfiguration",
                   "s3:PutObjectAcl")
# An account ID alone, or an IAM or STS ARN naming one (arn:aws:iam::111122223333:root).
ACCOUNT_OF_PRINCIPAL = re.compile(r"^(?:arn:aws[a-z-]*:(?:iam|sts)::)?(\d{12})(?::|$)")

RULE = Rule(
    id="S3-015",
    title="S3 Cross Account Access",
    risk="High",
    service="S3",
    compliant="The bucket policy does not allow other AWS accounts to change the bucket's policy, ACLs or encryption.",
    rationale=(
        "Whoever may rewrite a bucket's policy or ACLs, delete its policy or change its default encryption "
        "controls who reads the data next and how it is protected. Granting those actions to principals of "
        "another account hands the bucket's security to people the owner does not administer: a compromised "
        "partner or a careless grant to everyone is then enough to open the bucket or strip its encryption."
    ),
    remediation=(
        "Console: open S3, choose the bucket, then Permissions > Bucket policy > Edit; in each Allow statement "
        "whose Principal is \"*\" or another account, remove s3:DeleteBucketPolicy, s3:PutBucketAcl, "
        "s3:PutBucketPolicy, s3:PutEncryptionConfiguration and s3:PutObjectAcl, and wildcards such as s3:* or "
        "s3:Put* that include them (grant the other account only the object actions it needs), then save. "
        "CLI: 'aws s3api get-bucket-policy --bucket NAME --query Policy --output text > policy.json', edit the "
        "statements, then 'aws s3api put-bucket-policy --bucket NAME --policy file://policy.json'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6",
        "https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-blacklisted-actions-prohibited.html",
        "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html",
    ),
    notes=(
        "Evidence is s3:GetBucketPolicy (a bucket without a policy passes). FSBP S3.6: a statement with Effect "
        "Allow fails the bucket when its Action (wildcards matched without case) or, with NotAction, the actions it "
        "leaves allowed include one of s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, "
        "s3:PutEncryptionConfiguration, s3:PutObjectAcl, and its Principal names another account: \"*\" or "
        "{\"AWS\": \"*\"}, an account ID or an IAM/STS ARN of an account other than the bucket's. As AWS documents "
        "for the control, only the Principal is considered and Conditions are ignored, so a grant to \"*\" limited "
        "by aws:PrincipalOrgID still fails. Decided here: an Allow with NotPrincipal grants everyone not listed and "
        "counts as another account; service, federated and canonical-user principals do not name an account and "
        "are not counted. The action list is fixed by Security Hub, so it is not a setting."
    ),
)


def as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def other_accounts(principal, own_account: str) -> list[str]:
    """The principals in a statement's Principal that belong to another account, "*" (anyone) included."""
    if principal == "*":
        return ["*"]
    if not isinstance(principal, dict):
        return []
    found = []
    for value in map(str, as_list(principal.get("AWS"))):
        match = ACCOUNT_OF_PRINCIPAL.match(value)
        if value == "*" or (match and match.group(1) != own_account):
            found.append(value)
    return found


def blocked_actions_allowed(statement: dict) -> list[str]:
    """The blocked actions a statement's Action covers, or its NotAction leaves out."""
    if "NotAction" in statement:
        excluded = [str(action).lower() for action in as_list(statement["NotAction"])]
        return [action for action in BLOCKED_ACTIONS if not any(fnmatchcase(action.lower(), e) for e in excluded)]
    patterns = [str(action).lower() for action in as_list(statement.get("Action"))]
    return [action for action in BLOCKED_ACTIONS if any(fnmatchcase(action.lower(), p) for p in patterns)]


def test_s3_015_cross_account_access(bucket_policy):
    grants = []
    for statement in bucket_policy.statements:
        if statement.get("Effect") != "Allow":
            continue
        who = (["everyone not in its NotPrincipal"] if "NotPrincipal" in statement
               else other_accounts(statement.get("Principal"), bucket_policy.account_id))
        actions = blocked_actions_allowed(statement)
        if who and actions:
            grants.append(f"{', '.join(actions)} to {', '.join(who)}")
    assert not grants, (
        f"S3 bucket {bucket_policy.bucket} in {bucket_policy.region} has a bucket policy that allows other "
        f"accounts to change its access or encryption settings: {'; '.join(grants)}"
    )
