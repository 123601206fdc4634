"""One build: seeds -> annotations -> parsed records -> validated tables -> data/ + datapackage.json.

Everything is written to a staging folder and validated there (pandera, cross-table checks,
frictionless, CSV == Parquet); only then is it swapped into place, so a failed build leaves
the previous data/ exactly as it was.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..validation import frame_problems, validate_package
from .annotations import load_annotations
from .coverage import audit, report_markdown
from .errors import BuildError
from .records import build_records
from .tables import read_schema, to_frame
from .writing import OUTPUTS, descriptor, json_bytes, swap_into, write_coverage, write_tables

TEMPLATE = "schemas/datapackage.template.json"


@dataclass
class BuildResult:
    row_counts: dict[str, int]
    differences: list[str]  # with check=True: files that differ from the committed ones


def _template(root: Path) -> dict:
    try:
        return json.loads((root / TEMPLATE).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise BuildError(TEMPLATE, None, f"cannot read the package template: {e}") from e


def _files(base: Path) -> set[str]:
    found = set()
    for name in OUTPUTS:
        p = base / name
        found |= {str(f.relative_to(base)) for f in p.rglob("*") if f.is_file()} if p.is_dir() else ({name} if p.is_file() else set())
    return found


def _differences(stage: Path, root: Path) -> list[str]:
    built, committed = _files(stage), _files(root)
    out = [rel for rel in sorted(built) if rel not in committed or (root / rel).read_bytes() != (stage / rel).read_bytes()]
    return out + [f"{rel} (not produced by the build)" for rel in sorted(committed - built)]


def build(root: Path | str = ".", *, check: bool = False) -> BuildResult:
    """Build and validate the dataset in the checkout at ``root``.

    check=True builds in a temporary folder and reports which committed files differ, writing nothing.
    """
    root = Path(root).resolve()
    template = _template(root)
    tables = template["x-tables"]
    ann = load_annotations(root)
    rows = build_records(root, ann)
    schemas = {t: read_schema(root, t) for t in tables}
    missing = sorted(set(tables) - set(rows))
    if missing:
        raise BuildError(TEMPLATE, None, f"x-tables lists {missing}, which the build does not produce")
    coverage = audit(root, ann, rows["citations"])
    frames = {t: to_frame(t, rows[t], schemas[t]) for t in tables}
    problems = frame_problems(frames, schemas, root)
    if problems:
        raise BuildError("data/", None, "validation failed:\n  " + "\n  ".join(problems))

    stage = Path(tempfile.mkdtemp(prefix=".build-", dir=root))
    try:
        write_tables(stage, frames, schemas)
        write_coverage(stage, coverage, report_markdown(coverage, ann))
        shutil.copytree(root / "schemas", stage / "schemas")
        pkg = descriptor(stage, template, __version__, tables, frames["sources"], schemas)
        (stage / "datapackage.json").write_bytes(json_bytes(pkg))
        # what was written is checked the way users check a release (frictionless, bytes and hashes),
        # and both formats must read back equal to the frames validated above: pandera runs once
        problems = validate_package(stage, validated=frames)
        if problems:
            raise BuildError("datapackage.json", None, "the written package is invalid:\n  " + "\n  ".join(problems))
        differences = _differences(stage, root)
        if not check:
            swap_into(stage, root)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return BuildResult({t: len(frames[t]) for t in tables}, differences)
