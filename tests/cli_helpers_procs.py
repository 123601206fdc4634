"""Commands the tests run in interpreters of their own, and the other background work of a run, started
early in the background.

What only shows across a process boundary (an exit status after a closed pipe, the encoding of a real
stdout, the modules a fresh interpreter imports, a command as a user runs it) needs a subprocess, and
each costs an interpreter start and its imports. Test modules register theirs in ``BACKGROUND`` when
they are imported, with the larger jobs (``Job``: the release builds, the wheel's clean venv, chromium,
Datasette). In a serial run, once the tests are collected (``early``, from conftest.py), every one
whose test was selected is started, two at a time and at a low priority (they use the time the
machine has to spare: tests/background.py), in the order the tests will want them, while the tests
in this process go on: what is needed first is done first, instead of everything sharing the spare
core at once. A whole run starts the commands while it collects (``Batch.eager``: the modules are
collected in the order of their tests), and the release builds first of all. A test then waits only for its own command's result (and lifts its
priority back while it does). Under pytest-xdist the workers already use every core: there a command
or job starts when its test asks.

Outputs go to temporary files, not pipes, so no command ever waits on a reader.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import background

ROOT = Path(__file__).resolve().parents[1]
CLI = (sys.executable, "-m", "uk_iraq_security.cli")
FRESH_GROUP = "fresh-interpreters"  # xdist_group of the tests that share the "run time" result: one worker runs them


@dataclass
class Command:
    argv: list[str]
    tests: tuple[str, ...]                  # "test_x.py::test_name": the tests that read its result
    env: dict[str, str] | None = None       # added to this process's environment
    cwd: str | Path | None = None
    stdin: bytes | None = None
    close_stdout: bool = False              # the reader of stdout leaves at once (`| head` that has enough)
    setup: Callable[[], object] | None = None  # run just before the command starts; its value: ``prepared``
    prepared: object = None


class _Running:
    def __init__(self, cmd: Command):
        if cmd.setup is not None:
            cmd.prepared = cmd.setup()
        self.err = tempfile.TemporaryFile()
        self.out = None if cmd.close_stdout else tempfile.TemporaryFile()
        self.files = [self.err] + ([self.out] if self.out else [])
        stdin = subprocess.DEVNULL
        if cmd.stdin is not None:
            stdin = tempfile.TemporaryFile()
            stdin.write(cmd.stdin)
            stdin.seek(0)
            self.files.append(stdin)
        self.proc = subprocess.Popen(cmd.argv, stdin=stdin, stdout=subprocess.PIPE if cmd.close_stdout else self.out,
                                     stderr=self.err, cwd=cmd.cwd, env={**os.environ, **(cmd.env or {})})
        if cmd.close_stdout:
            self.proc.stdout.close()  # before the command has written anything: it is still importing
        background.lower(self.proc.pid)

    def finish(self, timeout: float) -> tuple[int, str | None, str]:
        if self.proc.poll() is None:
            background.normal(self.proc.pid)  # a test waits for it now: no longer only the spare time of the machine
        try:
            self.proc.wait(timeout=timeout)
        finally:
            self.kill()
        texts = []
        for f in (self.out, self.err):
            if f is not None:
                f.seek(0)
                texts.append(f.read().decode("utf-8"))
            else:
                texts.append(None)
        self.close()
        return self.proc.returncode, *texts

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def close(self) -> None:
        for f in self.files:
            f.close()


@dataclass
class Job:
    """Background work other than one command (the release builds, the clean venv, chromium,
    Datasette), queued with the commands in the order the tests need it. ``launch()`` starts it
    (at the priority the job gives itself: tests/background.py) and returns a handle; it is called in
    the launcher thread, or by the job's own fixture, which reads the job: it must start the work once
    and give the same handle when called again. ``busy(handle)``: how many processes of the job still
    run; it holds that many of the queue's places until then. ``needed_by(item)``: whether a test reads it."""
    launch: Callable[[], object]
    busy: Callable[[object], int]
    needed_by: Callable[[object], bool]


