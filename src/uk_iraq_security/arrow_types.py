"""Table Schema field -> Arrow type, and a schema applied to an Arrow table: pyarrow only, never pandas,
so `load(backend="pyarrow")` runs without importing pandas at all."""

from __future__ import annotations

from array import array

import pyarrow as pa

from .registry import category_values, type_name

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
    copy (Parquet or CSV) gives the same dictionary; a value outside the categories is an error."""
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
    indices = pc.index_in(column, value_set=dictionary)
    unknown = pc.and_(pc.is_null(indices), pc.is_valid(column))
    if pc.any(unknown).as_py():
        bad = sorted(set(pc.filter(column, unknown).to_pylist()))
        raise ValueError(f"column {field['name']!r}: {bad} not among the categories {values}")
    indices = indices.cast(INDEX_TYPE)
    return pa.chunked_array([pa.DictionaryArray.from_arrays(chunk, dictionary, ordered=typ.ordered) for chunk in indices.chunks],
                            type=typ)


def apply_arrow_schema(table: pa.Table, table_schema: dict) -> pa.Table:
    """Order columns as the schema does and give each its Arrow type (see `arrow_type`)."""
    names = [f["name"] for f in table_schema["fields"]]
    missing = [n for n in names if n not in table.column_names]
    if missing:
        raise ValueError(f"columns {missing} of the schema are missing from the data")
    columns = []
    for field in table_schema["fields"]:
        col = table.column(field["name"])
        if field.get("categories") is not None:
            col = categorical(col, field)
        elif col.type != arrow_type(field):
            col = col.cast(arrow_type(field))
        columns.append(col)
    return pa.Table.from_arrays(columns, schema=arrow_schema(table_schema))
