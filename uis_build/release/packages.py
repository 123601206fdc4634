"""The wheel and sdist for PyPI: built with the pinned hatchling in this environment (no isolated build
env fetched at build time) at SOURCE_DATE_EPOCH, then checked by `twine check --strict`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .errors import ReleaseError


def _run(args: list[str], what: str, env: dict | None = None) -> str:
    done = subprocess.run(args, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise ReleaseError(f"{what} failed ({' '.join(args[1:4])} ...):\n{tail}")
    return done.stdout


def build_packages(root: Path, out: Path, epoch: int) -> list[Path]:
    """Build the sdist, then the wheel from it (proving the sdist is complete), into `out`."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(root)],
         "building the sdist and wheel (needs the 'release' dependency group)", env)
    built = sorted(out.glob("*.whl")) + sorted(out.glob("*.tar.gz"))
    if len(built) != 2:
        raise ReleaseError(f"expected one wheel and one sdist in {out}, found {[p.name for p in built]}")
    _run([sys.executable, "-m", "twine", "check", "--strict", *map(str, built)], "twine check --strict")
    return built
