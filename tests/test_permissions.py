"""The least-privilege policy shipped in the repo lists exactly the AWS actions the suite calls."""

import json
import re

from fixtures.inventory import permission
from tests.conftest import REPO

POLICY = REPO / "aws-audit-policy.json"
NEEDS_NO_PERMISSION = {"sts:GetCallerIdentity"}
READ_IN_CODE = re.compile(r"""\.(?:read|call)\(\s*["']([a-z0-9-]+:[A-Za-z0-9]+)["']""")


def policy_actions() -> set[str]:
    (statement,) = json.loads(POLICY.read_text())["Statement"]
    assert (statement["Effect"], statement["Resource"]) == ("Allow", "*")
    return set(statement["Action"])


def actions_in_code() -> set[str]:
    found = set()
    for path in (REPO / "fixtures").rglob("*.py"):
        if "scenarios" not in path.parts:
            found.update(READ_IN_CODE.findall(path.read_text()))
    return {permission(action) for action in found} - NEEDS_NO_PERMISSION


def test_the_policy_lists_exactly_the_reads_in_the_code():
    assert policy_actions() == actions_in_code()


def test_every_request_of_the_demo_audit_is_allowed_by_the_policy(run_audit):
    made = set(run_audit("--demo").document["stats"]["requests"])
    assert {permission(action) for action in made} - NEEDS_NO_PERMISSION <= policy_actions()


# Allowed though not named like a read: the credential report is generated before it is read, CodeBuild reads
# projects and report groups in batches, and API Gateway's permissions are HTTP methods, of which GET only reads.
READS_BY_OTHER_NAMES = {"iam:GenerateCredentialReport", "codebuild:BatchGetProjects", "codebuild:BatchGetReportGroups",
                        "apigateway:GET"}


def test_the_policy_allows_only_reads():
    for action in policy_actions():
        operation = action.split(":")[1]
        assert operation.startswith(("Get", "List", "Describe", "Lookup")) or action in READS_BY_OTHER_NAMES, action
