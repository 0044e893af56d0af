"""IAM-071 (permissions via groups only), IAM-016 (user policies), IAM-045 (full administrative policies) on moto."""

import json
import urllib.parse

import boto3

from fixtures.subjects.iam_access import full_access_grants, policy_document
from fixtures.offline import deny, stub
from tests.conftest import PROD_ACCOUNT

USER = f"arn:aws:iam::{PROD_ACCOUNT}:user/"
POLICY = f"arn:aws:iam::{PROD_ACCOUNT}:policy/"
READ_S3 = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}


def document(*statements) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": statements[0] if len(statements) == 1 else list(statements)})


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def test_users_and_customer_policies_from_one_bulk_read(aws, run_audit):
    iam = boto3.Session(profile_name="prod").client("iam")

    def policy(name, *statements, attach=True):
        arn = iam.create_policy(PolicyName=name, PolicyDocument=document(*statements))["Policy"]["Arn"]
        if attach:
            iam.attach_role_policy(RoleName="holder", PolicyArn=arn)
        return arn

    iam.create_role(RoleName="holder", AssumeRolePolicyDocument="{}")
    iam.create_group(GroupName="readers")
    iam.attach_group_policy(GroupName="readers", PolicyArn=policy("read-s3", READ_S3))
    for name in ("grouped", "attached", "inline", "both"):
        iam.create_user(UserName=name)
    iam.add_user_to_group(GroupName="readers", UserName="grouped")
    iam.attach_user_policy(UserName="attached", PolicyArn=POLICY + "read-s3")
    iam.put_user_policy(UserName="inline", PolicyName="own-s3", PolicyDocument=document(READ_S3))
    iam.attach_user_policy(UserName="both", PolicyArn=POLICY + "read-s3")
    iam.put_user_policy(UserName="both", PolicyName="own-s3", PolicyDocument=document(READ_S3))
    # IAM-045: each way to grant everything, and each near miss.
    policy("star-in-dict", {"Effect": "Allow", "Action": "*", "Resource": "*"})
    policy("star-in-list", READ_S3, {"Sid": "All", "Effect": "Allow", "Action": ["s3:GetObject", "*:*"],
                                     "Resource": ["arn:aws:s3:::x", "*"]})
    policy("not-action", {"Effect": "Allow", "NotAction": ["s3:DeleteBucket", "iam:Get*"], "Resource": "*"})
    policy("power-user", {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"})
    policy("conditional", {"Effect": "Allow", "Action": "*", "Resource": "*",
                           "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}})
    policy("not-resource", {"Effect": "Allow", "Action": "*", "NotResource": "arn:aws:s3:::audit-logs/*"})
    policy("scoped", {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::scratch/*"})
    policy("deny-all", {"Effect": "Deny", "Action": "*", "Resource": "*"})
    policy("unattached-admin", {"Effect": "Allow", "Action": "*", "Resource": "*"}, attach=False)
    was_admin = policy("was-admin", {"Effect": "Allow", "Action": "*", "Resource": "*"})
    iam.create_policy_version(PolicyArn=was_admin, PolicyDocument=document(READ_S3), SetAsDefault=True)
    now_admin = policy("now-admin", READ_S3)
    iam.create_policy_version(PolicyArn=now_admin, PolicyDocument=document({"Effect": "Allow", "Action": "*",
                                                                           "Resource": "*"}), SetAsDefault=True)

    run = run_audit("--aws-profile=prod", "--rule=IAM-071", "--rule=IAM-016", "--rule=IAM-045")

    own = "holds permissions of its own instead of only through groups"
    assert verdicts(run, "IAM-071") == {
        USER + "grouped": ("PASS", "The IAM user has no attached or inline policies of its own; its permissions come from groups."),
        USER + "attached": ("FAIL", f"IAM user attached {own}: attached managed policies read-s3"),
        USER + "inline": ("FAIL", f"IAM user inline {own}: inline policies own-s3"),
        USER + "both": ("FAIL", f"IAM user both {own}: attached managed policies read-s3; inline policies own-s3"),
    }
    passes = ("PASS", "The IAM user has no managed policies attached directly.")
    assert verdicts(run, "IAM-016") == {
        USER + "grouped": passes,
        USER + "attached": ("FAIL", "IAM user attached has managed policies attached directly: read-s3"),
        USER + "inline": passes,  # inline policies are IAM-071's business only
        USER + "both": ("FAIL", "IAM user both has managed policies attached directly: read-s3"),
    }
    grants = "grants full administrative access"
    fine = ("PASS", "The managed policy's default version does not allow every action on every resource.")
    assert verdicts(run, "IAM-045") == {
        POLICY + "read-s3": fine,
        POLICY + "star-in-dict": ("FAIL", f'customer managed policy star-in-dict (default version v1, 1 attachment(s)) '
                                          f'{grants}: statement 1 allows Action "*" on Resource "*"'),
        POLICY + "star-in-list": ("FAIL", f'customer managed policy star-in-list (default version v1, 1 attachment(s)) '
                                          f'{grants}: statement 2 (All) allows Action "*" on Resource "*"'),
        # CIS 1.16 (v5.0.0 1.15) looks for Action "*" on Resource "*" only: NotAction and NotResource pass.
        POLICY + "not-action": fine,
        POLICY + "power-user": fine,
        POLICY + "conditional": ("FAIL", f'customer managed policy conditional (default version v1, 1 attachment(s)) '
                                         f'{grants}: statement 1 allows Action "*" on Resource "*" under a condition'),
        POLICY + "not-resource": fine,
        POLICY + "scoped": fine,
        POLICY + "deny-all": fine,
        POLICY + "was-admin": fine,  # only the default version counts
        POLICY + "now-admin": ("FAIL", f'customer managed policy now-admin (default version v2, 1 attachment(s)) '
                                       f'{grants}: statement 1 allows Action "*" on Resource "*"'),
    }
    assert run.document["stats"]["requests"].get("iam:GetAccountAuthorizationDetails") == 1


def page(users, policies, marker=None) -> dict:
    return {"UserDetailList": users, "GroupDetailList": [], "RoleDetailList": [], "Policies": policies,
            "IsTruncated": marker is not None, **({"Marker": marker} if marker else {})}


def user(name, attached=()):
    return {"UserName": name, "UserId": f"AIDA{name.upper()}", "Arn": USER + name, "Path": "/",
            "UserPolicyList": [], "GroupList": [],
            "AttachedManagedPolicies": [{"PolicyName": p, "PolicyArn": POLICY + p} for p in attached]}


def managed(name, raw_document) -> dict:
    return {"PolicyName": name, "Arn": POLICY + name, "DefaultVersionId": "v1", "AttachmentCount": 1,
            "PolicyVersionList": [{"VersionId": "v1", "IsDefaultVersion": True, "Document": raw_document}]}


def test_the_bulk_read_is_followed_past_its_first_page(aws, run_audit, monkeypatch):
    # Two pages told apart by the Marker AWS hands back. Documents arrive as URL-encoded JSON text, as from AWS
    # (botocore decodes them after the call, stubbed or not).
    encoded = urllib.parse.quote(document({"Effect": "Allow", "Action": "*", "Resource": "*"}))
    stub(monkeypatch, "iam:GetAccountAuthorizationDetails", page([user("first", ["p1"])], [managed(
        "p1", urllib.parse.quote(document(READ_S3)))], marker="page-2"),
        when=lambda request: "Marker" not in request["body"])
    stub(monkeypatch, "iam:GetAccountAuthorizationDetails", page([user("second")], [managed("p2", encoded)]),
         when=lambda request: request["body"].get("Marker") == "page-2")
    run = run_audit("--aws-profile=prod", "--rule=IAM-016", "--rule=IAM-045")
    assert {(f["resource"], f["status"]) for f in run.findings} == {
        (USER + "first", "FAIL"), (USER + "second", "PASS"), (POLICY + "p1", "PASS"), (POLICY + "p2", "FAIL")}
    assert run.document["stats"]["requests"]["iam:GetAccountAuthorizationDetails"] == 2


def test_every_rule_on_the_bulk_read_is_an_error_naming_it_when_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "iam:GetAccountAuthorizationDetails")
    run = run_audit("--aws-profile=prod", "--rule=IAM-071", "--rule=IAM-016", "--rule=IAM-045", "--rule=IAM-046",
                    "--rule=AUDIT-001", "--rule=IAM-030")
    message = ("could not evaluate: iam:GetAccountAuthorizationDetails was denied (AccessDenied): "
               "grant iam:GetAccountAuthorizationDetails to the auditing principal")
    assert sorted((f["rule_id"], f["status"], f["message"]) for f in run.findings) == [
        (rule_id, "ERROR", message)
        for rule_id in sorted(("AUDIT-001", "IAM-016", "IAM-030", "IAM-045", "IAM-046", "IAM-071"))]
    assert run.exit_status == 1


def test_policy_documents_are_read_from_dicts_json_and_url_encoded_json():
    policy = {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
    text = json.dumps(policy)
    assert policy_document(policy) == policy_document(text) == policy_document(urllib.parse.quote(text)) == policy


def test_only_action_star_on_resource_star_counts_as_cis_reads_it():
    # CIS 1.16 (v5.0.0 1.15): no statement with Effect Allow, Action "*" and Resource "*". NotAction or NotResource
    # statements may come close to it, but are not what the audit looks for.
    for statement in ({"Effect": "Allow", "NotAction": "iam:PassRole", "Resource": "*"},
                      {"Effect": "Allow", "Action": "*", "NotResource": "arn:aws:s3:::audit-logs/*"}):
        assert full_access_grants({"Statement": [statement]}) == (), statement
    assert full_access_grants({"Statement": [{"Effect": "Allow", "Action": ["s3:*", "*:*"], "Resource": "*"}]}) == (
        'statement 1 allows Action "*" on Resource "*"',)


def test_statements_without_allow_everything_on_everything_are_not_counted():
    assert full_access_grants({"Statement": [
        {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
        {"Effect": "Allow", "Action": "*", "Resource": ["arn:aws:s3:::a", "arn:aws:s3:::b"]},
        {"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"},
        {"Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::a"},
    ]}) == ()


def test_attached_aws_managed_policies_count_too(aws, run_audit, monkeypatch):
    # CIS lists policies with 'aws iam list-policies --only-attached', AWS managed ones included.
    monkeypatch.setenv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
    iam = boto3.Session(profile_name="prod").client("iam")
    iam.create_role(RoleName="admin", AssumeRolePolicyDocument="{}")
    iam.attach_role_policy(RoleName="admin", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
    iam.create_user(UserName="auditor")
    iam.attach_user_policy(UserName="auditor", PolicyArn="arn:aws:iam::aws:policy/SecurityAudit")
    run = run_audit("--aws-profile=prod", "--rule=IAM-045")
    assert verdicts(run, "IAM-045") == {
        "arn:aws:iam::aws:policy/AdministratorAccess": (
            "FAIL", 'AWS managed policy AdministratorAccess (default version v1, 1 attachment(s)) grants full '
                    'administrative access: statement 1 allows Action "*" on Resource "*"'),
        "arn:aws:iam::aws:policy/SecurityAudit": (
            "PASS", "The managed policy's default version does not allow every action on every resource."),
    }


def test_iam_045_is_an_error_naming_the_read_when_aws_managed_policies_cannot_be_listed(aws, run_audit, monkeypatch):
    deny(monkeypatch, "iam:ListPolicies")
    finding = run_audit("--aws-profile=prod", "--rule=IAM-045").only("IAM-045")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: iam:ListPolicies was denied (AccessDenied): grant iam:ListPolicies to the "
                 "auditing principal")
