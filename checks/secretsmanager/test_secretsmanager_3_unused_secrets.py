"""SecretsManager.3: secrets nobody has read for the configured number of days must be removed."""

from datetime import datetime, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="SecretsManager.3",
    title="Unused secrets",
    risk="Medium",
    service="SecretsManager",
    compliant="The secret was accessed within the configured number of days.",
    rationale=(
        "A secret nobody reads any more still opens whatever it guards, and everyone who was ever allowed to "
        "read it can still do so. Deleting secrets that have fallen out of use takes that access away, "
        "shrinks what a leak could expose, and stops paying for them."
    ),
    remediation=(
        "Make sure nothing still needs the secret (CloudTrail GetSecretValue events; the system it "
        "unlocks), disable the credential at its source, then: Console: Secrets Manager > Secrets > the secret "
        "> Actions > Delete secret, with a recovery window of 7 to 30 days. "
        "CLI: 'aws secretsmanager delete-secret --secret-id NAME --recovery-window-in-days 30' "
        "('aws secretsmanager restore-secret --secret-id NAME' undoes it within the window)."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/secretsmanager-secret-unused.html",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html",
    ),
    notes=(
        "Threshold: settings.secret_unused_days (FSBP unusedForDays, default 90). Evidence is "
        "secretsmanager:ListSecrets LastAccessedDate (AWS keeps only the day); a secret never accessed counts "
        "from its CreatedDate, so a new secret is not flagged before it could have been used. A secret fails "
        "when more whole days than the threshold have passed. Secrets scheduled for deletion are not listed."
    ),
)


def test_secretsmanager_3_unused_secrets(secret, settings):
    days = settings.secret_unused_days
    since = datetime.fromisoformat(secret.last_accessed or secret.created)
    idle = (datetime.now(timezone.utc) - since).days
    what = (f"was last accessed on {since:%Y-%m-%d}" if secret.last_accessed
            else f"has never been accessed since it was created on {since:%Y-%m-%d}")
    assert idle <= days, (
        f"Secrets Manager secret {secret.name} in {secret.region} {what} ({idle} days ago), more than {days} days"
    )
