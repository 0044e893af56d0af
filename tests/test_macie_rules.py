"""Macie-001 (Macie in use) and Macie2-003 (discovery jobs): every verdict they can give.

moto reports Macie ENABLED in every region by default and does not model ListClassificationJobs,
so the job lists, the PAUSED state and AWS's real "Macie is not enabled" answer are stubbed.
"""

import boto3

from fixtures.offline import deny, stub
from fixtures.scenarios.storage import MACIE_NOT_ENABLED, classification_jobs
from tests.conftest import PROD_ACCOUNT

MACIE_RULES = ("--rule=Macie-001", "--rule=Macie2-003", "--aws-regions=us-east-1,eu-west-1")


def in_region(region: str):
    return lambda request: f".{region}." in request["url"]


def verdicts(run) -> dict:
    return {(f["rule_id"], f["region"]): (f["status"], f["message"]) for f in run.findings}


def session_arn(region: str) -> str:
    return f"arn:aws:macie2:{region}:{PROD_ACCOUNT}:session"


def test_macie_rules_pass_when_macie_is_on_with_an_active_job(aws, run_audit, monkeypatch):
    stub(monkeypatch, "macie2:ListClassificationJobs",
         classification_jobs(("old", "CANCELLED"), ("nightly", "RUNNING")), when=in_region("us-east-1"))
    stub(monkeypatch, "macie2:ListClassificationJobs", classification_jobs(("once", "COMPLETE")),
         when=in_region("eu-west-1"))
    run = run_audit("--aws-profile=prod", *MACIE_RULES)
    enabled = "Amazon Macie is enabled in this region."
    with_jobs = "Amazon Macie is enabled and has at least one sensitive data discovery job in this region."
    assert verdicts(run) == {
        ("Macie-001", "us-east-1"): ("PASS", enabled), ("Macie-001", "eu-west-1"): ("PASS", enabled),
        ("Macie2-003", "us-east-1"): ("PASS", with_jobs), ("Macie2-003", "eu-west-1"): ("PASS", with_jobs),
    }
    assert {f["resource"] for f in run.findings} == {session_arn("us-east-1"), session_arn("eu-west-1")}


def test_macie_rules_fail_where_macie_is_not_enabled_or_paused(aws, run_audit, monkeypatch):
    # us-east-1 answers as AWS does where Macie was never enabled; eu-west-1 is paused.
    stub(monkeypatch, "macie2:GetMacieSession", MACIE_NOT_ENABLED, status=403, when=in_region("us-east-1"))
    stub(monkeypatch, "macie2:GetMacieSession", {"status": "PAUSED"}, when=in_region("eu-west-1"))
    stub(monkeypatch, "macie2:ListClassificationJobs", classification_jobs(("nightly", "IDLE")))
    run = run_audit("--aws-profile=prod", *MACIE_RULES)
    where = f"account {PROD_ACCOUNT} region"
    assert verdicts(run) == {
        ("Macie-001", "us-east-1"): ("FAIL", f"Amazon Macie is not enabled in {where} us-east-1"),
        ("Macie-001", "eu-west-1"): ("FAIL", f"Amazon Macie is paused in {where} eu-west-1"),
        ("Macie2-003", "us-east-1"): (
            "FAIL", f"Amazon Macie is not enabled in {where} us-east-1, so no discovery job runs"),
        ("Macie2-003", "eu-west-1"): ("FAIL", f"Amazon Macie is paused in {where} eu-west-1, so no discovery job runs"),
    }


def test_macie_rules_fail_after_macie_is_disabled_on_moto(aws, run_audit):
    boto3.Session(profile_name="prod").client("macie2").disable_macie()
    run = run_audit("--aws-profile=prod", "--rule=Macie-001", "--aws-regions=us-east-1")
    assert (run.only("Macie-001")["status"], run.only("Macie-001")["message"]) == (
        "FAIL", f"Amazon Macie is not enabled in account {PROD_ACCOUNT} region us-east-1")


def test_macie2_003_fails_without_an_active_discovery_job(aws, run_audit, monkeypatch):
    stub(monkeypatch, "macie2:ListClassificationJobs",
         classification_jobs(("old", "CANCELLED"), ("held", "USER_PAUSED")), when=in_region("us-east-1"))
    stub(monkeypatch, "macie2:ListClassificationJobs", classification_jobs(), when=in_region("eu-west-1"))
    run = run_audit("--aws-profile=prod", "--rule=Macie2-003", "--aws-regions=us-east-1,eu-west-1")
    where = f"account {PROD_ACCOUNT} region"
    assert verdicts(run) == {
        ("Macie2-003", "us-east-1"): ("FAIL", f"Amazon Macie has no active sensitive data discovery job in {where} "
                                              "us-east-1 (only old (CANCELLED), held (USER_PAUSED))"),
        ("Macie2-003", "eu-west-1"): (
            "FAIL", f"Amazon Macie has no active sensitive data discovery job in {where} eu-west-1"),
    }


def test_macie_rules_are_errors_naming_the_action_when_the_session_read_is_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "macie2:GetMacieSession")
    run = run_audit("--aws-profile=prod", "--rule=Macie-001", "--rule=Macie2-003", "--aws-regions=us-east-1")
    message = ("could not evaluate: macie2:GetMacieSession was denied in us-east-1 (AccessDenied): "
               "grant macie2:GetMacieSession to the auditing principal")
    assert verdicts(run) == {("Macie-001", "us-east-1"): ("ERROR", message),
                             ("Macie2-003", "us-east-1"): ("ERROR", message)}


def test_macie2_003_is_an_error_when_jobs_cannot_be_listed(aws, run_audit, monkeypatch):
    deny(monkeypatch, "macie2:ListClassificationJobs")
    run = run_audit("--aws-profile=prod", "--rule=Macie-001", "--rule=Macie2-003", "--aws-regions=us-east-1")
    assert verdicts(run) == {
        ("Macie-001", "us-east-1"): ("PASS", "Amazon Macie is enabled in this region."),
        ("Macie2-003", "us-east-1"): ("ERROR", "could not evaluate: macie2:ListClassificationJobs was denied in "
                                               "us-east-1 (AccessDenied): grant macie2:ListClassificationJobs to "
                                               "the auditing principal"),
    }
