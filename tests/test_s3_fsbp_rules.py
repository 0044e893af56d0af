"""The FSBP S3 rules (S3-015, S3.7, S3-011, S3.10, S3.11, S3.12, S3-020, S3-012, S3-023, S3.17, S3.19): every
verdict they give, on one seeded moto account audited once with the default settings and once with FSBP's optional
parameters set, plus runs with reads denied and one of an account without buckets."""

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.subjects.s3 import access_points_in
from fixtures.scenarios.s3_fsbp import (PARTNER_CANONICAL_ID, allow_log_delivery, allow_partner, disable_acls, encrypt,
                                        grant_partner_write, lifecycle, notify, replicate)
from fixtures.scenarios.storage import create_bucket, put_policy
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT, audit_in_process

RULES = ("S3-015", "S3.7", "S3-011", "S3.10", "S3.11", "S3.12", "S3-020", "S3-012", "S3-023", "S3.17", "S3.19")
PARAMETERS = ("-o", "audit_s3_event_types=s3:ObjectRemoved:Delete,s3:ObjectRestore:Completed",
              "-o", "audit_s3_lifecycle_transition_days=30", "-o", "audit_s3_lifecycle_expiration_days=400",
              "-o", "audit_s3_lifecycle_transition_storage_class=GLACIER", "-o", "audit_s3_object_lock_mode=COMPLIANCE")
REGION = "us-east-1"
ROLE = f"arn:aws:iam::{PROD_ACCOUNT}:role/s3-replication"
QUEUE = f"arn:aws:sqs:{REGION}:{PROD_ACCOUNT}:s3-events"
TOPIC = f"arn:aws:sns:{REGION}:{PROD_ACCOUNT}:s3-events"
PARTNER = f"arn:aws:iam::{OTHER_ACCOUNT}:root"
BLOCKED = "s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl"
# Every bucket the seeded account has in us-east-1 (the audited region); repl-dest-eu lives in eu-west-1.
BUCKETS = (
    "policy-xacct-putacl", "policy-xacct-star", "policy-xacct-read", "policy-same-account", "policy-notaction",
    "policy-deny", "policy-bare-id", "policy-service",
    "repl-cross", "repl-same", "repl-disabled", "repl-foreign", "repl-dest-east",
    "logged", "log-target",
    "versioned-lifecycle", "versioned-no-lifecycle", "versioned-disabled-rule", "suspended",
    "notify-queue", "notify-eventbridge", "notify-restore",
    "acl-enforced", "acl-public-read", "acl-partner",
    "locked-governance", "locked-compliance",
    "enc-kms", "enc-dsse", "enc-sse-s3",
)
LOCKED = ("locked-governance", "locked-compliance")  # made with Object Lock, which turns versioning on
VERSIONED = {"repl-cross", "repl-same", "repl-disabled", "repl-foreign", "repl-dest-east", "versioned-lifecycle",
             "versioned-no-lifecycle", "versioned-disabled-rule", *LOCKED}
WITH_LIFECYCLE = {"versioned-lifecycle", "suspended"}


def denied(action: str, permission: str) -> tuple[str, str]:
    """The verdict of a case whose read was refused: ERROR naming the action and the permission to grant."""
    return "ERROR", (f"could not evaluate: {action} was denied in {REGION} (AccessDenied): grant {permission} "
                     "to the auditing principal")


def verdicts(findings: list[dict], rule_id: str) -> dict:
    return {f["resource"].removeprefix("arn:aws:s3:::"): (f["status"], f["message"])
            for f in findings if f["rule_id"] == rule_id}


def every_bucket(verdict) -> dict:
    """``verdict(name)`` -> (status, message) for every bucket of the audited region."""
    return {name: verdict(name) for name in BUCKETS}


def bucket(name: str) -> str:
    return f"S3 bucket {name} in {REGION}"


def only_for(name: str):
    """A stub condition: the request is about this bucket (virtual-host or path-style URL)."""
    return lambda request: f"//{name}." in request["url"] or f"/{name}?" in request["url"]


