"""The report is a JavaScript page: open the demo's report in headless Chromium and read it as an auditor does."""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture
def browser():
    """Debian's headless Chromium through its chromedriver (installed by .ci/run); nothing is downloaded."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium and chromium-driver (see .ci/run)")
        pytest.skip("Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    """One demo audit of IAM-015 and S3-017 (seeding the demo costs seconds), read by every test below but the
    lean report's."""
    from tests.conftest import audit_in_process

    return audit_in_process(tmp_path_factory.mktemp("demo-report"), "--demo", "--rule=IAM-015", "--rule=S3-017")


def test_the_demo_report_shows_the_iam_015_failure_with_its_risk_message_and_remediation(demo_report, browser):
    from selenium.webdriver.common.by import By

    browser.get(demo_report.html_path.as_uri())
    failed = browser.find_element(By.XPATH, "//tbody[contains(@class, 'failed')][.//td[@class='col-rule' and .='IAM-015']]")
    cells = {cell.get_attribute("class").split()[0]: cell.text for cell in failed.find_elements(By.CSS_SELECTOR, "tr.collapsible td")}
    assert (cells["col-status"], cells["col-rule"], cells["col-risk"], cells["col-resource"]) == (
        "FAIL", "IAM-015", "High", "arn:aws:iam::123456789012:root")
    message = failed.find_element(By.CSS_SELECTOR, ".finding-message")
    remediation = failed.find_element(By.CSS_SELECTOR, ".finding-remediation")
    assert message.is_displayed() and remediation.is_displayed()
    assert message.text.startswith("FAIL: root user of account 123456789012 has access keys: key 1 active")
    assert remediation.text.startswith("Remediation: Console: sign in as the root user")
    # the finding's block stands for pytest's log; no empty log box ("expand [+]") under it
    assert not failed.find_element(By.CSS_SELECTOR, ".logwrapper").is_displayed()
    summary = browser.find_element(By.CSS_SELECTOR, ".additional-summary").text
    assert "Results by status" in summary and "123456789012" in summary and "210987654321" in summary


def test_the_demo_scorecard_opens_on_each_frameworks_coverage_line_and_unfolds_to_requirements(demo_report, browser):
    from selenium.webdriver.common.by import By

    browser.get(demo_report.html_path.as_uri())
    cards = {card.find_element(By.TAG_NAME, "summary").text: card
             for card in browser.find_elements(By.CSS_SELECTOR, "details.scorecard")}
    line = "CIS AWS Foundations Benchmark v5.0.0: 2 of 63 requirements have automated evidence; 0 of those pass (2 FAIL)"
    assert line in cards, list(cards)
    assert "PCI DSS v4.0: 14 of 107 requirements have automated evidence; 0 of those pass (14 FAIL)" in cards
    root_keys = cards[line].find_element(By.XPATH, ".//tr[td[1]='1.3']")
    assert not root_keys.is_displayed()
    cards[line].find_element(By.TAG_NAME, "summary").click()
    assert root_keys.is_displayed()
    assert root_keys.text == "1.3 The root user has no access keys IAM-015 FAIL"


