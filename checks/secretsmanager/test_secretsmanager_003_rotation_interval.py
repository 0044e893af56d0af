"""SecretsManager-003: every secret must have rotated within the configured number of days."""

from datetime import datetime, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="SecretsManager-003",
    title="Secret Rotation Interval",
    risk="Medium",
    service="SecretsManager",
    compliant="The secret was rotated (or created) within the configured number of days.",
    rationale=(
        "The longer a secret keeps one value, the more copies of it gather in scripts, chat messages, logs "
        "and the memories of people who have since moved on. Rotating at least every few months bounds how "
        "long any leaked copy stays useful, whether rotation runs on a schedule or by hand."
    ),
    remediation=(
        "Console: Secrets Manager > Secrets > the secret > Rotation > Edit rotation: turn on Automatic "
        "rotation with a schedule of 90 days or fewer and a rotation function, then choose Rotate secret "
        "immediately; if rotation is already on, see why it is not running (SecretsManager.2). "
        "CLI: 'aws secretsmanager rotate-secret --secret-id NAME --rotation-lambda-arn FUNCTION_ARN "
        "--rotation-rules AutomaticallyAfterDays=30'."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4",
        "https://docs.aws.amazon.com/config/latest/developerguide/secretsmanager-secret-periodic-rotation.html",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
    ),
    notes=(
        "Carries FSBP SecretsManager.4. Threshold: settings.secret_rotation_days (FSBP maxDaysSinceRotation, "
        "default 90). Evidence is secretsmanager:ListSecrets LastRotatedDate, or CreatedDate for a secret never "
        "rotated; every secret is judged, with or without automatic rotation. A secret fails when more whole "
        "days than the threshold have passed. Secrets scheduled for deletion are not listed."
    ),
)


def test_secretsmanager_003_rotation_interval(secret, settings):
    days = settings.secret_rotation_days
    since = datetime.fromisoformat(secret.last_rotated or secret.created)
    age = (datetime.now(timezone.utc) - since).days
    what = (f"was last rotated on {since:%Y-%m-%d}" if secret.last_rotated
            else f"has never been rotated since it was created on {since:%Y-%m-%d}")
    assert age <= days, (
        f"Secrets Manager secret {secret.name} in {secret.region} {what} ({age} days ago), more than {days} days"
    )
