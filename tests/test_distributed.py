"""pytest -n (xdist): the controller reads once, workers evaluate; reports equal a serial run's."""

from datetime import datetime

from moto.iam.models import iam_backends

from fixtures.offline import RootKey, set_root_user
from tests.conftest import OTHER_ACCOUNT, PROD_ACCOUNT


def test_an_xdist_run_gives_the_same_findings_exit_status_and_requests_as_a_serial_run(aws, run_audit):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    set_root_user(OTHER_ACCOUNT)
    profiles = ("--aws-profile=prod", "--aws-profile=other", "--aws-regions=us-east-1,eu-west-1")
    serial = run_audit("--rule=IAM-015", *profiles)
    serial_document = serial.document
    for account in (PROD_ACCOUNT, OTHER_ACCOUNT):  # so the second run waits for a new report too
        iam_backends[account]["global"].credential_report = None
    distributed = run_audit("--rule=IAM-015", *profiles, "-n", "2")
    # Workers reach AWS only through the reads the controller handed them: an unreached read
    # would have gone to the network from a worker process and turned into an ERROR here.
    assert distributed.document["findings"] == serial_document["findings"]
    assert distributed.document["summary"] == serial_document["summary"]
    timings = ("reading_seconds", "evaluating_seconds")
    assert {k: v for k, v in distributed.document["stats"].items() if k not in timings} == {
        k: v for k, v in serial_document["stats"].items() if k not in timings
    }
    assert distributed.exit_status == serial.exit_status == 1
    assert sorted(r["resultsTableRow"][1:7] for r in distributed.html_rows) == sorted(
        r["resultsTableRow"][1:7] for r in serial.html_rows
    )
