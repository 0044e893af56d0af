"""An audit makes each check's pytest items when the check runs, and keeps little of a case once it has run."""

import gc
import re
from collections import Counter

import boto3
import pytest

from fixtures.outcomes import Kept
from tests.conftest import PROD_ACCOUNT, audit_in_process

USERS = ("alice", "bob", "carol", "dave", "erin")


class Watch:
    """Counts, as an audit runs, the pytest items alive when its first case runs and the reports alive at its end."""

    items_at_first_case = None
    reports_at_end = None

    def pytest_runtest_call(self, item):
        if self.items_at_first_case is None:
            self.items_at_first_case = sum(type(o) is pytest.Function for o in gc.get_objects())

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self):
        gc.collect()
        self.reports_at_end = Counter(type(o).__name__ for o in gc.get_objects() if isinstance(o, pytest.TestReport))


def audit_users(tmp_path, *args, rule="IAM.19"):
    """Audit five IAM users with one rule (IAM.19: each fails, having no MFA), one case each, watched."""
    iam = boto3.Session(profile_name="prod").client("iam")
    for name in USERS:
        iam.create_user(UserName=name)
    watch = Watch()
    run = audit_in_process(tmp_path, "--aws-profile=prod", "--aws-regions=us-east-1", f"--rule={rule}", *args,
                           plugins=[watch])
    return run, watch


def test_a_checks_cases_are_made_one_by_one_as_it_runs_and_let_go_once_run(aws, tmp_path, capsys):
    run, watch = audit_users(tmp_path)
    output = capsys.readouterr().out
    assert run.exit_status == 1
    assert "collected 5 items" in output  # the cases, not the one Check item standing for them
    assert "[100%]" in output
    assert watch.items_at_first_case == 2  # the case under way and the next; not all five
    # per case, a stand-in of the report pytest counts in its last line; the last case's three reports are let
    # go of when a next case reports (pytest-html kept all three reports of every case)
    assert watch.reports_at_end == {"Kept": len(USERS) - 1, "TestReport": 3}


def test_pytest_still_shows_each_failure_from_what_it_keeps_of_a_failed_case(aws, tmp_path, capsys):
    audit_users(tmp_path, "--tb=short", "-rf")
    output = capsys.readouterr().out
    check = "checks/iam/test_iam_19_mfa_for_all_users.py::test_iam_19_mfa_for_all_users"
    for name in USERS:
        assert re.search(rf"_ test_iam_19_mfa_for_all_users\[{PROD_ACCOUNT}-global-{name}\] _+\n"
                         rf"IAM user {name} has no MFA device \(no console password\)\n", output)  # --tb's section
        # -rf's list; pytest adds " - " and the failure's first line, cut to fit, when the terminal has room
        assert re.search(rf"^FAILED {re.escape(check)}\[{PROD_ACCOUNT}-global-{name}\]( - .+)?$", output, re.M)


def test_pytest_keeps_of_a_passed_case_what_counts_lists_and_times_it(aws, tmp_path, capsys):
    run, watch = audit_users(tmp_path, "--tb=line", "-rA", "--durations=0", "--durations-min=0",
                             rule="IAM-004")
    output = capsys.readouterr().out
    assert [f["status"] for f in run.findings] == ["PASS"] * len(USERS)
    assert "5 passed" in output
    check = "checks/iam/test_iam_004_more_than_one_active_access_key.py::test_iam_004_more_than_one_active_access_key"
    for name in USERS:
        assert f"PASSED {check}[{PROD_ACCOUNT}-global-{name}]" in output  # -rA's list
        assert f"s call     {check}[{PROD_ACCOUNT}-global-{name}]" in output  # --durations
    # the last case's three reports are let go of only when a next case reports (see the test above)
    assert watch.reports_at_end == {"Kept": len(USERS) - 1, "TestReport": 3}


def test_cases_are_made_up_front_when_the_run_picks_single_cases(aws, tmp_path, capsys):
    run, watch = audit_users(tmp_path, "-k", "carol or erin")
    assert "collected 5 items / 3 deselected / 2 selected" in capsys.readouterr().out
    assert watch.items_at_first_case == 5  # pytest made all five, and keeps the three it deselected
    assert [f["resource"] for f in run.findings] == [f"arn:aws:iam::{PROD_ACCOUNT}:user/carol",
                                                     f"arn:aws:iam::{PROD_ACCOUNT}:user/erin"]


@pytest.mark.parametrize("name", ["test_iam_19[123456789012-global-alice]", "TestUsers.test_iam_19[alice]"])
def test_a_kept_report_reads_as_the_report_it_stands_for_sharing_its_parsed_node_id(name):
    report = pytest.TestReport("checks/iam/test_iam_19.py::test_iam_19[123456789012-global-alice]",
                               ("checks/iam/test_iam_19.py", 37, name), {}, "failed", "IAM user alice has no MFA",
                               "call", [], 0.25, 1.0, 1.25)
    kept = Kept(report)
    assert (kept.nodeid, kept.location, kept.head_line, kept.duration, kept.when, kept.outcome, kept.longrepr) == (
        report.nodeid, report.location, name, 0.25, "call", "failed", "IAM user alice has no MFA")
    assert kept.failed and not kept.passed
    assert kept.id is report.id  # not a second parse of the node ID's text
