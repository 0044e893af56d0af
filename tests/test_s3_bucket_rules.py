"""S3-017, S3-013, S3-026 and S3-014 (the per-bucket S3 rules): every verdict they can give, on moto."""

import boto3

from fixtures.offline import deny, stub
from fixtures.scenarios.storage import block_public_access, create_bucket, deny_without_tls, public_read, put_policy

BUCKET_RULES = ("--rule=S3-017", "--rule=S3-013", "--rule=S3-026", "--rule=S3-014")
NO_TLS_STATEMENT = ("has a bucket policy, but no statement denies requests without TLS (needed: Effect Deny, "
                    "Principal *, Action s3:*, Condition Bool aws:SecureTransport false or NumericLessThan "
                    "s3:TlsVersion)")


def verdicts(run, rule_id: str) -> dict:
    return {f["resource"].removeprefix("arn:aws:s3:::"): (f["region"], f["status"], f["message"])
            for f in run.findings if f["rule_id"] == rule_id}


def only_for(bucket: str):
    """A stub condition: the request is about this bucket (virtual-host or path-style URL)."""
    return lambda request: f"//{bucket}." in request["url"] or f"/{bucket}?" in request["url"]


def seed_buckets(s3, s3_eu) -> None:
    names = ("tls-ok", "tls-list-forms", "no-policy", "tls-get-only", "tls-narrowed", "tls-not-action",
             "tls-allow", "tls-one-account", "tls-true", "public-site", "mfa-on", "versioned-only")
    for name in names:
        create_bucket(s3, name)
    put_policy(s3, "tls-ok", deny_without_tls("tls-ok"))  # Statement as a single dict
    put_policy(s3, "tls-list-forms", [deny_without_tls(
        "tls-list-forms", Principal={"AWS": ["*"]}, Action=["s3:GetObject", "s3:*"],
        Condition={"Bool": {"aws:SecureTransport": ["false"]}})])
    put_policy(s3, "tls-get-only", [deny_without_tls("tls-get-only", Action="s3:GetObject")])
    put_policy(s3, "tls-narrowed", [deny_without_tls("tls-narrowed", Condition={
        "Bool": {"aws:SecureTransport": "false"}, "StringEquals": {"aws:PrincipalAccount": "111122223333"}})])
    put_policy(s3, "tls-not-action", [deny_without_tls("tls-not-action", Action=None, NotAction="s3:GetObject")])
    put_policy(s3, "tls-allow", [deny_without_tls("tls-allow", Effect="Allow")])
    put_policy(s3, "tls-one-account", [deny_without_tls(
        "tls-one-account", Principal={"AWS": "arn:aws:iam::111122223333:root"})])
    put_policy(s3, "tls-true", [deny_without_tls(
        "tls-true", Condition={"Bool": {"aws:SecureTransport": "true"}})])
    put_policy(s3, "public-site", [public_read("public-site"), deny_without_tls("public-site")])
    block_public_access(s3, "tls-ok")
    block_public_access(s3, "public-site", BlockPublicPolicy=False, RestrictPublicBuckets=False)
    s3.put_bucket_versioning(Bucket="versioned-only", VersioningConfiguration={"Status": "Enabled"})
    create_bucket(s3_eu, "eu-archive", "eu-west-1")
    put_policy(s3_eu, "eu-archive", [deny_without_tls("eu-archive")])


