"""Replace a checkout's build outputs, data/ and datapackage.json, safely: one build at a time (an
exclusive flock on ROOT/.build.lock, dropped by the kernel when the process dies), everything written
and validated in a staging folder ROOT/.build-XXXX marked as ours, then three renames: old data/ into
the stage, the new data/ out of it, and datapackage.json last; a failing rename undoes the ones before.

A build killed between two renames leaves no data/, or the new data/ beside the old datapackage.json.
Neither validates: datapackage.json gives the sha256 of every file of data/ (tables as resources, the
other files under `x-files`) and validation refuses any difference, missing or extra file. The next
build writes everything afresh, and first removes the stages of dead builds (remove_stale_stages).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from uk_iraq_security.errors import BuildError

OUTPUTS = ("data", "datapackage.json")  # everything a build writes into the checkout (schemas/ aside)
LOCK = ".build.lock"
STAGE_PREFIX = ".build-"
STAGE_MARKER = ".uk-iraq-security-build"  # in every staging folder: only these are ever removed
LOCK_TIMEOUT_ENV = "UK_IRAQ_SECURITY_LOCK_TIMEOUT"
LOCK_TIMEOUT = 60.0


def _move(src: Path, dst: Path) -> None:
    """One rename of the swap (tests replace this to kill the build after each one)."""
    os.replace(src, dst)


@contextlib.contextmanager
def build_lock(root: Path, timeout: float | None = None):
    """Hold ROOT/.build.lock exclusively; wait up to `timeout` s (env UK_IRAQ_SECURITY_LOCK_TIMEOUT) for it."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; builds there are not guarded against running twice
        yield
        return
    timeout = float(os.environ.get(LOCK_TIMEOUT_ENV) or LOCK_TIMEOUT) if timeout is None else timeout
    try:
        # O_NOFOLLOW: a .build.lock that a checkout carries as a link is never created or opened through
        fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise BuildError(LOCK, None, f"is a symbolic link in {root}: the build never writes through a link; "
                                         "remove it (the build makes its own)") from e
        raise BuildError(LOCK, None, f"cannot create the build lock in {root}: {e.strerror}; the checkout must be writable") from e
    try:
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            if time.monotonic() >= deadline:
                raise BuildError(LOCK, None, f"another build of {root} is running (it holds {LOCK}) and did "
                                             f"not finish within {timeout:g} s; wait for it and try again, "
                                             f"or set {LOCK_TIMEOUT_ENV} to wait longer")
            time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing drops the flock


def _identity(folder: Path) -> str:
    """What a marker says about the folder it was written in: a copy or a clone of it is a new folder
    (another inode), so a stage that a checkout carries is never taken for one of ours."""
    st = os.lstat(folder)
    return f"staging folder of a uk-iraq-security build: device {st.st_dev}, inode {st.st_ino}, owner {st.st_uid}\n"


def new_stage(root: Path) -> Path:
    """A fresh staging folder ROOT/.build-XXXX, marked as ours."""
    stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=root))
    fd = os.open(stage / STAGE_MARKER, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(_identity(stage))
    return stage


def swap_into(stage: Path, root: Path) -> None:
    """Move the staged (complete, validated) data/ and datapackage.json over ROOT's; a failing rename
    (read-only folder, other file system) moves back what was moved and raises BuildError."""
    moves = [(root / "data", stage / "previous-data")] if os.path.lexists(root / "data") else []
    moves += [(stage / "data", root / "data"), (stage / "datapackage.json", root / "datapackage.json")]
    done: list[tuple[Path, Path]] = []
    try:
        for src, dst in moves:
            _move(src, dst)
            done.insert(0, (src, dst))
    except OSError as e:
        for src, dst in done:  # the last move first
            os.replace(dst, src)
        raise BuildError("data/", None, f"cannot replace the outputs in {root}: {e.strerror} ({e.filename}); "
                                        "the previous data/ was put back") from e


def _ours(leftover: Path) -> bool:
    """A real folder whose marker (a regular file, small) was written in this very folder by new_stage."""
    if not stat.S_ISDIR(os.lstat(leftover).st_mode):
        return False
    fd = os.open(leftover / STAGE_MARKER, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as f:
        return stat.S_ISREG(os.fstat(f.fileno()).st_mode) and f.read(4096) == _identity(leftover).encode()


def remove_stale_stages(root: Path) -> list[str]:
    """Remove the staging folders of dead builds of this checkout (marked by new_stage in that very
    folder; never through a symlink, never one a checkout carries); hold build_lock."""
    done = []
    for leftover in sorted(root.glob(STAGE_PREFIX + "*")):
        with contextlib.suppress(OSError):
            if _ours(leftover):
                shutil.rmtree(leftover)
                done.append(f"removed the staging folder {leftover.name} of an earlier build")
    return done
