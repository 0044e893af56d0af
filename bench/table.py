"""Run the README's benchmark table: each configuration in a fresh process, printed as a Markdown table."""

import json
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).with_name("run.py")
CONFIGURATIONS = [  # (accounts, users per account, regions, extra options)
    (1, 100, 2, ()), (1, 1000, 2, ()), (1, 10000, 2, ()),
    (1, 100, 17, ()), (1, 1000, 17, ()), (1, 10000, 17, ()),
    (20, 100, 2, ()),
    (1, 1000, 2, ("--failing-analyzer",)),
]
COLUMNS = ("accounts", "users_per_account", "regions", "failing_analyzer", "cases", "wall_seconds", "peak_memory_mb",
           "requests_received_by_server", "distinct_reads_needed", "ratio", "reading_seconds", "html_report_mb")


def main() -> None:
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for accounts, users, regions, extra in CONFIGURATIONS:
        completed = subprocess.run(
            [sys.executable, str(RUN), f"--accounts={accounts}", f"--users={users}", f"--regions={regions}", *extra],
            capture_output=True, text=True,
        )
        start = completed.stdout.rfind('{\n  "accounts"')  # moto's server prints its own lines too
        try:
            result = json.loads(completed.stdout[start:])
        except json.JSONDecodeError:
            print(f"| {accounts} | {users} | {regions} | failed: {completed.stderr.strip()[-200:]} |", flush=True)
            continue
        print("| " + " | ".join(str(result[column]) for column in COLUMNS) + " |", flush=True)


if __name__ == "__main__":
    main()
