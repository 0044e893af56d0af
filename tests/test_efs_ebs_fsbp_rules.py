"""EFS.2 (automatic backups), EFS.3 and EFS.4 (access points) and EBS-009 (public snapshots) on moto.

moto has no PutBackupPolicy: a file system is created with automatic backups on (Backup=True) or with no
policy at all (PolicyNotFound, as AWS answers); a policy switched off (DISABLED) is stubbed for one file system.
Without MOTO_EC2_LOAD_DEFAULT_AMIS=false moto invents about 1,300 snapshots per region, owned by the account.
"""

import boto3
import pytest

from fixtures.offline import deny, stub
from fixtures.scenarios.elasticache_efs_ebs import create_access_point, create_file_system, create_snapshot
from tests.conftest import PROD_ACCOUNT, audit_in_process

RULES = ("EFS.2", "EFS.3", "EFS.4", "EBS-009")
EAST = "us-east-1"
AUDIT = ("--aws-profile=prod", *(f"--rule={rule}" for rule in RULES))


def efs_arn(kind: str, resource_id: str) -> str:
    return f"arn:aws:elasticfilesystem:{EAST}:{PROD_ACCOUNT}:{kind}/{resource_id}"


def snapshot_arn(snapshot_id: str) -> str:
    return f"arn:aws:ec2:{EAST}::snapshot/{snapshot_id}"


def audit(directory, *args: str) -> dict:
    """The findings document of one audit run (read at once: the next run writes the same file)."""
    return audit_in_process(directory, *AUDIT, *args).document


def verdicts(document: dict, rule_id: str) -> dict:
    return {f["resource"]: (f["status"], f["message"]) for f in document["findings"] if f["rule_id"] == rule_id}


def policy_of(file_system_id: str):
    """A stub ``when``: only DescribeBackupPolicy requests about this file system (its ID is in the URL path)."""
    return lambda request: f"/file-systems/{file_system_id}/" in request.get("url_path", "")


