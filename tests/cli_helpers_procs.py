"""Commands the tests run in interpreters of their own, started together in the background.

What only shows across a process boundary (an exit status after a closed pipe, the encoding of a real
stdout, the modules a fresh interpreter imports, the command line as a user runs it) needs a
subprocess; each costs an interpreter start and its imports. A ``Batch`` starts its commands at once,
when a test module begins (``early``), so they run on the other core while the module's in-process
tests run here, and each test then waits only for its own command's result. Under pytest-xdist the
workers already use every core: there a command starts when its test asks for it.

Outputs go to temporary files, not pipes, so no command ever waits on a reader.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = (sys.executable, "-m", "uk_iraq_security.cli")


@dataclass
class Command:
    argv: list[str]
    tests: tuple[str, ...]                    # the test functions that read its result
    env: dict[str, str] | None = None         # added to this process's environment
    cwd: str | Path | None = None
    stdin: bytes | None = None
    close_stdout: bool = False                # the reader of stdout leaves at once (`| head` that has enough)


@dataclass
class _Running:
    proc: subprocess.Popen
    out: object | None
    err: object
    files: list = field(default_factory=list)


class Batch:
    def __init__(self, commands: dict[str, Command]):
        self.commands = commands
        self.running: dict[str, _Running] = {}
        self.results: dict[str, subprocess.CompletedProcess] = {}

    def start(self, names=None) -> None:
        for name in self.commands if names is None else names:
            if name not in self.running and name not in self.results:
                self.running[name] = self._spawn(self.commands[name])

    @staticmethod
    def _spawn(cmd: Command) -> _Running:
        err = tempfile.TemporaryFile()
        out = None if cmd.close_stdout else tempfile.TemporaryFile()
        stdin = subprocess.DEVNULL
        files = [err] + ([out] if out else [])
        if cmd.stdin is not None:
            stdin = tempfile.TemporaryFile()
            stdin.write(cmd.stdin)
            stdin.seek(0)
            files.append(stdin)
        proc = subprocess.Popen(cmd.argv, stdin=stdin, stdout=subprocess.PIPE if cmd.close_stdout else out, stderr=err,
                                cwd=cmd.cwd, env={**os.environ, **(cmd.env or {})})
        if cmd.close_stdout:
            proc.stdout.close()  # before the command has written anything: it is still importing
        return _Running(proc, out, err, files)

    def result(self, name: str, timeout: float = 120) -> subprocess.CompletedProcess:
        """The finished command (started now if it was not): exit status, stdout and stderr as text."""
        if name not in self.results:
            self.start([name])
            run = self.running.pop(name)
            try:
                run.proc.wait(timeout=timeout)
            finally:
                if run.proc.poll() is None:
                    run.proc.kill()
                    run.proc.wait()
            texts = []
            for f in (run.out, run.err):
                if f is None:
                    texts.append(None)
                else:
                    f.seek(0)
                    texts.append(f.read().decode("utf-8"))
            for f in run.files:
                f.close()
            self.results[name] = subprocess.CompletedProcess(self.commands[name].argv, run.proc.returncode, *texts)
        return self.results[name]

    def stop(self) -> None:
        """Kill what is still running (its test was not run, or failed before reading it)."""
        for run in self.running.values():
            if run.proc.poll() is None:
                run.proc.kill()
            run.proc.wait()
            for f in run.files:
                f.close()
        self.running.clear()


def early(batch: Batch, request) -> None:
    """Start, now, the commands of ``batch`` whose tests this session will run (a serial run only)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    selected = {item.originalname for item in request.session.items}
    batch.start([name for name, cmd in batch.commands.items() if selected & set(cmd.tests)])


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
    "every subpackage's __init__": ("import uk_iraq_security.curation, uk_iraq_security.drafting, uk_iraq_security.parsing\n"
                                    "import uk_iraq_security.release, uk_iraq_security.remote"),
}

RUN_TIME_TESTS = ("test_pyarrow_backend_never_imports_pandas", "test_importing_loading_and_citing_stay_light",
                  "test_importing_and_loading_needs_neither_frictionless_nor_pandera",
                  "test_evidence_describe_and_the_cli_stay_light", "test_entry_point_imports_nothing_heavy")
FRESH = Batch({
    "run time": Command(fresh_python(RUN_TIME), RUN_TIME_TESTS, cwd=ROOT),
    **{name: Command(fresh_python({name: code}), ("test_entry_point_imports_nothing_heavy",), cwd=ROOT)
       for name, code in ENTRY_POINTS.items()},
})
atexit.register(FRESH.stop)
FRESH_GROUP = "fresh-interpreters"  # xdist_group of the tests that read FRESH: one worker runs them all


def imported(name: str) -> tuple[dict[str, set[str]], dict]:
    """For a FRESH command: the top-level packages loaded after each of its steps, and its notes."""
    done = FRESH.result(name)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    return {step: set(mods) for step, mods in report["modules"].items()}, report["notes"]
