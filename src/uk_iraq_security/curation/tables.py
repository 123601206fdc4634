"""Rows -> typed DataFrames in schema column order, sorted by primary key."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..dtypes import apply_schema
from .errors import BuildError


def read_schema(root: Path, table: str) -> dict:
    rel = f"schemas/{table}.json"
    try:
        doc = json.loads((root / rel).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BuildError(rel, None, f"cannot read the Table Schema: {e}") from e
    if not isinstance(doc, dict):
        raise BuildError(rel, None, f"is a JSON {type(doc).__name__}; expected a Table Schema object with 'fields'")
    fields = doc.get("fields")
    if not isinstance(fields, list) or not fields:
        raise BuildError(rel, None, "has no 'fields' list; expected a Table Schema: {\"fields\": [{\"name\": ...}, ...]}")
    for i, f in enumerate(fields):
        if not isinstance(f, dict) or not isinstance(f.get("name"), str):
            raise BuildError(rel, f"fields[{i}]", "expected an object with a 'name' string")
    names = {f["name"] for f in fields}
    key = doc.get("primaryKey")
    keys = [key] if isinstance(key, str) else key
    if not isinstance(keys, list) or not keys or not set(keys) <= names:
        raise BuildError(rel, "primaryKey", f"primaryKey {key!r} must name one or more of its fields")
    return doc


def to_frame(table: str, rows: list[dict], table_schema: dict) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns and dtypes, sorted by primary key."""
    names = [f["name"] for f in table_schema["fields"]]
    unknown = sorted({k for r in rows for k in r} - set(names))
    if unknown:
        raise BuildError(f"schemas/{table}.json", None, f"the build produced columns {unknown} that the schema does not define")
    df = pd.DataFrame([{n: r.get(n) for n in names} for r in rows], columns=names)
    try:
        df = apply_schema(df, table_schema)
    except (TypeError, ValueError) as e:
        raise BuildError(f"schemas/{table}.json", None, f"data does not fit the schema's types: {e}") from e
    return df.sort_values(table_schema["primaryKey"], kind="stable").reset_index(drop=True)