class Once:
    """``make(*args)`` the first time it is called, from whichever thread comes first (the background
    queue's, or the fixture's that reads the job), and the same value afterwards: a job's ``launch``.
    ``at_exit(value)`` runs at exit, also when the job's tests do not run after all; ``stale(value)``
    true makes it anew (a browser its module's fixture stopped)."""

    def __init__(self, make, *, at_exit=None, stale=None):
        self._make, self._at_exit, self._stale = make, at_exit, stale
        self._lock = threading.Lock()
        self.value = None

    def __call__(self, *args):
        with self._lock:
            if self.value is None or (self._stale is not None and self._stale(self.value)):
                self.value = self._make(*args)
                if self._at_exit is not None:
                    atexit.register(self._at_exit, self.value)
            return self.value


class Batch:
    def __init__(self, parallel: int = 2):
        self.parallel = parallel
        self.commands: dict[str, Command] = {}
        self.jobs: dict[str, Job] = {}
        self.queue: list[str] = []
        self.running: dict[str, _Running] = {}
        self.launched_jobs: dict[str, object] = {}
        self.failed: dict[str, BaseException] = {}
        self.results: dict[str, subprocess.CompletedProcess] = {}
        self.lock = threading.Lock()
        self.launcher: threading.Thread | None = None
        self.eager = False  # a whole serial run: commands start as their modules register them

    def add(self, name: str, cmd: Command | Job) -> None:
        assert name not in self.commands and name not in self.jobs, f"two commands or jobs named {name!r}"
        (self.jobs if isinstance(cmd, Job) else self.commands)[name] = cmd
        if self.eager and isinstance(cmd, Command):
            # while the rest is collected (the modules come in the order of their tests), on the core
            # collecting leaves idle; early() puts what is still queued in the order of the tests
            self.start([name])

    def start(self, names) -> None:
        """Queue ``names`` first, in this order (then what was queued before), and start them
        ``parallel`` at a time, in a background thread."""
        with self.lock:
            names = [n for n in dict.fromkeys(names) if not self._launched(n)]
            self.queue = names + [n for n in self.queue if n not in names]
            if self.queue and self.launcher is None:
                self.launcher = threading.Thread(target=self._launch_queued, name="background-queue", daemon=True)
                self.launcher.start()

    def _launched(self, name: str) -> bool:
        return name in self.running or name in self.launched_jobs or name in self.results or name in self.failed

    def _launch(self, name: str) -> None:
        try:
            if name in self.jobs:
                self.launched_jobs[name] = self.jobs[name].launch()
            else:
                self.running[name] = _Running(self.commands[name])
        except Exception as e:  # noqa: BLE001  (raised again in the test that reads it)
            self.failed[name] = e

    def _busy(self) -> int:
        busy = sum(run.proc.poll() is None for run in self.running.values())
        for name, handle in self.launched_jobs.items():
            try:
                busy += self.jobs[name].busy(handle)
            except Exception:  # noqa: BLE001  (a job that failed holds no place; its fixture reports it)
                pass
        return busy

    def _launch_queued(self) -> None:
        while True:
            with self.lock:
                if not self.queue:
                    self.launcher = None
                    return
                if self._busy() < self.parallel:
                    self._launch(self.queue.pop(0))
                    continue
            time.sleep(0.02)

    def result(self, name: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """The finished command (started now if it was not): exit status, stdout and stderr as text."""
        with self.lock:
            if name in self.results:
                return self.results[name]
            if not self._launched(name):
                if name in self.queue:
                    self.queue.remove(name)
                self._launch(name)
            if name in self.failed:
                raise self.failed[name]
            run = self.running.pop(name)
        code, out, err = run.finish(timeout)
        self.results[name] = subprocess.CompletedProcess(self.commands[name].argv, code, out, err)
        return self.results[name]

    def stop(self) -> None:
        """Start nothing more, and kill what still runs (its test was not run, or failed before reading it)."""
        with self.lock:
            self.queue.clear()
            for run in self.running.values():
                run.kill()
                run.close()
            self.running.clear()


BACKGROUND = Batch()
_SCRATCH = Path(tempfile.mkdtemp(prefix="uk-iraq-security-tests-"))


def scratch(name: str) -> Path:
    """A new empty folder of this test process, outside any checkout, removed when the process ends."""
    path = _SCRATCH / name
    path.mkdir()
    return path


@atexit.register
def _clean_up() -> None:
    BACKGROUND.stop()
    shutil.rmtree(_SCRATCH, ignore_errors=True)


def early(session) -> None:
    """Start the registered commands and jobs whose tests this session runs, in the order it runs them
    (serial runs; called when the tests are collected)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    order = {}
    for i, item in enumerate(session.items):
        order.setdefault(f"{item.path.name}::{item.originalname}", i)
    wanted = [(min(order[t] for t in cmd.tests if t in order), name) for name, cmd in BACKGROUND.commands.items()
              if any(t in order for t in cmd.tests)]
    for name, job in BACKGROUND.jobs.items():
        first = next((i for i, item in enumerate(session.items) if job.needed_by(item)), None)
        if first is not None:
            wanted.append((first, name))
    BACKGROUND.start([name for _, name in sorted(wanted)])


# -- what fresh interpreters import ----------------------------------------------------------------

def fresh_python(steps: dict[str, str]) -> list[str]:
    """A fresh interpreter that runs ``steps`` in order (their stdout discarded, SystemExit caught) and
    prints, as JSON, the top-level packages in sys.modules after each step and the ``notes`` they set.
    sys.modules only grows, so a step's set also holds whatever the steps before it imported."""
    lines = ["import contextlib, io, json, sys", "after, notes, scope = {}, {}, {'sys': sys}",
             f"for step, code in {list(steps.items())!r}:",
             "    scope['notes'] = notes",
             "    with contextlib.redirect_stdout(io.StringIO()):",
             "        try:",
             "            exec(code, scope)",
             "        except SystemExit:",
             "            pass",
             "    after[step] = sorted({m.split('.')[0] for m in sys.modules})",
             "print(json.dumps({'modules': after, 'notes': notes}))"]
    return [sys.executable, "-c", "\n".join(lines)]


SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]