def test_s3_bucket_rules_judge_every_bucket_in_the_region_it_lives_in(aws, run_audit, monkeypatch):
    session = boto3.Session(profile_name="prod")
    seed_buckets(session.client("s3"), session.client("s3", region_name="eu-west-1"))
    # moto accepts MFADelete but never reports it, so GetBucketVersioning is stubbed for bucket mfa-on.
    stub(monkeypatch, "s3:GetBucketVersioning", {"Status": "Enabled", "MFADelete": "Enabled"},
         when=only_for("mfa-on"))
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", *BUCKET_RULES)

    passed = "The bucket policy denies requests without TLS (aws:SecureTransport) or below a TLS version (s3:TlsVersion)."
    tls = verdicts(run, "S3-017")
    assert {name: status for name, (_, status, _) in tls.items()} == {
        "tls-ok": "PASS", "tls-list-forms": "PASS", "public-site": "PASS", "eu-archive": "PASS",
        "no-policy": "FAIL", "tls-get-only": "FAIL", "tls-narrowed": "FAIL", "tls-not-action": "FAIL",
        "tls-allow": "FAIL", "tls-one-account": "FAIL", "tls-true": "FAIL", "mfa-on": "FAIL",
        "versioned-only": "FAIL",
    }
    assert tls["tls-ok"] == ("us-east-1", "PASS", passed)
    assert tls["eu-archive"] == ("eu-west-1", "PASS", passed)
    assert tls["no-policy"] == (
        "us-east-1", "FAIL", "bucket no-policy (us-east-1) has no bucket policy, so requests without TLS are not denied")
    for name in ("tls-get-only", "tls-narrowed", "tls-not-action", "tls-allow", "tls-one-account", "tls-true"):
        assert tls[name] == ("us-east-1", "FAIL", f"bucket {name} (us-east-1) {NO_TLS_STATEMENT}"), name

    mfa = verdicts(run, "S3-013")
    assert mfa["mfa-on"] == ("us-east-1", "PASS", "The bucket has versioning with MFA delete enabled.")
    assert mfa["versioned-only"] == ("us-east-1", "FAIL", "bucket versioned-only (us-east-1) does not have MFA "
                                     "delete enabled (versioning: Enabled, MFA delete: never set)")
    assert mfa["eu-archive"] == ("eu-west-1", "FAIL", "bucket eu-archive (eu-west-1) does not have MFA delete "
                                 "enabled (versioning: never set, MFA delete: never set)")
    assert [name for name, (_, status, _) in mfa.items() if status == "PASS"] == ["mfa-on"]

    block = verdicts(run, "S3-026")
    assert block["tls-ok"] == ("us-east-1", "PASS", "The bucket, or its account, turns on all four Block Public "
                                                    "Access settings.")
    assert block["public-site"] == ("us-east-1", "FAIL", "bucket public-site (us-east-1) does not block public "
                                    "access fully: BlockPublicPolicy, RestrictPublicBuckets off")
    assert block["no-policy"] == (
        "us-east-1", "FAIL", "bucket no-policy (us-east-1) has no Block Public Access configuration")
    assert [name for name, (_, status, _) in block.items() if status == "PASS"] == ["tls-ok"]

    public = verdicts(run, "S3-014")
    assert public["public-site"] == ("us-east-1", "FAIL", "bucket public-site (us-east-1) is public: S3 judges its "
                                     "bucket policy to grant access to anyone (GetBucketPolicyStatus IsPublic true)")
    assert [name for name, (_, status, _) in public.items() if status == "FAIL"] == ["public-site"]
    assert public["no-policy"] == ("us-east-1", "PASS", "The bucket policy does not make the bucket public.")
    assert public["tls-ok"][1] == "PASS"
    assert run.exit_status == 1


def test_s3_bucket_rules_read_legacy_eu_locations_and_leave_out_regions_not_audited(aws, run_audit, monkeypatch):
    s3 = boto3.Session(profile_name="prod").client("s3")
    create_bucket(s3, "home-bucket")
    create_bucket(s3, "legacy-eu")
    # Buckets made long ago in Ireland answer the legacy location "EU"; moto never does, so it is stubbed.
    stub(monkeypatch, "s3:GetBucketLocation", {"LocationConstraint": "EU"}, when=only_for("legacy-eu"))
    run = run_audit("--aws-profile=prod", "--aws-regions=eu-west-1", *BUCKET_RULES)
    assert {(f["rule_id"], f["region"], f["resource"]) for f in run.findings} == {
        (rule.removeprefix("--rule="), "eu-west-1", "arn:aws:s3:::legacy-eu") for rule in BUCKET_RULES
    }


def test_s3_bucket_rules_are_errors_naming_the_action_when_a_read_is_denied(aws, run_audit, monkeypatch):
    s3 = boto3.Session(profile_name="prod").client("s3")
    create_bucket(s3, "audited")
    put_policy(s3, "audited", [deny_without_tls("audited")])
    deny(monkeypatch, "s3:GetBucketPolicy", "s3:GetBucketVersioning", "s3:GetPublicAccessBlock",
         "s3:GetBucketPolicyStatus")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", *BUCKET_RULES)
    errors = {f["rule_id"]: (f["status"], f["message"]) for f in run.findings}
    grant = "to the auditing principal"
    assert errors == {
        "S3-017": ("ERROR", "could not evaluate: s3:GetBucketPolicy was denied in us-east-1 (AccessDenied): "
                            f"grant s3:GetBucketPolicy {grant}"),
        "S3-013": ("ERROR", "could not evaluate: s3:GetBucketVersioning was denied in us-east-1 (AccessDenied): "
                            f"grant s3:GetBucketVersioning {grant}"),
        "S3-026": ("ERROR", "could not evaluate: s3:GetPublicAccessBlock was denied in us-east-1 (AccessDenied): "
                            f"grant s3:GetBucketPublicAccessBlock {grant}"),
        # S3-014 asks S3's judgement only of a bucket with a policy: it reads the policy first
        "S3-014": ("ERROR", "could not evaluate: s3:GetBucketPolicy was denied in us-east-1 (AccessDenied): "
                            f"grant s3:GetBucketPolicy {grant}"),
    }


