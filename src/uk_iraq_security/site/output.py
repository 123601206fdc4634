"""Writing the site into a folder safely: only into an empty or new folder, or one holding our own
earlier output (it has the marker file, which lists what we wrote); never outside it, not even through
a symlink or a hard link someone left in it; and on a rewrite, only files we wrote before are removed."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .dataset import SiteError

MARKER = ".uk-iraq-security-site"
MARKER_HEAD = ("# Written by `uk-iraq-security site`: the explorer's files, one per line. Writing the site\n"
               "# again into this folder replaces these files and removes those no longer produced; nothing else.\n")
SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")
MAX_MARKER = 16 << 20  # bytes: a list of file names, one a line


def safe_name(name: object, what: str) -> str:
    """A table name or record id usable as a file name: [a-z0-9_-], no dots, no slashes. `name` is as
    read (a record id may be a null cell, a table name any JSON value), so anything else is refused."""
    if not isinstance(name, str) or not SAFE_NAME.fullmatch(name) or len(name) > 200:
        raise SiteError(f"{what}: {name!r} cannot be a file name of the site "
                        "(expected lower-case letters, digits, '-' and '_' only)")
    return name


def _previous(out: Path) -> list[str] | None:
    """Files listed by our marker, [] for an empty folder, None for a folder that is not ours."""
    if not out.exists():
        return []
    if not out.is_dir():
        raise SiteError(f"{out} exists and is not a folder")
    marker = out / MARKER
    if marker.is_symlink() or (marker.exists() and not marker.is_file()):
        raise SiteError(f"{marker} is a symlink or not a plain file, so not the marker this command writes; "
                        "refused, nothing was written: remove it, or give an empty or new folder")
    if marker.is_file():
        try:
            with marker.open("rb") as fh:
                text = fh.read(MAX_MARKER + 1).decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise SiteError(f"{marker}: cannot read the list of files written before ({e})") from e
        if len(text) > MAX_MARKER:
            raise SiteError(f"{marker} is larger than {MAX_MARKER >> 20} MiB, not a marker this command wrote; refused")
        return [line for line in text.splitlines() if line and not line.startswith("#")]
    if any(out.iterdir()):
        return None
    return []


def _inside(root: Path, rel: str) -> Path:
    path = (root / rel).resolve()
    if not rel or Path(rel).is_absolute() or ".." in Path(rel).parts or not path.is_relative_to(root):
        raise SiteError(f"{rel!r} would be written outside {root} (through a symlink in it); refused, nothing was written")
    return path


def _write(path: Path, data: bytes) -> None:
    """Write a new file and move it into place: a symlink or hard link at `path` is replaced, never written through."""
    part = path.with_name(f".{path.name}.part")
    part.unlink(missing_ok=True)  # a leftover of a run that was killed (or a symlink): ours to replace
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def write_site_files(out: Path, files: dict[str, bytes]) -> list[str]:
    """Write `files` (relative path -> bytes) into `out`; return the paths written, sorted."""
    out = Path(out)
    previous = _previous(out)
    if previous is None:
        raise SiteError(f"{out} is not empty and holds no {MARKER} (it is not a site this command wrote): "
                        "give an empty or new folder")
    out.mkdir(parents=True, exist_ok=True)
    root = out.resolve()
    targets = {rel: _inside(root, rel) for rel in sorted(files)}
    marker = _inside(root, MARKER)
    try:
        for rel, path in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, files[rel])
        _write(marker, (MARKER_HEAD + "".join(f"{n}\n" for n in sorted(files))).encode("utf-8"))
    except OSError as e:
        raise SiteError(f"{out}: cannot write the site: {e}") from e
    for rel in sorted(set(previous) - set(files)):
        try:
            path = _inside(root, rel)
        except SiteError:
            continue  # a marker edited to point outside: never follow it
        if path.is_file() and not path.is_symlink():
            path.unlink()
            parent = path.parent
            while parent != root and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    return sorted(files)
