"""Bad input stops the audit before any AWS call, with one line naming the value and the fix (exit 4)."""

import pytest

from fixtures import rules
from fixtures.offline import record_requests


def usage_error_line(output: str) -> str:
    (line,) = [line for line in output.splitlines() if line.startswith("ERROR: ")]
    return line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--aws-profile=nope"],
         "ERROR: --aws-profile nope: no such profile in the AWS config files (known: prod, prod-again, other); "
         "add it with 'aws configure --profile nope'"),
        (["--aws-profile=prod", "--aws-regions=us-east-1,mars-north-1"],
         "ERROR: --aws-regions: unknown region 'mars-north-1'; give AWS region codes like us-east-1,eu-west-1"),
        (["--aws-profile=prod", "--rule=IAM-999"],
         f"ERROR: --rule IAM-999: unknown rule ID; known rules: {', '.join(sorted(rules.discover()))}"),
        (["--demo", "--aws-profile=prod"],
         "ERROR: --demo audits the built-in offline account; drop --aws-profile or --demo"),
    ],
    ids=["unknown-profile", "unknown-region", "unknown-rule", "demo-and-profile"],
)
def test_bad_option_values_are_usage_errors_before_any_aws_call(aws, run_audit, monkeypatch, args, expected):
    requests = record_requests(monkeypatch)
    run = run_audit(*args)
    assert run.exit_status == 4
    assert usage_error_line(run.output) == expected
    assert requests == []
    assert not run.findings_path.exists()


def test_an_unknown_fail_on_level_is_a_usage_error(aws, run_audit, monkeypatch):
    requests = record_requests(monkeypatch)
    run = run_audit("--aws-profile=prod", "--fail-on=severe")
    assert run.exit_status == 4
    assert "argument --fail-on: invalid choice: 'severe'" in run.output
    assert requests == []


def test_an_unreadable_waiver_file_is_a_usage_error(aws, run_audit, monkeypatch, tmp_path):
    requests = record_requests(monkeypatch)
    missing = tmp_path / "missing.yaml"
    run = run_audit("--aws-profile=prod", f"--waivers={missing}")
    assert run.exit_status == 4
    assert usage_error_line(run.output) == (
        f"ERROR: --waivers {missing}: cannot read the file (No such file or directory); see README, section Waivers"
    )
    assert requests == []
