"""FSBP identity and key rules on moto, in batches: password policy (IAM-007..IAM-011, IAM.7, IAM.10), MFA for
every user (IAM.19), broad IAM policies (IAM.21, KMS.1, KMS.2), KMS keys (KMS-004, KMS-005), certificates
(ACM-003, ACM.2, PrivateCertificateAuthority.1) and secrets (SecretsManager-002, .2, .3, -003).

One seeded moto AWS serves the whole module: the prod account (123456789012) holds a case for each way to pass
or fail, the other account (111122223333) a policy-only account with nothing else, so its resource rules are not
applicable. Three audit runs: everything, everything denied, and the thresholds changed.

moto gaps, filled without weakening a check: secrets are dated "now" and never record an access, so
fixtures.offline.set_secret_dates dates them in moto's backend; GetAccountAuthorizationDetails leaves out
PermissionsBoundaryUsageCount, so leaving boundary-only policies out is tested on the reader with AWS's answer; ACM
refuses to import an expired certificate (as AWS does), so "expired" is not seeded.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import boto3
import pytest
from moto.secretsmanager.models import secretsmanager_backends

from fixtures.cases import SUBJECTS
from fixtures.offline import deny, set_user_credentials
from fixtures.scenarios.identity_keys import (CA_CONFIGURATION, anyone, create_secret, document,
                                               import_certificate, key_policy, root_ca)
from fixtures.subjects.iam_access import decrypt_everywhere_grants, service_wide_grants
from fixtures.subjects.kms import public_grants
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT, audit_in_process

PASSWORD_RULES = ("IAM-007", "IAM-008", "IAM-009", "IAM-010", "IAM-011", "IAM.7", "IAM.10")
IAM_RULES = ("IAM.19", "IAM.21", "KMS.1", "KMS.2")
KMS_RULES = ("KMS-004", "KMS-005")
CERTIFICATE_RULES = ("ACM-003", "ACM.2", "PrivateCertificateAuthority.1")
SECRET_RULES = ("SecretsManager-002", "SecretsManager.2", "SecretsManager.3", "SecretsManager-003")
RULES = PASSWORD_RULES + IAM_RULES + KMS_RULES + CERTIFICATE_RULES + SECRET_RULES
EAST = "us-east-1"
IAM = f"arn:aws:iam::{PROD_ACCOUNT}:"
PASSWORD_POLICY = IAM + "account-password-policy"
OTHER_POLICY = f"arn:aws:iam::{OTHER_ACCOUNT}:account-password-policy"
NOW = datetime.now(timezone.utc)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def day(moment: datetime) -> str:
    return f"{moment:%Y-%m-%d}"


def verdicts(run, rule_id: str, account: str = PROD_ACCOUNT) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in run.findings
            if f["rule_id"] == rule_id and f["account_id"] == account}


def audit(directory, *args: str):
    return audit_in_process(directory, "--aws-regions=us-east-1", *args)


def rule_args(rules) -> list[str]:
    return [f"--rule={rule}" for rule in rules]


# ---------------------------------------------------------------------------------------------------------------
# The seeded account
# ---------------------------------------------------------------------------------------------------------------

def seed_iam(session) -> None:
    iam = session.client("iam")
    # At the IAM.10 thresholds (7 characters, 4 remembered), below IAM.7's 8, two classes of four, long expiry.
    iam.update_account_password_policy(MinimumPasswordLength=7, PasswordReusePrevention=4,
                                       RequireUppercaseCharacters=True, RequireNumbers=True, MaxPasswordAge=120)
    for name in ("console-mfa", "console-no-mfa", "keys-only"):
        iam.create_user(UserName=name)
    for name in ("console-mfa", "console-no-mfa"):
        iam.create_login_profile(UserName=name, Password="Correct-Horse-Battery-9")
    serial = iam.create_virtual_mfa_device(VirtualMFADeviceName="console-mfa")["VirtualMFADevice"]["SerialNumber"]
    iam.enable_mfa_device(UserName="console-mfa", SerialNumber=serial, AuthenticationCode1="123456",
                          AuthenticationCode2="654321")
    iam.create_access_key(UserName="keys-only")
    set_user_credentials(PROD_ACCOUNT, "console-mfa", password_last_used=ago(1))

    def policy(name, *statements):
        return iam.create_policy(PolicyName=name, PolicyDocument=document(*statements))["Policy"]["Arn"]

    policy("scoped", {"Effect": "Allow", "Action": ["ec2:Describe*", "s3:GetObject"], "Resource": "*"},
           {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": f"arn:aws:kms:{EAST}:{PROD_ACCOUNT}:key/k1"})
    policy("service-star", {"Sid": "Buckets", "Effect": "Allow", "Action": ["s3:GetObject", "S3:*"],
                            "Resource": "arn:aws:s3:::reports/*"})
    policy("not-action", {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "arn:aws:logs:*"})
    policy("decrypt-any", {"Sid": "Any", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"},
           {"Effect": "Allow", "Action": "kms:ReEncrypt*", "Resource": "arn:aws:kms:*:*:key/*"})
    policy("own-account-keys", {"Effect": "Allow", "Action": "kms:*",
                                "Resource": f"arn:aws:kms:*:{PROD_ACCOUNT}:key/*"})
    policy("not-resource", {"Effect": "Allow", "Action": "kms:Decrypt", "NotResource": "arn:aws:s3:::x"})
    policy("conditional", {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*",
                           "Condition": {"StringEquals": {"kms:ViaService": f"s3.{EAST}.amazonaws.com"}}})
    was_broad = policy("was-broad", {"Effect": "Allow", "Action": "s3:*", "Resource": "*"})
    iam.create_policy_version(PolicyArn=was_broad, SetAsDefault=True, PolicyDocument=document(
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}))

    iam.put_user_policy(UserName="keys-only", PolicyName="decrypt-all", PolicyDocument=document(
        {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}))
    iam.create_group(GroupName="readers")
    iam.put_group_policy(GroupName="readers", PolicyName="one-key", PolicyDocument=document(
        {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": f"arn:aws:kms:{EAST}:{PROD_ACCOUNT}:key/k1"}))
    iam.create_role(RoleName="worker", AssumeRolePolicyDocument=document(
        {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}))
    iam.put_role_policy(RoleName="worker", PolicyName="logs", PolicyDocument=document(
        {"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}))
    iam.put_role_policy(RoleName="worker", PolicyName="keys", PolicyDocument=document(
        {"Effect": "Allow", "Action": "kms:*", "Resource": "*"}))


def seed_kms(session) -> dict[str, dict]:
    kms = session.client("kms", region_name=EAST)

    def key(name, *statements, **extra):
        policy = {"Policy": key_policy(PROD_ACCOUNT, *statements)} if statements else {}
        return kms.create_key(Description=name, **policy, **extra)["KeyMetadata"]

    keys = {
        "default": key("default"),
        "deleting": key("deleting"),
        "public": key("public", anyone()),
        "org-pinned": key("org-pinned", anyone(Condition={"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}})),
        "org-wildcard": key("org-wildcard", anyone(Condition={"StringLike": {"aws:PrincipalOrgID": "o-*"}})),
        "if-exists": key("if-exists", anyone(
            Condition={"StringEqualsIfExists": {"kms:CallerAccount": PROD_ACCOUNT}})),
        "any-root": key("any-root", {"Sid": "AnyRoot", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*",
                                     "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "arn:aws:iam::*:root"]}}),
        "signing": key("signing", KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY"),
    }
    kms.create_alias(AliasName="alias/partner", TargetKeyId=keys["public"]["KeyId"])
    kms.schedule_key_deletion(KeyId=keys["deleting"]["KeyId"], PendingWindowInDays=10)
    keys["deleting"] = kms.describe_key(KeyId=keys["deleting"]["KeyId"])["KeyMetadata"]
    # The alias/aws/ key moto makes for encrypted volumes is left out by the listing KMS-002 shares, and tested
    # there: an EC2 volume would cost this module seconds of moto start-up.
    return keys


def seed_certificates(session) -> dict[str, str]:
    acm = session.client("acm", region_name=EAST)
    certificates = {
        "soon": import_certificate(acm, "soon.example.com", days_left=12),
        "month": import_certificate(acm, "month.example.com", days_left=31),
        "weak": import_certificate(acm, "weak.example.com", days_left=100, key_bits=1024),
        "elliptic": import_certificate(acm, "ec.example.com", days_left=200, key_bits=None),
    }
    certificates["requested"] = acm.request_certificate(DomainName="www.example.com")["CertificateArn"]
    pca = session.client("acm-pca", region_name=EAST)
    certificates["active-root"] = root_ca(pca, "Example Root", active=True)
    certificates["disabled-root"] = root_ca(pca, "", active=False)
    # Created but never given its certificate: not DISABLED, so AWS Config's rule counts it as non-compliant.
    certificates["pending-root"] = pca.create_certificate_authority(
        CertificateAuthorityType="ROOT",
        CertificateAuthorityConfiguration={**CA_CONFIGURATION, "Subject": {"CommonName": "Pending"}},
    )["CertificateAuthorityArn"]
    pca.create_certificate_authority(CertificateAuthorityType="SUBORDINATE", CertificateAuthorityConfiguration={
        "KeyAlgorithm": "RSA_2048", "SigningAlgorithm": "SHA256WITHRSA", "Subject": {"CommonName": "Issuing"}})
    return certificates


def seed_secrets(session) -> dict[str, str]:
    return {
        "plain": create_secret(session, EAST, "plain", created=ago(30), last_accessed=ago(2)),
        "stale": create_secret(session, EAST, "stale", created=ago(200)),
        "forgotten": create_secret(session, EAST, "forgotten", created=ago(300), last_accessed=ago(95)),
        "rotating": create_secret(session, EAST, "rotating", rotate_every=30, created=ago(400), last_rotated=ago(10),
                                  next_rotation=ago(-20), last_accessed=ago(1)),
        "overdue": create_secret(session, EAST, "overdue", rotate_every=30, created=ago(400), last_rotated=ago(100),
                                 next_rotation=ago(70), last_accessed=ago(1)),
        # Due ten hours ago, still inside the default 24-hour rotation window; last rotated 90 days ago exactly.
        "in-window": create_secret(session, EAST, "in-window", rotate_every=90, created=ago(400),
                                   last_rotated=ago(90), next_rotation=NOW - timedelta(hours=10),
                                   last_accessed=ago(1)),
    }


@pytest.fixture(scope="module")
def seeded(seeded_aws):
    prod = boto3.Session(profile_name="prod")
    seed_iam(prod)
    other = boto3.Session(profile_name="other").client("iam")
    # At IAM.7's and IAM-011's thresholds, with too short a reuse memory for IAM.10.
    other.update_account_password_policy(MinimumPasswordLength=8, PasswordReusePrevention=3,
                                         RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
                                         RequireNumbers=True, RequireSymbols=True, MaxPasswordAge=90)
    return SimpleNamespace(directory=seeded_aws, keys=seed_kms(prod), certificates=seed_certificates(prod),
                           secrets=seed_secrets(prod))


@pytest.fixture(scope="module")
def run(seeded):
    return audit(seeded.directory, "--aws-profile=prod", "--aws-profile=other", *rule_args(RULES))


# ---------------------------------------------------------------------------------------------------------------
# Password policy
# ---------------------------------------------------------------------------------------------------------------

def test_each_password_setting_is_judged_against_fsbp_and_conformity_thresholds(run):
    found = {rule: verdicts(run, rule)[PASSWORD_POLICY] for rule in PASSWORD_RULES}
    policy = f"IAM password policy of account {PROD_ACCOUNT}"
    assert found == {
        "IAM-007": ("FAIL", f"{policy} does not require at least one lowercase letter (a-z)"),
        "IAM-008": ("PASS", "The IAM password policy requires at least one uppercase letter (A-Z)."),
        "IAM-009": ("PASS", "The IAM password policy requires at least one number (0-9)."),
        "IAM-010": ("FAIL", f"{policy} does not require at least one symbol (a non-alphanumeric character)"),
        "IAM-011": ("FAIL", f"{policy} lets passwords live for 120 days, more than 90"),
        "IAM.7": ("FAIL", f"{policy} requires 7 characters at minimum, fewer than 8"),
        "IAM.10": ("PASS", "The IAM password policy requires at least 7 characters and remembers at least 4 "
                           "previous passwords."),
    }


def test_a_policy_at_the_fsbp_thresholds_passes_but_a_short_reuse_memory_fails_iam_10(run):
    found = {rule: verdicts(run, rule, OTHER_ACCOUNT)[OTHER_POLICY][0] for rule in PASSWORD_RULES}
    assert found == {**dict.fromkeys(PASSWORD_RULES, "PASS"), "IAM.10": "FAIL"}
    assert verdicts(run, "IAM.10", OTHER_ACCOUNT)[OTHER_POLICY][1] == (
        f"IAM password policy of account {OTHER_ACCOUNT} remembers 3 previous passwords, fewer than 4")


# ---------------------------------------------------------------------------------------------------------------
# IAM users and policies
# ---------------------------------------------------------------------------------------------------------------

def test_every_iam_user_needs_mfa_with_or_without_a_console_password(run):
    assert verdicts(run, "IAM.19") == {
        IAM + "user/console-mfa": ("PASS", "The IAM user has an MFA device."),
        IAM + "user/console-no-mfa": ("FAIL", "IAM user console-no-mfa has no MFA device (a console password)"),
        IAM + "user/keys-only": ("FAIL", "IAM user keys-only has no MFA device (no console password)"),
    }


def test_customer_policies_granting_a_whole_service_fail_iam_21(run):
    passes = ("PASS", "The customer managed policy's default version allows no service's actions wholesale.")
    wide = "(default version v1) allows every action of a service"
    assert verdicts(run, "IAM.21") == {
        IAM + "policy/scoped": passes,
        IAM + "policy/service-star": ("FAIL", f"customer managed policy service-star {wide}: statement 1 (Buckets) "
                                              "allows S3:*"),
        IAM + "policy/not-action": ("FAIL", f"customer managed policy not-action {wide}: statement 1 allows every "
                                            "action but NotAction iam:*, organizations:*"),
        IAM + "policy/decrypt-any": passes,
        IAM + "policy/own-account-keys": ("FAIL", f"customer managed policy own-account-keys {wide}: statement 1 "
                                                  "allows kms:*"),
        IAM + "policy/not-resource": passes,
        IAM + "policy/conditional": passes,
        IAM + "policy/was-broad": passes,  # only the default version counts
    }


def test_customer_policies_decrypting_with_any_key_fail_kms_1_whatever_their_conditions(run):
    passes = ("PASS", "The customer managed policy does not allow kms:Decrypt or kms:ReEncryptFrom on every KMS key.")
    every = "(default version v1) allows decryption with every KMS key"
    assert verdicts(run, "KMS.1") == {
        IAM + "policy/scoped": passes,
        IAM + "policy/service-star": passes,
        IAM + "policy/not-action": passes,  # allows kms:Decrypt, but on log resources only
        IAM + "policy/decrypt-any": ("FAIL", f"customer managed policy decrypt-any {every}: statement 1 (Any) allows "
                                             "kms:Decrypt on Resource *; statement 2 allows kms:ReEncryptFrom on "
                                             "Resource arn:aws:kms:*:*:key/*"),
        IAM + "policy/own-account-keys": passes,  # bound to one account
        IAM + "policy/not-resource": ("FAIL", f"customer managed policy not-resource {every}: statement 1 allows "
                                              "kms:Decrypt on every resource but NotResource arn:aws:s3:::x"),
        IAM + "policy/conditional": ("FAIL", f"customer managed policy conditional {every}: statement 1 allows "
                                             "kms:Decrypt on Resource *"),
        IAM + "policy/was-broad": passes,
    }


def test_inline_policies_decrypting_with_any_key_fail_kms_2_per_user_group_and_role(run):
    assert verdicts(run, "KMS.2") == {
        IAM + "user/keys-only": ("FAIL", "IAM user keys-only has inline policies allowing decryption with every KMS "
                                         "key: policy decrypt-all: statement 1 allows kms:Decrypt on Resource *"),
        IAM + "group/readers": ("PASS", "No inline policy of the IAM identity allows kms:Decrypt or "
                                        "kms:ReEncryptFrom on every KMS key."),
        IAM + "role/worker": ("FAIL", "IAM role worker has inline policies allowing decryption with every KMS key: "
                                      "policy keys: statement 1 allows kms:Decrypt and kms:ReEncryptFrom on "
                                      "Resource *"),
    }


def test_the_iam_rules_reuse_the_one_authorization_details_read_and_credential_report(run):
    requests = run.document["stats"]["requests"]
    assert requests["iam:GetAccountAuthorizationDetails"] == 2  # one per account, for IAM.21, KMS.1 and KMS.2
    assert requests["iam:GetCredentialReport"] == 2


# ---------------------------------------------------------------------------------------------------------------
# KMS keys
# ---------------------------------------------------------------------------------------------------------------

def key_arn(key: dict) -> str:
    return key["Arn"]


def test_keys_scheduled_for_deletion_fail_kms_004(run, seeded):
    keys = seeded.keys
    deleting = keys["deleting"]
    passes = ("PASS", "The customer managed key is not scheduled for deletion.")
    assert verdicts(run, "KMS-004") == {
        **{key_arn(key): passes for name, key in keys.items() if name != "deleting"},
        key_arn(deleting): ("FAIL", f"KMS key {deleting['KeyId']} in {EAST} is scheduled for deletion on "
                                    f"{day(deleting['DeletionDate'])} (in 9 days) (PendingDeletion)"),
    }


def test_key_policies_open_to_any_principal_fail_kms_005_unless_a_condition_pins_callers(run, seeded):
    keys = seeded.keys
    passes = ("PASS", "The key policy grants access only to named principals or under conditions that pin "
                      "callers down.")
    unlimited = "without a condition limiting it to known accounts or networks"
    opened = "has a key policy open to any AWS principal"
    assert verdicts(run, "KMS-005") == {
        key_arn(keys["default"]): passes,
        key_arn(keys["deleting"]): passes,
        key_arn(keys["public"]): ("FAIL", f"KMS key {keys['public']['KeyId']} (alias/partner) in {EAST} {opened}: "
                                          f"statement 2 (Anyone) allows AWS principal * {unlimited}"),
        key_arn(keys["org-pinned"]): passes,
        key_arn(keys["org-wildcard"]): ("FAIL", f"KMS key {keys['org-wildcard']['KeyId']} in {EAST} {opened}: "
                                                f"statement 2 (Anyone) allows AWS principal * {unlimited}"),
        key_arn(keys["if-exists"]): ("FAIL", f"KMS key {keys['if-exists']['KeyId']} in {EAST} {opened}: "
                                             f"statement 2 (Anyone) allows AWS principal * {unlimited}"),
        key_arn(keys["any-root"]): ("FAIL", f"KMS key {keys['any-root']['KeyId']} in {EAST} {opened}: statement 2 "
                                            f"(AnyRoot) allows AWS principal arn:aws:iam::*:root {unlimited}"),
        key_arn(keys["signing"]): passes,
    }
    # The keys are listed once for both rules (and KMS-002); each key policy is read once.
    requests = run.document["stats"]["requests"]
    assert (requests["kms:ListKeys"], requests["kms:GetKeyPolicy"]) == (2, len(keys))


# ---------------------------------------------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------------------------------------------

def test_certificates_within_30_days_of_expiry_fail_acm_003(run, seeded):
    certificates = seeded.certificates
    passes = ("PASS", "The certificate does not expire within the configured number of days.")
    soon = certificates["soon"]
    assert verdicts(run, "ACM-003") == {
        soon: ("FAIL", f"imported ACM certificate soon.example.com ({soon.rsplit('/', 1)[-1]}) in {EAST} expires on "
                       f"{day(NOW + timedelta(days=12))} (in 11 days), within the 30-day renewal window"),
        certificates["month"]: passes,
        certificates["weak"]: passes,
        certificates["elliptic"]: passes,
        certificates["requested"]: passes,
    }


def test_rsa_certificates_with_short_keys_fail_acm_2_and_others_are_not_judged(run, seeded):
    certificates = seeded.certificates
    weak = certificates["weak"]
    passes = ("PASS", "The RSA certificate's key is at least 2048 bits long.")
    assert verdicts(run, "ACM.2") == {
        certificates["soon"]: passes,
        certificates["month"]: passes,
        certificates["requested"]: passes,
        weak: ("FAIL", f"ACM certificate weak.example.com ({weak.rsplit('/', 1)[-1]}) in {EAST} uses a 1024-bit RSA "
                       "key, shorter than 2048 bits"),
    }
    assert run.document["stats"]["requests"]["acm:DescribeCertificate"] == 5  # once each, for both rules


def test_root_certificate_authorities_not_disabled_fail_and_subordinates_are_not_judged(run, seeded):
    active, pending = seeded.certificates["active-root"], seeded.certificates["pending-root"]
    assert verdicts(run, "PrivateCertificateAuthority.1") == {
        active: ("FAIL", f"AWS Private CA root certificate authority Example Root ({active.rsplit('/', 1)[-1]}) in "
                         f"{EAST} is active (enabled)"),
        pending: ("FAIL", f"AWS Private CA root certificate authority Pending ({pending.rsplit('/', 1)[-1]}) in "
                          f"{EAST} is not disabled (status PENDING_CERTIFICATE)"),
        seeded.certificates["disabled-root"]: ("PASS", "The root certificate authority is disabled."),
    }


# ---------------------------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------------------------

def secret(name: str) -> str:
    return f"Secrets Manager secret {name} in {EAST}"


def test_secrets_without_automatic_rotation_fail_secretsmanager_002(run, seeded):
    secrets = seeded.secrets
    off = "does not have automatic rotation turned on"
    assert verdicts(run, "SecretsManager-002") == {
        secrets["plain"]: ("FAIL", f"{secret('plain')} {off}"),
        secrets["stale"]: ("FAIL", f"{secret('stale')} {off}"),
        secrets["forgotten"]: ("FAIL", f"{secret('forgotten')} {off}"),
        **{secrets[name]: ("PASS", "The secret has automatic rotation turned on.")
           for name in ("rotating", "overdue", "in-window")},
    }


def test_rotating_secrets_past_their_rotation_window_fail_secretsmanager_2(run, seeded):
    secrets = seeded.secrets
    on_time = ("PASS", "The secret has rotated by its scheduled rotation date.")
    assert verdicts(run, "SecretsManager.2") == {
        secrets["rotating"]: on_time,
        secrets["overdue"]: ("FAIL", f"{secret('overdue')} was due to rotate on {day(ago(70))} (70 days ago) but has "
                                     f"not (last rotated on {day(ago(100))})"),
        secrets["in-window"]: on_time,
    }


def test_secrets_not_accessed_for_90_days_fail_secretsmanager_3(run, seeded):
    secrets = seeded.secrets
    used = ("PASS", "The secret was accessed within the configured number of days.")
    assert verdicts(run, "SecretsManager.3") == {
        secrets["plain"]: used,
        secrets["stale"]: ("FAIL", f"{secret('stale')} has never been accessed since it was created on "
                                   f"{day(ago(200))} (200 days ago), more than 90 days"),
        secrets["forgotten"]: ("FAIL", f"{secret('forgotten')} was last accessed on {day(ago(95))} (95 days ago), "
                                       "more than 90 days"),
        **{secrets[name]: used for name in ("rotating", "overdue", "in-window")},
    }


def test_secrets_not_rotated_for_90_days_fail_secretsmanager_003_with_or_without_rotation(run, seeded):
    secrets = seeded.secrets
    recent = ("PASS", "The secret was rotated (or created) within the configured number of days.")
    assert verdicts(run, "SecretsManager-003") == {
        secrets["plain"]: recent,
        secrets["stale"]: ("FAIL", f"{secret('stale')} has never been rotated since it was created on "
                                   f"{day(ago(200))} (200 days ago), more than 90 days"),
        secrets["forgotten"]: ("FAIL", f"{secret('forgotten')} has never been rotated since it was created on "
                                       f"{day(ago(300))} (300 days ago), more than 90 days"),
        secrets["rotating"]: recent,
        secrets["overdue"]: ("FAIL", f"{secret('overdue')} was last rotated on {day(ago(100))} (100 days ago), more "
                                     "than 90 days"),
        secrets["in-window"]: recent,  # 90 days to the day
    }
    assert run.document["stats"]["requests"]["secretsmanager:ListSecrets"] == 2  # one per account and region


# ---------------------------------------------------------------------------------------------------------------
# Nothing to judge, refused reads, thresholds
# ---------------------------------------------------------------------------------------------------------------

def test_an_account_without_users_policies_keys_certificates_or_secrets_is_not_applicable(run):
    assert sorted((f["rule_id"], f["status"], f["message"]) for f in run.findings
                  if f["account_id"] == OTHER_ACCOUNT and f["rule_id"] not in PASSWORD_RULES) == sorted([
        ("IAM.19", "SKIP", "not applicable: no IAM users"),
        ("IAM.21", "SKIP", "not applicable: no customer managed policies"),
        ("KMS.1", "SKIP", "not applicable: no customer managed policies"),
        ("KMS.2", "SKIP", "not applicable: no IAM users, groups and roles with inline policies"),
        ("KMS-004", "SKIP", f"not applicable: no customer managed KMS keys in {EAST}"),
        ("KMS-005", "SKIP", f"not applicable: no customer managed KMS keys in {EAST}"),
        ("ACM-003", "SKIP", f"not applicable: no ACM certificates in {EAST}"),
        ("ACM.2", "SKIP", f"not applicable: no ACM RSA certificates in {EAST}"),
        ("PrivateCertificateAuthority.1", "SKIP",
         f"not applicable: no Private CA root certificate authorities in {EAST}"),
        ("SecretsManager-002", "SKIP", f"not applicable: no Secrets Manager secrets in {EAST}"),
        ("SecretsManager.2", "SKIP", f"not applicable: no Secrets Manager secrets with automatic rotation in {EAST}"),
        ("SecretsManager.3", "SKIP", f"not applicable: no Secrets Manager secrets in {EAST}"),
        ("SecretsManager-003", "SKIP", f"not applicable: no Secrets Manager secrets in {EAST}"),
    ])


DENIED = {
    "iam:GetAccountPasswordPolicy": PASSWORD_RULES,
    "iam:GenerateCredentialReport": ("IAM.19",),
    "iam:GetAccountAuthorizationDetails": ("IAM.21", "KMS.1", "KMS.2"),
    "kms:ListKeys": KMS_RULES,
    "acm:DescribeCertificate": ("ACM-003", "ACM.2"),  # read per certificate: each certificate's case errs
    "acm-pca:ListCertificateAuthorities": ("PrivateCertificateAuthority.1",),
    "secretsmanager:ListSecrets": SECRET_RULES,
}


def test_every_rule_is_an_error_naming_the_permission_when_its_read_is_denied(seeded, run, monkeypatch):
    deny(monkeypatch, *DENIED)
    denied = audit(seeded.directory, "--aws-profile=prod", *rule_args(RULES))

    def message(action):
        where = "" if action.startswith("iam:") else f" in {EAST}"
        return (f"could not evaluate: {action} was denied{where} (AccessDenied): grant {action} to the auditing "
                "principal")

    assert {(f["rule_id"], f["status"], f["message"]) for f in denied.findings} == {
        (rule, "ERROR", message(action)) for action, rules in DENIED.items() for rule in rules}
    assert len(verdicts(denied, "ACM-003")) == 5 and len(verdicts(denied, "ACM.2")) == 4


def test_thresholds_come_from_the_settings_and_a_denied_key_policy_fails_only_that_key(seeded, run, monkeypatch):
    boto3.Session(profile_name="other").client("iam").update_account_password_policy(
        MinimumPasswordLength=12, PasswordReusePrevention=4, RequireUppercaseCharacters=True,
        RequireLowercaseCharacters=True, RequireNumbers=True, RequireSymbols=True, MaxPasswordAge=120)
    deny(monkeypatch, "kms:GetKeyPolicy",
         when=lambda request: seeded.keys["public"]["KeyId"] in str(request.get("body", "")))
    rules = ("IAM.7", "IAM-011", "ACM-003", "SecretsManager.3", "SecretsManager-003", "KMS-005")
    changed = audit(seeded.directory, "--aws-profile=prod", "--aws-profile=other", *rule_args(rules),
                    "-o", "audit_password_min_length_fsbp=13", "-o", "audit_password_max_age_days=120",
                    "-o", "audit_acm_days_to_expiration=11", "-o", "audit_secret_unused_days=94",
                    "-o", "audit_secret_rotation_days=365")
    other = f"IAM password policy of account {OTHER_ACCOUNT}"
    assert verdicts(changed, "IAM.7", OTHER_ACCOUNT)[OTHER_POLICY] == (
        "FAIL", f"{other} requires 12 characters at minimum, fewer than 13")
    assert verdicts(changed, "IAM-011")[PASSWORD_POLICY][0] == "PASS"  # 120 days allowed now
    assert verdicts(changed, "IAM-011", OTHER_ACCOUNT)[OTHER_POLICY][0] == "PASS"
    assert {status for status, _ in verdicts(changed, "ACM-003").values()} == {"PASS"}  # 11 days left is enough
    assert {resource: message for resource, (status, message) in verdicts(changed, "SecretsManager.3").items()
            if status == "FAIL"} == {
        seeded.secrets["stale"]: f"{secret('stale')} has never been accessed since it was created on "
                                 f"{day(ago(200))} (200 days ago), more than 94 days",
        seeded.secrets["forgotten"]: f"{secret('forgotten')} was last accessed on {day(ago(95))} (95 days ago), "
                                     "more than 94 days",
    }
    assert {status for status, _ in verdicts(changed, "SecretsManager-003").values()} == {"PASS"}
    kms_005 = verdicts(changed, "KMS-005")
    assert kms_005.pop(key_arn(seeded.keys["public"])) == (
        "ERROR", f"could not evaluate: kms:GetKeyPolicy was denied in {EAST} (AccessDenied): grant kms:GetKeyPolicy "
                 "to the auditing principal")
    assert "ERROR" not in {status for status, _ in kms_005.values()}


def test_a_rotating_secret_without_a_next_date_or_interval_is_an_error_for_secretsmanager_2(seeded, run):
    # Rotation on, but ListSecrets gives neither NextRotationDate nor AutomaticallyAfterDays (a rotation schedule
    # AWS did not date): the rule cannot tell whether rotation is on schedule, so it must not pass.
    arn = create_secret(boto3.Session(profile_name="prod"), EAST, "undated", rotate_every=30, created=ago(400),
                        last_rotated=ago(200))
    undated = secretsmanager_backends[PROD_ACCOUNT][EAST].secrets["undated"]
    undated.auto_rotate_after_days, undated.next_rotation_date = None, None
    try:
        found = verdicts(audit(seeded.directory, "--aws-profile=prod", "--rule=SecretsManager.2"),
                         "SecretsManager.2")
    finally:
        boto3.Session(profile_name="prod").client("secretsmanager", region_name=EAST).delete_secret(
            SecretId="undated", ForceDeleteWithoutRecovery=True)
    assert found[arn] == (
        "ERROR", f"could not evaluate: secretsmanager:ListSecrets failed in {EAST}: secret undated has automatic "
                 "rotation turned on but the answer gives neither its next rotation date nor a rotation interval")
    assert {status for resource, (status, _) in found.items() if resource != arn} == {"PASS", "FAIL"}


# ---------------------------------------------------------------------------------------------------------------
# How policies are read (no audit run)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement, grants", [
    ({"Effect": "Allow", "Action": "*:*", "Resource": "arn:aws:s3:::x"}, ["statement 1 allows *:*"]),
    ({"Effect": "Allow", "Action": "ec2:**", "Resource": "*"}, ["statement 1 allows ec2:**"]),
    ({"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"}, []),
    ({"Effect": "Allow", "NotAction": "*", "Resource": "*"}, []),
    ({"Effect": "Deny", "Action": "s3:*", "Resource": "*"}, []),
])
def test_service_wide_actions_are_whole_services_not_prefixes(statement, grants):
    assert list(service_wide_grants({"Statement": statement})) == grants


@pytest.mark.parametrize("statement, grants", [
    ({"Effect": "Allow", "Action": "KMS:DECRYPT", "Resource": "*"}, ["statement 1 allows kms:Decrypt on Resource *"]),
    ({"Effect": "Allow", "Action": "kms:*crypt*", "Resource": "arn:aws:kms:*"},
     ["statement 1 allows kms:Decrypt and kms:ReEncryptFrom on Resource arn:aws:kms:*"]),
    ({"Effect": "Allow", "NotAction": "kms:Decrypt", "Resource": "*"},
     ["statement 1 allows kms:ReEncryptFrom on Resource *"]),
    ({"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:us-east-1:*:key/*"}, []),
    ({"Effect": "Allow", "Action": "kms:Decrypt", "NotResource": "arn:aws:kms:*"}, []),
    ({"Effect": "Allow", "Action": "kms:Encrypt", "Resource": "*"}, []),
])
def test_decryption_counts_on_any_pattern_matching_every_key(statement, grants):
    assert list(decrypt_everywhere_grants({"Statement": [statement]}, "aws")) == grants


@pytest.mark.parametrize("statement, public", [
    ({"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}, True),
    ({"Effect": "Allow", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*"}, True),
    ({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
      "Condition": {"ForAnyValue:StringEquals": {"AWS:SourceVpce": "vpce-1a2b3c4d"}}}, False),
    ({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
      "Condition": {"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}}, True),
    ({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
      "Condition": {"StringEquals": {"kms:CallerAccount": "${aws:PrincipalAccount}"}}}, True),
    ({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
      "Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}, True),
    ({"Effect": "Allow", "Principal": {"Service": "logs.amazonaws.com"}, "Action": "kms:Encrypt*"}, False),
    ({"Effect": "Deny", "Principal": "*", "Action": "kms:*"}, False),
    # the narrowing keys KMS-005 shares with Lambda-004 and SNS-001: an organization named as the source, and any
    # network of every address (not only 0.0.0.0/0 and ::/0 spelled out)
    ({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
      "Condition": {"StringEquals": {"aws:SourceOrgID": "o-abc123"}}}, False),
    ({"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt",
      "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/0"}}}, True),
])
def test_a_key_policy_is_public_unless_a_condition_pins_callers_to_fixed_values(statement, public):
    assert bool(public_grants({"Statement": [statement]})) is public


def test_policies_used_only_as_permissions_boundaries_are_not_judged():
    def entry(name, attachments, boundaries):
        return {"PolicyName": name, "Arn": f"{IAM}policy/{name}", "DefaultVersionId": "v1",
                "AttachmentCount": attachments, "PermissionsBoundaryUsageCount": boundaries,
                "PolicyVersionList": [{"VersionId": "v1", "IsDefaultVersion": True,
                                       "Document": document({"Effect": "Allow", "Action": "*", "Resource": "*"})}]}

    answer = {"Policies": [entry("boundary", 0, 3), entry("both", 1, 1), entry("attached", 2, 0)]}
    inventory = SimpleNamespace(read=lambda action, region="global", **params: answer)
    listed = SUBJECTS["customer_managed_policy"].produce(inventory, "global")
    assert [(name, data.service_wide, data.decrypt_everywhere) for _, name, data in listed] == [
        (name, ("statement 1 allows *",), ("statement 1 allows kms:Decrypt and kms:ReEncryptFrom on Resource *",))
        for name in ("both", "attached")]
