"""Source files the build generates from the registries, so nothing is kept by hand twice:

- the `categories` of every Table Schema field marked ``"x-categories": "citable-tables"`` (the
  `table` column of citations and conflicts) = the tables a citation may support;
- the JSON Schemas of the annotation files in annotations/schema/ (for editors' completion).

`build` writes them when they differ; `build --check` reports them like any other output.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from uk_iraq_security.registry import Tables

from ..safe_files import write_atomically
from .annotation_schemas import ARTICLE_SCHEMA, SCHEMA_DIR, records_schema


def _json(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def with_generated_categories(schemas: dict[str, dict], tables: Tables) -> dict[str, dict]:
    """The schemas with generated categories filled in (the input is not changed)."""
    out = {}
    for name, schema in schemas.items():
        if any(f.get("x-categories") == "citable-tables" for f in schema["fields"]):
            schema = copy.deepcopy(schema)
            for f in schema["fields"]:
                if f.get("x-categories") == "citable-tables":
                    f["categories"] = tables.citable
        out[name] = schema
    return out


def generated_files(schemas: dict[str, dict], tables: Tables, other_schemas: dict[str, dict]) -> dict[str, bytes]:
    """Relative path -> bytes of every generated source file. ``schemas`` are the filled Table Schemas;
    ``other_schemas`` the hand-written annotation schemas (sources.yaml, coverage_exclusions.yaml)."""
    files = {f"schemas/{n}.json": _json(s) for n, s in schemas.items()
             if any(f.get("x-categories") == "citable-tables" for f in s["fields"])}
    annotation = {"records": records_schema(tables), "article": ARTICLE_SCHEMA, **other_schemas}
    for name, schema in annotation.items():
        files[f"{SCHEMA_DIR}/{name}.json"] = _json({"$schema": "https://json-schema.org/draft/2020-12/schema", **schema})
    return files


def differing(root: Path, files: dict[str, bytes]) -> list[str]:
    return [rel for rel, data in sorted(files.items()) if not (root / rel).is_file() or (root / rel).read_bytes() != data]


def write_files(root: Path, files: dict[str, bytes]) -> None:
    """Write the files that differ, each atomically."""
    for rel in differing(root, files):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, files[rel])
