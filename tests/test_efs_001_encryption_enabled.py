"""EFS-001 (EFS encryption enabled): every verdict the rule can give, on moto."""

import boto3

from fixtures.offline import deny


def test_efs_001_judges_each_file_system_in_each_region(aws, run_audit):
    session = boto3.Session(profile_name="prod")
    efs, efs_eu = session.client("efs"), session.client("efs", region_name="eu-west-1")
    good = efs.create_file_system(CreationToken="good", Encrypted=True)["FileSystemId"]
    plain = efs.create_file_system(CreationToken="plain", Encrypted=False,
                                   Tags=[{"Key": "Name", "Value": "shared-home"}])["FileSystemId"]
    eu_plain = efs_eu.create_file_system(CreationToken="eu-plain", Encrypted=False)["FileSystemId"]
    run = run_audit("--aws-profile=prod", "--aws-regions=us-east-1,eu-west-1", "--rule=EFS-001")
    found = {f["resource"].rsplit("/", 1)[1]: (f["region"], f["status"], f["message"]) for f in run.findings}
    assert found == {
        good: ("us-east-1", "PASS", "The EFS file system is encrypted at rest."),
        plain: ("us-east-1", "FAIL", f"EFS file system {plain} (shared-home) in us-east-1 is not encrypted at rest"),
        eu_plain: ("eu-west-1", "FAIL", f"EFS file system {eu_plain} in eu-west-1 is not encrypted at rest"),
    }
    assert {f["resource"] for f in run.findings} >= {
        f"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{good}"}


def test_efs_001_skips_a_region_without_file_systems(aws, run_audit):
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EFS-001").only("EFS-001")
    assert (finding["status"], finding["message"]) == ("SKIP", "not applicable: no EFS file systems in us-east-1")


def test_efs_001_is_an_error_naming_the_action_when_denied(aws, run_audit, monkeypatch):
    deny(monkeypatch, "efs:DescribeFileSystems")
    finding = run_audit("--aws-profile=prod", "--aws-regions=us-east-1", "--rule=EFS-001").only("EFS-001")
    assert (finding["status"], finding["message"]) == ("ERROR", (
        "could not evaluate: efs:DescribeFileSystems was denied in us-east-1 (AccessDenied): "
        "grant elasticfilesystem:DescribeFileSystems to the auditing principal"))
