"""Load the curated annotation files and check their shape before anything is parsed.

annotations/sources.yaml   the source registry: one entry per seed article
annotations/records.yaml   one entry per record: the curated classification (indicator, codes, ...)
annotations/articles/*.yaml  one file per article: which span supports which record
annotations/vocabularies.yaml  the open vocabularies (indicators, units): each term with its description
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uk_iraq_security.registry import RegistryError, Tables, load_tables, tables_from_schemas

from .annotation_schemas import ARTICLE_SCHEMA, records_schema
from .curated_text import check_curated
from .errors import BuildError
from .fields import check_against, fields_of
from .generated import complete_schemas
from .schema_check import schema_errors
from .strict_yaml import read_strict
from .vocabularies import VOCABULARIES_FILE, VOCABULARIES_SCHEMA, categories

__all__ = ["ARTICLE_SCHEMA", "Annotations", "Evidence", "load_annotations", "read_yaml"]

SEEDS_DIR = "seeds"
SOURCES_FILE = "annotations/sources.yaml"
RECORDS_FILE = "annotations/records.yaml"
ARTICLES_DIR = "annotations/articles"

SOURCES_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "source_id": {"type": "string", "pattern": "^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$"},
            "seed_file": {"type": "string"},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "publisher": {"type": "string", "minLength": 1},
            "url": {"type": "string", "pattern": "^https?://"},
            "language": {"type": "string", "pattern": "^[a-z]{2}$"},
            "date_convention": {"enum": ["day_first", "month_first"]},  # numeric dates (04/12/2024): day first unless said
            "title_basis": {"enum": ["headline", "url_slug", None]},
            "reference_date": {"type": ["string", "null"]},
            "reference_date_basis": {"type": ["string", "null"]},
            "reference_date_certainty": {"enum": ["stated", "earliest"]},
            "origin_id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "origin_basis": {"type": "string", "minLength": 1},
            "non_article": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "starts_with": {"type": "string", "minLength": 1},
                        "ends_before": {"type": "string"},
                        "kind": {"enum": ["byline", "dateline", "related_stories"]},
                        "reason": {"type": "string"},
                    },
                    "required": ["starts_with", "kind", "reason"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["source_id", "seed_file", "sha256", "publisher", "language"],  # url: not every article has one
        "additionalProperties": False,
    },
}

@dataclass(frozen=True)
class Evidence:
    """One evidence entry of an article file: a quote supporting a record, with field spans."""

    file: str
    index: int
    source_id: str
    record: str
    table: str
    quote: str
    occurrence: int | None
    fields: dict

    @property
    def where(self) -> str:
        return f"evidence[{self.index}] (record {self.record})"


@dataclass(frozen=True)
class Annotations:
    sources: list[dict]
    records: dict[str, dict[str, dict]]  # table -> record_id -> curated fields
    evidence: list[Evidence]
    tables: Tables

    def table_of(self, record_id: str) -> str | None:
        return next((t for t, recs in self.records.items() if record_id in recs), None)


def read_yaml(root: Path, rel: str, schema: dict):
    """Parse a YAML file and check it against a JSON Schema; errors name the file and the entry."""
    path = root / rel
    if not path.is_file():
        raise BuildError(rel, None, "annotation file not found")
    doc = read_strict(path, rel)  # duplicate keys, aliases, tags and control characters are refused
    errors = schema_errors(doc, schema)
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "top level"
        record = _record_name(doc, e.absolute_path)
        raise BuildError(rel, record or where, f"malformed annotation at {where}: {e.message}")
    check_curated(doc, rel)  # invisible characters, formula-like text, non-finite numbers
    return doc


def _record_name(doc, path) -> str | None:
    """The record an error path points into, so the message can name it."""
    path = list(path)
    if len(path) >= 2 and path[0] == "evidence" and isinstance(doc, dict):
        try:
            entry = doc["evidence"][path[1]]
            return f"evidence[{path[1]}] (record {entry.get('record')})" if isinstance(entry, dict) else None
        except (IndexError, KeyError, TypeError):
            return None
    return None


def load_annotations(root: Path) -> Annotations:
    """Read and shape-check every annotation file, and resolve which table each record is in."""
    try:
        written = load_tables(root)  # the hand-written schemas: vocabulary columns are open strings here
        tables = tables_from_schemas(complete_schemas({n: t.schema for n, t in written.items()}, written.citable,
                                                      categories(read_yaml(root, VOCABULARIES_FILE, VOCABULARIES_SCHEMA))))
    except RegistryError as e:
        raise BuildError(e.file or "schemas/", e.record, e.message) from e
    problems = check_against(tables)
    if problems:
        raise BuildError("uis_build/curation/fields.py", None, "; ".join(problems))
    sources = read_yaml(root, SOURCES_FILE, SOURCES_SCHEMA)
    check_registry(root, sources)
    records = {t: {} for t in tables.facts}
    # checked against the hand-written schemas, so that an undeclared term is refused by name once the
    # records are built (records.build_records), with where to declare it
    records.update(read_yaml(root, RECORDS_FILE, records_schema(written)) or {})
    records["sources"] = {s["source_id"]: s for s in sources}
    seen: dict[str, str] = {}
    for table, recs in records.items():
        for rid in recs:
            if rid in seen:
                raise BuildError(RECORDS_FILE, rid, f"record id used in both {seen[rid]} and {table}")
            seen[rid] = table
    ann = Annotations(sources, records, [], tables)
    known_sources = {s["source_id"] for s in sources}
    files = sorted((root / ARTICLES_DIR).glob("*.yaml"))
    if not files:
        raise BuildError(ARTICLES_DIR, None, "no article annotation files (*.yaml)")
    for path in files:
        rel = f"{ARTICLES_DIR}/{path.name}"
        doc = read_yaml(root, rel, ARTICLE_SCHEMA)
        if doc["source_id"] not in known_sources:
            raise BuildError(rel, None, f"source_id {doc['source_id']!r} is not in {SOURCES_FILE}")
        for i, entry in enumerate(doc["evidence"]):
            table = ann.table_of(entry["record"])
            if table is None:
                raise BuildError(rel, f"evidence[{i}]", f"record {entry['record']!r} is not defined in {RECORDS_FILE} (dangling reference)")
            fields = {k: v for k, v in entry.items() if k not in ("record", "quote", "occurrence", "why")}
            allowed = fields_of(tables[table])
            extra = sorted(set(fields) - set(allowed))
            if extra:
                raise BuildError(rel, f"evidence[{i}] (record {entry['record']})",
                                 f"fields {extra} do not apply to {table}; expected some of {list(allowed)}")
            ann.evidence.append(Evidence(rel, i, doc["source_id"], entry["record"], table,
                                         entry["quote"], entry.get("occurrence"), fields))
    return ann


def check_registry(root: Path, sources: list[dict]) -> None:
    """Every seed_file is a file directly in seeds/, every file in seeds/ is registered, and every
    reference_date is a real date; errors name the source."""
    for s in sources:
        sid, seed = s["source_id"], s["seed_file"]
        parts = seed.split("/")
        if len(parts) != 2 or parts[0] != SEEDS_DIR or parts[1] in ("", ".", "..") or "\\" in seed:
            raise BuildError(SOURCES_FILE, sid, f"seed_file {seed!r} must name a file directly in {SEEDS_DIR}/ "
                                                f"(e.g. {SEEDS_DIR}/005_<hex>.txt)")
        ref = s.get("reference_date")
        if ref is not None and ref != "published_date" and not _real_date(ref):
            raise BuildError(SOURCES_FILE, sid, f"reference_date {ref!r} is not a real date; expected YYYY, "
                                                "YYYY-MM or YYYY-MM-DD (month 01-12, a day the month has) or "
                                                "'published_date'")
    registered = {s["seed_file"] for s in sources}
    folder = root / SEEDS_DIR
    present = sorted(p for p in folder.iterdir()) if folder.is_dir() else []
    for path in present:
        rel = f"{SEEDS_DIR}/{path.name}"
        if rel not in registered:
            raise BuildError(rel, None, f"is not registered in {SOURCES_FILE}: its numbers would escape the "
                                        "coverage audit; register it (source_id, seed_file, sha256, ...) or move "
                                        f"it out of {SEEDS_DIR}/")


def _real_date(text: str) -> bool:
    import datetime
    import re

    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not m:
        return False
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
