"""Table Schema field -> pandas dtype (the Arrow types are in arrow_types): one mapping for load(), the build and validation."""

from __future__ import annotations

import pandas as pd

from .registry import TYPES, category_values, type_name

__all__ = ["DATE_DTYPE", "apply_schema", "category_values", "pandas_dtype"]

DATE_DTYPE = TYPES["date"]["pandas"]
TRUE_FALSE = {"true": True, "false": False, True: True, False: False}


def pandas_dtype(field: dict):
    """The pandas dtype a column gets: nullable ints, strings, categoricals for vocabularies, dates."""
    values = category_values(field)
    if values is not None:
        return pd.CategoricalDtype(values, ordered=bool(field.get("categoriesOrdered", False)))
    return pd.api.types.pandas_dtype(type_name(field, "pandas"))


def apply_schema(df: pd.DataFrame, table_schema: dict) -> pd.DataFrame:
    """Order columns as the schema does and cast each to its dtype."""
    names = [f["name"] for f in table_schema["fields"]]
    missing = [n for n in names if n not in df.columns]
    if missing:
        raise ValueError(f"columns {missing} of the schema are missing from the data")
    out = df[names].copy()
    for field in table_schema["fields"]:
        col = out[field["name"]]
        if field.get("type") == "date":
            out[field["name"]] = pd.to_datetime(col, format="ISO8601").astype(DATE_DTYPE)
        elif field.get("type") == "boolean" and not pd.api.types.is_bool_dtype(col):
            # CSV text: Table Schema's default true/false values
            out[field["name"]] = col.map(TRUE_FALSE, na_action="ignore").astype("boolean")
        else:
            values = category_values(field)
            if values is not None:
                # astype(category) would turn an unknown value into a silent null
                bad = sorted(set(col.dropna().astype(str)) - set(values))
                if bad:
                    raise ValueError(f"column {field['name']!r}: {bad} not among the categories {values}")
            out[field["name"]] = col.astype(pandas_dtype(field))
    return out
