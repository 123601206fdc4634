"""describe(): a table's fields as a frame, from its Table Schema, with an example value from the data."""

from __future__ import annotations

import pandas as pd

from .dtypes import pandas_dtype
from .loading import load, schema

COLUMNS = ["name", "type", "dtype", "required", "description", "categories", "example"]


def _categories(field: dict) -> str | None:
    """'value: meaning; value' for Data Package v2 categories (meaning where the schema gives a label)."""
    cats = field.get("categories")
    if cats is None:
        return None
    parts = [f"{c['value']}: {c['label']}" if isinstance(c, dict) and c.get("label") else
             str(c["value"] if isinstance(c, dict) else c) for c in cats]
    return "; ".join(parts)


def _example(values: pd.Series) -> str | None:
    """The first non-null value, written as in the CSV files (dates as YYYY-MM-DD, whole numbers without .0)."""
    present = values.dropna()
    if present.empty:
        return None
    v = present.iloc[0]
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def describe(table: str) -> pd.DataFrame:
    """One row per field of ``table``: name, Table Schema type, pandas dtype from load(), whether it is
    required, its description, its categories (with their meaning where the schema gives one) and
    an example value (the first non-null one in the data)."""
    fields = schema(table)["fields"]
    data = load(table)
    rows = [{
        "name": f["name"],
        "type": f.get("type", "string"),
        "dtype": str(pandas_dtype(f)),
        "required": bool(f.get("constraints", {}).get("required", False)),
        "description": f.get("description"),
        "categories": _categories(f),
        "example": _example(data[f["name"]]),
    } for f in fields]
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({c: "string" for c in COLUMNS if c != "required"} | {"required": "boolean"})
