"""Where a release may be written and what `--clean` may delete: never the checkout, the home folder or
the dataset's sources, and never a folder holding files the release did not write.

A release folder is marked by MARKER (written into every release, listed in SHA256SUMS); `--clean`
replaces a folder only if it has the marker and every file in it is one SHA256SUMS lists.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ReleaseError

MARKER = ".uk-iraq-security-release"
MARKER_TEXT = "Written by `uk-iraq-security release`; `release --clean` may replace this folder.\n"
SUMS = "SHA256SUMS"
# Folders of a checkout that hold sources or the built dataset: never written into, never replaced.
PROTECTED_PARTS = (".git", "data", "seeds", "annotations", "schemas", "src", "docs", "tests")


def is_checkout(root: Path) -> bool:
    """A source checkout of this project: what `release` builds from."""
    return ((root / "pyproject.toml").is_file() and (root / "src" / "uk_iraq_security" / "__init__.py").is_file()
            and (root / "datapackage.json").is_file())


def require_checkout(root: Path) -> None:
    if not is_checkout(root):
        raise ReleaseError(f"{root} is not a source checkout of uk-iraq-security (no pyproject.toml, "
                           "src/uk_iraq_security/ and datapackage.json there): release needs one; run it in "
                           "the checkout or pass --root CHECKOUT")


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


def foreign_files(out: Path) -> list[str]:
    """Files under `out` that no release wrote: all of them unless `out` has the marker and a SHA256SUMS."""
    present = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() or p.is_symlink())
    if not (out / MARKER).is_file() or not (out / SUMS).is_file():
        return [p for p in present if p != SUMS] or present
    try:
        listed = {line.split("  ", 1)[1] for line in (out / SUMS).read_text(encoding="utf-8").splitlines()
                  if "  " in line}
    except (OSError, UnicodeDecodeError):
        return present
    listed |= {SUMS}
    return [p for p in present if p not in listed or (out / p).is_symlink()]
