"""Table Schema field -> pandas dtype, and a frame typed by its schema. The typing is arrow_types' (one set of rules
and messages for every backend): a frame goes through Arrow, and comes back with the schema's pandas dtypes."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from .arrow_types import apply_arrow_schema
from .registry import TYPES, category_values, type_name
from .schema_fit import TableDataError

__all__ = ["DATE_DTYPE", "TableDataError", "apply_schema", "category_values", "pandas_dtype", "to_pandas"]

DATE_DTYPE = TYPES["date"]["pandas"]
# Arrow types that go straight to their nullable pandas dtype: an int64 column with nulls would pass through float64
_NULLABLE = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype(),
             pa.string(): pd.StringDtype()}


def pandas_dtype(field: dict):
    """The pandas dtype a column gets: nullable ints, strings, categoricals for vocabularies, dates."""
    values = category_values(field)
    if values is not None:
        return pd.CategoricalDtype(values, ordered=bool(field.get("categoriesOrdered", False)))
    return pd.api.types.pandas_dtype(type_name(field, "pandas"))


def to_pandas(table: pa.Table, table_schema: dict) -> pd.DataFrame:
    """An Arrow table typed by ``apply_arrow_schema`` as a DataFrame of the schema's pandas dtypes."""
    df = table.to_pandas(types_mapper=_NULLABLE.get, date_as_object=False)
    return df.astype({f["name"]: pandas_dtype(f) for f in table_schema["fields"]})


def apply_schema(df: pd.DataFrame, table_schema: dict, *, source: str | None = None) -> pd.DataFrame:
    """Order columns as the schema does and cast each to its dtype. A value that does not fit its field (not of
    its type, outside its categories, empty where required, not finite) raises TableDataError naming `source`
    (the file read, if any), the row, its key, the column and what was expected."""
    names = [f["name"] for f in table_schema["fields"] if f["name"] in df.columns]
    table = pa.Table.from_arrays([_arrow(df[name]) for name in names], names=names)
    return to_pandas(apply_arrow_schema(table, table_schema, source=source), table_schema)


def _arrow(column: pd.Series) -> pa.Array:
    """A column as Arrow, of its values' type (pandas' text as Arrow's string, not large_string); as text where they are
    of several (the build's 'many' among numbers), so that typing names the value that does not fit."""
    try:
        array = pa.Array.from_pandas(column)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if pd.isna(v) else str(v) for v in column], pa.string())
    return array.cast(pa.string()) if pa.types.is_large_string(array.type) else array
