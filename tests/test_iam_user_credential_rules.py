"""IAM-003, IAM-004, IAM-013, IAM-038, IAM-043: per-user credential-report rules, on moto."""

from datetime import datetime, timedelta, timezone

import boto3

from fixtures.offline import UserKey, deny, set_root_user, set_user_credentials
from tests.conftest import PROD_ACCOUNT

RULES = ("IAM-003", "IAM-004", "IAM-013", "IAM-038", "IAM-043")
NOW = datetime.now(timezone.utc)


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def stamp(days: int) -> str:
    return ago(days).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def arn(user: str) -> str:
    return f"arn:aws:iam::{PROD_ACCOUNT}:user/{user}"


def audit(run_audit, *args):
    rules = [f"--rule={rule}" for rule in RULES]
    return run_audit("--aws-profile=prod", "--aws-regions=us-east-1", *rules, *args)


def verdicts(run, rule_id):
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings if f["rule_id"] == rule_id}


def seed_users():
    """One user per way to pass or fail, dated relative to now."""
    iam = boto3.Session(profile_name="prod").client("iam")
    for name in ("console-mfa", "console-nomfa", "console-newkey", "stale-password", "never-signed-in",
                 "two-keys", "old-key", "unused-key", "inactive-old-key", "api-fresh"):
        iam.create_user(UserName=name)
    for name in ("console-mfa", "console-nomfa", "console-newkey", "stale-password", "never-signed-in"):
        iam.create_login_profile(UserName=name, Password="Correct-Horse-Battery-9")
    serial = iam.create_virtual_mfa_device(VirtualMFADeviceName="console-mfa")["VirtualMFADevice"]["SerialNumber"]
    iam.enable_mfa_device(UserName="console-mfa", SerialNumber=serial, AuthenticationCode1="123456",
                          AuthenticationCode2="654321")
    for name in ("console-newkey", "two-keys", "two-keys", "old-key", "unused-key", "inactive-old-key", "api-fresh"):
        iam.create_access_key(UserName=name)
    set_user_credentials(PROD_ACCOUNT, "console-mfa", password_last_used=ago(2))
    set_user_credentials(PROD_ACCOUNT, "console-nomfa", password_last_used=ago(1))
    set_user_credentials(PROD_ACCOUNT, "console-newkey", password_last_used=ago(1), keys=(UserKey(created=ago(3)),))
    set_user_credentials(PROD_ACCOUNT, "stale-password", created=ago(300), password_last_used=ago(60))
    set_user_credentials(PROD_ACCOUNT, "never-signed-in", created=ago(50))
    set_user_credentials(PROD_ACCOUNT, "two-keys", keys=(UserKey(created=ago(10), last_used=ago(1)),
                                                         UserKey(created=ago(5), last_used=ago(1))))
    set_user_credentials(PROD_ACCOUNT, "old-key", keys=(UserKey(created=ago(91), last_used=ago(1)),))
    set_user_credentials(PROD_ACCOUNT, "unused-key", keys=(UserKey(created=ago(80), last_used=ago(45)),))
    set_user_credentials(PROD_ACCOUNT, "inactive-old-key",
                         keys=(UserKey(created=ago(400), last_used=ago(300), active=False),))
    set_user_credentials(PROD_ACCOUNT, "api-fresh", keys=(UserKey(created=ago(90), last_used=ago(44)),))
    set_root_user(PROD_ACCOUNT, key_1=None, password_last_used=ago(1))


