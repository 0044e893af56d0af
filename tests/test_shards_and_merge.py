"""--shard K/N audits one share of the accounts; --merge joins the shards' findings into what one run would write."""

import json
import shutil
from datetime import date, timedelta

import pytest

from fixtures.accounts import Account
from fixtures.shards import parse_shard, share
from tests.conftest import PROD_ACCOUNT
from tests.test_organization import organization  # noqa: F401 - the fixture: moto's organization of four accounts

RULES = ("--rule=IAM-015", "--rule=EC2-016")  # one account-wide rule, one per security group in every account
TIMING = ("generated_at", "started_at", "stats", "merged_from", "shard")


def sharded_and_merged(run_audit, tmp_path, count: int, *merge_args: str):
    """The organization audited whole, then in ``count`` shards, then the shards merged: (whole, shards, merged)."""
    whole = run_audit("--aws-profile=prod", "--org", *RULES)
    whole_document = whole.document
    shards = []
    for number in range(1, count + 1):
        run = run_audit("--aws-profile=prod", "--org", f"--shard={number}/{count}", *RULES)
        (tmp_path / f"shard-{number}").mkdir()
        shutil.copy(run.findings_path, tmp_path / f"shard-{number}" / "findings.json")
        shards.append((run.exit_status, run.document))
    merged = run_audit(f"--merge={tmp_path}/shard-*/findings.json", *merge_args)
    return (whole.exit_status, whole_document), shards, merged


def without_timing(document: dict) -> dict:
    return {key: value for key, value in document.items() if key not in TIMING}


def test_shards_cover_each_account_once_and_merge_into_what_one_run_finds(organization, run_audit, tmp_path):
    (whole_status, whole), shards, merged = sharded_and_merged(run_audit, tmp_path, 3)
    everyone = [PROD_ACCOUNT, *organization]
    assert [a["account_id"] for a in whole["accounts"]] == everyone
    assert [document["shard"]["index"] for _, document in shards] == [1, 2, 3]
    assert all(document["shard"]["all_accounts"] == everyone for _, document in shards)
    covered = [document["shard"]["accounts"] for _, document in shards]
    ordered = sorted(everyone)
    assert covered == [[a for a in everyone if a in (ordered[0], ordered[3])], [ordered[1]], [ordered[2]]]
    assert [[a["account_id"] for a in document["accounts"]] for _, document in shards] == covered
    assert {f["account_id"] for _, document in shards for f in document["findings"]} == set(everyone)

    assert merged.document["merged_from"] == [str(tmp_path / f"shard-{n}" / "findings.json") for n in (1, 2, 3)]
    assert without_timing(merged.document) == without_timing(whole)
    assert merged.document["findings"] == whole["findings"]
    assert merged.document["stats"]["requests_total"] == sum(d["stats"]["requests_total"] for _, d in shards)
    assert merged.exit_status == whole_status == 1
    assert "merged from 3 shards of 4 accounts" in merged.html
    assert len(merged.html_rows) == len(whole["findings"])  # the report's table has every merged case


def test_the_merge_applies_its_own_gate_and_waivers(organization, run_audit, tmp_path):
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(f"""
- rule: IAM-015
  account: "{organization[0]}"
  resource: "arn:aws:iam::*:root"
  reason: Break-glass key kept in the vault (CHG-1)
  expires: {(date.today() + timedelta(days=30)).isoformat()}
""")
    _, shards, merged = sharded_and_merged(run_audit, tmp_path, 2, f"--waivers={waivers}", "--fail-on=very-high")
    (root,) = [f for f in merged.findings if f["rule_id"] == "IAM-015" and f["account_id"] == organization[0]]
    (recorded,) = [f for _, d in shards for f in d["findings"] if f["rule_id"] == "IAM-015"
                   and f["account_id"] == organization[0]]
    assert recorded["status"] == "FAIL"
    assert root["status"] == "WAIVED"
    assert root["message"] == recorded["message"] == (
        f"root user of account {organization[0]} has access keys: key 1 active, last rotated "
        "2024-01-02T00:00:00+00:00, last used N/A")
    assert [w["state"] for w in merged.document["waivers"]] == ["applied"]
    assert merged.exit_status == 0


def test_an_empty_shard_passes_and_says_which_accounts_it_had(organization, run_audit):
    run = run_audit("--aws-profile=prod", "--org", "--shard=6/6", *RULES)
    assert run.exit_status == 0
    assert run.document["shard"] == {"index": 6, "count": 6, "accounts": [],
                                     "all_accounts": [PROD_ACCOUNT, *organization]}
    assert run.findings == []


def account(account_id: str) -> Account:
    return Account(None, None, id=account_id)


def test_sharding_deals_accounts_by_id_whatever_their_order():
    ids = ["555555555555", "111111111111", "444444444444", "222222222222", "333333333333"]
    given = [account(i) for i in ids]
    dealt = {k: [a.id for a in share(given, (k, 2))] for k in (1, 2)}
    assert dealt == {1: ["555555555555", "111111111111", "333333333333"], 2: ["444444444444", "222222222222"]}
    reversed_order = {k: sorted(a.id for a in share(list(reversed(given)), (k, 2))) for k in (1, 2)}
    assert reversed_order == {k: sorted(v) for k, v in dealt.items()}


