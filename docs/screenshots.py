"""Refresh the README's pictures of the demo report: run the demo, open its report in headless Chromium, save PNGs.

    python docs/screenshots.py            # needs Debian's chromium and chromium-driver (see .ci/run)

Writes docs/report-top.png: the first screen of the demo report (gate, accounts, charts), as README shows it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars")


def demo(directory: Path, *args: str) -> Path:
    """Run the demo audit into ``directory``; the path of its HTML report."""
    html = directory / "audit.html"
    subprocess.run([sys.executable, "-m", "pytest", "--demo", "-q", f"--html={html}",
                    f"--findings-json={directory / 'findings.json'}", *args], cwd=REPO, check=False,
                   stdout=subprocess.DEVNULL)
    return html


def screenshot(page: Path, target: Path, width: int = 1400, height: int = 1100) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        for flag in (*FLAGS, f"--window-size={width},{height}", f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        try:
            driver.get(page.as_uri())
            driver.save_screenshot(str(target))
        finally:
            driver.quit()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="demo-report-") as work:
        work = Path(work)
        screenshot(demo(work), REPO / "docs" / "report-top.png")
        print(f"wrote {REPO / 'docs' / 'report-top.png'}")


if __name__ == "__main__":
    main()
