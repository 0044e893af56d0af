"""SecretsManager.2: secrets with automatic rotation must actually rotate on schedule."""

import re
from datetime import datetime, timedelta, timezone

from fixtures.rules import Rule

# A rotation may happen anywhere in its window: RotationRules Duration ("3h"), else until the day is out.
DEFAULT_WINDOW = timedelta(hours=24)

RULE = Rule(
    id="SecretsManager.2",
    title="Secret rotation succeeds on schedule",
    risk="Medium",
    service="SecretsManager",
    compliant="The secret has rotated by its scheduled rotation date.",
    rationale=(
        "Turning rotation on is only half the job: when the rotation function fails (a network path, a "
        "permission or the database password policy changed), the secret silently keeps its old value while "
        "everyone believes it rotates. Spotting overdue rotations catches those failures before the old value "
        "has lived far longer than intended."
    ),
    remediation=(
        "Console: Secrets Manager > Secrets > the secret > Rotation: read the last rotation status, open the "
        "rotation function's CloudWatch Logs to see which step failed (createSecret, setSecret, testSecret, "
        "finishSecret), fix its network access, permissions or the target's credentials, then choose Rotate "
        "secret immediately. "
        "CLI: 'aws secretsmanager describe-secret --secret-id NAME' (NextRotationDate, VersionIdsToStages), "
        "then 'aws secretsmanager rotate-secret --secret-id NAME' to retry."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-2",
        "https://docs.aws.amazon.com/config/latest/developerguide/secretsmanager-scheduled-rotation-success-check.html",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html",
    ),
    notes=(
        "Only secrets with automatic rotation turned on are judged, as in the control. The control fails when "
        "AWS Config's RotationOccurringAsScheduled is false; the API equivalent used here is "
        "secretsmanager:ListSecrets NextRotationDate (else LastRotatedDate, or CreatedDate when never rotated, "
        "plus RotationRules AutomaticallyAfterDays): a secret fails once that date and its rotation window "
        "(RotationRules Duration, else 24 hours) have passed. A rotating secret with neither NextRotationDate "
        "nor AutomaticallyAfterDays cannot be dated and reports ERROR, never PASS."
    ),
)


def window(duration: str | None) -> timedelta:
    hours = re.fullmatch(r"(\d+)h", duration or "")
    return timedelta(hours=int(hours.group(1))) if hours else DEFAULT_WINDOW


def test_secretsmanager_2_rotation_on_schedule(rotating_secret):
    secret = rotating_secret
    if secret.next_rotation:
        due = datetime.fromisoformat(secret.next_rotation)
    else:  # the reader makes a secret with neither an ERROR
        due = datetime.fromisoformat(secret.last_rotated or secret.created) + timedelta(days=secret.rotation_days)
    overdue = datetime.now(timezone.utc) - due - window(secret.rotation_window)
    last = (f"last rotated on {datetime.fromisoformat(secret.last_rotated):%Y-%m-%d}" if secret.last_rotated
            else "never rotated")
    assert overdue <= timedelta(0), (
        f"Secrets Manager secret {secret.name} in {secret.region} was due to rotate on {due:%Y-%m-%d} "
        f"({(datetime.now(timezone.utc) - due).days} days ago) but has not ({last})"
    )
