"""Where a release may be written and what `--clean` may delete: never the checkout, the home folder or
the dataset's sources, and never a folder holding files the release did not write.

A release folder is marked by MARKER (written into every release, listed in SHA256SUMS); `--clean`
replaces a folder only if it has the marker and every file in it is one SHA256SUMS lists.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..safe_files import links_out
from .errors import ReleaseError

MARKER = ".uk-iraq-security-release"
MARKER_TEXT = "Written by `uk-iraq-security release`; `release --clean` may replace this folder.\n"
SUMS = "SHA256SUMS"
MAX_SUMS = 1 << 20  # a release's SHA256SUMS lists a few dozen files
# Folders of a checkout that hold sources or the built dataset: never written into, never replaced.
PROTECTED_PARTS = (".git", "data", "seeds", "annotations", "schemas", "src", "docs", "tests")


def is_checkout(root: Path) -> bool:
    """A source checkout of this project: what `release` builds from."""
    return ((root / "pyproject.toml").is_file() and (root / "src" / "uk_iraq_security" / "__init__.py").is_file()
            and (root / "datapackage.json").is_file())


# What a release reads from the checkout: the sdist's files ([tool.hatch.build.targets.sdist] in
# pyproject.toml; the wheel, the bundle and the Kaggle folder are made of a subset). Folders: all under them.
RELEASE_INPUTS = ("pyproject.toml", "src", "uis_build", "data", "schemas", "seeds", "annotations", "scripts", "tests",
                  "docs", "datapackage.json", "README.md", "CHANGELOG.md", "LICENSE", "LICENSE-DATA", "CITATION.cff",
                  "requirements-lock.txt", "mkdocs.yml")
_FOLDERS = ("src", "uis_build", "data", "schemas", "seeds", "annotations", "scripts", "tests", "docs")


def require_checkout(root: Path) -> None:
    """Raise ReleaseError unless `root` is a checkout whose release inputs are all real files and folders
    (a link could pull a file from elsewhere into the release, or make --write-metadata write elsewhere)."""
    if not is_checkout(root):
        raise ReleaseError(f"{root} is not a source checkout of uk-iraq-security (no pyproject.toml, "
                           "src/uk_iraq_security/ and datapackage.json there): release needs one; run it in "
                           "the checkout or pass --root CHECKOUT")
    hostile = links_out(root, RELEASE_INPUTS, recursive=_FOLDERS)
    if hostile:
        raise ReleaseError(f"{hostile[0]} in {root} {hostile[1]}")


def output_folder(out: str | Path | None, root: Path) -> Path:
    """The absolute output folder: ROOT/dist by default. A folder given as a symbolic link is refused
    (a release replaces its folder: it would replace the link's target elsewhere), and so is a path that
    cannot be resolved (a symlink loop)."""
    if not out:
        return root / "dist"
    given = Path(out).expanduser()
    if given.is_symlink():
        raise ReleaseError(f"--out {given} is a symbolic link (to {os.readlink(given)}): a release replaces its "
                           "output folder and never works through a link; give the real folder")
    try:
        return given.resolve()
    except (OSError, RuntimeError) as e:  # RuntimeError: Python < 3.13's "Symlink loop"
        raise ReleaseError(f"--out {given} cannot be resolved ({e}): a symbolic link loop? Give a real folder") from e


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_folder(out: Path, root: Path, *, clean: bool) -> None:
    """Raise ReleaseError unless `out` (resolved) may receive a release, replacing it if `clean`."""
    home = Path.home().resolve()
    above = {"the checkout": root, "the home folder": home}
    above |= {f"{part}/ of the checkout": root / part for part in PROTECTED_PARTS}
    hit = next(((w, f) for w, f in above.items() if f == out), None) or next(
        ((w, f) for w, f in above.items() if _within(f, out)), None)
    if hit:
        what, folder = hit
        rel = "is" if folder == out else "contains"
        raise ReleaseError(f"--out {out} {rel} {what} ({folder}): a release is never written there, "
                           "because replacing it would delete it; choose a new folder such as ROOT/dist")
    for part in PROTECTED_PARTS:
        if _within(out, root / part):
            raise ReleaseError(f"--out {out} lies inside {part}/ of the checkout: a release is never written "
                               "there; choose a new folder such as ROOT/dist")
    if not out.exists():
        return
    if not out.is_dir():
        raise ReleaseError(f"--out {out} is a file, not a folder: remove it or choose another --out")
    if not any(out.iterdir()):
        return
    if not clean:
        raise ReleaseError(f"{out} is not empty: remove it, or pass --clean to replace it")
    foreign = foreign_files(out)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise ReleaseError(f"--clean refuses to replace {out}: it holds files a release did not write "
                           f"({shown}); move them away or remove the folder yourself")


def _regular(path: Path) -> bool:
    """A regular file, not a link to one (a release writes no links)."""
    return path.is_file() and not path.is_symlink()


def foreign_files(out: Path) -> list[str]:
    """Files under `out` that no release wrote: all of them unless `out` has the marker and a SHA256SUMS,
    both regular files (never read through a link). Links and special files are always foreign."""
    present, links = [], set()
    for folder, dirs, files in os.walk(out):  # never into a linked folder
        for name in dirs + files:
            path = Path(folder, name)
            if path.is_symlink() or not path.is_dir():
                present.append(path.relative_to(out).as_posix())
                if not _regular(path):
                    links.add(present[-1])
    present.sort()
    if not _regular(out / MARKER) or not _regular(out / SUMS) or (out / SUMS).stat().st_size > MAX_SUMS:
        return [p for p in present if p != SUMS or p in links] or present
    try:
        listed = {line.split("  ", 1)[1] for line in (out / SUMS).read_text(encoding="utf-8").splitlines()
                  if "  " in line}
    except (OSError, UnicodeDecodeError):
        return present
    listed |= {SUMS}
    return [p for p in present if p not in listed or p in links]
