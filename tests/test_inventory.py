"""The inventory's cache: one request per distinct read, and remembered failures that stay small."""

from fixtures.inventory import Inventory, ReadError
from fixtures.offline import deny
from tests.conftest import prod_inventory as inventory


def raise_from_cache(reading: Inventory) -> ReadError:
    try:
        reading.read("iam:GetAccountSummary")
    except ReadError as error:
        return error
    raise AssertionError("the denied read did not raise")


def frames(error: Exception) -> list[str]:
    names, traceback = [], error.__traceback__
    while traceback is not None:
        names, traceback = names + [traceback.tb_frame.f_code.co_name], traceback.tb_next
    return names


def test_a_refused_read_is_asked_once_and_each_caller_gets_a_fresh_error_without_the_old_frames(aws, monkeypatch):
    deny(monkeypatch, "iam:GetAccountSummary")
    reading = inventory()
    first, second = raise_from_cache(reading), raise_from_cache(reading)
    assert dict(reading.requests) == {"iam:GetAccountSummary": 1}
    assert first is not second
    assert str(first) == str(second) == (
        "iam:GetAccountSummary was denied (AccessDenied): grant iam:GetAccountSummary to the auditing principal"
    )
    assert first.__cause__ is None and second.__cause__ is None
    # raise_from_cache, Inventory.read, Inventory.cached: raising it again does not grow the chain
    assert frames(first) == frames(second) == ["raise_from_cache", "read", "cached"]


def test_clients_released_after_reading_are_made_again_when_needed(aws):
    reading = inventory()
    reading.read("iam:GetAccountSummary")
    reading.release_clients()
    assert reading.read("iam:ListUsers")["Users"] == []
    assert dict(reading.requests) == {"iam:GetAccountSummary": 1, "iam:ListUsers": 1}


def test_releasing_clients_keeps_those_of_the_regions_asked_for(aws):
    reading = inventory()
    kept = reading.client("ec2", "eu-west-1")
    dropped = (reading.client("ec2", "us-east-1"), reading.client("iam"))  # IAM's endpoint: the home region
    reading.release_clients(keep={"eu-west-1"})
    assert reading.client("ec2", "eu-west-1") is kept
    assert all(reading.client(*made) is not old for made, old in zip([("ec2", "us-east-1"), ("iam",)], dropped))


def test_a_global_read_and_the_same_read_in_the_home_region_are_one_request(aws, monkeypatch):
    deny(monkeypatch, "s3:GetBucketPolicyStatus")
    reading = inventory()
    home = reading.endpoint_region("global")
    refusals = []
    for region in ("global", home, "global"):
        try:
            reading.read("s3:GetBucketPolicyStatus", region, Bucket="trail-logs")
        except ReadError as error:
            refusals.append(str(error))
    assert dict(reading.requests) == {"s3:GetBucketPolicyStatus": 1}
    assert reading.distinct_reads == 1
    denied = ("s3:GetBucketPolicyStatus was denied{} (AccessDenied): "
              "grant s3:GetBucketPolicyStatus to the auditing principal")
    assert refusals == [denied.format(""), denied.format(f" in {home}"), denied.format("")]


def test_an_answer_is_kept_without_its_http_metadata(aws):
    reading = inventory()
    summary = reading.read("iam:GetAccountSummary")
    assert "ResponseMetadata" not in summary
    assert set(summary) == {"SummaryMap"}
    assert reading.read("iam:GetAccountSummary") is summary  # the cached answer, kept as it was returned
