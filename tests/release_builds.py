"""The release fixture's two release builds, started in the background as soon as the tests are collected.

Two `uk-iraq-security release` runs of one snapshot of the checkout, as a user runs the command, at one
SOURCE_DATE_EPOCH, in two processes at once; they overlap the tests that come before the ones that
read them (test_release.py, test_remote_*.py): a job of the background queue (tests/cli_helpers_procs.py)
in a serial run. Under pytest-xdist conftest.py makes them in the worker that first asks instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

import background
import cli_helpers_procs as procs
from background import lowered

ROOT = Path(__file__).resolve().parents[1]


class ReleaseBuilds:
    def __init__(self, snapshot):
        self.dir = Path(tempfile.mkdtemp(prefix="uk-iraq-security-release-"))
        snap = snapshot(self.dir / "checkout")
        self.epoch = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True,
                                    text=True, check=True).stdout.strip()
        env = {**os.environ, "SOURCE_DATE_EPOCH": self.epoch}
        self.outs = [self.dir / f"release{n}" / "dist" for n in (1, 2)]
        self.logs = [self.dir / f"release{n}.log" for n in (1, 2)]
        self.procs = []
        for out, log in zip(self.outs, self.logs):
            with open(log, "wb") as f:  # a file, not a pipe nobody reads until the end
                self.procs.append(subprocess.Popen(lowered(
                    [sys.executable, "-m", "uk_iraq_security.cli", "release", "--root", str(snap), "--out", str(out),
                     "--allow-dirty"]), stdout=f, stderr=subprocess.STDOUT, env=env))
                background.idle(self.procs[-1].pid)  # before it starts its own children

    def ready(self, boost: bool = True) -> SimpleNamespace:
        """Both builds done and passed; ``boost``: a test waits for them now, so no longer in the idle
        class (their own children stay in it)."""
        for proc in self.procs if boost else ():
            background.normal(proc.pid)
        for proc, log in zip(self.procs, self.logs):
            proc.wait()
            assert proc.returncode == 0, log.read_text(encoding="utf-8", errors="replace")[-3000:]
        return SimpleNamespace(first=self.outs[0], second=self.outs[1], epoch=int(self.epoch))

    def remove(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
                proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


start = procs.Once(ReleaseBuilds)  # start(snapshot): the builds, started once


def started() -> ReleaseBuilds | None:
    return start.value


def stop() -> None:
    if start.value is not None:
        start.value.remove()
