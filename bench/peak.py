"""Run pytest with the given arguments, then write this process's peak memory (VmHWM, kB) to a file.

The benchmark's parent holds the moto server and its data; a forked child inherits that
high-water mark in getrusage, so the child reads its own from /proc after exec instead.
With BENCH_PROFILE=path set, the run is profiled with cProfile into that file.
"""

import cProfile
import os
import sys
from pathlib import Path

import pytest

if __name__ == "__main__":
    out = Path(sys.argv[1])
    profile_path = os.environ.get("BENCH_PROFILE")
    profiler = cProfile.Profile() if profile_path else None
    if profiler:
        profiler.enable()
    status = pytest.main(sys.argv[2:])
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile_path)
    peak = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM:"))
    out.write_text(peak.split()[1])
    sys.exit(int(status))
