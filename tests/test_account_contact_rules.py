"""Budgets-005 and IAM-031: the account's primary and security contacts.

moto models neither account:GetContactInformation nor account:GetAlternateContact, so every test
answers them with stub() (fixtures/offline.py).
"""

from fixtures.offline import deny, stub
from tests.conftest import PROD_ACCOUNT

ACCOUNT = f"arn:aws:account::{PROD_ACCOUNT}:account"
COMPLETE = {"FullName": "Acme Ltd", "AddressLine1": "1 Main Street", "City": "Springfield", "PostalCode": "12345",
            "CountryCode": "US", "PhoneNumber": "+15550100"}
SECURITY = {"AlternateContactType": "SECURITY", "Name": "Security team", "Title": "SOC",
            "EmailAddress": "security@example.com", "PhoneNumber": "+15550111"}
NOT_FOUND = {"Error": {"Code": "ResourceNotFoundException", "Message": "No contact of the inputted type found."}}


def audit(run_audit):
    return run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=Budgets-005", "--rule=IAM-031")


def by_rule(run):
    return {f["rule_id"]: (f["status"], f["resource"], f["message"]) for f in run.findings}


def test_complete_contacts_pass(aws, run_audit, monkeypatch):
    stub(monkeypatch, "account:GetContactInformation", {"ContactInformation": {**COMPLETE, "CompanyName": ""}})
    stub(monkeypatch, "account:GetAlternateContact", {"AlternateContact": SECURITY})
    assert by_rule(audit(run_audit)) == {
        "Budgets-005": ("PASS", ACCOUNT, "The account's primary contact details are complete."),
        "IAM-031": ("PASS", ACCOUNT, "The account has a security alternate contact with an email address."),
    }


def test_blank_fields_and_a_missing_security_contact_fail(aws, run_audit, monkeypatch):
    partial = {**COMPLETE, "AddressLine1": " ", "PhoneNumber": ""}
    stub(monkeypatch, "account:GetContactInformation", {"ContactInformation": partial})
    stub(monkeypatch, "account:GetAlternateContact", NOT_FOUND, status=404)
    run = audit(run_audit)
    assert by_rule(run) == {
        "Budgets-005": ("FAIL", ACCOUNT, f"account {PROD_ACCOUNT} primary contact information lacks "
                                         "AddressLine1, PhoneNumber"),
        "IAM-031": ("FAIL", ACCOUNT, f"account {PROD_ACCOUNT} has no SECURITY alternate contact"),
    }
    assert run.exit_status == 1


def test_a_never_set_contact_and_a_security_contact_without_email_fail(aws, run_audit, monkeypatch):
    stub(monkeypatch, "account:GetContactInformation", NOT_FOUND, status=404)
    stub(monkeypatch, "account:GetAlternateContact", {"AlternateContact": {**SECURITY, "EmailAddress": ""}})
    assert by_rule(audit(run_audit)) == {
        "Budgets-005": ("FAIL", ACCOUNT, f"account {PROD_ACCOUNT} primary contact information lacks FullName, "
                                         "AddressLine1, City, PostalCode, CountryCode, PhoneNumber"),
        "IAM-031": ("FAIL", ACCOUNT, f"account {PROD_ACCOUNT} SECURITY alternate contact (Security team) has no "
                                     "email address"),
    }


def test_the_security_contact_type_is_the_one_asked_for(aws, run_audit, monkeypatch):
    stub(monkeypatch, "account:GetContactInformation", {"ContactInformation": COMPLETE})
    # The first stub that accepts a request answers it: only a SECURITY request finds a contact.
    stub(monkeypatch, "account:GetAlternateContact", {"AlternateContact": SECURITY},
         when=lambda request: "SECURITY" in str(request["body"]))
    stub(monkeypatch, "account:GetAlternateContact", NOT_FOUND, status=404)
    assert by_rule(audit(run_audit))["IAM-031"][0] == "PASS"


def test_denied_reads_are_errors_naming_the_action(aws, run_audit, monkeypatch):
    deny(monkeypatch, "account:GetContactInformation", "account:GetAlternateContact")
    assert by_rule(audit(run_audit)) == {
        "Budgets-005": ("ERROR", ACCOUNT,
                        "could not evaluate: account:GetContactInformation was denied (AccessDenied): "
                        "grant account:GetContactInformation to the auditing principal"),
        "IAM-031": ("ERROR", ACCOUNT, "could not evaluate: account:GetAlternateContact was denied (AccessDenied): "
                                      "grant account:GetAlternateContact to the auditing principal"),
    }
