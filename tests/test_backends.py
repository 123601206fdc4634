"""load(backend=...): pandas, pyarrow and polars give the same values with equivalent types (that pyarrow
needs no pandas: tests/test_imports.py); the Parquet files carry categories as dictionaries; path() gives
the installed files; and arguments a source does not use are refused."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import uk_iraq_security as uis
from uk_iraq_security.arrow_types import categorical, category_values

TABLES = uis.tables()
FORMATS = ["parquet", "csv"]

# The type each backend gives a Table Schema field (categories: the schema's values, in its order).
PANDAS = {"string": pd.StringDtype(), "integer": pd.Int64Dtype(), "number": pd.Float64Dtype(),
          "boolean": pd.BooleanDtype(), "date": "datetime64[ns]"}
ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(), "date": pa.date32()}
POLARS = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean, "date": pl.Date}


def _rows_pandas(df: pd.DataFrame) -> list[dict]:
    def plain(v):
        if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
            return None
        if isinstance(v, pd.Timestamp):
            return v.date()
        return v.item() if hasattr(v, "item") else v
    return [{k: plain(v) for k, v in row.items()} for row in df.astype(object).to_dict("records")]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_every_backend_gives_the_same_values(table, fmt):
    arrow = uis.load(table, format=fmt, backend="pyarrow")
    assert isinstance(arrow, pa.Table) and arrow.num_rows > 0
    rows = arrow.to_pylist()
    polars = uis.load(table, format=fmt, backend="polars")
    assert isinstance(polars, pl.DataFrame)
    assert polars.to_dicts() == rows
    assert _rows_pandas(uis.load(table, format=fmt)) == rows
    assert any(isinstance(v, (str, dt.date, float, int)) for row in rows for v in row.values())


@pytest.mark.parametrize("table", TABLES)
def test_csv_and_parquet_give_equal_tables_in_every_backend(table):
    assert uis.load(table, format="csv", backend="pyarrow").equals(uis.load(table, backend="pyarrow"), check_metadata=True)
    assert uis.load(table, format="csv", backend="polars").equals(uis.load(table, backend="polars"))


@pytest.mark.parametrize("table", TABLES)
def test_types_agree_across_backends(table):
    fields = uis.schema(table)["fields"]
    df, arrow, polars = (uis.load(table, backend=b) for b in ("pandas", "pyarrow", "polars"))
    assert list(df.columns) == arrow.column_names == polars.columns == [f["name"] for f in fields]
    for f in fields:
        name, values = f["name"], category_values(f)
        if values is not None:
            assert df[name].dtype == pd.CategoricalDtype(values, ordered=bool(f.get("categoriesOrdered")))
            assert arrow.schema.field(name).type == pa.dictionary(pa.int32(), pa.string(), bool(f.get("categoriesOrdered")))
            assert all(c.dictionary.to_pylist() == values for c in arrow.column(name).chunks)
            assert polars.schema[name] == pl.Enum(values)
        else:
            t = f.get("type", "string")
            assert df[name].dtype == PANDAS[t], name
            assert arrow.schema.field(name).type == ARROW[t], name
            assert polars.schema[name] == POLARS[t], name
        assert arrow.schema.field(name).nullable == (not f.get("constraints", {}).get("required", False))


def test_parquet_files_store_categories_as_dictionaries_for_any_reader():
    for table in TABLES:
        stored = pq.read_schema(uis.path(table))
        for f in uis.schema(table)["fields"]:
            is_dict = pa.types.is_dictionary(stored.field(f["name"]).type)
            assert is_dict == ("categories" in f), (table, f["name"])
    # Polars reading the file itself (no uis.load) sees a categorical, not a string
    assert pl.read_parquet(uis.path("statistics")).schema["indicator"] == pl.Categorical


def test_path_gives_the_installed_files():
    assert uis.path("funding") == uis.path("funding", format="parquet")
    assert uis.path("funding").name == "funding.parquet" and uis.path("funding", format="csv").name == "funding.csv"
    assert uis.path("funding").is_file()
    pkg = json.loads((uis.path("funding").parents[1] / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in pkg["resources"]} >= {"data/funding.parquet", "data/funding.csv"}
    with pytest.raises(uis.UnknownTableError, match="valid names"):
        uis.path("fundng")
    with pytest.raises(ValueError, match="valid formats: parquet, csv"):
        uis.path("funding", format="xlsx")


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"record": 1}, r"load\(source='local'\) does not take record=: record= is for source='zenodo'"),
    ({"handle": "a/b/versions/1", "data_home": "/tmp"}, r"does not take handle=, data_home="),
    ({"source": "zenodo", "record": 1, "handle": "a/b/versions/1"}, r"handle= is for source='kaggle'"),
    ({"source": "kaggle", "handle": "a/b/versions/1", "record": 1}, r"record= is for source='zenodo'"),
])
def test_arguments_the_source_does_not_use_are_refused(kwargs, message):
    with pytest.raises(uis.SourceArgumentError, match=message) as info:
        uis.load("funding", **kwargs)
    assert isinstance(info.value, ValueError) and isinstance(info.value, uis.UkIraqSecurityError)
    with pytest.raises(uis.SourceArgumentError):
        uis.load(**kwargs)  # all tables: refused before anything is read


def test_unknown_backend_names_the_valid_ones():
    with pytest.raises(ValueError, match="valid backends: pandas, pyarrow, polars"):
        uis.load("funding", backend="duckdb")


def test_missing_polars_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "polars", None)  # import polars now raises ImportError
    with pytest.raises(uis.MissingBackendError, match=r"pip install 'uk-iraq-security\[polars\]'") as info:
        uis.load("funding", backend="polars")
    assert isinstance(info.value, ImportError) and info.value.name == "polars"


def test_a_value_outside_the_categories_is_an_error_not_a_null():
    field = next(f for f in uis.schema("statistics")["fields"] if f["name"] == "unit")
    with pytest.raises(ValueError, match=r"column 'unit': \['dollars'\] not among the categories"):
        categorical(pa.chunked_array([pa.array(["persons", None, "dollars"])]), field)
    ok = categorical(pa.chunked_array([pa.array(["ratio", None])]), field)
    assert ok.to_pylist() == ["ratio", None] and ok.chunk(0).dictionary.to_pylist() == category_values(field)


def test_categories_stored_in_the_schemas_order_are_taken_as_they_are():
    """The build's Parquet columns already hold the categories in the schema's order: categorical()
    gives them back as they are (no pyarrow.compute, a sixth of a cold load's imports); a dictionary in
    any other order, or with a value outside the categories, is re-encoded or refused."""
    field = next(f for f in uis.schema("statistics")["fields"] if f["name"] == "unit")
    stored = pq.read_table(uis.path("statistics")).column("unit")
    assert categorical(stored, field) is stored
    backwards = list(reversed(category_values(field)))  # the same categories, in another order
    as_met = pa.chunked_array([pa.DictionaryArray.from_arrays(
        pa.array([None if v is None else backwards.index(v) for v in stored.to_pylist()], pa.int32()), pa.array(backwards))])
    again = categorical(as_met, field)
    assert again.type == stored.type and again.to_pylist() == stored.to_pylist()
    assert again.chunk(0).dictionary.to_pylist() == category_values(field)
    extra = pa.chunked_array([pa.DictionaryArray.from_arrays(
        pa.array([0, len(category_values(field))], pa.int32()), pa.array([*category_values(field), "dollars"]))])
    with pytest.raises(ValueError, match=r"\['dollars'\] not among the categories"):
        categorical(extra, field)
