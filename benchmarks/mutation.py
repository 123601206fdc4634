"""On-demand mutation run of the parsers: does a test fail when the code is changed a little?

    python benchmarks/mutation.py                      # 150 sampled mutants, at most 20 minutes, 1 job
    python benchmarks/mutation.py --sample 0 --jobs 2  # every mutant

Each mutant is one small change to uis_build/parsing/numbers.py, money.py or periods.py (a number
plus one, a string wrapped in "XX", < for <=, == for !=, + for -, * for /, and for or, `not` or a
unary minus dropped, True for False), made on the syntax tree and written back with ast.unparse into
a scratch copy of the checkout; the parser tests (tests/test_parsing*.py) then run on it. A mutant
is killed when they fail or time out. The score is killed / tried. Docstrings, decorators and the
messages of `raise` are left alone: changing them changes no value. mutmut 3 copies and rewrites the
whole project with its trampolines and wants its configuration in pyproject.toml; a plain mutator
over three modules is smaller and needs neither.
"""

from __future__ import annotations

import argparse
import ast
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ("uis_build/parsing/numbers.py", "uis_build/parsing/money.py", "uis_build/parsing/periods.py")
TESTS = "tests/test_parsing*.py"
SWAPS = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult, ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv,
    ast.And: ast.Or, ast.Or: ast.And,
}


@dataclass(frozen=True)
class Mutant:
    module: str
    site: int  # the site's index in _sites(tree) order
    line: int
    change: str


def _untouchable(tree: ast.AST) -> set[int]:
    """ids of the nodes under docstrings, decorators, f-strings and raise statements."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        roots: list[ast.AST] = []
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            roots.append(node.body[0])
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            roots += node.decorator_list
        if isinstance(node, (ast.Raise, ast.JoinedStr)):
            roots.append(node)
        skip |= {id(n) for root in roots for n in ast.walk(root)}
    return skip


def _sites(tree: ast.AST) -> list[tuple[ast.AST, str, object]]:
    """(node, what, detail) for every place a mutation can be made, in a fixed order."""
    skip = _untouchable(tree)
    out: list[tuple[ast.AST, str, object]] = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool):
                out.append((node, f"{node.value} -> {not node.value}", None))
            elif isinstance(node.value, (int, float)):
                out.append((node, f"{node.value} -> {node.value + 1}", None))
            elif isinstance(node.value, str) and node.value:
                out.append((node, f"{node.value[:20]!r} -> 'XX...XX'", None))
        elif isinstance(node, ast.Compare):
            out += [(node, f"{type(op).__name__} -> {SWAPS[type(op)].__name__}", i)
                    for i, op in enumerate(node.ops) if type(op) in SWAPS]
        elif isinstance(node, (ast.BinOp, ast.BoolOp)) and type(node.op) in SWAPS:
            out.append((node, f"{type(node.op).__name__} -> {SWAPS[type(node.op)].__name__}", None))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
            out.append((node, f"drop {type(node.op).__name__}", None))
    return out


class _Drop(ast.NodeTransformer):
    def __init__(self, target: ast.AST):
        self.target = target

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        return node.operand if node is self.target else self.generic_visit(node)


def mutate(source: str, site: int) -> str:
    """``source`` with mutation number ``site`` made."""
    tree = ast.parse(source)
    node, _, detail = _sites(tree)[site]
    if isinstance(node, ast.Constant):
        v = node.value
        node.value = (not v) if isinstance(v, bool) else v + 1 if isinstance(v, (int, float)) else f"XX{v}XX"
    elif isinstance(node, ast.Compare):
        assert isinstance(detail, int)
        node.ops[detail] = SWAPS[type(node.ops[detail])]()
    elif isinstance(node, (ast.BinOp, ast.BoolOp)):
        node.op = SWAPS[type(node.op)]()
    else:
        tree = _Drop(node).visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree))


def all_mutants() -> list[Mutant]:
    found = []
    for module in MODULES:
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        found += [Mutant(module, i, getattr(node, "lineno", 0), what) for i, (node, what, _) in enumerate(_sites(tree))]
    return found


def _workspace(parent: Path) -> Path:
    """A scratch checkout holding what the parser tests need: the build package, the tests, pytest's settings."""
    ws = Path(tempfile.mkdtemp(dir=parent))
    shutil.copytree(ROOT / "uis_build", ws / "uis_build", ignore=shutil.ignore_patterns("__pycache__"))
    (ws / "tests").mkdir()
    for test in [ROOT / "tests" / "conftest.py", *sorted((ROOT / "tests").glob(TESTS.split("/")[1]))]:
        shutil.copy2(test, ws / "tests" / test.name)
    shutil.copy2(ROOT / "pyproject.toml", ws / "pyproject.toml")
    return ws


def _run_tests(ws: Path, timeout: float) -> str:
    """'passed', 'failed' or 'timeout'."""
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-n", "0", "-p", "no:cacheprovider", "tests"]
    try:
        done = subprocess.run(cmd, cwd=ws, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "passed" if done.returncode == 0 else "failed"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=150, help="mutants to try (0: all)")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--time-limit", type=float, default=1200, help="seconds; mutants not started by then are not tried")
    args = ap.parse_args(argv)

    mutants = all_mutants()
    chosen = mutants if not args.sample or args.sample >= len(mutants) else random.Random(args.seed).sample(mutants, args.sample)
    print(f"{len(mutants)} mutants in {', '.join(MODULES)}; trying {len(chosen)} (seed {args.seed})", flush=True)
    with tempfile.TemporaryDirectory(prefix="uis-mutation-") as scratch:
        spaces = [_workspace(Path(scratch)) for _ in range(max(1, args.jobs))]
        started = time.monotonic()
        if _run_tests(spaces[0], 600) != "passed":
            print("the parser tests fail without any mutant: fix them first", file=sys.stderr)
            return 2
        timeout = 10 * (time.monotonic() - started) + 10
        deadline = started + args.time_limit
        originals = {m: (ROOT / m).read_text(encoding="utf-8") for m in MODULES}

        def trial(job: tuple[int, Mutant]) -> tuple[Mutant, str]:
            i, mutant = job
            if time.monotonic() > deadline:
                return mutant, "not tried"
            ws = spaces[i % len(spaces)]
            target = ws / mutant.module
            try:
                target.write_text(mutate(originals[mutant.module], mutant.site), encoding="utf-8")
                return mutant, _run_tests(ws, timeout)
            finally:
                target.write_text(originals[mutant.module], encoding="utf-8")

        # one workspace per job: job k takes mutants k, k + jobs, ... in turn
        lanes = [[(i, m) for i, m in enumerate(chosen) if i % len(spaces) == k] for k in range(len(spaces))]
        with ThreadPoolExecutor(len(spaces)) as pool:
            results = [r for lane in pool.map(lambda lane: [trial(job) for job in lane], lanes) for r in lane]

    tried = [(m, r) for m, r in results if r != "not tried"]
    killed = sum(r != "passed" for _, r in tried)
    for m, r in sorted(tried, key=lambda p: (p[0].module, p[0].line)):
        if r == "passed":
            print(f"survived: {m.module}:{m.line}: {m.change}")
    timeouts = sum(r == "timeout" for _, r in tried)
    score = killed / len(tried) if tried else 0.0
    print(f"killed {killed} of {len(tried)} mutants ({timeouts} by timeout): score {score:.1%}"
          + (f"; {len(results) - len(tried)} not tried within {args.time_limit:.0f} s" if len(tried) < len(results) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
