"""The wheel test's wheel and clean venv, made in a background thread as soon as the tests are collected.

Building the wheel and installing it with its dependencies into a fresh venv is most of a serial run's
waiting (unpacking pandas, numpy and pyarrow); queued in the background at collection (a job of
tests/cli_helpers_procs.py) it overlaps the tests that come first, and test_wheel.py, collected last,
finds it ready. The venv has no pip of its own: this
environment's pip installs into it (--python), without byte-compiling every file, which a user's
`pip install` does the same way otherwise. Under pytest-xdist each worker makes it when first asked.

test_wheel.py hands over its commands when it is imported (register_runs): they run in the venv right
after the install, all at once, in a folder of their own outside the repository, and the test checks
what they printed and wrote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import background
import cli_helpers_procs as procs
from background import lowered

ROOT = Path(__file__).resolve().parents[1]


# nothing is loaded here, only imported and compiled: the test's own runs are the first to load anything
COMPILE = """\
import compileall, os, uk_iraq_security
compileall.compile_dir(os.path.dirname(uk_iraq_security.__file__), quiet=1)
import pandas, pyarrow.csv, pyarrow.parquet, uk_iraq_security.loading
"""


_make_runs = None  # venv folder -> {name: argv}, from test_wheel.py


def register_runs(make_runs) -> None:
    """`make_runs(venv)` gives the commands (name -> argv) to run in the venv once it is made."""
    global _make_runs
    _make_runs = make_runs


class CleanVenv:
    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="uk-iraq-security-wheel-"))
        self.wheel: Path | None = None
        self.venv = self.dir / "venv"
        self.runs_dir = self.dir / "runs"  # the commands' working folder
        self.runs: dict[str, subprocess.CompletedProcess] = {}
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._make, name="clean-venv", daemon=True)
        self._thread.start()

    def _make(self) -> None:
        background.idle()  # this thread, so every command it runs
        try:
            dist = self.dir / "dist"
            subprocess.run(lowered([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)]),
                           check=True, capture_output=True)
            (self.wheel,) = dist.glob("uk_iraq_security-*.whl")
            subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(self.venv)], check=True, capture_output=True)
            py = str(self.venv / "bin" / "python")
            subprocess.run(lowered([sys.executable, "-m", "pip", "--python", py, "install", "--quiet", "--no-compile",
                            str(self.wheel)]), check=True, capture_output=True)
            # compile the package and what loading a table imports of pandas and pyarrow, as pip's own
            # byte-compiling would (for every file) on a user's install; bytecode is kept even where
            # PYTHONDONTWRITEBYTECODE is set
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            subprocess.run(lowered([py, "-c", COMPILE]), check=True, capture_output=True, env=env, cwd=self.dir)
            if _make_runs is not None:
                self.runs_dir.mkdir()
                procs = {name: subprocess.Popen(lowered(argv), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                                cwd=self.runs_dir, env=env)
                         for name, argv in _make_runs(self.venv).items()}
                for name, proc in procs.items():
                    out, err = proc.communicate(timeout=300)
                    self.runs[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
        except BaseException as e:  # handed to the test that asks, with the command's output
            self._error = e

    def running(self) -> bool:
        return self._thread.is_alive()

    def ready(self) -> CleanVenv:
        self._thread.join()
        if self._error is not None:
            detail = getattr(self._error, "stderr", b"") or b""
            raise RuntimeError(f"making the clean venv failed: {self._error}\n{detail.decode(errors='replace')}")
        return self

    def remove(self) -> None:
        self._thread.join()
        shutil.rmtree(self.dir, ignore_errors=True)


start = procs.Once(CleanVenv)  # start(): the venv, made once


def stop() -> None:
    if start.value is not None:
        start.value.remove()
