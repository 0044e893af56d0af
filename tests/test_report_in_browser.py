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


def test_the_demo_report_shows_the_iam_015_failure_with_its_risk_message_and_remediation(run_audit, browser):
    from selenium.webdriver.common.by import By

    run = run_audit("--demo", "--rule=IAM-015")
    browser.get(run.html_path.as_uri())
    failed = browser.find_element(By.CSS_SELECTOR, "tbody.failed")
    cells = {cell.get_attribute("class").split()[0]: cell.text for cell in failed.find_elements(By.CSS_SELECTOR, "tr.collapsible td")}
    assert (cells["col-status"], cells["col-rule"], cells["col-risk"], cells["col-resource"]) == (
        "FAIL", "IAM-015", "High", "arn:aws:iam::123456789012:root")
    message = failed.find_element(By.CSS_SELECTOR, ".finding-message")
    remediation = failed.find_element(By.CSS_SELECTOR, ".finding-remediation")
    assert message.is_displayed() and remediation.is_displayed()
    assert message.text.startswith("FAIL: root user of account 123456789012 has access keys: key 1 active")
    assert remediation.text.startswith("Remediation: Console: sign in as the root user")
    summary = browser.find_element(By.CSS_SELECTOR, ".additional-summary").text
    assert "Results by status" in summary and "123456789012" in summary and "210987654321" in summary


def test_the_demo_scorecard_opens_on_each_frameworks_coverage_line_and_unfolds_to_requirements(run_audit, browser):
    from selenium.webdriver.common.by import By

    run = run_audit("--demo", "--rule=IAM-015")
    browser.get(run.html_path.as_uri())
    cards = {card.find_element(By.TAG_NAME, "summary").text: card
             for card in browser.find_elements(By.CSS_SELECTOR, "details.scorecard")}
    line = "CIS AWS Foundations Benchmark v5.0.0: 1 of 63 requirements have automated evidence; 0 of those pass (1 FAIL)"
    assert line in cards
    assert "PCI DSS v4.0: 8 of 107 requirements have automated evidence; 0 of those pass (8 FAIL)" in cards
    root_keys = cards[line].find_element(By.XPATH, ".//tr[td[1]='1.3']")
    assert not root_keys.is_displayed()
    cards[line].find_element(By.TAG_NAME, "summary").click()
    assert root_keys.is_displayed()
    assert root_keys.text == "1.3 The root user has no access keys IAM-015 FAIL"