@pytest.fixture(scope="module")
def no_default_amis():
    """For every region moto sets up during this module's runs, not only those seeded."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("MOTO_EC2_LOAD_DEFAULT_AMIS", "false")
        yield


@pytest.fixture(scope="module")
def account(no_default_amis, seeded_aws):
    """us-east-1 of the prod account: file systems, access points and snapshots for every verdict; IDs by name."""
    session = boto3.Session(profile_name="prod")
    efs, ec2 = session.client("efs", region_name=EAST), session.client("ec2", region_name=EAST)
    ids = {name: create_file_system(efs, name, backup=backup)
           for name, backup in (("backed-up", True), ("never-set", False), ("switched-off", False))}
    for name, root, user in (("open", None, None), ("app", "/app", 1000), ("identity-only", None, 1000),
                             ("directory-only", "/data", None)):
        ids[name] = create_access_point(efs, ids["backed-up"], name, root=root, user=user)
    for name, share in (("public", {"GroupNames": ["all"]}), ("shared", {"UserIds": ["111122223333"]}),
                        ("private", None)):
        ids[name] = create_snapshot(ec2, name, "us-east-1a", encrypted=False, share=share)
    ids["public-volume"] = ec2.describe_snapshots(SnapshotIds=[ids["public"]])["Snapshots"][0]["VolumeId"]
    return seeded_aws, ids


@pytest.fixture(scope="module")
def audited(account) -> dict:
    directory, ids = account
    with pytest.MonkeyPatch.context() as monkeypatch:
        stub(monkeypatch, "efs:DescribeBackupPolicy", {"BackupPolicy": {"Status": "DISABLED"}},
             when=policy_of(ids["switched-off"]))
        return audit(directory, f"--aws-regions={EAST}")


def test_each_listing_is_one_request_and_each_file_system_and_snapshot_one_more(audited):
    requests = audited["stats"]["requests"]
    assert {action: requests[action] for action in (
        "efs:DescribeFileSystems", "efs:DescribeBackupPolicy", "efs:DescribeAccessPoints",
        "ec2:DescribeSnapshots", "ec2:DescribeSnapshotAttribute")} == {
        "efs:DescribeFileSystems": 1, "efs:DescribeBackupPolicy": 3, "efs:DescribeAccessPoints": 1,
        "ec2:DescribeSnapshots": 1, "ec2:DescribeSnapshotAttribute": 3}


def test_efs_2_passes_only_file_systems_whose_backup_policy_is_enabled(account, audited):
    _, ids = account
    off = "in us-east-1 does not have automatic backups enabled"
    assert verdicts(audited, "EFS.2") == {
        efs_arn("file-system", ids["backed-up"]): (
            "PASS", "The EFS file system has automatic backups enabled, so AWS Backup protects it daily."),
        efs_arn("file-system", ids["never-set"]): (
            "FAIL", f"EFS file system {ids['never-set']} (never-set) {off} (backup policy: never set)"),
        efs_arn("file-system", ids["switched-off"]): (
            "FAIL", f"EFS file system {ids['switched-off']} (switched-off) {off} (backup policy: DISABLED)"),
    }


def test_efs_3_fails_access_points_whose_root_is_the_file_system_root(account, audited):
    _, ids = account
    passed = "The EFS access point exposes a directory of its own as the root, not the file system's root."

    def whole(name: str) -> str:
        return (f"EFS access point {ids[name]} ({name}) of file system {ids['backed-up']} in us-east-1 does not "
                "enforce a root directory: its clients reach the whole file system (/)")

    assert verdicts(audited, "EFS.3") == {
        efs_arn("access-point", ids["open"]): ("FAIL", whole("open")),
        efs_arn("access-point", ids["app"]): ("PASS", passed),
        efs_arn("access-point", ids["identity-only"]): ("FAIL", whole("identity-only")),
        efs_arn("access-point", ids["directory-only"]): ("PASS", passed),
    }


def test_efs_4_fails_access_points_without_a_posix_user(account, audited):
    _, ids = account
    passed = "The EFS access point makes every request under the POSIX user and group it sets."

    def anyone(name: str) -> str:
        return (f"EFS access point {ids[name]} ({name}) of file system {ids['backed-up']} in us-east-1 does not "
                "enforce a POSIX user identity: clients act as whatever user they claim")

    assert verdicts(audited, "EFS.4") == {
        efs_arn("access-point", ids["open"]): ("FAIL", anyone("open")),
        efs_arn("access-point", ids["app"]): ("PASS", passed),
        efs_arn("access-point", ids["identity-only"]): ("PASS", passed),
        efs_arn("access-point", ids["directory-only"]): ("FAIL", anyone("directory-only")),
    }


def test_ebs_009_fails_snapshots_everyone_may_restore_but_not_those_shared_with_named_accounts(account, audited):
    _, ids = account
    passed = ("The EBS snapshot is not public: only the owner and any accounts it was shared with may restore "
              "it.")
    assert verdicts(audited, "EBS-009") == {
        snapshot_arn(ids["public"]): ("FAIL", f"EBS snapshot {ids['public']} (public) of volume "
                                              f"{ids['public-volume']} in us-east-1 is public: any AWS account can "
                                              "create a volume from it"),
        snapshot_arn(ids["shared"]): ("PASS", passed),
        snapshot_arn(ids["private"]): ("PASS", passed),
    }



def test_ebs_009_is_an_error_when_the_sharing_answer_holds_no_permissions(account, monkeypatch):
    """An answer without CreateVolumePermissions says nothing about who may restore the snapshot."""
    directory, ids = account
    stub(monkeypatch, "ec2:DescribeSnapshotAttribute", {"SnapshotId": ids["private"]})
    document = audit(directory, f"--aws-regions={EAST}", "--rule=EBS-009")
    assert verdicts(document, "EBS-009") == {
        snapshot_arn(ids[name]): ("ERROR", f"could not evaluate: ec2:DescribeSnapshotAttribute failed in {EAST}: the "
                                           f"answer for snapshot {ids[name]} names no CreateVolumePermissions")
        for name in ("public", "shared", "private")}

def test_the_rules_are_errors_naming_the_permission_when_the_listings_are_denied(account, monkeypatch):
    directory, _ = account
    deny(monkeypatch, "efs:DescribeFileSystems", "efs:DescribeAccessPoints", "ec2:DescribeSnapshots")
    document = audit(directory, f"--aws-regions={EAST}")

    def refused(action: str, permission: str) -> str:
        return (f"could not evaluate: {action} was denied in us-east-1 (AccessDenied): grant {permission} to the "
                "auditing principal")

    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        ("EFS.2", "ERROR", refused("efs:DescribeFileSystems", "elasticfilesystem:DescribeFileSystems")),
        ("EFS.3", "ERROR", refused("efs:DescribeAccessPoints", "elasticfilesystem:DescribeAccessPoints")),
        ("EFS.4", "ERROR", refused("efs:DescribeAccessPoints", "elasticfilesystem:DescribeAccessPoints")),
        ("EBS-009", "ERROR", refused("ec2:DescribeSnapshots", "ec2:DescribeSnapshots")),
    }


def test_a_refused_read_of_one_resource_makes_only_its_cases_errors(account, monkeypatch):
    directory, ids = account
    deny(monkeypatch, "efs:DescribeBackupPolicy", "ec2:DescribeSnapshotAttribute")
    document = audit(directory, f"--aws-regions={EAST}")
    backup = ("could not evaluate: efs:DescribeBackupPolicy was denied in us-east-1 (AccessDenied): grant "
              "elasticfilesystem:DescribeBackupPolicy to the auditing principal")
    sharing = ("could not evaluate: ec2:DescribeSnapshotAttribute was denied in us-east-1 (AccessDenied): grant "
               "ec2:DescribeSnapshotAttribute to the auditing principal")
    assert verdicts(document, "EFS.2") == {
        efs_arn("file-system", ids[name]): ("ERROR", backup) for name in ("backed-up", "never-set", "switched-off")}
    assert verdicts(document, "EBS-009") == {
        snapshot_arn(ids[name]): ("ERROR", sharing) for name in ("public", "shared", "private")}
    assert {status for status, _ in verdicts(document, "EFS.3").values()} == {"PASS", "FAIL"}


def test_the_rules_are_not_applicable_in_a_region_without_file_systems_access_points_or_snapshots(account):
    directory, _ = account
    document = audit(directory, "--aws-regions=eu-west-1")
    assert {(f["rule_id"], f["status"], f["message"]) for f in document["findings"]} == {
        ("EFS.2", "SKIP", "not applicable: no EFS file systems in eu-west-1"),
        ("EFS.3", "SKIP", "not applicable: no EFS access points in eu-west-1"),
        ("EFS.4", "SKIP", "not applicable: no EFS access points in eu-west-1"),
        ("EBS-009", "SKIP", "not applicable: no EBS snapshots in eu-west-1"),
    }
