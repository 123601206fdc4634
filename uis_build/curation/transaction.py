"""Replace a checkout's build outputs (data/, datapackage.json, reports/) safely: one build at a time,
and a journal so that a build killed during the swap is finished by the next build or `validate`.

No single rename can replace three paths at once, so the swap is made recoverable instead of atomic:

1. ``build_lock``: an exclusive ``flock`` on ROOT/.build.lock for the whole build (the kernel drops it
   when the process dies, so a killed build never leaves a stale lock).
2. The staged outputs are complete and validated before anything is moved.
3. ROOT/.build-journal.json names the staging folder; it is written (fsync, rename) *before* the first
   rename and removed *after* the last. While it exists, validation refuses the package.
4. Each output is moved old -> STAGE/previous/, new -> ROOT. Every step is idempotent, so
   ``recover`` completes an interrupted swap from wherever it stopped, then deletes the old outputs.

Stdlib only: `validate` uses it without the build extra.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from uk_iraq_security.errors import BuildError

# Files, not all of reports/ or docs/: those folders also hold files the build does not write (the
# explorer's screenshot, the datasheet's curated prose), which a build must neither replace nor flag.
OUTPUTS = ("data", "datapackage.json", "reports/coverage.md", "reports/coverage.csv",
           "docs/data-dictionary.md", "DATASHEET.md")
JOURNAL = ".build-journal.json"
LOCK = ".build.lock"
STAGE_PREFIX = ".build-"
STAGE_MARKER = ".uk-iraq-security-build"  # in every staging folder: only these are ever cleaned up
LOCK_TIMEOUT_ENV = "UK_IRAQ_SECURITY_LOCK_TIMEOUT"
LOCK_TIMEOUT = 60.0


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be fsynced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
    if timeout is None:
        timeout = float(os.environ.get(LOCK_TIMEOUT_ENV) or LOCK_TIMEOUT)
    try:
        fd = os.open(root / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise BuildError(LOCK, None, f"cannot create the build lock in {root}: {e.strerror}; "
                                     "the checkout must exist and be writable") from e
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BuildError(LOCK, None, f"another build of {root} is running (it holds {LOCK}) and did "
                                                 f"not finish within {timeout:g} s; wait for it and try again, "
                                                 f"or set {LOCK_TIMEOUT_ENV} to wait longer") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing drops the flock


def new_stage(root: Path) -> Path:
    """A fresh staging folder ROOT/.build-XXXX, marked as ours."""
    stage = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=root))
    (stage / STAGE_MARKER).write_text("staging folder of a uk-iraq-security build\n", encoding="utf-8")
    return stage


def _write_journal(root: Path, journal: dict) -> None:
    tmp = root / (JOURNAL + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(journal, f)
        f.flush()
        os.fsync(f.fileno())
    _move(tmp, root / JOURNAL)
    _fsync_dir(root)


def read_journal(root: Path) -> dict | None:
    """The journal of an interrupted swap, or None if there is none."""
    path = root / JOURNAL
    if not path.exists():
        return None
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(journal, dict) or not isinstance(journal.get("stage"), str):
            raise ValueError("no staging folder named")
    except (OSError, ValueError) as e:
        return {"stage": None, "damaged": str(e)}
    return journal


def _forward(root: Path, stage: Path, done: list | None = None) -> None:
    """Move each output still in `stage` into place (the old one to stage/previous first); idempotent."""
    previous = stage / "previous"
    previous.mkdir(exist_ok=True)
    for name in OUTPUTS:
        new, cur, old = stage / name, root / name, previous / name
        if not (new.exists() or new.is_symlink()):
            continue  # moved in already
        old.parent.mkdir(parents=True, exist_ok=True)
        cur.parent.mkdir(parents=True, exist_ok=True)
        if cur.exists() or cur.is_symlink():
            if old.exists():
                raise BuildError(JOURNAL, name, f"both {cur} and the saved previous {old} exist; cannot tell "
                                                "which is current: remove the journal and build again")
            _move(cur, old)
            if done is not None:
                done.append((cur, old))
        _move(new, cur)
        if done is not None:
            done.append((new, cur))
    _fsync_dir(root)


def swap_into(stage: Path, root: Path) -> None:
    """Move the staged (complete, validated) outputs over ROOT's, journalled; a failing rename
    (read-only folder, other file system) moves everything back and raises BuildError."""
    _write_journal(root, {"format": 1, "stage": stage.name, "outputs": list(OUTPUTS), "pid": os.getpid()})
    done: list[tuple[Path, Path]] = []
    try:
        _forward(root, stage, done)
    except OSError as e:
        for src, dst in reversed(done):
            os.replace(dst, src)
        (root / JOURNAL).unlink(missing_ok=True)
        raise BuildError("data/", None, f"cannot replace the outputs in {root}: {e.strerror} ({e.filename}); "
                                        "the previous data/ was put back") from e
    (root / JOURNAL).unlink()
    _fsync_dir(root)


def recover(root: Path, *, rebuilding: bool = False) -> list[str]:
    """Finish a swap a killed build left half done, and remove staging folders of builds that died.
    Returns what was done (one line each). Call it holding build_lock.

    With rebuilding=True (a new build follows and rewrites every output) a journal whose staging folder
    is gone is just dropped; otherwise that raises BuildError, as the outputs cannot be trusted."""
    done = []
    journal = read_journal(root)
    if journal is not None:
        stage = root / journal["stage"] if journal.get("stage") else None
        if stage is not None and stage.is_dir() and stage.parent == root:
            _forward(root, stage)
            done.append(f"finished the replacement of data/ that an interrupted build began ({stage.name})")
        elif not rebuilding:
            raise BuildError(JOURNAL, None, "a build was interrupted while replacing data/ and its staging "
                                            f"folder is gone ({journal.get('damaged') or journal['stage']}); "
                                            "data/ may be mixed: run `python scripts/build.py` to rebuild it")
        else:
            done.append("dropped the journal of an interrupted build whose staging folder is gone")
        (root / JOURNAL).unlink()
        _fsync_dir(root)
    (root / (JOURNAL + ".tmp")).unlink(missing_ok=True)
    for leftover in sorted(root.glob(STAGE_PREFIX + "*")):
        if leftover.is_dir() and not leftover.is_symlink() and (leftover / STAGE_MARKER).is_file():
            shutil.rmtree(leftover, ignore_errors=True)
            done.append(f"removed the staging folder {leftover.name} of an earlier build")
    return done


def journal_problem(root: Path) -> str | None:
    """What validation says about a checkout whose last build was interrupted mid-swap."""
    if (root / JOURNAL).exists():
        return (f"{root / JOURNAL}: a build was interrupted while replacing data/, so data/, datapackage.json "
                "and reports/ may be a mix of two builds; run `uk-iraq-security validate` in the checkout or "
                "`python -m uis_build build` to finish it")
    return None
