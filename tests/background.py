"""Work a serial run starts in the background (release builds, the wheel's clean venv, commands in
interpreters of their own, chromium, Datasette) runs in Linux's idle scheduling class: it uses only
the core time the test process leaves, so it never slows the test that runs now (nice is not enough:
chromium raises its own priority, and a nice-19 process still takes a share of a busy core). A test
that waits for one leaves its core to it anyway. Elsewhere the work runs at nice 19, or as it is."""

from __future__ import annotations

import os
import shutil

NICE = 19
_IDLE = getattr(os, "SCHED_IDLE", None)


def lowered(argv: list[str]) -> list[str]:
    """``argv`` in the idle class (``chrt --idle 0``) or under ``nice`` where there is one (its children
    inherit either), else unchanged."""
    chrt = shutil.which("chrt")
    if chrt and _IDLE is not None:
        return [chrt, "--idle", "0", *argv]
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
