"""Self-test fixtures: a fresh offline AWS (moto in process) and a way to run the audit against it."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from moto import mock_aws

from fixtures.accounts import session_for
from fixtures.inventory import Inventory

REPO = Path(__file__).resolve().parents[1]
PROD_ACCOUNT = "123456789012"
OTHER_ACCOUNT = "111122223333"
AWS_ENVIRONMENT = (
    "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
    "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL",
)


def write_aws_config(directory: Path, monkeypatch, extra: str = "") -> None:
    """AWS config files with profile 'prod' (account 123456789012) and 'other' (a role in 111122223333)."""
    for name in AWS_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    config = directory / "aws-config"
    credentials = directory / "aws-credentials"
    config.write_text(
        "[profile prod]\nregion = us-east-1\n"
        "[profile prod-again]\nregion = us-east-1\n"
        f"[profile other]\nregion = us-east-1\nrole_arn = arn:aws:iam::{OTHER_ACCOUNT}:role/auditor\n"
        "source_profile = prod\n" + extra
    )
    credentials.write_text(
        "[prod]\naws_access_key_id = testing\naws_secret_access_key = testing\n"
        "[prod-again]\naws_access_key_id = testing\naws_secret_access_key = testing\n"
    )
    monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))


@pytest.fixture
def aws(tmp_path, monkeypatch):
    """A fresh in-process moto AWS and AWS config files naming its accounts (profiles prod, prod-again, other)."""
    write_aws_config(tmp_path, monkeypatch)
    with mock_aws():
        yield


@pytest.fixture(scope="module")
def seeded_aws(tmp_path_factory):
    """One moto AWS for a whole test module, for rules tested in batches: seed it once, audit it once and
    assert on that run in many tests (``audit_in_process(seeded_aws, ...)``; the fixture is its directory).
    moto's mocks nest and share one state: a test module that uses it must not also use ``aws``."""
    directory = tmp_path_factory.mktemp("seeded-aws")
    with pytest.MonkeyPatch.context() as monkeypatch:
        write_aws_config(directory, monkeypatch)
        with mock_aws():
            yield directory


def prod_inventory():
    """An inventory of the prod account, reached through the prod profile as an audit reaches it."""
    return Inventory(session_for("prod"), PROD_ACCOUNT, "us-east-1")


@dataclass
class AuditRun:
    """What one audit run left behind: its exit status, findings JSON, HTML report and terminal output."""

    exit_status: int
    findings_path: Path
    html_path: Path
    output: str

    @property
    def document(self) -> dict:
        assert self.findings_path.exists(), f"the audit wrote no findings (exit {self.exit_status}):\n{self.output}"
        return json.loads(self.findings_path.read_text())

    @property
    def findings(self) -> list[dict]:
        return self.document["findings"]

    def only(self, rule_id: str) -> dict:
        """The single finding of a rule (fails the test when there are several or none)."""
        (finding,) = [f for f in self.findings if f["rule_id"] == rule_id]
        return finding

    @property
    def html(self) -> str:
        return self.html_path.read_text()

    @property
    def html_rows(self) -> list[dict]:
        """The report's result rows: pytest-html keeps them as JSON in the page and renders them in the browser."""
        blob = re.search(r'data-jsonblob="([^"]*)"', self.html).group(1)
        tests = json.loads(html.unescape(blob))["tests"]
        return [row for rows in tests.values() for row in rows]


def audit_in_process(directory: Path, *args: str, plugins=()) -> AuditRun:
    """Run the audit in this process, as `pytest checks ...` would, writing its reports under ``directory``
    (``plugins``: objects that watch the run, registered as plugins)."""
    findings, html = directory / "findings.json", directory / "audit.html"
    for stale in (findings, html):
        stale.unlink(missing_ok=True)
    status = pytest.main([str(REPO / "checks"), f"--findings-json={findings}", f"--html={html}", *args],
                         plugins=list(plugins))
    return AuditRun(int(status), findings, html, output="")


@pytest.fixture
def run_audit(tmp_path, capsys):
    """Run the audit in process, as `pytest checks ...` would, writing its reports under tmp_path."""

    def run(*args: str) -> AuditRun:
        """Unless args say otherwise, regional rules audit us-east-1 only (moto enables ~30 regions)."""
        if not any(arg.startswith(("--aws-regions", "--demo", "--merge")) for arg in args):
            args = (*args, "--aws-regions=us-east-1")
        capsys.readouterr()
        run = audit_in_process(tmp_path, *args)
        captured = capsys.readouterr()
        return replace(run, output=captured.out + captured.err)

    return run
