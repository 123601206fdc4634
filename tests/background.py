"""Priorities of the work a serial run does in the background, so that it uses only the core time the
test process leaves instead of slowing the test that runs now. Two levels:

- ``lower`` (nice 19) for a command a test will read soon (the queued commands of
  tests/cli_helpers_procs.py, the release tools, Datasette): it still gets most of the spare core;
- the idle class (``idle``: Linux's SCHED_IDLE, inherited by children and threads) for
  the long jobs (the release builds, the wheel's clean venv, chromium): they run only when nothing
  else wants a core. Nice alone is not enough for them: chromium raises its own priority, and a
  nice-19 process still takes a share of a busy core.

A test that waits for one lifts it back to normal (``normal``, ``normal_tree``) where the system allows
it. Where there is no idle class the long jobs run at nice 19; without either, as they are."""

from __future__ import annotations

import os
import shutil

NICE = 19
_IDLE = getattr(os, "SCHED_IDLE", None)


def lowered(argv: list[str]) -> list[str]:
    """``argv`` under ``nice`` where there is one (its children inherit it), else unchanged: for a long
    job's commands, which also run in the idle class where their thread or process is put in it
    (``idle``), so that a system refusing the idle class only leaves them at nice 19."""
    nice = shutil.which("nice")
    return [nice, "-n", str(NICE), *argv] if nice else list(argv)


def idle(pid: int = 0) -> None:
    """Put process ``pid`` (0: the calling thread, whose later children inherit it) in the idle class,
    else at nice 19, where the system allows it."""
    try:
        if _IDLE is not None:
            os.sched_setscheduler(pid, _IDLE, os.sched_param(0))
        elif pid:
            os.setpriority(os.PRIO_PROCESS, pid, NICE)
    except (OSError, AttributeError):  # gone already or not allowed: it runs as it is
        pass


def lower(pid: int) -> None:
    """Process ``pid`` at nice 19 (its later children inherit it), where the system allows it."""
    try:
        os.setpriority(os.PRIO_PROCESS, pid, NICE)
    except (OSError, AttributeError):
        pass


def normal(pid: int) -> None:
    """Back to the normal class and nice 0, for a process a test now waits for (where allowed)."""
    try:
        if _IDLE is not None:
            os.sched_setscheduler(pid, os.SCHED_OTHER, os.sched_param(0))
        os.setpriority(os.PRIO_PROCESS, pid, 0)
    except (OSError, AttributeError):
        pass


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, from /proc (empty where there is none)."""
    out: dict[int, list[int]] = {}
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else ():
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            out.setdefault(ppid, []).append(int(entry.name))
    return out


def normal_tree(pid: int) -> None:
    """``pid`` and all its descendants, every thread of each, back to the normal class: for a job made
    of processes this one did not start itself (chromium under Playwright's driver), once a test
    waits for it."""
    children, todo = _children(), [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            tids = [int(t) for t in os.listdir(f"/proc/{p}/task")]
        except OSError:
            tids = [p]
        for tid in tids:
            normal(tid)


def children_running(argv_part: str) -> list[int]:
    """This process's children whose command line holds ``argv_part``."""
    out = []
    for pid in _children().get(os.getpid(), []):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if argv_part.encode() in f.read():
                    out.append(pid)
        except OSError:
            pass
    return out
