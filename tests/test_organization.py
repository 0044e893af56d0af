"""--org: audit every active account of an organization through a role; one unreachable account is one ERROR."""

from datetime import datetime

import boto3
import pytest

from fixtures.offline import RootKey, deny, record_requests, set_root_user
from tests.conftest import PROD_ACCOUNT


@pytest.fixture
def organization(aws):
    """moto's organization, managed from profile prod, with three member accounts (IDs sorted)."""
    client = boto3.Session(profile_name="prod").client("organizations")
    client.create_organization(FeatureSet="ALL")
    members = sorted(
        client.create_account(AccountName=name, Email=f"{name}@example.com")["CreateAccountStatus"]["AccountId"]
        for name in ("payments", "analytics", "sandbox")
    )
    set_root_user(PROD_ACCOUNT)
    set_root_user(members[0], key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    set_root_user(members[1])
    set_root_user(members[2])
    return members


def test_org_audits_the_management_account_and_each_member_through_the_role(organization, run_audit, monkeypatch):
    first, second, third = organization
    deny(monkeypatch, "sts:AssumeRole", when=lambda request: f":{second}:" in str(request["body"]))
    requests = record_requests(monkeypatch)
    run = run_audit("--aws-profile=prod", "--org", f"--org-exclude={third}", "--rule=IAM-015")
    verdicts = {(f["account_id"], f["status"]) for f in run.findings}
    assert verdicts == {(PROD_ACCOUNT, "PASS"), (first, "FAIL"), (second, "ERROR")}
    (unreachable,) = [f for f in run.findings if f["account_id"] == second]
    assert unreachable["message"] == (
        f"could not evaluate: sts:AssumeRole failed: could not assume "
        f"arn:aws:iam::{second}:role/OrganizationAccountAccessRole (AccessDenied); the role must exist in "
        f"account {second} and trust the auditing principal"
    )
    assert [a["account_id"] for a in run.document["accounts"]] == [PROD_ACCOUNT, first, second]
    assert requests.count("organizations:ListAccounts") == 1
    assert run.exit_status == 1


def test_org_role_names_the_role_assumed_in_members(organization, run_audit, monkeypatch):
    deny(monkeypatch, "sts:AssumeRole", when=lambda request: ":role/SecurityAudit" not in str(request["body"]))
    run = run_audit("--aws-profile=prod", "--org", "--org-role=SecurityAudit", "--rule=IAM-015")
    assert sorted((f["account_id"], f["status"]) for f in run.findings) == sorted(
        [(PROD_ACCOUNT, "PASS"), (organization[0], "FAIL"), (organization[1], "PASS"), (organization[2], "PASS")]
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--aws-profile=prod", "--org-exclude=123"], "ERROR: --org-exclude 123: expected a 12-digit AWS account ID"),
        (["--aws-profile=prod", "--org-role=X"], "ERROR: --org-role and --org-exclude apply only with --org; add --org"),
        (["--aws-profile=prod", "--aws-profile=other", "--org"],
         "ERROR: --org takes one management (or delegated administrator) profile; give one --aws-profile"),
    ],
)
def test_bad_org_options_are_usage_errors(aws, run_audit, args, expected):
    run = run_audit(*args)
    assert run.exit_status == 4
    assert expected in run.output.splitlines()
