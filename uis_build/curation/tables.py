"""Rows -> typed DataFrames in schema column order, sorted by primary key."""

from __future__ import annotations

import pandas as pd

from uk_iraq_security.dtypes import apply_schema

from .errors import BuildError


def to_frame(table: str, rows: list[dict], table_schema: dict) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns and dtypes, sorted by primary key."""
    names = [f["name"] for f in table_schema["fields"]]
    unknown = sorted({k for r in rows for k in r} - set(names))
    if unknown:
        raise BuildError(f"schemas/{table}.json", None, f"the build produced columns {unknown} that the schema does not define")
    df = pd.DataFrame([{n: r.get(n) for n in names} for r in rows], columns=names)
    try:
        df = apply_schema(df, table_schema)
    except (TypeError, ValueError, OverflowError) as e:
        raise BuildError(f"schemas/{table}.json", None, f"data does not fit the schema's types: {e}") from e
    return df.sort_values(table_schema["primaryKey"], kind="stable").reset_index(drop=True)
