"""IAM-046 (support role) and AUDIT-001 (AWSCloudShellFullAccess restricted): who holds an AWS managed policy."""

import boto3
import pytest

from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT

SUPPORT = "arn:aws:iam::aws:policy/AWSSupportAccess"
CLOUDSHELL = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess"


@pytest.fixture
def managed_policies(monkeypatch):
    """moto knows AWS managed policies only with this setting; its IAM backends read it when first used."""
    monkeypatch.setenv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")


def verdicts(run):
    return {(f["rule_id"], f["account_id"]): (f["status"], f["resource"], f["message"]) for f in run.findings}


def test_support_role_and_cloudshell_holders_per_account(managed_policies, aws, run_audit):
    prod = boto3.Session(profile_name="prod").client("iam")
    other = boto3.Session(profile_name="other").client("iam")
    for iam in (prod, other):
        iam.create_user(UserName="dev")
        iam.create_group(GroupName="devs")
        iam.create_role(RoleName="ops", AssumeRolePolicyDocument="{}")
    prod.attach_user_policy(UserName="dev", PolicyArn=SUPPORT)
    prod.attach_group_policy(GroupName="devs", PolicyArn=SUPPORT)
    prod.attach_user_policy(UserName="dev", PolicyArn=CLOUDSHELL)
    prod.attach_group_policy(GroupName="devs", PolicyArn=CLOUDSHELL)
    prod.attach_role_policy(RoleName="ops", PolicyArn=CLOUDSHELL)
    other.attach_role_policy(RoleName="ops", PolicyArn=SUPPORT)

    run = run_audit("--aws-profile=prod", "--aws-profile=other", "--rule=IAM-046", "--rule=AUDIT-001")
    assert verdicts(run) == {
        ("IAM-046", PROD_ACCOUNT): ("FAIL", SUPPORT, f"no IAM role in account {PROD_ACCOUNT} has AWSSupportAccess "
                                                     "attached; it is attached only to user dev, group devs, not to a role"),
        ("IAM-046", OTHER_ACCOUNT): ("PASS", SUPPORT, "An IAM role has the AWSSupportAccess policy attached."),
        ("AUDIT-001", PROD_ACCOUNT): ("FAIL", CLOUDSHELL, "AWSCloudShellFullAccess is attached to user dev, group devs, "
                                                          f"role ops in account {PROD_ACCOUNT}"),
        ("AUDIT-001", OTHER_ACCOUNT): ("PASS", CLOUDSHELL,
                                       "No IAM user, group or role has AWSCloudShellFullAccess attached."),
    }

    for detach, entity in ((prod.detach_user_policy, {"UserName": "dev"}),
                           (prod.detach_group_policy, {"GroupName": "devs"})):
        detach(PolicyArn=SUPPORT, **entity)
        detach(PolicyArn=CLOUDSHELL, **entity)
    prod.detach_role_policy(RoleName="ops", PolicyArn=CLOUDSHELL)
    # Another policy named alike does not count: only the AWS managed one does.
    lookalike = prod.create_policy(PolicyName="AWSSupportAccess", PolicyDocument='{"Version": "2012-10-17", '
                                   '"Statement": {"Effect": "Allow", "Action": "support:*", "Resource": "*"}}')
    prod.attach_role_policy(RoleName="ops", PolicyArn=lookalike["Policy"]["Arn"])
    run = run_audit("--aws-profile=prod", "--rule=IAM-046", "--rule=AUDIT-001")
    assert verdicts(run) == {
        ("IAM-046", PROD_ACCOUNT): ("FAIL", SUPPORT, f"no IAM role in account {PROD_ACCOUNT} has AWSSupportAccess attached"),
        ("AUDIT-001", PROD_ACCOUNT): ("PASS", CLOUDSHELL,
                                      "No IAM user, group or role has AWSCloudShellFullAccess attached."),
    }
