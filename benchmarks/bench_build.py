#!/usr/bin/env python3
"""On-demand benchmark (not part of the test suite): build, validate and load times, and data sizes.

    python benchmarks/bench_build.py [--repeat N]

Targets, for a 2-core machine: a full build --check under 30 s; `import` (a fresh interpreter) under 2 s; load() of all tables, once imported, under 1 s;
data/ under 1 MB. Prints the measurements and whether each target is met; exits 1 if one is not.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"build_check_s": 30.0, "import_s": 2.0, "load_all_s": 1.0, "data_bytes": 1_000_000}


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    build = [sys.executable, str(ROOT / "scripts" / "build.py"), "--check"]
    import_only = [sys.executable, "-c", "import uk_iraq_security"]
    import uk_iraq_security as uis
    got = {
        "build_check_s": timed(lambda: subprocess.run(build, check=True, capture_output=True), args.repeat),
        "import_s": timed(lambda: subprocess.run(import_only, check=True, cwd=ROOT), args.repeat),
        "load_all_s": timed(uis.load, args.repeat),
        "data_bytes": sum(p.stat().st_size for p in (ROOT / "data").iterdir()),
    }
    ok = True
    for key, value in got.items():
        met = value <= TARGETS[key]
        ok &= met
        print(f"{key:15} {value:12.3f}  target <= {TARGETS[key]}  {'ok' if met else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