def seed(session) -> None:
    s3, s3_eu = session.client("s3"), session.client("s3", region_name="eu-west-1")
    for name in BUCKETS:
        if name in LOCKED:
            s3.create_bucket(Bucket=name, ObjectLockEnabledForBucket=True)
        else:
            create_bucket(s3, name)
    create_bucket(s3_eu, "repl-dest-eu", "eu-west-1")
    # A bucket of the other account (111122223333) to replicate to.
    create_bucket(boto3.Session(profile_name="other").client("s3", region_name="eu-west-1"), "partner-replica-eu",
                  "eu-west-1")

    # S3-015: grants of the blocked actions to other accounts, whatever the Condition says.
    put_policy(s3, "policy-xacct-putacl", [allow_partner("policy-xacct-putacl", ["s3:PutObject", "s3:PutObjectAcl"])])
    put_policy(s3, "policy-xacct-star", [{**allow_partner("policy-xacct-star", "s3:*"), "Principal": "*",
                                          "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}])
    put_policy(s3, "policy-xacct-read", [allow_partner("policy-xacct-read", ["s3:GetObject", "s3:ListBucket"])])
    put_policy(s3, "policy-same-account", [allow_partner(
        "policy-same-account", "s3:*", principal=f"arn:aws:iam::{PROD_ACCOUNT}:role/storage-admin")])
    put_policy(s3, "policy-notaction", [{"Effect": "Allow", "Principal": {"AWS": PARTNER},
                                         "NotAction": ["s3:PutBucket*", "s3:DeleteBucketPolicy"],
                                         "Resource": "arn:aws:s3:::policy-notaction/*"}])
    put_policy(s3, "policy-deny", [{**allow_partner("policy-deny", "s3:PutBucketPolicy", principal="*"),
                                    "Effect": "Deny"}])
    put_policy(s3, "policy-bare-id", [allow_partner("policy-bare-id", "s3:Put*", principal=[OTHER_ACCOUNT])])
    put_policy(s3, "policy-service", [{**allow_partner("policy-service", "s3:*"),
                                       "Principal": {"Service": "cloudtrail.amazonaws.com"}}])

    # S3.7: replication to another region (own or another account's bucket), within the region, switched off.
    for name in VERSIONED - set(LOCKED):
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    s3_eu.put_bucket_versioning(Bucket="repl-dest-eu", VersioningConfiguration={"Status": "Enabled"})
    replicate(s3, "repl-cross", "repl-dest-eu", ROLE)
    replicate(s3, "repl-same", "repl-dest-east", ROLE)
    replicate(s3, "repl-foreign", "partner-replica-eu", ROLE)
    s3.put_bucket_replication(Bucket="repl-disabled", ReplicationConfiguration={"Role": ROLE, "Rules": [{
        "ID": "paused", "Priority": 1, "Status": "Disabled", "Filter": {},
        "DeleteMarkerReplication": {"Status": "Disabled"}, "Destination": {"Bucket": "arn:aws:s3:::repl-dest-eu"}}]})

    # S3-011: server access logs delivered under a bucket policy (moto checks the target allows it).
    put_policy(s3, "log-target", [allow_log_delivery("log-target")])
    s3.put_bucket_logging(Bucket="logged", BucketLoggingStatus={"LoggingEnabled": {
        "TargetBucket": "log-target", "TargetPrefix": "logged/"}})

    # S3.10, S3-020 and S3-012: versioning and lifecycle rules.
    lifecycle(s3, "versioned-lifecycle", Transitions=[{"Days": 30, "StorageClass": "GLACIER"}],
              Expiration={"Days": 365})
    lifecycle(s3, "versioned-disabled-rule", status="Disabled")
    s3.put_bucket_versioning(Bucket="suspended", VersioningConfiguration={"Status": "Suspended"})
    lifecycle(s3, "suspended", Transitions=[{"Days": 30, "StorageClass": "GLACIER"}], Expiration={"Days": 400})

    # S3.11: notifications to a queue or topic (EventBridge: stubbed, moto drops it).
    notify(s3, "notify-queue", QUEUE)
    s3.put_bucket_notification_configuration(Bucket="notify-restore", NotificationConfiguration={
        "TopicConfigurations": [{"TopicArn": TOPIC, "Events": ["s3:ObjectRestore:*", "s3:ObjectRemoved:*"]}]})

    # S3.12: ACLs disabled, or ACL grants beyond the owner.
    disable_acls(s3, "acl-enforced")
    s3.put_bucket_acl(Bucket="acl-public-read", ACL="public-read")
    s3.put_bucket_ownership_controls(Bucket="acl-public-read", OwnershipControls={
        "Rules": [{"ObjectOwnership": "ObjectWriter"}]})
    grant_partner_write(s3, "acl-partner")

    # S3-023: Object Lock with each default retention mode.
    for name, mode in zip(LOCKED, ("GOVERNANCE", "COMPLIANCE")):
        s3.put_object_lock_configuration(Bucket=name, ObjectLockConfiguration={
            "ObjectLockEnabled": "Enabled", "Rule": {"DefaultRetention": {"Mode": mode, "Days": 30}}})

    # S3.17: SSE-KMS and DSSE-KMS pass, SSE-S3 fails (as does no configuration: moto has none by default).
    encrypt(s3, "enc-kms", "aws:kms", f"arn:aws:kms:{REGION}:{PROD_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab")
    encrypt(s3, "enc-dsse", "aws:kms:dsse")
    encrypt(s3, "enc-sse-s3", "AES256")

    # S3.19: one access point with the default Block Public Access settings, one letting a public policy through.
    s3control = session.client("s3control")
    s3control.create_access_point(AccountId=PROD_ACCOUNT, Name="ap-private", Bucket="enc-kms")
    s3control.create_access_point(AccountId=PROD_ACCOUNT, Name="ap-open", Bucket="enc-kms", PublicAccessBlockConfiguration={
        "BlockPublicAcls": False, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": False})


@pytest.fixture(scope="module")
def runs(seeded_aws) -> dict[str, list[dict]]:
    """The findings of the seeded account audited with the default settings, and with FSBP's optional S3
    parameters set."""
    seed(boto3.Session(profile_name="prod"))
    with pytest.MonkeyPatch.context() as monkeypatch:
        # moto accepts EventBridgeConfiguration but never answers it, so this bucket's answer is stubbed.
        stub(monkeypatch, "s3:GetBucketNotificationConfiguration", {"EventBridgeConfiguration": {}},
             when=only_for("notify-eventbridge"))
        audit = ("--aws-profile=prod", f"--aws-regions={REGION}")
        return {
            "default": audit_in_process(seeded_aws, *audit, *(f"--rule={rule}" for rule in RULES)).findings,
            "configured": audit_in_process(seeded_aws, *audit, "--rule=S3-020", "--rule=S3.11", "--rule=S3-023",
                                           *PARAMETERS).findings,
        }


def test_bucket_policies_granting_other_accounts_the_blocked_actions_fail_s3_015(runs):
    passed = "The bucket policy does not allow other AWS accounts to change the bucket's policy, ACLs or encryption."
    grants = {
        "policy-xacct-putacl": f"s3:PutObjectAcl to {PARTNER}",
        "policy-xacct-star": f"{BLOCKED} to *",  # a Condition does not count, as FSBP S3.6 says
        "policy-notaction": f"s3:PutEncryptionConfiguration, s3:PutObjectAcl to {PARTNER}",
        "policy-bare-id": f"s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl "
                          f"to {OTHER_ACCOUNT}",
    }
    assert verdicts(runs["default"], "S3-015") == every_bucket(lambda name: (
        "FAIL", f"{bucket(name)} has a bucket policy that allows other accounts to change its access or encryption "
                f"settings: {grants[name]}") if name in grants else ("PASS", passed))


def test_buckets_without_an_enabled_replication_rule_to_another_region_fail_s3_7(runs):
    passed = "The bucket has an enabled replication rule whose destination bucket is in another region."
    special = {
        "repl-cross": ("PASS", passed),
        "repl-foreign": ("PASS", passed),  # another account's bucket, located with s3:GetBucketLocation
        "repl-same": ("FAIL", f"{bucket('repl-same')} replicates only within its own region (to repl-dest-east)"),
        "repl-disabled": ("FAIL", f"{bucket('repl-disabled')} has replication rules, but none of them is enabled"),
    }
    assert verdicts(runs["default"], "S3.7") == every_bucket(lambda name: special.get(name, (
        "FAIL", f"{bucket(name)} has no replication configuration, so no copy is kept in another region")))


def test_buckets_without_server_access_logging_fail_s3_011(runs):
    assert verdicts(runs["default"], "S3-011") == every_bucket(lambda name: (
        ("PASS", "The bucket delivers server access logs to a target bucket.") if name == "logged"
        else ("FAIL", f"{bucket(name)} does not have server access logging enabled")))


def test_versioned_buckets_without_an_enabled_lifecycle_rule_fail_s3_10_and_others_are_not_applicable(runs):
    def verdict(name):
        if name not in VERSIONED:
            state = "Suspended" if name == "suspended" else "never set"
            return "SKIP", f"not applicable: {bucket(name)} does not have versioning enabled (versioning: {state})"
        if name == "versioned-lifecycle":
            return "PASS", "The versioned bucket has a lifecycle configuration with at least one enabled rule."
        if name == "versioned-disabled-rule":
            return "FAIL", (f"{bucket(name)} has versioning enabled, but none of its lifecycle rules is enabled "
                            "(retention disabled)")
        return "FAIL", f"{bucket(name)} has versioning enabled but no lifecycle configuration"

    assert verdicts(runs["default"], "S3.10") == every_bucket(verdict)


def test_buckets_without_event_notifications_fail_s3_11(runs):
    notifying = {"notify-queue", "notify-eventbridge", "notify-restore"}
    assert verdicts(runs["default"], "S3.11") == every_bucket(lambda name: (
        ("PASS", "The bucket sends event notifications (to SNS, SQS, Lambda or EventBridge) for the required event "
                 "types.") if name in notifying else ("FAIL", f"{bucket(name)} has no event notifications")))


def test_s3_11_requires_each_configured_event_type_and_eventbridge_covers_them_all(runs):
    found = verdicts(runs["configured"], "S3.11")
    assert found["notify-queue"] == ("FAIL", (
        f"{bucket('notify-queue')} sends no event notifications for s3:ObjectRestore:Completed (required by "
        "audit_s3_event_types; it notifies s3:ObjectCreated:*, s3:ObjectRemoved:*)"))
    assert found["notify-restore"][0] == found["notify-eventbridge"][0] == "PASS"
    assert [name for name, (status, _) in found.items() if status == "PASS"] == ["notify-eventbridge", "notify-restore"]


def test_buckets_whose_acl_grants_anyone_but_the_owner_fail_s3_12(runs):
    failures = {
        "acl-public-read": "READ to group AllUsers (Object Ownership: ObjectWriter, so ACLs are not disabled)",
        "acl-partner": f"WRITE to canonical user {PARTNER_CANONICAL_ID} (Object Ownership: not set, so ACLs are "
                       "not disabled)",
    }
    assert verdicts(runs["default"], "S3.12") == every_bucket(lambda name: (
        ("FAIL", f"{bucket(name)} uses its ACL to grant access: {failures[name]}") if name in failures else
        ("PASS", "The bucket disables ACLs (Object Ownership: bucket owner enforced) or its ACL grants only its "
                 "owner.")))


def test_buckets_without_an_enabled_lifecycle_rule_fail_s3_020(runs):
    passed = "The bucket has a lifecycle configuration with an enabled rule that meets the configured targets."
    assert verdicts(runs["default"], "S3-020") == every_bucket(lambda name: (
        ("PASS", passed) if name in WITH_LIFECYCLE else
        ("FAIL", f"{bucket(name)} has a lifecycle configuration, but none of its rules is enabled")
        if name == "versioned-disabled-rule" else ("FAIL", f"{bucket(name)} has no lifecycle configuration")))


def test_s3_020_requires_an_enabled_rule_matching_each_configured_target(runs):
    found = verdicts(runs["configured"], "S3-020")
    assert found["versioned-lifecycle"] == ("FAIL", (
        f"{bucket('versioned-lifecycle')} has no enabled lifecycle rule with an expiration after 400 days "
        "(audit_s3_lifecycle_expiration_days)"))
    assert [name for name, (status, _) in found.items() if status == "PASS"] == ["suspended"]


def test_buckets_without_versioning_enabled_fail_s3_012(runs):
    assert verdicts(runs["default"], "S3-012") == every_bucket(lambda name: (
        ("PASS", "The bucket has versioning enabled.") if name in VERSIONED else
        ("FAIL", f"{bucket(name)} does not have versioning enabled (versioning: "
                 f"{'Suspended' if name == 'suspended' else 'never set'})")))


def test_buckets_without_object_lock_fail_s3_023_and_the_configured_mode_is_required(runs):
    passed = "The bucket has S3 Object Lock enabled, with the required default retention mode if one is set."
    assert verdicts(runs["default"], "S3-023") == every_bucket(lambda name: (
        ("PASS", passed) if name in LOCKED else ("FAIL", f"{bucket(name)} does not have S3 Object Lock enabled")))
    configured = verdicts(runs["configured"], "S3-023")
    assert configured["locked-governance"] == ("FAIL", (
        f"{bucket('locked-governance')} has Object Lock enabled, but its default retention mode is GOVERNANCE, not "
        "COMPLIANCE (audit_s3_object_lock_mode)"))
    assert [name for name, (status, _) in configured.items() if status == "PASS"] == ["locked-compliance"]


def test_buckets_not_encrypted_with_kms_keys_fail_s3_17_and_dsse_kms_passes(runs):
    def verdict(name):
        if name in ("enc-kms", "enc-dsse"):
            return "PASS", "The bucket's default encryption uses AWS KMS keys (SSE-KMS or DSSE-KMS)."
        used = "AES256" if name == "enc-sse-s3" else "no default encryption configuration"
        return "FAIL", f"{bucket(name)} is not encrypted by default with AWS KMS keys (SSE-KMS or DSSE-KMS): {used}"

    assert verdicts(runs["default"], "S3.17") == every_bucket(verdict)


def test_access_points_that_do_not_block_public_access_fully_fail_s3_19(runs):
    assert {f["resource"]: (f["region"], f["status"], f["message"]) for f in runs["default"]
            if f["rule_id"] == "S3.19"} == {
        f"arn:aws:s3:{REGION}:{PROD_ACCOUNT}:accesspoint/ap-private": (
            REGION, "PASS", "The access point turns on all four Block Public Access settings."),
        f"arn:aws:s3:{REGION}:{PROD_ACCOUNT}:accesspoint/ap-open": (
            REGION, "FAIL", f"S3 access point ap-open (bucket enc-kms) in {REGION} does not block public access fully: "
                            "BlockPublicAcls, RestrictPublicBuckets off"),
    }


def test_the_fsbp_s3_rules_are_errors_naming_the_permission_when_their_reads_are_denied(runs, seeded_aws,
                                                                                        monkeypatch):
    # S3.12 reads a bucket's ACL only when ACLs are not disabled: with s3:GetBucketAcl denied, acl-enforced passes.
    deny(monkeypatch, "s3:GetBucketPolicy", "s3:GetBucketReplication", "s3:GetBucketLogging", "s3:GetBucketVersioning",
         "s3:GetBucketNotificationConfiguration", "s3:GetBucketAcl", "s3:GetBucketLifecycleConfiguration",
         "s3:GetObjectLockConfiguration", "s3:GetBucketEncryption", "s3control:GetAccessPoint")
    findings = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={REGION}",
                                *(f"--rule={rule}" for rule in RULES)).findings

    reads = {
        "S3-015": denied("s3:GetBucketPolicy", "s3:GetBucketPolicy"),
        "S3.7": denied("s3:GetBucketVersioning", "s3:GetBucketVersioning"),  # read first: see the next test
        "S3-011": denied("s3:GetBucketLogging", "s3:GetBucketLogging"),
        "S3.10": denied("s3:GetBucketVersioning", "s3:GetBucketVersioning"),
        "S3.11": denied("s3:GetBucketNotificationConfiguration", "s3:GetBucketNotification"),
        "S3.12": denied("s3:GetBucketAcl", "s3:GetBucketAcl"),
        "S3-020": denied("s3:GetBucketLifecycleConfiguration", "s3:GetLifecycleConfiguration"),
        "S3-012": denied("s3:GetBucketVersioning", "s3:GetBucketVersioning"),
        "S3-023": denied("s3:GetBucketVersioning", "s3:GetBucketVersioning"),
        "S3.17": denied("s3:GetBucketEncryption", "s3:GetEncryptionConfiguration"),
        "S3.19": denied("s3control:GetAccessPoint", "s3:GetAccessPoint"),
    }
    for rule, verdict in reads.items():
        found = {f["resource"]: (f["status"], f["message"]) for f in findings if f["rule_id"] == rule}
        expected = 2 if rule == "S3.19" else len(BUCKETS)
        if rule == "S3.12":
            assert found.pop("arn:aws:s3:::acl-enforced")[0] == "PASS"
            expected -= 1
        assert len(found) == expected and set(found.values()) == {verdict}, rule


def test_replication_and_object_lock_are_read_only_of_buckets_versioning_was_ever_set_on(runs, seeded_aws,
                                                                                        monkeypatch):
    deny(monkeypatch, "s3:GetBucketReplication", "s3:GetObjectLockConfiguration")
    run = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={REGION}", "--rule=S3.7", "--rule=S3-023")
    ever_versioned = {*VERSIONED, "suspended"}

    assert verdicts(run.findings, "S3.7") == every_bucket(lambda name: denied(
        "s3:GetBucketReplication", "s3:GetReplicationConfiguration") if name in ever_versioned else (
        "FAIL", f"{bucket(name)} has no replication configuration, so no copy is kept in another region"))
    assert verdicts(run.findings, "S3-023") == every_bucket(lambda name: denied(
        "s3:GetObjectLockConfiguration", "s3:GetBucketObjectLockConfiguration") if name in ever_versioned else (
        "FAIL", f"{bucket(name)} does not have S3 Object Lock enabled"))
    requests = run.document["stats"]["requests"]
    assert (requests["s3:GetBucketVersioning"], requests["s3:GetBucketReplication"],
            requests["s3:GetObjectLockConfiguration"]) == (len(BUCKETS), len(ever_versioned), len(ever_versioned))


def test_the_fsbp_s3_rules_are_not_applicable_to_an_account_without_buckets_or_access_points(runs, seeded_aws):
    # The other account has one bucket, in eu-west-1 (partner-replica-eu), and no access point.
    findings = audit_in_process(seeded_aws, "--aws-profile=other", f"--aws-regions={REGION}",
                                *(f"--rule={rule}" for rule in RULES)).findings
    assert {(f["rule_id"], f["account_id"], f["status"], f["message"]) for f in findings} == {
        (rule, OTHER_ACCOUNT, "SKIP", f"not applicable: no S3 {'access points' if rule == 'S3.19' else 'buckets'} "
                                      f"in {REGION}") for rule in RULES}


@pytest.mark.parametrize(("setting", "expected"), [
    ("audit_s3_object_lock_mode=WORM",
     "ERROR: pytest.ini audit_s3_object_lock_mode = 'WORM': expected GOVERNANCE or COMPLIANCE: the default retention "
     "mode S3 Object Lock must use (FSBP S3.15 mode: none, any)"),
    ("audit_s3_lifecycle_expiration_days=-5",
     "ERROR: pytest.ini audit_s3_lifecycle_expiration_days = '-5': expected days after creation at which a bucket "
     "lifecycle rule must expire objects (FSBP S3.13 targetExpirationDays: none, 0 = any)"),
], ids=["unknown-lock-mode", "negative-days"])
def test_fsbp_s3_parameters_the_rules_cannot_use_are_usage_errors(seeded_aws, capsys, setting, expected):
    capsys.readouterr()
    run = audit_in_process(seeded_aws, "--aws-profile=prod", f"--aws-regions={REGION}", "--rule=S3-023", "-o", setting)
    assert run.exit_status == 4
    assert [line for line in capsys.readouterr().err.splitlines() if line.startswith("ERROR: ")] == [expected]


def test_access_points_are_read_page_by_page_and_kept_to_the_region_their_arn_names():
    # botocore has no paginator for s3control:ListAccessPoints, so the reader follows NextToken itself.
    def arn(region: str, name: str) -> dict:
        return {"Name": name, "AccessPointArn": f"arn:aws:s3:{region}:{PROD_ACCOUNT}:accesspoint/{name}"}

    pages = {None: {"AccessPointList": [arn(REGION, "first")], "NextToken": "page-2"},
             "page-2": {"AccessPointList": [arn("eu-west-1", "elsewhere"), arn(REGION, "second")]}}

    class Inventory:
        account_id = PROD_ACCOUNT
        asked: list = []

        def read(self, action, region, **params):
            self.asked.append((action, region, params))
            return pages[params.get("NextToken")]

    inventory = Inventory()
    assert [item["Name"] for item in access_points_in(inventory, REGION)] == ["first", "second"]
    assert inventory.asked == [
        ("s3control:ListAccessPoints", REGION, {"AccountId": PROD_ACCOUNT}),
        ("s3control:ListAccessPoints", REGION, {"AccountId": PROD_ACCOUNT, "NextToken": "page-2"}),
    ]
