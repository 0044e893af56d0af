"""SecretsManager-002: Secrets Manager secrets must rotate automatically."""

from fixtures.rules import Rule

RULE = Rule(
    id="SecretsManager-002",
    title="Secret Rotation Enabled",
    risk="Medium",
    service="SecretsManager",
    compliant="The secret has automatic rotation turned on.",
    rationale=(
        "A database password or API key that never changes stays valid for as long as anyone who ever saw "
        "it, or any log or backup that caught it, keeps a copy. Automatic rotation replaces the value on a "
        "schedule without anyone handling it, so a leaked copy soon stops working."
    ),
    remediation=(
        "Console: Secrets Manager > Secrets > the secret > Rotation > Edit rotation: turn on Automatic "
        "rotation, choose a schedule (for example every 30 days) and a rotation function (Secrets Manager "
        "creates one for RDS, Redshift and DocumentDB credentials), and Save. Secrets owned by another service "
        "(RDS-managed master passwords) rotate through that service. "
        "CLI: 'aws secretsmanager rotate-secret --secret-id NAME --rotation-lambda-arn FUNCTION_ARN "
        "--rotation-rules AutomaticallyAfterDays=30'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1",
        "https://docs.aws.amazon.com/config/latest/developerguide/secretsmanager-rotation-enabled-check.html",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
    ),
    notes=(
        "Carries FSBP SecretsManager.1. Evidence is secretsmanager:ListSecrets RotationEnabled (absent: "
        "off). The control's optional maximumAllowedRotationFrequency has no default and is not checked; "
        "SecretsManager-003 judges how long ago a secret last rotated. Secrets scheduled for deletion are not "
        "listed."
    ),
)


def test_secretsmanager_002_rotation_enabled(secret):
    assert secret.rotation_enabled, (
        f"Secrets Manager secret {secret.name} in {secret.region} does not have automatic rotation turned on"
    )