def test_s3_014_asks_s3s_judgement_only_of_a_bucket_with_a_policy(aws, run_audit, monkeypatch):
    s3 = boto3.Session(profile_name="prod").client("s3")
    create_bucket(s3, "audited")
    put_policy(s3, "audited", [deny_without_tls("audited")])
    create_bucket(s3, "no-policy")
    deny(monkeypatch, "s3:GetBucketPolicyStatus")
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-014")
    assert {f["resource"]: (f["status"], f["message"]) for f in run.findings} == {
        "arn:aws:s3:::audited": ("ERROR", "could not evaluate: s3:GetBucketPolicyStatus was denied in us-east-1 "
                                          "(AccessDenied): grant s3:GetBucketPolicyStatus to the auditing principal"),
        "arn:aws:s3:::no-policy": ("PASS", "The bucket policy does not make the bucket public."),
    }
    assert run.document["stats"]["requests"]["s3:GetBucketPolicy"] == 2
    assert run.document["stats"]["requests"]["s3:GetBucketPolicyStatus"] == 1


def test_s3_014_is_an_error_when_s3s_judgement_comes_back_without_a_verdict(aws, run_audit, monkeypatch):
    """An answer without PolicyStatus is no evidence that the policy is not public."""
    s3 = boto3.Session(profile_name="prod").client("s3")
    create_bucket(s3, "audited")
    put_policy(s3, "audited", [deny_without_tls("audited")])
    stub(monkeypatch, "s3:GetBucketPolicyStatus", {})
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-014")
    assert verdicts(run, "S3-014") == {
        "audited": ("us-east-1", "ERROR", "could not evaluate: reading S3 buckets failed: KeyError: 'PolicyStatus'")}


def test_s3_bucket_rules_are_errors_when_buckets_cannot_be_listed(aws, run_audit, monkeypatch):
    create_bucket(boto3.Session(profile_name="prod").client("s3"), "audited")
    deny(monkeypatch, "s3:ListBuckets")
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-017").only("S3-017")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: s3:ListBuckets was denied (AccessDenied): "
                 "grant s3:ListAllMyBuckets to the auditing principal")


def test_s3_bucket_rules_are_errors_when_a_bucket_cannot_be_located(aws, run_audit, monkeypatch):
    create_bucket(boto3.Session(profile_name="prod").client("s3"), "audited")
    deny(monkeypatch, "s3:GetBucketLocation")
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-017").only("S3-017")
    assert (finding["status"], finding["message"]) == (
        "ERROR", "could not evaluate: s3:GetBucketLocation was denied (AccessDenied): "
                 "grant s3:GetBucketLocation to the auditing principal")


def test_a_bucket_whose_read_is_denied_is_the_only_error(aws, run_audit, monkeypatch):
    """Each bucket's own reads are made apart from the listing: one refused read spoils one case, not the region."""
    s3 = boto3.Session(profile_name="prod").client("s3")
    for name in ("locked", "open"):
        create_bucket(s3, name)
        put_policy(s3, name, [deny_without_tls(name)])
    deny(monkeypatch, "s3:GetBucketPolicy", when=only_for("locked"))
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-017")
    assert verdicts(run, "S3-017") == {
        "locked": ("us-east-1", "ERROR", "could not evaluate: s3:GetBucketPolicy was denied in us-east-1 "
                                         "(AccessDenied): grant s3:GetBucketPolicy to the auditing principal"),
        "open": ("us-east-1", "PASS", "The bucket policy denies requests without TLS (aws:SecureTransport) or below "
                                      "a TLS version (s3:TlsVersion)."),
    }
    assert run.document["stats"]["requests"]["s3:GetBucketPolicy"] == 2


