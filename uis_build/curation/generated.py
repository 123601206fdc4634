"""What the build generates from the registries, so nothing is kept by hand twice:

- the complete Table Schemas: a field marked ``"x-categories": "citable-tables"`` (the `table` column of
  citations, conflicts and readings) gets the tables a citation may support as categories, one marked
  ``"x-categories": "vocabulary:<name>"`` the terms of annotations/vocabularies.yaml. They are written
  only into the build's outputs (inline in datapackage.json): the files in schemas/ stay as written by hand;
- the JSON Schemas of the annotation files in annotations/schema/ (for editors' completion).

`build` writes the annotation schemas when they differ; `build --check` reports them like any other output.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from uk_iraq_security.registry import Tables

from ..safe_files import write_atomically
from .annotation_schemas import ARTICLE_SCHEMA, SCHEMA_DIR, records_schema
from .errors import BuildError
from .vocabularies import MARKER, VOCABULARIES_FILE, vocabulary_of

CITABLE = "citable-tables"


def _json(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def complete_schemas(schemas: dict[str, dict], citable: list[str], vocabularies: dict[str, list[dict]]) -> dict[str, dict]:
    """The schemas with every x-categories marker filled in (the input is not changed). A marked field
    that also holds categories, or a marker naming nothing known, is a BuildError naming the schema."""
    out = {}
    for name, schema in schemas.items():
        schema = copy.deepcopy(schema)
        for f in schema["fields"]:
            if "x-categories" not in f:
                continue
            marker, where = f["x-categories"], f"schemas/{name}.json"
            if "categories" in f:
                raise BuildError(where, f["name"], f"x-categories {marker!r} and a categories list: the build fills in "
                                                   "the categories from the marker; remove the list")
            vocabulary = vocabulary_of(f)
            if marker == CITABLE:
                f["categories"] = list(citable)
            elif vocabulary in vocabularies:
                f["categories"] = copy.deepcopy(vocabularies[vocabulary])
            else:
                raise BuildError(where, f["name"], f"x-categories {marker!r}: expected {CITABLE!r} or '{MARKER}NAME' "
                                                   f"with NAME a vocabulary of {VOCABULARIES_FILE} ({', '.join(vocabularies)})")
        out[name] = schema
    return out


def generated_files(tables: Tables, other_schemas: dict[str, dict]) -> dict[str, bytes]:
    """Relative path -> bytes of every generated source file: the annotation files' JSON Schemas. ``tables``
    is the registry of the complete schemas; ``other_schemas`` the hand-written annotation schemas
    (sources.yaml, coverage_exclusions.yaml, vocabularies.yaml)."""
    annotation = {"records": records_schema(tables), "article": ARTICLE_SCHEMA, **other_schemas}
    return {f"{SCHEMA_DIR}/{name}.json": _json({"$schema": "https://json-schema.org/draft/2020-12/schema", **schema})
            for name, schema in annotation.items()}


def differing(root: Path, files: dict[str, bytes]) -> list[str]:
    return [rel for rel, data in sorted(files.items()) if not (root / rel).is_file() or (root / rel).read_bytes() != data]


def write_files(root: Path, files: dict[str, bytes]) -> None:
    """Write the files that differ, each atomically."""
    for rel in differing(root, files):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, files[rel])
