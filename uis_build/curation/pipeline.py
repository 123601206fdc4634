"""One build: seeds -> annotations -> parsed records -> validated tables -> data/ + datapackage.json,
with the coverage report, the data dictionary and the datasheet generated from the same tables into data/.

Everything is written to a staging folder and validated there (pandera, cross-table checks,
frictionless, CSV == Parquet, the sha256 of every file); only then is it swapped into place
(curation.transaction), so a failed build leaves the previous data/ exactly as it was.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from uk_iraq_security import __version__
from uk_iraq_security.sqlite_db import DB_NAME, METADATA_NAME, database_problems
from uk_iraq_security.validation import frame_problems, validate_package

from ..charts import chart_files
from ..safe_files import links_out
from ..sqlite_export import SqliteExportError, datasette_metadata, write_database
from .annotations import SOURCES_SCHEMA, load_annotations
from .coverage import EXCLUSIONS_SCHEMA, audit, report_markdown
from .documents import DATASHEET, DICTIONARY, PROSE, data_dictionary, datasheet, write_documents
from .errors import BuildError
from .generated import differing, generated_files, write_files
from .records import build_records
from .tables import to_frame
from .transaction import OUTPUTS, build_lock, new_stage, remove_stale_stages, swap_into
from .vocabularies import VOCABULARIES_SCHEMA
from .writing import descriptor, json_bytes, write_coverage, write_tables

TEMPLATE = "schemas/datapackage.template.json"
# what the build reads (folders: everything under them), all real files of the checkout (safe_files)
INPUTS = ("seeds", "annotations", "schemas", PROSE)
TEMPLATE_KEYS = ("name", "title", "licenses", "x-tables")  # what the build needs from it


@dataclass
class BuildResult:
    row_counts: dict[str, int]
    differences: list[str]  # with check=True: files that differ from the committed ones


def _template(root: Path) -> dict:
    try:
        doc = json.loads((root / TEMPLATE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BuildError(TEMPLATE, None, f"cannot read the package template: {e}") from e
    if not isinstance(doc, dict):
        raise BuildError(TEMPLATE, None, f"is a JSON {type(doc).__name__}; expected an object")
    missing = [k for k in TEMPLATE_KEYS if k not in doc]
    if missing:
        raise BuildError(TEMPLATE, None, f"lacks {', '.join(missing)}; expected the keys {', '.join(TEMPLATE_KEYS)}")
    tables = doc["x-tables"]
    if not isinstance(tables, list) or not tables or not all(isinstance(t, str) and t for t in tables):
        raise BuildError(TEMPLATE, "x-tables", f"is {tables!r}; expected a list of table names")
    return doc


def _files(base: Path) -> set[str]:
    found = set()
    for name in OUTPUTS:
        p = base / name
        found |= {str(f.relative_to(base)) for f in p.rglob("*") if f.is_file()} if p.is_dir() else ({name} if p.is_file() else set())
    return found


def _differ(committed: Path, built: Path) -> bool:
    # sizes first: a huge committed file is never read
    return committed.stat().st_size != built.stat().st_size or committed.read_bytes() != built.read_bytes()


def _differences(stage: Path, root: Path) -> list[str]:
    built, committed = _files(stage), _files(root)
    out = [rel for rel in sorted(built) if rel not in committed or _differ(root / rel, stage / rel)]
    return out + [f"{rel} (not produced by the build)" for rel in sorted(committed - built)]


def build(root: Path | str = ".", *, check: bool = False) -> BuildResult:
    """Build and validate the dataset in the checkout at ``root``.

    check=True builds in a temporary folder and reports which committed files differ, writing nothing.
    One build of a checkout runs at a time (ROOT/.build.lock); the staging folders of builds that
    died are removed first (curation.transaction).
    """
    try:
        root = Path(root).resolve()
    except (OSError, RuntimeError) as e:  # RuntimeError: Python < 3.13's "Symlink loop"
        raise BuildError(str(root), None, f"cannot be resolved ({e}): a symbolic link loop? Pass a real folder") from e
    if not root.is_dir():
        raise BuildError(str(root), None, "no such folder: pass --root CHECKOUT (a folder with seeds/ and annotations/)")
    with build_lock(root):
        hostile = links_out(root, (*INPUTS, *OUTPUTS), recursive=("seeds", "annotations", "schemas", "data"))
        if hostile:
            raise BuildError(hostile[0], None, hostile[1])
        if not check:
            remove_stale_stages(root)
        return _build(root, check)


def _build(root: Path, check: bool) -> BuildResult:
    template = _template(root)
    tables = template["x-tables"]
    ann = load_annotations(root)
    rows = build_records(root, ann)
    # the complete Table Schemas (generated categories filled in): published inline in datapackage.json
    schemas = {t: ann.tables[t].schema for t in tables}
    generated = generated_files(ann.tables, {"sources": SOURCES_SCHEMA, "coverage_exclusions": EXCLUSIONS_SCHEMA,
                                             "vocabularies": VOCABULARIES_SCHEMA})
    missing = sorted(set(tables) - set(rows))
    if missing:
        raise BuildError(TEMPLATE, None, f"x-tables lists {missing}, which the build does not produce")
    coverage = audit(root, ann, rows["citations"])
    frames = {t: to_frame(t, rows[t], schemas[t]) for t in tables}
    problems = frame_problems(frames, schemas, root)
    if problems:
        raise BuildError("data/", None, "validation failed:\n  " + "\n  ".join(problems))

    try:
        stage = new_stage(root)
    except OSError as e:
        raise BuildError(str(root), None, f"cannot write a staging folder: {e.strerror}; the checkout must be writable") from e
    try:
        _write_stage(stage, root, frames, schemas, coverage, ann, template, tables)
        differences = _differences(stage, root) + [f"{rel} (generated)" for rel in differing(root, generated)]
        if not check:
            swap_into(stage, root)
            # derived files outside the swap (the annotation JSON Schemas): each
            # written atomically, and rewritten identically by the next build if this one is killed
            write_files(root, generated)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return BuildResult({t: len(frames[t]) for t in tables}, differences)


def _write_stage(stage: Path, root: Path, frames, schemas, coverage, ann, template, tables) -> None:
    """Write and validate the outputs in `stage`; a full disk or an unwritable file is a BuildError."""
    def write_descriptor() -> None:  # with the bytes and sha256 of every file now in stage/data/
        pkg = descriptor(stage, template, __version__, tables, frames["sources"], schemas)
        (stage / "datapackage.json").write_bytes(json_bytes(pkg))

    try:
        write_tables(stage, frames, schemas)
        write_coverage(stage, coverage, report_markdown(coverage, ann))
        write_documents(stage, {
            DICTIONARY: data_dictionary(frames, schemas, tables, __version__),
            DATASHEET: datasheet(root, frames, schemas, tables, template, __version__, coverage, ann.sources),
        })
        # the stage is read as a dataset folder (charts, validation, SQLite): it holds the template, and
        # every table's complete schema in its descriptor
        (stage / "schemas").mkdir()
        shutil.copyfile(root / TEMPLATE, stage / TEMPLATE)
        write_descriptor()
        # the explorer's figures, drawn from the tables just written (site copies them; it needs no charting library)
        for name, svg in chart_files(stage).items():
            (stage / "data" / f"chart-{name}").write_bytes(svg)
        write_descriptor()
    except OSError as e:
        raise BuildError(str(e.filename or stage), None, f"cannot write the build: {e.strerror or e}") from e
    # what was written is checked the way users check a release (frictionless, bytes and hashes),
    # and both formats must read back equal to the frames validated above: pandera runs once
    problems = validate_package(stage, validated=frames)
    if problems:
        raise BuildError("datapackage.json", None, "the written package is invalid:\n  " + "\n  ".join(problems))
    # SQLite and Datasette copies, made from the validated CSV files; then the descriptor again, to
    # give their sha256 too
    try:
        write_database(stage, stage / "data" / DB_NAME)
        problems = database_problems(stage)
        (stage / "data" / METADATA_NAME).write_bytes(json_bytes(datasette_metadata(stage, Path(DB_NAME).stem)))
        write_descriptor()
    except SqliteExportError as e:
        raise BuildError(f"data/{DB_NAME}", None, str(e)) from e
    except OSError as e:
        raise BuildError(str(e.filename or stage), None, f"cannot write the build: {e.strerror or e}") from e
    if problems:
        raise BuildError(f"data/{DB_NAME}", None, "differs from the CSV tables:\n  " + "\n  ".join(problems))
