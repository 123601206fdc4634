"""Writing the site into a folder safely: only into an empty or new folder, or one holding our own
earlier output (it has the marker file, which lists what we wrote); never outside it; and on a
rewrite, only files we wrote before are removed."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import SiteError

MARKER = ".uk-iraq-security-site"
MARKER_HEAD = ("# Written by `uk-iraq-security site`: the explorer's files, one per line. Writing the site\n"
               "# again into this folder replaces these files and removes those no longer produced; nothing else.\n")
SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*")


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
    if marker.is_file():
        return [line for line in marker.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    if any(out.iterdir()):
        return None
    return []


def _inside(root: Path, rel: str) -> Path:
    path = (root / rel).resolve()
    if not rel or Path(rel).is_absolute() or ".." in Path(rel).parts or not path.is_relative_to(root):
        raise SiteError(f"{rel!r} would be written outside {root}")
    return path


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
    try:
        for rel, path in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[rel])
        names = sorted(files)
        (root / MARKER).write_text(MARKER_HEAD + "".join(f"{n}\n" for n in names), encoding="utf-8", newline="\n")
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
