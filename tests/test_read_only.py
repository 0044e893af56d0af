"""Every AWS request the suite makes passes one guard that refuses anything but reads."""

import boto3
import pytest

from fixtures.accounts import session_for
from fixtures.readonly import WriteRefused, is_read


def test_a_write_through_a_guarded_session_is_refused_and_changes_nothing(aws):
    iam = session_for("prod").client("iam")
    with pytest.raises(WriteRefused, match=r"^refused iam:CreateUser: the audit suite only reads from AWS accounts$"):
        iam.create_user(UserName="intruder")
    assert boto3.Session(profile_name="prod").client("iam").list_users()["Users"] == []


def test_reads_pass_the_guard(aws):
    session = session_for("prod")
    assert session.client("iam").list_users()["Users"] == []
    assert session.client("iam").generate_credential_report()["State"] in ("STARTED", "COMPLETE")
    assert session.client("sts").get_caller_identity()["Account"] == "123456789012"


@pytest.mark.parametrize(
    ("service", "operation", "allowed"),
    [
        ("iam", "GetCredentialReport", True),
        ("iam", "GenerateCredentialReport", True),
        ("ec2", "DescribeSecurityGroups", True),
        ("cloudtrail", "LookupEvents", True),
        ("sts", "AssumeRole", True),
        ("codebuild", "BatchGetProjects", True),
        ("dynamodb", "BatchWriteItem", False),
        ("iam", "DeleteAccessKey", False),
        ("s3", "PutBucketPolicy", False),
        ("ec2", "GenerateSomething", False),
        ("iam", "GenerateServiceLastAccessedDetails", False),
    ],
)
def test_only_reads_are_allowed(service, operation, allowed):
    assert is_read(service, operation) is allowed
