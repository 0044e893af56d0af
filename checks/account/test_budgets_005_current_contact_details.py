"""Budgets-005: the account's primary contact details must be complete, so AWS can reach its owner."""

from fixtures.rules import Rule

RULE = Rule(
    id="Budgets-005",
    title="Current contact details",
    risk="Medium",
    service="Account",
    compliant="The account's primary contact details are complete.",
    rationale=(
        "When AWS sees abuse coming from an account, a compromised key or a billing problem, it contacts the "
        "owner through the account's primary contact. If those details are empty or stale the warning goes "
        "nowhere, and AWS may suspend resources before anyone in the organisation hears about it."
    ),
    remediation=(
        "Console: sign in with a principal allowed account:PutContactInformation, open the account menu, "
        "choose Account, and under Contact information choose Edit; fill in full name, address, city, postal "
        "code, country and a phone number that a team (not one person) answers, then Update. "
        "CLI: 'aws account put-contact-information --contact-information FullName=...,AddressLine1=...,"
        "City=...,PostalCode=...,CountryCode=..,PhoneNumber=+...'; check with "
        "'aws account get-contact-information'."
    ),
    references=(
        "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-primary.html",
        "https://docs.aws.amazon.com/accounts/latest/reference/API_GetContactInformation.html",
    ),
    notes=(
        "CIS 1.1 is a manual control: whether details are current cannot be read from an API. The proxy "
        "evaluated is that every field AWS requires (FullName, AddressLine1, City, PostalCode, CountryCode, "
        "PhoneNumber) is filled in; the evidence shows the contact's name so a reviewer can judge currency. "
        "An account whose contact was never set (ResourceNotFoundException) fails with every field missing."
    ),
)


def test_budgets_005_current_contact_details(contact_information):
    assert not contact_information.missing, (
        f"account {contact_information.account_id} primary contact information lacks "
        f"{', '.join(contact_information.missing)}"
    )
