"""The credential report reader: generate, poll with bounded backoff, parse once per account."""

import pytest

from fixtures.subjects.iam import credential_report
from fixtures.inventory import ReadError
from fixtures.offline import record_requests, set_root_user
from tests.conftest import PROD_ACCOUNT, prod_inventory as inventory


def test_the_report_is_read_once_per_account_however_often_it_is_asked_for(aws, monkeypatch):
    set_root_user(PROD_ACCOUNT)
    requests = record_requests(monkeypatch)
    reader = inventory()
    first = credential_report(reader, sleep=lambda _: None)
    again = credential_report(reader, sleep=lambda _: None)
    assert first is again
    assert [row["user"] for row in first] == ["<root_account>"]
    assert requests == ["iam:GenerateCredentialReport", "iam:GetCredentialReport"]


def test_polling_backs_off_while_the_report_is_in_progress(aws):
    set_root_user(PROD_ACCOUNT, report_in_progress=2)
    waits = []
    rows = credential_report(inventory(), backoff=(0.25, 0.5, 1, 2), sleep=waits.append)
    assert [row["user"] for row in rows] == ["<root_account>"]
    assert waits == [0.25, 0.5]


def test_a_report_that_never_completes_is_a_read_error_after_bounded_waiting(aws):
    set_root_user(PROD_ACCOUNT, report_in_progress=100)
    waits = []
    with pytest.raises(ReadError) as raised:
        credential_report(inventory(), backoff=(1, 2, 4), sleep=waits.append)
    assert str(raised.value) == "iam:GetCredentialReport failed: the credential report was still generating after 7 s"
    assert waits == [1, 2, 4]
