"""End to end, as a user runs it: `pytest --aws-profile=...` in a subprocess, against a moto server on 127.0.0.1."""

import json
import os
import socket
import subprocess
import sys
import urllib.request
from datetime import datetime

import pytest
from moto.server import ThreadedMotoServer

from fixtures.offline import RootKey, set_root_user
from tests.conftest import AWS_ENVIRONMENT, OTHER_ACCOUNT, PROD_ACCOUNT, REPO


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def moto_server():
    """A moto server on 127.0.0.1, reset before each test that uses it."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def endpoint(moto_server):
    urllib.request.urlopen(urllib.request.Request(f"{moto_server}/moto-api/reset", method="POST")).close()
    return moto_server


def audit_in_subprocess(tmp_path, endpoint, *args):
    """Run `python -m pytest <args>` from the repository, with AWS config profiles pointing at the server."""
    config = tmp_path / "config"
    config.write_text(
        f"[profile e2e]\nregion = us-east-1\nendpoint_url = {endpoint}\n"
        f"[profile e2e-member]\nregion = us-east-1\nendpoint_url = {endpoint}\n"
        f"role_arn = arn:aws:iam::{OTHER_ACCOUNT}:role/OrganizationAccountAccessRole\nsource_profile = e2e\n"
    )
    credentials = tmp_path / "credentials"
    credentials.write_text("[e2e]\naws_access_key_id = testing\naws_secret_access_key = testing\n")
    environment = {k: v for k, v in os.environ.items() if k not in AWS_ENVIRONMENT}
    environment.update(AWS_CONFIG_FILE=str(config), AWS_SHARED_CREDENTIALS_FILE=str(credentials),
                       HTTP_PROXY=endpoint, NO_PROXY="")
    findings, html = tmp_path / "findings.json", tmp_path / "audit.html"
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", f"--findings-json={findings}", f"--html={html}", *args],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=300,
    )
    return completed, findings, html


def test_a_user_audits_two_accounts_through_profiles_with_endpoint_url(tmp_path, endpoint):
    set_root_user(PROD_ACCOUNT, key_1=RootKey(active=True, last_rotated=datetime(2024, 1, 2)))
    set_root_user(OTHER_ACCOUNT)
    completed, findings, html = audit_in_subprocess(
        tmp_path, endpoint, "--aws-profile=e2e", "--aws-profile=e2e-member", "--rule=IAM-015"
    )
    assert completed.returncode == 1, completed.stdout + completed.stderr
    document = json.loads(findings.read_text())
    verdicts = {(f["rule_id"], f["account_id"], f["resource"], f["status"]) for f in document["findings"]}
    assert verdicts == {
        ("IAM-015", PROD_ACCOUNT, f"arn:aws:iam::{PROD_ACCOUNT}:root", "FAIL"),
        ("IAM-015", OTHER_ACCOUNT, f"arn:aws:iam::{OTHER_ACCOUNT}:root", "PASS"),
    }
    page = html.read_text()
    assert f"root user of account {PROD_ACCOUNT} has access keys: key 1 active" in page
    assert f"FAIL  IAM-015 [High] {PROD_ACCOUNT} global arn:aws:iam::{PROD_ACCOUNT}:root" in completed.stdout


def test_a_compliant_account_passes_the_gate_end_to_end(tmp_path, endpoint):
    set_root_user(PROD_ACCOUNT)
    completed, findings, _ = audit_in_subprocess(tmp_path, endpoint, "--aws-profile=e2e", "--rule=IAM-015")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert json.loads(findings.read_text())["summary"]["PASS"] == 1


def test_an_unknown_profile_is_a_one_line_usage_error_end_to_end(tmp_path, endpoint):
    completed, findings, _ = audit_in_subprocess(tmp_path, endpoint, "--aws-profile=prodd")
    assert completed.returncode == 4
    assert completed.stderr.strip() == (
        "ERROR: --aws-profile prodd: no such profile in the AWS config files (known: e2e, e2e-member); "
        "add it with 'aws configure --profile prodd'"
    )
    assert not findings.exists()
