#!/usr/bin/env python3
"""On-demand benchmark (not part of the test suite): ratios measured in one run, each against its target.

    python benchmarks/bench_speed.py [--repeat N] [--big N] [--drafting-only]

1. cold `load("statistics")` (a fresh interpreter) vs a bare `pyarrow.parquet.read_table(...).to_pandas()`
2. cold `load("statistics", backend="pyarrow")` vs palmerpenguins' `load_penguins()` (n/a until load has backend=)
3. `propose.py` on 200 articles in one call vs 10 calls of one article each
4. `build --check` vs `frictionless validate datapackage.json` alone (no target: what the build adds)
5. drafting in-process: articles per second at 1, 1,000 and --big (10,000) synthetic articles, per CPU
   second of this one process (so per core), and wall-clock; and the cost per character at 1x, 10x,
   100x and 1,000x an article's length (constant: no rescans per mention)

Timings of whole processes are medians of --repeat runs, the two sides interleaved so that load from
other processes falls on both; ratios are judged on CPU time (user + system of the child process),
which a shared machine's load changes far less than wall-clock time (also printed). Prints each
figure and whether its target is met; exits 1 if one is not.
"""

from __future__ import annotations

import argparse
import inspect
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT))  # the checkout's uis_build/ (not installed)

from synthetic import article, corpus  # noqa: E402  (the benchmark folder is not a package)

PY = sys.executable
PARQUET = ROOT / "data" / "statistics.parquet"


class Timing(NamedTuple):
    wall: float
    cpu: float  # user + system seconds of the child: what load from other processes changes least


def run_time(cmd: list[str]) -> Timing:
    r0, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    r1, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter() - t0
    return Timing(wall, (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime))


def total(timings: list[Timing]) -> Timing:
    return Timing(sum(t.wall for t in timings), sum(t.cpu for t in timings))


def paired(a, b, repeat: int) -> tuple[Timing, Timing]:
    """Medians (wall and CPU, each its own median) of a() and b(), run alternately."""
    ta, tb = [], []
    for _ in range(repeat):
        ta.append(a())
        tb.append(b())

    def med(ts):
        return Timing(statistics.median(t.wall for t in ts), statistics.median(t.cpu for t in ts))

    return med(ta), med(tb)


def ratio(a: Timing, b: Timing) -> tuple[float, str]:
    """The CPU-time ratio (judged against the target), and a label with the wall-clock one."""
    return a.cpu / b.cpu, f"{a.cpu / b.cpu:.2f}x cpu, {a.wall / b.wall:.2f}x wall ({a.cpu:.2f}/{b.cpu:.2f} s cpu)"


def code(src: str) -> list[str]:
    return [PY, "-c", src]


def bench_load(repeat: int) -> tuple[Timing, Timing]:
    ours = code("import uk_iraq_security as uis; uis.load('statistics')")
    bare = code(f"import pyarrow.parquet as pq; pq.read_table({str(PARQUET)!r}).to_pandas()")
    return paired(lambda: run_time(ours), lambda: run_time(bare), repeat)


def bench_backend(repeat: int) -> tuple[Timing, Timing] | str:
    import uk_iraq_security as uis

    if "backend" not in inspect.signature(uis.load).parameters:
        return "n/a (no backend= yet)"
    try:
        import palmerpenguins  # noqa: F401
    except ImportError:
        return "n/a (pip install palmerpenguins)"
    ours = code("import uk_iraq_security as uis; uis.load('statistics', backend='pyarrow')")
    penguins = code("from palmerpenguins import load_penguins; load_penguins()")
    return paired(lambda: run_time(ours), lambda: run_time(penguins), repeat)


def bench_propose(repeat: int, folder: Path) -> tuple[Timing, Timing]:
    script = str(ROOT / "scripts" / "propose.py")
    files = sorted(folder.glob("*.txt"))
    one_call = [PY, script, str(folder)]
    return paired(lambda: run_time(one_call), lambda: total([run_time([PY, script, str(f)]) for f in files[:10]]), repeat)


def bench_build_check(repeat: int) -> tuple[Timing, Timing]:
    build = [PY, str(ROOT / "scripts" / "build.py"), "--check"]
    frictionless = [str(Path(PY).parent / "frictionless"), "validate", "datapackage.json"]
    return paired(lambda: run_time(build), lambda: run_time(frictionless), repeat)


def bench_drafting(sizes: list[int]) -> dict[int, tuple[float, float]]:
    """Articles per CPU second and per wall second, drafting ``n`` synthetic articles in this process."""
    from uis_build.drafting import candidate_records

    candidate_records(article(10**7))  # warm: compiled patterns, pycountry's tables
    out = {}
    for n in sizes:
        texts = [t for _, t in corpus(n, start=1)]
        c0, w0 = time.process_time(), time.perf_counter()
        for text in texts:
            candidate_records(text)
        out[n] = (n / (time.process_time() - c0), n / (time.perf_counter() - w0))
    return out


def bench_length() -> dict[int, float]:
    """CPU microseconds per 1,000 characters for one article made of k synthetic articles."""
    from uis_build.drafting import candidate_records

    out = {}
    for k in (1, 10, 100, 1000):
        text = "\n\n".join(article(i) for i in range(k))
        c0 = time.process_time()
        candidate_records(text)
        out[k] = (time.process_time() - c0) / len(text) * 1e9
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each whole-process timing (median)")
    parser.add_argument("--big", type=int, default=10_000, help="the largest in-process corpus")
    parser.add_argument("--drafting-only", action="store_true",
                        help="only 5 (drafting in-process): no whole-process timings, no build of the checkout")
    args = parser.parse_args()
    ok = True

    def report(name: str, value, target: str | None, met: bool | None):
        nonlocal ok
        ok &= met is not False
        verdict = "" if met is None else ("ok" if met else "MISSED")
        print(f"{name:52} {value:>44}  {target or '':>9}  {verdict}")

    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; python {sys.version.split()[0]}")
    if not args.drafting_only:
        whole_processes(args, report)
    for n, (per_cpu, per_wall) in bench_drafting([1, 1_000, args.big]).items():
        report(f"5. drafting {n:,} articles: articles/s per core", f"{per_cpu:.0f} (wall {per_wall:.0f})", ">= 150",
               per_cpu >= 150 if n > 1 else None)
    for k, us in bench_length().items():
        report(f"   one article {k:>3}x as long: CPU us per 1,000 chars", f"{us:.0f}", None, None)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0 if ok else 1


def whole_processes(args, report) -> None:
    """1 to 4: the ratios of whole processes (load, propose, build --check)."""
    r, label = ratio(*bench_load(args.repeat))
    report("1. cold load / bare pyarrow read", label, "<= 1.10x", r <= 1.10)
    got = bench_backend(args.repeat)
    if isinstance(got, str):
        report("2. cold load(backend='pyarrow') / load_penguins()", got, "<= 0.60x", None)
    else:
        r, label = ratio(*got)
        report("2. cold load(backend='pyarrow') / load_penguins()", label, "<= 0.60x", r <= 0.60)
    with tempfile.TemporaryDirectory() as tmp:
        for rid, text in corpus(200, start=1):
            (Path(tmp) / f"{rid}.txt").write_text(text, encoding="utf-8")
        r, label = ratio(*bench_propose(args.repeat, Path(tmp)))
    report("3. propose: 200 articles in one call / 10 calls", label, "<= 0.50x", r <= 0.50)
    r, label = ratio(*bench_build_check(max(1, args.repeat // 2)))
    report("4. build --check / frictionless validate alone", label, None, None)


if __name__ == "__main__":
    sys.exit(main())