def test_each_user_gets_its_own_verdict_from_one_credential_report(aws, run_audit):
    seed_users()
    run = audit(run_audit)

    iam_013 = verdicts(run, "IAM-013")
    assert iam_013[arn("console-nomfa")] == ("FAIL", "IAM user console-nomfa has a console password but no MFA device")
    assert iam_013[arn("console-mfa")][0] == "PASS"
    assert iam_013[arn("api-fresh")][0] == "PASS"
    assert f"arn:aws:iam::{PROD_ACCOUNT}:root" not in iam_013  # the root row is not a user
    assert len(iam_013) == 10

    iam_043 = verdicts(run, "IAM-043")
    assert iam_043[arn("console-newkey")] == ("FAIL", (
        "IAM user console-newkey has a console password and access keys that were never used: "
        f"key 1 (active, created {stamp(3)})"))
    assert iam_043[arn("unused-key")][0] == "PASS"  # no console password: a programmatic user
    assert {status for resource, (status, _) in iam_043.items() if resource != arn("console-newkey")} == {"PASS"}

    iam_003 = verdicts(run, "IAM-003")
    assert iam_003[arn("stale-password")] == ("FAIL", (
        f"IAM user stale-password has credentials unused for 45 days or more: password last used 60 days ago "
        f"({stamp(60)})"))
    assert iam_003[arn("never-signed-in")] == ("FAIL", (
        f"IAM user never-signed-in has credentials unused for 45 days or more: password never used, set 50 days "
        f"ago ({stamp(50)})"))
    assert iam_003[arn("unused-key")] == ("FAIL", (
        f"IAM user unused-key has credentials unused for 45 days or more: access key 1 last used 45 days ago "
        f"({stamp(45)})"))
    for passing in ("api-fresh", "console-newkey", "inactive-old-key", "console-mfa", "two-keys"):
        assert iam_003[arn(passing)][0] == "PASS", passing

    iam_004 = verdicts(run, "IAM-004")
    assert iam_004[arn("two-keys")] == ("FAIL", (
        f"IAM user two-keys has 2 active access keys: key 1 last rotated {stamp(10)}, last used {stamp(1)}; "
        f"key 2 last rotated {stamp(5)}, last used {stamp(1)}"))
    assert [r for r, (status, _) in iam_004.items() if status == "FAIL"] == [arn("two-keys")]

    iam_038 = verdicts(run, "IAM-038")
    assert iam_038[arn("old-key")] == ("FAIL", (
        f"IAM user old-key has active access keys older than 90 days: key 1 last rotated 91 days ago ({stamp(91)})"))
    assert iam_038[arn("api-fresh")][0] == "PASS"  # exactly 90 days is still within the limit
    assert iam_038[arn("inactive-old-key")][0] == "PASS"  # inactive keys are not rotated, they are retired
    assert [r for r, (status, _) in iam_038.items() if status == "FAIL"] == [arn("old-key")]

    assert {f["region"] for f in run.findings} == {"global"}
    assert run.document["stats"]["requests"]["iam:GetCredentialReport"] == 1


def test_users_are_cased_once_in_region_global_when_several_regions_are_audited(aws, run_audit):
    iam = boto3.Session(profile_name="prod").client("iam")
    iam.create_user(UserName="solo")
    iam.create_login_profile(UserName="solo", Password="Correct-Horse-Battery-9")
    set_root_user(PROD_ACCOUNT)
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=IAM-013")
    assert [(f["status"], f["region"], f["resource"]) for f in run.findings] == [("FAIL", "global", arn("solo"))]


def test_an_account_without_iam_users_is_not_applicable(aws, run_audit):
    set_root_user(PROD_ACCOUNT)
    run = audit(run_audit)
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "SKIP", "not applicable: no IAM users") for rule in RULES
    }


def test_a_denied_credential_report_is_an_error_naming_the_action(aws, run_audit, monkeypatch):
    seed_users()
    deny(monkeypatch, "iam:GetCredentialReport")
    run = audit(run_audit)
    assert {(f["rule_id"], f["status"], f["message"]) for f in run.findings} == {
        (rule, "ERROR", "could not evaluate: iam:GetCredentialReport was denied (AccessDenied): "
                        "grant iam:GetCredentialReport to the auditing principal") for rule in RULES
    }
    assert run.exit_status == 1


def test_iam_043_counts_a_never_used_key_that_was_made_inactive(aws, run_audit):
    # CIS 1.11 (v5.0.0 1.10): a console user whose key has no last-used date fails, active or not.
    iam = boto3.Session(profile_name="prod").client("iam")
    iam.create_user(UserName="parked-key")
    iam.create_login_profile(UserName="parked-key", Password="Correct-Horse-Battery-9")
    iam.create_access_key(UserName="parked-key")
    set_user_credentials(PROD_ACCOUNT, "parked-key", password_last_used=ago(1),
                         keys=(UserKey(created=ago(3), active=False),))
    set_root_user(PROD_ACCOUNT)
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=IAM-043").only("IAM-043")
    assert (finding["status"], finding["message"]) == ("FAIL", (
        "IAM user parked-key has a console password and access keys that were never used: "
        f"key 1 (inactive, created {stamp(3)})"))