@pytest.mark.parametrize(("text", "expected"), [("1/4", (1, 4)), (" 4 / 4 ", (4, 4))])
def test_shard_values(text, expected):
    assert parse_shard(text) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--shard=0/2"], "ERROR: --shard 0/2: K must be 1 to N, the jobs are 1/2 to 2/2"),
        (["--shard=3/2"], "ERROR: --shard 3/2: K must be 1 to N, the jobs are 1/2 to 2/2"),
        (["--shard=1/0"], "ERROR: --shard 1/0: K must be 1 to N, the jobs are 1/1 to 1/1"),
        (["--shard=half"], "ERROR: --shard half: expected K/N, this job's number and the number of jobs, like 1/4"),
        (["--merge=nothing/*/findings.json"],
         "ERROR: --merge nothing/*/findings.json: no file matches; give the findings.json files of earlier runs, "
         "like --merge 'shards/*/findings.json' (quoted, so the suite expands it)"),
        (["--merge=x.json", "--aws-profile=prod", "--rule=IAM-015"],
         "ERROR: --merge joins the findings earlier runs recorded, without calling AWS; drop --aws-profile, "
         "--rule (give them to the runs it merges)"),
    ],
)
def test_bad_shard_and_merge_options_are_usage_errors(aws, run_audit, args, expected):
    run = run_audit(*args)
    assert run.exit_status == 4
    assert expected in run.output.splitlines()


@pytest.fixture
def two_shards(organization, run_audit, tmp_path):
    """Shards 1/3 and 2/3 of the organization, in shard-1/ and shard-2/."""
    paths = []
    for number in (1, 2):
        run = run_audit("--aws-profile=prod", "--org", f"--shard={number}/3", *RULES)
        (tmp_path / f"shard-{number}").mkdir()
        paths.append(tmp_path / f"shard-{number}" / "findings.json")
        shutil.copy(run.findings_path, paths[-1])
    return paths


def test_merge_refuses_a_missing_shard(two_shards, run_audit):
    first, second = two_shards
    run = run_audit(f"--merge={first}", f"--merge={second}")
    assert run.exit_status == 4
    assert (f"ERROR: --merge: shard 3/3 missing (given: 1/3 ({first}), 2/3 ({second})); merge every shard's "
            "findings.json") in run.output.splitlines()


def test_merge_refuses_an_account_in_two_files(two_shards, run_audit, tmp_path):
    document = json.loads(two_shards[0].read_text())
    del document["shard"]  # two runs of the same account that do not say they are shards
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for path in (first, second):
        path.write_text(json.dumps(document))
    run = run_audit(f"--merge={tmp_path}/?.json")
    assert run.exit_status == 4
    account_id = document["accounts"][0]["account_id"]
    assert (f"ERROR: --merge: account {account_id} is in both {first} and {second}; each account must come from "
            "one run") in run.output.splitlines()


def test_merge_refuses_runs_of_different_rules(organization, run_audit, tmp_path):
    paths = []
    for rule in RULES:
        run = run_audit("--aws-profile=prod", rule)
        paths.append(tmp_path / f"{rule[7:]}.json")
        shutil.copy(run.findings_path, paths[-1])
    run = run_audit(*(f"--merge={path}" for path in paths))
    assert run.exit_status == 4
    assert (f"ERROR: --merge: {paths[0]} and {paths[1]} audited different rules (1 and 1; not in both: EC2-016, "
            "IAM-015); merge runs of one rule set") in run.output.splitlines()


def test_merge_replays_a_skip_or_error_the_check_itself_made_with_its_evidence(two_shards, run_audit, tmp_path):
    document = json.loads(two_shards[0].read_text())
    del document["shard"]  # one run on its own
    first, second = [f for f in document["findings"] if f["rule_id"] == "EC2-016"][:2]
    first.update(status="SKIP", message="not applicable: the check skipped", evidence={"seen": [1, 2]})
    second.update(status="ERROR", message="could not evaluate: the check raised KeyError: 'IpPermissions'",
                  evidence={"group": "default"})
    recorded = tmp_path / "edited.json"
    recorded.write_text(json.dumps(document))
    merged = run_audit(f"--merge={recorded}").findings
    by_resource = {f["resource"]: f for f in merged if f["rule_id"] == "EC2-016"}
    for edited in (first, second):
        replayed = by_resource[edited["resource"]]
        assert (replayed["status"], replayed["message"], replayed["evidence"]) == (
            edited["status"], edited["message"], edited["evidence"])


def test_merge_refuses_a_status_no_audit_records(two_shards, run_audit, tmp_path):
    document = json.loads(two_shards[0].read_text())
    del document["shard"]
    document["findings"][0]["status"] = "OK"  # hand-edited: must not be replayed as a PASS
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(document))
    run = run_audit(f"--merge={edited}")
    assert run.exit_status == 4
    assert (f"ERROR: --merge {edited}: status OK is not one an audit records (PASS, FAIL, ERROR, SKIP, WAIVED); "
            "give the findings.json an audit wrote, unedited") in run.output.splitlines()