def test_a_bucket_policy_that_cannot_be_parsed_is_an_error_naming_the_fault(aws, run_audit, monkeypatch):
    create_bucket(boto3.Session(profile_name="prod").client("s3"), "garbled")
    stub(monkeypatch, "s3:GetBucketPolicy", {"Policy": "not a policy"})
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-017").only("S3-017")
    assert (finding["status"], finding["resource"], finding["message"]) == (
        "ERROR", "arn:aws:s3:::garbled", "could not evaluate: reading S3 buckets failed: "
                                         "JSONDecodeError: Expecting value: line 1 column 1 (char 0)")


def test_buckets_are_located_from_the_listing_when_aws_names_their_region(aws, run_audit, monkeypatch):
    """AWS names each bucket's region in a paged ListBuckets: no GetBucketLocation per bucket then."""
    session = boto3.Session(profile_name="prod")
    create_bucket(session.client("s3"), "here")
    create_bucket(session.client("s3", region_name="eu-west-1"), "there", "eu-west-1")
    stub(monkeypatch, "s3:ListBuckets", {"Buckets": [{"Name": "here", "BucketRegion": "us-east-1"},
                                                     {"Name": "there", "BucketRegion": "eu-west-1"}]})
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=S3-017")
    assert {name: region for name, (region, _, _) in verdicts(run, "S3-017").items()} == {
        "here": "us-east-1", "there": "eu-west-1"}
    requests = run.document["stats"]["requests"]
    assert (requests["s3:ListBuckets"], requests.get("s3:GetBucketLocation", 0)) == (1, 0)


def test_s3_017_accepts_the_tls_version_deny_cis_offers_as_the_alternative(aws, run_audit):
    # CIS 2.1.1 (v4.0.1, v5.0.0): a Deny on aws:SecureTransport false, or on NumericLessThan s3:TlsVersion with a
    # site-specific version.
    s3 = boto3.Session(profile_name="prod").client("s3")
    for name in ("tls-version", "tls-version-narrowed"):
        create_bucket(s3, name)
    put_policy(s3, "tls-version", [deny_without_tls(
        "tls-version", Condition={"NumericLessThan": {"s3:TlsVersion": "1.2"}})])
    put_policy(s3, "tls-version-narrowed", [deny_without_tls("tls-version-narrowed", Condition={
        "NumericLessThan": {"s3:TlsVersion": 1.3}, "StringEquals": {"aws:PrincipalAccount": "111122223333"}})])
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-017")
    assert verdicts(run, "S3-017") == {
        "tls-version": ("us-east-1", "PASS", "The bucket policy denies requests without TLS "
                                             "(aws:SecureTransport) or below a TLS version (s3:TlsVersion)."),
        "tls-version-narrowed": ("us-east-1", "FAIL", f"bucket tls-version-narrowed (us-east-1) {NO_TLS_STATEMENT}"),
    }


def test_s3_013_needs_versioning_enabled_as_well_as_mfa_delete(aws, run_audit, monkeypatch):
    # CIS 2.1.2: Versioning Enabled and MFA Delete Enabled; suspended versioning keeps the MFADelete flag.
    create_bucket(boto3.Session(profile_name="prod").client("s3"), "suspended")
    stub(monkeypatch, "s3:GetBucketVersioning", {"Status": "Suspended", "MFADelete": "Enabled"},
         when=only_for("suspended"))
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-013").only("S3-013")
    assert (finding["status"], finding["message"]) == (
        "FAIL", "bucket suspended (us-east-1) has MFA delete enabled but versioning Suspended, not Enabled")


def test_s3_026_passes_every_bucket_when_the_account_blocks_public_access_fully(aws, run_audit):
    # CIS 2.1.4: Block Public Access on at bucket level or at account level; either passes.
    session = boto3.Session(profile_name="prod")
    s3 = session.client("s3")
    for name in ("unset", "half-open"):
        create_bucket(s3, name)
    block_public_access(s3, "half-open", BlockPublicPolicy=False)
    session.client("s3control").put_public_access_block(AccountId="123456789012", PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-026")
    passed = ("us-east-1", "PASS", "The bucket, or its account, turns on all four Block Public Access settings.")
    assert verdicts(run, "S3-026") == {"unset": passed, "half-open": passed}


def test_s3_026_judges_the_bucket_alone_when_the_account_blocks_only_partly(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    create_bucket(session.client("s3"), "unset")
    session.client("s3control").put_public_access_block(AccountId="123456789012", PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": False, "RestrictPublicBuckets": True})
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=S3-026")
    assert verdicts(run, "S3-026") == {"unset": (
        "us-east-1", "FAIL", "bucket unset (us-east-1) has no Block Public Access configuration, and account "
                             "123456789012 does not block public access fully either (BlockPublicPolicy off)")}