# One interpreter for the run-time API and the data commands, in an order where each step only adds
# to the last: the pyarrow backend first (pandas must not be loaded for it), then pandas loading and
# citing, then evidence, describe and the commands that print tables.
RUN_TIME = {
    "import uk_iraq_security": "import uk_iraq_security as uis",
    "load(backend='pyarrow')": ("tables = uis.load(backend='pyarrow'); uis.load('statistics', format='csv', backend='pyarrow')\n"
                                "notes['pyarrow table type'] = type(tables['statistics']).__module__"),
    "load(), schema(), citation()": "uis.load(); uis.schema('funding'); uis.citation()",
    "load(format='csv'), citation('cff')": "uis.load('funding', format='csv'); uis.citation('cff')",
    "evidence, describe and their commands": (
        "from uk_iraq_security.cli import main\n"
        "uis.evidence('fund-gb-border-security-command'); uis.evidence(table='funding'); uis.describe('statistics')\n"
        "notes['exit statuses'] = [main(['show', 'statistics']), main(['evidence', 'off-yvette-cooper']),\n"
        "                          main(['describe', 'funding'])]"),
}

# The light entry points, each in an interpreter of its own (tests/test_imports.py).
ENTRY_POINTS = {
    "propose.py ARTICLE": ("import runpy; sys.argv = ['propose.py', " + repr(str(SEED)) + "]\n"
                           "runpy.run_path(" + repr(str(ROOT / "scripts" / "propose.py")) + ", run_name='__main__')"),
    "uk-iraq-security --help": "from uk_iraq_security.cli import main; main(['--help'])",
    "uk-iraq-security cite": "from uk_iraq_security.cli import main; main(['cite', '--style', 'bibtex'])",
    "every subpackage's __init__": ("import uis_build.curation, uis_build.drafting, uis_build.parsing\n"
                                    "import uis_build.release, uk_iraq_security.remote"),
}

_IMPORTS = "test_imports.py::"
BACKGROUND.add("run time", Command(fresh_python(RUN_TIME), tuple(_IMPORTS + t for t in (
    "test_pyarrow_backend_never_imports_pandas", "test_importing_and_loading_needs_neither_frictionless_nor_pandera",
    "test_importing_loading_and_citing_stay_light", "test_evidence_describe_and_the_cli_stay_light",
    "test_entry_point_imports_nothing_heavy")), cwd=ROOT))
for _name, _code in ENTRY_POINTS.items():
    BACKGROUND.add(_name, Command(fresh_python({_name: _code}), (_IMPORTS + "test_entry_point_imports_nothing_heavy",), cwd=ROOT))


def imported(name: str) -> tuple[dict[str, set[str]], dict]:
    """For a fresh_python command: the top-level packages loaded after each of its steps, and its notes."""
    done = BACKGROUND.result(name)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    return {step: set(mods) for step, mods in report["modules"].items()}, report["notes"]
