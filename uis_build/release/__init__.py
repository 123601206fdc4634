"""One release command: dist/ with everything users get the data from, reproducibly (needs the
`release` dependency group).

    dist/
      uk_iraq_security-V-py3-none-any.whl, uk_iraq_security-V.tar.gz   PyPI (data and datapackage inside)
      uk-iraq-security-V-dataset.zip    the bundle: data/ (tables, datasheet, data dictionary, coverage report),
                                        schemas/, datapackage.json (bytes + sha256 of every file), README,
                                        CHANGELOG, LICENSEs, CITATION.cff, croissant.json
      CITATION.cff                      the checkout's (the one committed citation record), and derived from it:
      .zenodo.json, CITATION.bib        Zenodo's deposit metadata and BibTeX
      croissant.json                    Croissant JSON-LD of the bundle (paths relative to the bundle root)
      uk-iraq-security.db, metadata.json  the SQLite database and its Datasette metadata (data/, built and checked)
      kaggle/                           flat folder for `kaggle datasets version -p dist/kaggle`
      site/                             the explorer (`uk-iraq-security site`), published to GitHub Pages
      SHA256SUMS                        every file above

Everything is built in a staging folder and checked (twine, CFF schema, Zenodo schema, Kaggle limits,
mlcroissant, our validation of the checkout, and frictionless on the unpacked bundle, whose files must be
the validated checkout's bytes) before it replaces dist/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from uk_iraq_security.site import write_site
from uk_iraq_security.sqlite_db import RELEASE_NAMES

from .bundle import KAGGLE_DESCRIPTOR, bundle_descriptor, bundle_members, table_schemas, write_kaggle_folder
from .checks import bundle_problems, cff_problems, kaggle_problems, package_problems, zenodo_problems
from .croissant import croissant, croissant_problems
from .errors import ReleaseError
from .metadata import (
    checkout_descriptor,
    checkout_settings,
    checkout_version,
    datasheet_section,
    json_text,
    kaggle_metadata,
    release_files,
    stale_root_files,
    write_root_files,
)
from .packages import build_packages
from .reproducible import sha256sums, source_date_epoch, write_zip
from .safety import MARKER, MARKER_TEXT, check_output_folder, output_folder, require_checkout

__all__ = ["ReleaseError", "ReleaseResult", "release", "require_checkout", "stale_root_files", "write_root_files"]


@dataclass
class ReleaseResult:
    out: Path
    version: str
    epoch: int
    files: list[str]  # paths relative to out, as in SHA256SUMS


def _preflight(root: Path, allow_dirty: bool) -> str:
    version = checkout_version(root)
    problems = []
    built = checkout_descriptor(root).get("version")
    if built != version:
        problems.append(f"datapackage.json has version {built!r}, __init__.py "
                        f"{version!r}: run `python scripts/build.py`")
    if not re.search(rf"^## {re.escape(version)}(\s|$)", (root / "CHANGELOG.md").read_text(encoding="utf-8"), re.M):
        problems.append(f"CHANGELOG.md has no '## {version}' section: say what changed in the data")
    stale = stale_root_files(root)
    if stale:
        problems.append(f"{', '.join(stale)} differ from the metadata: run `python scripts/release.py --write-metadata`")
    if not allow_dirty:
        status = subprocess.run(["git", "-C", str(root), "status", "--porcelain"], capture_output=True, text=True)
        if status.returncode != 0 or status.stdout.strip():
            problems.append("the checkout has uncommitted changes (a release is built from one commit); "
                            "commit them, or pass --allow-dirty for a trial build")
    if problems:
        raise ReleaseError("not ready to release:\n  " + "\n  ".join(problems))
    return version


def _write(stage: Path, root: Path, version: str, epoch: int) -> None:
    from uk_iraq_security.validation import validate_package

    # frictionless runs once, in _check, on the bundle's descriptor of these same files
    problems = validate_package(root, frictionless=False)
    if problems:
        raise ReleaseError("the dataset in the checkout is invalid:\n  " + "\n  ".join(problems[:20]))
    build_packages(root, stage, epoch)
    pkg = checkout_descriptor(root)
    record, texts = release_files(root, pkg)  # from the committed CITATION.cff (_preflight: it is current)
    bibtex = texts["CITATION.bib"].rstrip("\n")
    schemas = table_schemas(pkg, root)
    croissant_json = json_text(croissant(bundle_descriptor(pkg, root), schemas, record, bibtex, epoch))
    for name, text in {**texts, "croissant.json": croissant_json}.items():
        (stage / name).write_text(text, encoding="utf-8", newline="\n")
    generated = {"CITATION.cff": texts["CITATION.cff"].encode("utf-8"), "croissant.json": croissant_json.encode("utf-8")}
    prefix = f"{pkg['name']}-{version}/"
    write_zip(stage / f"{pkg['name']}-{version}-dataset.zip", bundle_members(pkg, root, generated, prefix), epoch)
    extra = {"README.md": "How the dataset was made and how to read it", "CHANGELOG.md": "What changed in each version",
             "LICENSE": "Licence of the code (MIT)", "LICENSE-DATA": "Licence of the data (CC BY 4.0)",
             "CITATION.cff": "How to cite (Citation File Format)",
             KAGGLE_DESCRIPTOR: "Frictionless Data Package descriptor: Table Schemas, bytes and sha256 of every file"}
    extra["datasheet.md"] = "Datasheet (Gebru et al.): motivation, composition, collection, uses, maintenance"
    meta = kaggle_metadata(pkg, schemas, checkout_settings(root), record, KAGGLE_DESCRIPTOR, bibtex, extra,
                           datasheet_section(root))
    write_kaggle_folder(stage / "kaggle", pkg, root, meta, {"CITATION.cff": generated["CITATION.cff"]})
    write_site(stage / "site", root)
    for name, released in RELEASE_NAMES.items():  # checked against the CSV by validate_package above
        shutil.copyfile(root / "data" / name, stage / released)


def _check(stage: Path, root: Path) -> None:
    bundle = next(stage.glob("*-dataset.zip"))
    # _write validated the checkout's package; the bundle's data files must be those bytes
    problems = (cff_problems(stage / "CITATION.cff") + zenodo_problems(stage / ".zenodo.json")
                + kaggle_problems(stage / "kaggle") + package_problems(stage / "kaggle" / KAGGLE_DESCRIPTOR)
                + croissant_problems(stage / "croissant.json") + bundle_problems(bundle, validated_root=root))
    if problems:
        raise ReleaseError("the release is invalid:\n  " + "\n  ".join(problems[:30]))


def _replace(stage: Path, out: Path) -> None:
    """Put the checked `stage` at `out`; an old release (checked by check_output_folder) is moved aside
    first and deleted only once the new one is in place."""
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=".release-old-", dir=out.parent)) / "previous"
        out.rename(old)
    try:
        stage.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old.parent, ignore_errors=True)


def release(root: Path | str = ".", out: Path | str | None = None, *, allow_dirty: bool = False,
            clean: bool = False) -> ReleaseResult:
    """Build and check the release of the checkout at `root` into `out` (default root/dist).

    `out` must be absent or empty unless clean=True, which replaces it. Nothing is written to `out`
    unless every check passes.
    """
    root = Path(root).resolve()
    require_checkout(root)
    out = output_folder(out, root)
    check_output_folder(out, root, clean=clean)
    version = _preflight(root, allow_dirty)
    epoch = source_date_epoch(root)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=".release-", dir=out.parent))
    except OSError as e:
        raise ReleaseError(f"cannot write next to {out}: {e.strerror or e}; choose a writable --out") from e
    try:
        _write(stage, root, version, epoch)
        _check(stage, root)
        (stage / MARKER).write_text(MARKER_TEXT, encoding="utf-8", newline="\n")
        sha256sums(stage)
        _replace(stage, out)
    except OSError as e:
        raise ReleaseError(f"writing the release to {out} failed: {e.strerror or e} ({e.filename or out}); "
                           f"{out} was left as it was") from e
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    files = [line.split("  ", 1)[1] for line in (out / "SHA256SUMS").read_text(encoding="utf-8").splitlines()]
    return ReleaseResult(out, version, epoch, files)
