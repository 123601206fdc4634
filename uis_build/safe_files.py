"""A checkout is input, and a cloned one may be hostile: a `data/` that is a symlink to a user's folder, a
`CITATION.cff` linked to a file elsewhere, a FIFO where a schema should be. The build and the release
read and write a checkout's files only where every part of the path is a real folder or a regular file
of the checkout (`links_out`), and replace a file by renaming a new one over it, which never writes
through a link (`write_atomically`).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def _why(path: Path, mode: int) -> str | None:
    if stat.S_ISLNK(mode):
        return (f"is a symbolic link (to {os.readlink(path)}): the checkout's files are read and written only "
                "as real files and folders, never through a link; replace it with the file or folder itself")
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
        return "is neither a regular file nor a folder (a FIFO, socket or device); remove it"
    return None


def links_out(root: Path, rels: tuple[str, ...], recursive: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(path relative to root, why) of the first entry that is a link or a special file: each of `rels`
    and the folders leading to it, and everything under the folders named in `recursive`. Absent
    entries are fine (the caller names a missing input itself)."""
    for rel in rels:
        parts = Path(rel).parts
        for depth in range(1, len(parts) + 1):
            path = root.joinpath(*parts[:depth])
            try:
                mode = os.lstat(path).st_mode
            except FileNotFoundError:
                break
            if why := _why(path, mode):
                return path.relative_to(root).as_posix(), why
        else:
            if rel in recursive and stat.S_ISDIR(os.lstat(root / rel).st_mode):
                for folder, dirs, files in os.walk(root / rel):  # does not follow links (they are refused)
                    for name in sorted(dirs + files):
                        path = Path(folder, name)
                        if why := _why(path, os.lstat(path).st_mode):
                            return path.relative_to(root).as_posix(), why
    return None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: written to a new file beside it (O_EXCL, a name nobody chose), then
    renamed over it, so a link at `path` is replaced, never written through."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
