"""Table Schema field -> pandas dtype (the Arrow types are in arrow_types): one mapping for load(), the build and validation."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .dataset_paths import shown
from .registry import TYPES, category_values, type_name
from .schema_fit import REQUIRED, TableDataError, expected, first_failure, missing_columns

__all__ = ["DATE_DTYPE", "TableDataError", "apply_schema", "category_values", "pandas_dtype"]

DATE_DTYPE = TYPES["date"]["pandas"]
TRUE_FALSE = {"true": True, "false": False, True: True, False: False}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # Table Schema's default date format; ISO 8601 would also take "2024-11"


def pandas_dtype(field: dict):
    """The pandas dtype a column gets: nullable ints, strings, categoricals for vocabularies, dates."""
    values = category_values(field)
    if values is not None:
        return pd.CategoricalDtype(values, ordered=bool(field.get("categoriesOrdered", False)))
    return pd.api.types.pandas_dtype(type_name(field, "pandas"))


def apply_schema(df: pd.DataFrame, table_schema: dict, *, source: str | None = None) -> pd.DataFrame:
    """Order columns as the schema does and cast each to its dtype. A value that does not fit its field (not of
    its type, outside its categories, empty where required, not finite) raises TableDataError naming `source`
    (the file read, if any), the row, its key, the column and what was expected."""
    names = [f["name"] for f in table_schema["fields"]]
    if error := missing_columns(names, df.columns):
        raise error.at(source)
    out = df[names].copy()
    try:
        for field in table_schema["fields"]:
            out[field["name"]] = _typed(out[field["name"]], field)
    except TableDataError as e:
        raise e.at(source, _key(df, table_schema, e.row)) from None
    return out


def _convert(col: pd.Series, field: dict) -> pd.Series:
    if field.get("type") == "date":
        return pd.to_datetime(col, format="ISO8601").astype(np.dtype(DATE_DTYPE))
    if field.get("type") == "boolean" and not pd.api.types.is_bool_dtype(col):
        return col.map(TRUE_FALSE, na_action="ignore").astype("boolean")  # CSV text: Table Schema's true/false
    return col.astype(pandas_dtype(field))


def _fails(col: pd.Series, field: dict) -> bool:
    try:
        _convert(col, field)
    except (TypeError, ValueError, OverflowError):  # pandas' and pyarrow's parse errors are ValueErrors
        return True
    return False


def _typed(col: pd.Series, field: dict) -> pd.Series:
    values = category_values(field)
    wanted = f"among the categories {values}" if values is not None else expected(field)
    given = col.notna().to_numpy(dtype=bool)
    if values is not None and (bad := np.flatnonzero(given & ~col.isin(values).to_numpy(dtype=bool))).size:
        # before astype(category), which would make an unknown value a null (or, in a later pandas, raise)
        unknown = sorted({str(v) for v in col.iloc[bad]})
        raise TableDataError(field["name"], int(bad[0]) + 1, unknown, wanted, rows=bad.size,
                             problem=f"{shown(unknown)} not among the categories {values}")
    try:
        typed = _convert(col, field)
    except (TypeError, ValueError, OverflowError):
        row = first_failure(len(col), lambda k: _fails(col.iloc[:k], field))
        value = None if row is None else _python(col.iloc[row])
        raise TableDataError(field["name"], None if row is None else row + 1, value, wanted) from None
    # a value given that the cast lost (the true/false map makes an unknown value a null), or not finite, or not a date
    lost = typed.isna().to_numpy(dtype=bool, copy=True)
    if field.get("type") == "number":
        lost |= ~np.isfinite(typed.to_numpy(dtype=float, na_value=np.nan))
    elif field.get("type") == "date":
        lost |= (typed.dt.normalize() != typed).to_numpy(dtype=bool)  # a time of day
        lost |= np.array([isinstance(v, str) and not ISO_DATE.fullmatch(v) for v in col], dtype=bool)
    if (bad := np.flatnonzero(given & lost)).size:
        raise TableDataError(field["name"], int(bad[0]) + 1, _python(col.iloc[int(bad[0])]), wanted, rows=bad.size)
    if field.get("constraints", {}).get("required") and (empty := np.flatnonzero(~given)).size:
        raise TableDataError(field["name"], int(empty[0]) + 1, None, wanted, problem=REQUIRED, rows=empty.size)
    return typed


def _python(value):
    """A cell as Python has it (``inf``, not ``np.float64(inf)``), for the message."""
    return value.item() if isinstance(value, np.generic) else value


def _key(df: pd.DataFrame, table_schema: dict, row: int | None) -> str:
    """The primary key of a row (1-based), as a message names it: ``funding_id 'fund-x'``; "" if it has none."""
    key = table_schema.get("primaryKey") or []
    key = [key] if isinstance(key, str) else key
    if row is None or not key or any(k not in df.columns for k in key):
        return ""
    values = [df[k].iloc[row - 1] for k in key]
    return ", ".join(f"{k} {shown(str(v))}" for k, v in zip(key, values) if pd.notna(v))
