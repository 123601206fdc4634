"""Table Schema field -> Arrow type, and a schema applied to an Arrow table: pyarrow only, never pandas,
so `load(backend="pyarrow")` runs without importing pandas at all."""

from __future__ import annotations

import math
from array import array

import pyarrow as pa

from .dataset_paths import shown
from .registry import category_values, primary_key, type_name
from .schema_fit import REQUIRED, TableDataError, expected, first_failure

# Dictionary indices: int32, as Arrow, Polars and DuckDB use for categoricals.
INDEX_TYPE = pa.int32()


def arrow_type(field: dict) -> pa.DataType:
    """The Arrow type of a column: categories are dictionary-encoded strings (a categorical to every reader)."""
    if field.get("categories") is not None:
        return pa.dictionary(INDEX_TYPE, pa.string(), ordered=bool(field.get("categoriesOrdered", False)))
    return getattr(pa, type_name(field, "arrow"))()


def arrow_schema(table_schema: dict) -> pa.Schema:
    return pa.schema([pa.field(f["name"], arrow_type(f), nullable=not f.get("constraints", {}).get("required", False))
                      for f in table_schema["fields"]])


def string_array(values: list[str]) -> pa.Array:
    """A string array from Python strings, built from buffers: `pa.array()` would import pandas to
    check whether its input is a pandas object."""
    data = [v.encode("utf-8") for v in values]
    offsets = array("i", [0])
    for d in data:
        offsets.append(offsets[-1] + len(d))
    return pa.Array.from_buffers(pa.string(), len(values), [None, pa.py_buffer(offsets.tobytes()), pa.py_buffer(b"".join(data))])


def categorical(column: pa.ChunkedArray, field: dict) -> pa.ChunkedArray:
    """A column as a dictionary whose dictionary is the field's categories, in the schema's order, so every
    copy (Parquet or CSV) gives the same dictionary; a value outside the categories is a TableDataError."""
    values = category_values(field) or []
    dictionary = string_array(values)
    typ = arrow_type(field)
    if column.type == typ and all(chunk.dictionary.equals(dictionary) for chunk in column.chunks):
        # as the build writes Parquet: already these categories, in this order (every index points
        # into them); taken as it is, without pyarrow.compute, whose import is a sixth of a cold load
        return column
    import pyarrow.compute as pc

    if pa.types.is_dictionary(column.type):
        column = column.cast(pa.string())
    elif not pa.types.is_string(column.type):
        raise _wrong_type(column, field, f"text among the categories {values}")
    indices = pc.index_in(column, value_set=dictionary)
    unknown = pc.and_(pc.is_null(indices), pc.is_valid(column))
    if pc.any(unknown).as_py():
        bad = sorted(set(pc.filter(column, unknown).to_pylist()))
        raise TableDataError(field["name"], pc.index(unknown, True).as_py() + 1, bad, f"among the categories {values}",
                             problem=f"{shown(bad)} not among the categories {values}", rows=pc.sum(unknown).as_py())
    indices = indices.cast(INDEX_TYPE)
    return pa.chunked_array([pa.DictionaryArray.from_arrays(chunk, dictionary, ordered=typ.ordered) for chunk in indices.chunks],
                            type=typ)


def _wrong_type(column: pa.ChunkedArray, field: dict, wanted: str) -> TableDataError:
    return TableDataError(field["name"], None, str(column.type), wanted,
                          problem=f"holds {column.type} values, where it should hold {wanted}")


def _cast_fails(column: pa.ChunkedArray, typ: pa.DataType) -> bool:
    try:
        column.cast(typ)
    except (pa.ArrowInvalid, OverflowError):
        return True
    return False


def typed(column: pa.ChunkedArray, field: dict) -> pa.ChunkedArray:
    """A column with its field's type (the values of a CSV read as text, or of a Parquet file of other types);
    a value that does not fit (not of the type, not finite, empty where required) is a TableDataError."""
    typ, wanted, given = arrow_type(field), expected(field), column
    if field.get("categories") is not None:
        column = categorical(column, field)
    elif pa.types.is_boolean(typ) and pa.types.is_string(column.type):
        column = _true_false(column, field)
    elif column.type != typ:
        try:
            column = column.cast(typ)  # safe: a cast that would lose or change a value fails
        except pa.ArrowNotImplementedError:
            raise _wrong_type(column, field, wanted) from None
        except (pa.ArrowInvalid, OverflowError):
            row = first_failure(len(column), lambda k: _cast_fails(column.slice(0, k), typ))
            raise TableDataError(field["name"], None if row is None else row + 1,
                                 None if row is None else column[row].as_py(), wanted) from None
    if pa.types.is_floating(typ) and (bad := _not_finite(column)):
        # the value as given: '1e999' in a CSV, not the inf it was read as
        raise TableDataError(field["name"], bad[0] + 1, given[bad[0]].as_py(), wanted, rows=len(bad))
    if column.null_count and field.get("constraints", {}).get("required"):
        import pyarrow.compute as pc

        empty = pc.is_null(column)
        raise TableDataError(field["name"], pc.index(empty, True).as_py() + 1, None, wanted, problem=REQUIRED,
                             rows=column.null_count)
    return column


def _true_false(column: pa.ChunkedArray, field: dict) -> pa.ChunkedArray:
    """CSV text as booleans: Table Schema's default true and false only (an Arrow cast would also take 1, 0, True)."""
    import pyarrow.compute as pc

    unknown = pc.and_(pc.invert(pc.is_in(column, value_set=string_array(["true", "false"]))), pc.is_valid(column))
    if pc.any(unknown).as_py():
        row = pc.index(unknown, True).as_py()
        raise TableDataError(field["name"], row + 1, column[row].as_py(), expected(field), rows=pc.sum(unknown).as_py())
    return pc.equal(column, "true")


def _not_finite(column: pa.ChunkedArray) -> list[int]:
    """Rows holding NaN or an infinity: in Python, as neither numpy (whose to_numpy() imports pandas) nor
    pyarrow.compute (see categorical) is imported for a load."""
    return [i for i, v in enumerate(column.to_pylist()) if v is not None and not math.isfinite(v)]


def apply_arrow_schema(table: pa.Table, table_schema: dict, *, source: str | None = None) -> pa.Table:
    """Order columns as the schema does and give each its Arrow type (see `arrow_type`); data that does not fit
    raises TableDataError naming `source` (the file read, if any), the row, its key, the column and what was expected."""
    if missing := [f["name"] for f in table_schema["fields"] if f["name"] not in table.column_names]:
        raise TableDataError(None, None, missing, "every column of the schema", file=source,
                             problem=f"columns {missing} of the schema are missing from the data")
    try:
        columns = [typed(table.column(field["name"]), field) for field in table_schema["fields"]]
    except TableDataError as e:
        raise e.at(source, _key(table, table_schema, e.row)) from None
    return pa.Table.from_arrays(columns, schema=arrow_schema(table_schema))


def _key(table: pa.Table, table_schema: dict, row: int | None) -> str:
    """The primary key of a row (1-based), as a message names it: ``funding_id 'fund-x'``; "" if it has none."""
    key = primary_key(table_schema)
    if row is None or not key or any(k not in table.column_names for k in key):
        return ""
    values = [table.column(k)[row - 1].as_py() for k in key]
    return ", ".join(f"{k} {shown(str(v))}" for k, v in zip(key, values) if v is not None)
