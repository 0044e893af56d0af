"""IAM-031: the account must register a SECURITY alternate contact."""

from fixtures.rules import Rule

RULE = Rule(
    id="IAM-031",
    title="Account alternate contacts",
    risk="High",
    service="IAM",
    compliant="The account has a security alternate contact with an email address.",
    rationale=(
        "AWS sends security notifications, such as leaked credentials found on the internet or an instance "
        "taking part in an attack, to the security alternate contact. Without one these go to the primary "
        "contact, often a billing or admin mailbox, and the security team learns of an incident late."
    ),
    remediation=(
        "Console: open the account menu, choose Account, and under Alternate contacts choose Edit; fill in "
        "the Security contact with a team mailbox and phone number, then Update. "
        "CLI: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name \"Security team\" "
        "--title \"Security\" --email-address security@example.com --phone-number +1-555-0100'; check with "
        "'aws account get-alternate-contact --alternate-contact-type SECURITY'."
    ),
    references=(
        "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html",
        "https://docs.aws.amazon.com/accounts/latest/reference/API_GetAlternateContact.html",
    ),
    notes=(
        "Evidence is account:GetAlternateContact for the SECURITY type; ResourceNotFoundException means none "
        "is registered (FAIL, not ERROR). A contact without an email address also fails, since that is how "
        "AWS delivers security notices."
    ),
)


def test_iam_031_security_alternate_contact(security_contact):
    account = security_contact.account_id
    assert security_contact.present, f"account {account} has no SECURITY alternate contact"
    assert security_contact.email.strip(), (
        f"account {account} SECURITY alternate contact ({security_contact.name}) has no email address"
    )
