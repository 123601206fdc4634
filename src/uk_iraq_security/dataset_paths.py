"""A dataset folder is input: the installed one, or one given to ``validate DIR`` or ``site --root DIR``,
which may come from anyone. A path its datapackage.json names is read only if it stays inside the folder,
symlinks resolved; its JSON files are read within a size bound and Python's nesting limit. Standard library only."""

from __future__ import annotations

import json
import re
import reprlib
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import DatasetFolderError

MAX_JSON = 64 << 20  # bytes: a descriptor or Table Schema a thousand times the size of ours is not one
# An article is a few tens of kilobytes; past this it is not an article (or it is /dev/zero): validation and
# the drafter refuse it before reading it whole
MAX_ARTICLE_BYTES = 5_000_000
# a drive or URL scheme (":"), a Windows separator, control characters: never part of a dataset's own file name
_NOT_A_NAME = re.compile(r"[\x00-\x1f\x7f\\:]")
_short = reprlib.Repr()
_short.maxstring = _short.maxother = 120


def shown(value: object) -> str:
    """``repr(value)``, cut short: what a message may quote of a value from outside."""
    return _short.repr(value)


def inside(root: Path, rel: object, field: str) -> Path:
    """``root / rel`` for a path named by `field` (e.g. "datapackage.json resources[3].path"), if it is a
    relative path that stays inside `root` once symlinks are resolved; else DatasetFolderError, before
    anything is read from it."""
    parts = PurePosixPath(rel).parts if isinstance(rel, str) else ()
    if not isinstance(rel, str) or not rel or _NOT_A_NAME.search(rel) or rel.startswith("/") or ".." in parts:
        raise DatasetFolderError(f"{field} is {shown(rel)}: not a relative path inside the dataset folder {root} "
                                 "(no leading '/', '..', URL, drive, backslash or control character); refused")
    path = root / rel
    try:
        leaves = not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError) as e:  # a symlink loop (RuntimeError before Python 3.13)
        raise DatasetFolderError(f"{field} is {shown(rel)}, which cannot be resolved inside {root} ({e}); refused") from None
    if leaves:
        raise DatasetFolderError(f"{field} is {shown(rel)}, which leads outside the dataset folder {root} through "
                                 "a symlink; refused, nothing was read from it")
    return path


def read_capped(path: Path, cap: int, why: str) -> bytes:
    """The bytes of file `path`, reading at most `cap` + 1; DatasetFolderError naming the file if it cannot
    be read or is larger than `cap` (`why` says what the cap is for)."""
    try:
        with path.open("rb") as fh:
            data = fh.read(cap + 1)
    except OSError as e:
        raise DatasetFolderError(f"{path}: cannot be read ({e.strerror or e})") from None
    if len(data) > cap:
        raise DatasetFolderError(f"{path}: larger than {cap >> 20} MiB, {why}; refused")
    return data


def read_json(path: Path) -> Any:
    """The JSON value in file `path`; DatasetFolderError naming the file if it cannot be read, is larger
    than MAX_JSON bytes, is not UTF-8 JSON or nests deeper than Python can parse."""
    data = read_capped(path, MAX_JSON, "far more than a descriptor or Table Schema needs")
    try:
        return json.loads(data)
    except RecursionError:
        raise DatasetFolderError(f"{path}: its JSON nests too deeply to be read; refused") from None
    except ValueError as e:  # JSONDecodeError, or bytes that are not UTF-8
        raise DatasetFolderError(f"{path}: not valid JSON ({e})") from None


def resource_schema(root: Path, res: dict, where: str) -> Any:
    """A resource's Table Schema as the descriptor gives it: inline (as the build writes it), or read from the
    file its ``schema`` path names inside `root`. The caller checks its shape."""
    ref = res.get("schema")
    return ref if isinstance(ref, dict) else read_json(inside(root, ref, f"{where}.schema"))