def select(browser, key: str, value: str) -> None:
    """Pick ``value`` in the report's filter for ``key`` (account, service, risk or status), as a user does."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.CSS_SELECTOR, f'.audit-filters select[data-filter="{key}"]')).select_by_value(value)


def shown_rows(browser, css: str) -> list[dict]:
    from selenium.webdriver.common.by import By

    rows = []
    for row in browser.find_elements(By.CSS_SELECTOR, css):
        if row.is_displayed():
            rows.append({cell.get_attribute("class").split()[0].removeprefix("col-"): cell.text
                         for cell in row.find_elements(By.CSS_SELECTOR, "td[class^='col-']")})
    return rows


def test_the_report_opens_with_the_gate_the_accounts_and_the_charts_and_ends_with_the_environment(demo_report, browser):
    from selenium.webdriver.common.by import By

    run = demo_report
    browser.get(run.html_path.as_uri())
    fails = sum(f["status"] == "FAIL" for f in run.findings)
    gate = browser.find_element(By.CSS_SELECTOR, ".answer-gate").text
    assert fails and gate == f"Gate FAILED: {fails} FAILs at Low risk or above"
    glance = browser.find_element(By.XPATH, "//h2[.='At a glance']/following-sibling::table[1]")
    rows = {row.find_element(By.TAG_NAME, "td").text: row.text for row in glance.find_elements(By.CSS_SELECTOR, "tbody tr")}
    assert set(rows) == {"123456789012", "210987654321"}
    for account, row in rows.items():
        mine = [f for f in run.findings if f["account_id"] == account and f["status"] != "SKIP"]
        passing = sum(f["status"] == "PASS" for f in mine)
        assert row.startswith(f"{account} {passing} of {len(mine)} ({100 * passing // len(mine)}%) ")
    charts = browser.find_element(By.CSS_SELECTOR, ".charts").text
    assert "Cases by service" in charts and "IAM" in charts and "S3" in charts and "Cases by risk" in charts
    first_screen = browser.find_element(By.CSS_SELECTOR, ".answer-gate").location["y"]
    environment = browser.find_element(By.ID, "environment").location["y"]
    results = browser.find_element(By.ID, "results-table").location["y"]
    assert first_screen < 400 < results < environment  # the answer first, the Environment table last


def expected(run, **chosen) -> list[tuple[str, str, str]]:
    keys = {"account": "account_id", "service": "service", "risk": "risk", "status": "status"}
    return sorted((f["rule_id"], f["account_id"], f["resource"]) for f in run.findings
                  if all(f[keys[key]] == value for key, value in chosen.items()))


def seen(rows) -> list[tuple[str, str, str]]:
    return sorted((row["rule"], row["account"], row["resource"]) for row in rows)


def test_the_full_reports_case_table_narrows_to_an_account_service_risk_and_status(demo_report, browser):
    from selenium.webdriver.common.by import By

    run = demo_report
    browser.get(run.html_path.as_uri())
    table = "tbody.results-table-row tr.collapsible"
    assert seen(shown_rows(browser, table)) == expected(run)
    select(browser, "account", "123456789012")
    select(browser, "status", "FAIL")
    narrowed = expected(run, account="123456789012", status="FAIL")
    assert {rule for rule, _, _ in narrowed} == {"IAM-015", "S3-017"}
    assert seen(shown_rows(browser, table)) == narrowed
    select(browser, "service", "S3")
    select(browser, "risk", "Medium")
    narrowed = expected(run, account="123456789012", status="FAIL", service="S3", risk="Medium")
    assert narrowed and seen(shown_rows(browser, table)) == narrowed
    count = browser.find_element(By.CSS_SELECTOR, ".audit-filter-count").text
    assert count == f"{len(narrowed)} of {len(run.findings)} cases shown"


def test_the_lean_reports_failure_table_narrows_the_same_way(run_audit, browser, monkeypatch):
    from fixtures import report

    monkeypatch.setattr(report, "LEAN_REPORT_CASES", 3)  # a few demo cases make a lean report
    run = run_audit("--demo", "--rule=IAM-015", "--rule=S3-017")
    browser.get(run.html_path.as_uri())
    assert shown_rows(browser, "tbody.results-table-row tr.collapsible") == []
    table = "table.audit-filterable tbody tr"
    failing = sorted(expected(run, status="FAIL") + expected(run, status="ERROR") + expected(run, status="WAIVED"))
    assert seen(shown_rows(browser, table)) == failing
    select(browser, "service", "IAM")
    assert seen(shown_rows(browser, table)) == expected(run, service="IAM", status="FAIL") == [
        ("IAM-015", "123456789012", "arn:aws:iam::123456789012:root")]
