"""Cognito.1: Cognito user pools must run threat protection in full-function (enforced) mode."""

from fixtures.rules import Rule

RULE = Rule(
    id="Cognito.1",
    title="User Pool Threat Protection Enforced",
    risk="Medium",
    service="Cognito",
    compliant="The Cognito user pool runs threat protection for standard authentication in the required mode "
              "(full function, ENFORCED, unless the organisation chose AUDIT).",
    rationale=(
        "Threat protection scores every sign-in for risk (unfamiliar device or place, credentials known to be "
        "leaked) and, in full-function mode, acts on it: it asks for MFA, blocks the attempt or makes the user "
        "change a compromised password. Audit mode only records the risk. Without it, credential stuffing and "
        "account takeover against the pool's users go unnoticed and unchallenged."
    ),
    remediation=(
        "Console: Amazon Cognito > User pools > the pool > Threat protection (the Plus feature plan is needed), "
        "Activate, set Enforcement mode for standard authentication to Full function, choose the responses to "
        "low, medium and high risk and to compromised credentials, and Save changes. "
        "CLI: 'aws cognito-idp update-user-pool --user-pool-id POOL_ID --user-pool-add-ons "
        "AdvancedSecurityMode=ENFORCED' (update-user-pool resets settings it is not given: pass the pool's "
        "current settings too), then 'aws cognito-idp set-risk-configuration' for the responses."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-1",
        "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html",
        "https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolAddOnsType.html",
    ),
    notes=(
        "FSBP Cognito.1 (no Conformity rule). Evidence is cognito-idp:DescribeUserPool "
        "UserPoolAddOns.AdvancedSecurityMode per pool (OFF when absent). The control's SecurityMode parameter is "
        "the setting audit_cognito_threat_protection_mode, default ENFORCED as in Security Hub: only ENFORCED "
        "passes. With AUDIT, AUDIT and ENFORCED pass: the control does not say whether a pool enforcing more than "
        "asked fails, and full function includes what audit mode records. Custom authentication flows are Cognito.4, "
        "not judged here."
    ),
)

ACCEPTED = {"ENFORCED": ("ENFORCED",), "AUDIT": ("AUDIT", "ENFORCED")}


def test_cognito_1_threat_protection_enforced(cognito_user_pool, settings):
    pool = cognito_user_pool
    wanted = settings.cognito_threat_protection_mode
    assert pool.threat_protection_mode in ACCEPTED[wanted], (
        f"Cognito user pool {pool.name} ({pool.pool_id}) in {pool.region} has threat protection "
        f"{pool.threat_protection_mode}, not {wanted}"
    )
