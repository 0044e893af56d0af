"""KMS-004: no customer managed KMS key is scheduled for deletion."""

from datetime import datetime, timezone

from fixtures.rules import Rule

RULE = Rule(
    id="KMS-004",
    title="KMS Customer Master Key Pending Deletion",
    risk="Very High",
    service="KMS",
    compliant="The customer managed key is not scheduled for deletion.",
    rationale=(
        "Deleting a KMS key destroys its key material for good, and with it every ciphertext, snapshot, "
        "volume and backup encrypted under it. KMS waits 7 to 30 days before it deletes a scheduled key; "
        "catching the schedule in that window is the last chance to cancel a deletion made by mistake or "
        "by an intruder."
    ),
    remediation=(
        "First confirm nothing still needs the key (CloudTrail shows its recent use; the console's Key usage "
        "tab lists where it is referenced). If the deletion is unwanted: Console: KMS > Customer managed keys "
        "> the key > Key actions > Cancel key deletion, then Key actions > Enable (a cancelled key comes back "
        "disabled). "
        "CLI: 'aws kms cancel-key-deletion --key-id KEY_ID --region REGION' and 'aws kms enable-key --key-id "
        "KEY_ID --region REGION'. If the deletion is intended, record it as a waiver until the deletion date."
    ),
    references=(
        "https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-3",
        "https://docs.aws.amazon.com/config/latest/developerguide/kms-cmk-not-scheduled-for-deletion.html",
        "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html",
    ),
    notes=(
        "Carries FSBP KMS.3. Evidence is kms:DescribeKey KeyState (PendingDeletion, or PendingReplicaDeletion "
        "for a multi-Region primary key waiting for its replicas) and DeletionDate, for every customer managed "
        "key listed by kms:ListKeys (the reads KMS-002 makes); AWS managed keys cannot be scheduled for "
        "deletion. Risk follows the control's Critical severity (Very High) rather than Conformity's Medium: "
        "the loss is of every piece of data under the key and cannot be undone. A deliberate cryptographic "
        "erasure is a case for a waiver."
    ),
)


def test_kms_004_key_pending_deletion(customer_key):
    key = customer_key
    if key.deletion_date:
        when = datetime.fromisoformat(key.deletion_date)
        days = max((when - datetime.now(timezone.utc)).days, 0)
        schedule = f" on {when:%Y-%m-%d} (in {days} days)"
    else:
        schedule = " once its replica keys are deleted"
    assert key.state not in ("PendingDeletion", "PendingReplicaDeletion"), (
        f"KMS key {key.named} in {key.region} is scheduled for deletion{schedule} ({key.state})"
    )
