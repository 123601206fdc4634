"""Fault injection for installed data that passes its sha256 check but not its schema: a table hand-edited and
re-hashed in datapackage.json (so the hash check passes), or a Parquet file written with other types. load() on
every backend and the command line must name the row, its key, the column and what was expected, in one
TableDataError (a UkIraqSecurityError and a ValueError), never a pandas or pyarrow error or a silent null."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import uk_iraq_security as uis
import uk_iraq_security.cli as cli
from conftest import ROOT
from uk_iraq_security import dataset_files, integrity
from uk_iraq_security.arrow_types import apply_arrow_schema
from uk_iraq_security.dtypes import apply_schema
from uk_iraq_security.errors import DatasetFolderError
from uk_iraq_security.schema_fit import REQUIRED, TableDataError

ROW = 1  # the data row edited (0-based): the second, so a message naming row 1 cannot pass by accident




def _rehash(root, rel: str) -> None:
    """Record a file's new sha256 and size in datapackage.json, as someone hiding an edit would."""
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    data = (root / rel).read_bytes()
    for res in pkg["resources"]:
        if res["path"] == rel:
            res["hash"], res["bytes"] = "sha256:" + hashlib.sha256(data).hexdigest(), len(data)
    (root / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    dataset_files.descriptor.cache_clear()


def _edit_csv(root, table: str, column: str, value: str) -> dict:
    """Set one cell of data/<table>.csv (row ROW) and re-hash the file; returns the row as it was."""
    path = root / "data" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    before = dict(rows[ROW])
    rows[ROW][column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    _rehash(root, f"data/{table}.csv")
    return before


def _key(table: str, row: dict) -> str:
    return ", ".join(f"{k} {row[k]!r}" for k in uis.schema(table)["primaryKey"])


def _check(error: TableDataError, table: str, column: str, row: dict, expected: str) -> None:
    message = str(error)
    assert isinstance(error, uis.UkIraqSecurityError) and isinstance(error, ValueError)
    assert (error.row, error.column) == (ROW + 1, column)
    assert f"row {ROW + 1} ({_key(table, row)}), column {column!r}: " in message
    assert expected in message and "Traceback" not in message


# -- a hand-edited CSV: load() and `show --format csv` -------------------------------------------------

CSV_CASES = [  # table, column, the value written, what the message must say was expected
    ("funding", "scope", "galactic", "['galactic'] not among the categories ['bilateral', 'domestic']"),
    ("funding", "amount", "lots", "'lots' is not a finite number"),
    ("funding", "amount", "1e999", "'1e999' is not a finite number"),  # read as inf before
    ("funding", "amount", "nan", "'nan' is not a finite number"),
    ("funding", "independent_sources", "1.5", "'1.5' is not a whole number"),
    ("funding", "independent_sources", "9" * 25, "is not a whole number"),
    ("events", "date_start", "2024-13-45", "'2024-13-45' is not a date written YYYY-MM-DD"),
    ("events", "date_start", "2024-11", "'2024-11' is not a date written YYYY-MM-DD"),  # read as 1 November before
    ("events", "date_start", "2024-11-26T10:00", "is not a date written YYYY-MM-DD"),
    ("conflicts", "chosen", "maybe", "'maybe' is not true or false"),  # a silent null in pandas before
    ("funding", "purpose", "", REQUIRED),
]


@pytest.mark.parametrize("table, column, value, expected", CSV_CASES, ids=[f"{c[1]}={c[2][:12]!r}" for c in CSV_CASES])
def test_a_hand_edited_csv_names_row_key_column_and_what_was_expected(installed, table, column, value, expected):
    row = _edit_csv(installed, table, column, value)
    with pytest.raises(TableDataError) as info:
        uis.load(table, format="csv")
    _check(info.value, table, column, row, expected)


@pytest.mark.parametrize("table, column, value, expected", CSV_CASES[:2] + CSV_CASES[6:7] + CSV_CASES[9:10],
                         ids=["category", "number", "date", "boolean"])
def test_the_command_line_says_it_in_one_line_not_as_a_bug(installed, capsys, table, column, value, expected):
    row = _edit_csv(installed, table, column, value)
    assert cli.main(["show", table, "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("uk-iraq-security show: ") and err.count("\n") == 1
    assert "unexpected error" not in err and "This is a bug" not in err and "Traceback" not in err
    assert f"row {ROW + 1} ({_key(table, row)}), column {column!r}: " in err and expected in err


def test_a_missing_column_is_named(installed):
    path = installed / "data" / "funding.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line.replace("funding_id,", "id,", 1) for line in lines[:1]) + "".join(lines[1:]), encoding="utf-8")
    _rehash(installed, "data/funding.csv")
    with pytest.raises(TableDataError, match=r"columns \['funding_id'\] of the schema are missing from the data"):
        uis.load("funding", format="csv")


# -- a Parquet file of other types or values: every backend -----------------------------------------------

def _replace_parquet_column(root, table: str, column: str, values: list, typ: pa.DataType) -> dict:
    """data/<table>.parquet with one column replaced (values of row ROW on), re-hashed; returns the row as it was."""
    path = root / "data" / f"{table}.parquet"
    data = pq.read_table(path)
    before = data.slice(ROW, 1).to_pylist()[0]
    old = data.column(column).to_pylist()
    if pa.types.is_string(typ):  # the values before and after, as text
        old = [None if v is None else str(v) for v in old]
    array = pa.array(old[:ROW] + values + old[ROW + len(values):], type=typ)
    pq.write_table(data.set_column(data.column_names.index(column), column, array), path)
    _rehash(root, f"data/{table}.parquet")
    return before


PARQUET_CASES = [  # column, the values from row ROW on, their Arrow type, what was expected
    ("amount", ["lots"], pa.string(), "'lots' is not a finite number"),
    ("amount", [float("inf")], pa.float64(), "inf is not a finite number"),
    ("scope", ["galactic"], pa.dictionary(pa.int32(), pa.string()), "['galactic'] not among the categories"),
    ("independent_sources", [2.5], pa.float64(), "is not a whole number"),
    ("funding_id", [None], pa.string(), REQUIRED),
]


@pytest.mark.parametrize("backend", ["pandas", "pyarrow", "polars"])
@pytest.mark.parametrize("column, values, typ, expected", PARQUET_CASES, ids=[c[0] + "-" + str(c[2]) for c in PARQUET_CASES])
def test_a_parquet_file_of_other_types_or_values_is_named_on_every_backend(installed, backend, column, values, typ, expected):
    row = _replace_parquet_column(installed, "funding", column, values, typ)
    with pytest.raises(TableDataError) as info:
        uis.load("funding", backend=backend)
    if column == "funding_id":  # the key itself is empty: the message cannot name it
        assert f"row {ROW + 1}, column 'funding_id': {REQUIRED}" in str(info.value)
    else:
        _check(info.value, "funding", column, row, expected)


def test_a_column_of_another_kind_names_its_type(installed):
    path = installed / "data" / "funding.parquet"
    data = pq.read_table(path)
    lists = pa.array([[1]] * data.num_rows, pa.list_(pa.int64()))
    pq.write_table(data.set_column(data.column_names.index("amount"), "amount", lists), path)
    _rehash(installed, "data/funding.parquet")
    with pytest.raises(TableDataError, match=r"column 'amount': holds list<.*> values, where it should hold a finite number"):
        uis.load("funding", backend="pyarrow")


def test_the_count_of_rows_failing_alike_is_given(installed):
    n = pq.read_metadata(installed / "data" / "funding.parquet").num_rows
    _replace_parquet_column(installed, "funding", "scope", ["galactic"] * (n - ROW), pa.string())
    with pytest.raises(TableDataError) as info:
        uis.load("funding", backend="pyarrow")
    assert info.value.rows == n - ROW
    if n - ROW > 1:
        assert f"({n - ROW - 1} more row" in str(info.value)


# -- CSV text typed by Arrow (what the CSV reader hands over when it reads every column as text) ------------

@pytest.mark.parametrize("column, value, expected", [("amount", "lots", "is not a finite number"),
                                                     ("amount", "inf", "is not a finite number"),
                                                     ("independent_sources", "1.5", "is not a whole number"),
                                                     ("scope", "galactic", "not among the categories")])
def test_arrow_typing_of_csv_text_names_the_row(column, value, expected):
    import pyarrow.csv as pcsv

    table_schema = uis.schema("funding")
    text = pcsv.read_csv(ROOT / "data" / "funding.csv", convert_options=pcsv.ConvertOptions(
        column_types={f["name"]: pa.string() for f in table_schema["fields"]}, null_values=[""], strings_can_be_null=True))
    assert apply_arrow_schema(text, table_schema).equals(uis.load("funding", format="csv", backend="pyarrow"))
    cells = text.column(column).to_pylist()
    cells[ROW] = value
    text = text.set_column(text.column_names.index(column), column, pa.array(cells, pa.string()))
    with pytest.raises(TableDataError, match=rf"^data/funding.csv: row {ROW + 1} \(funding_id '[^']+'\), column '{column}': .*{expected}"):
        apply_arrow_schema(text, table_schema, source="data/funding.csv")


@pytest.mark.parametrize("cell", ["1", "True", "TRUE", "yes"])
def test_arrow_typing_takes_only_true_and_false_for_booleans(cell):
    """An Arrow cast would read 1 and True as true; Table Schema's defaults, as the build writes them, are true and false."""
    schema = {"fields": [{"name": "ok", "type": "boolean"}]}
    assert apply_arrow_schema(pa.table({"ok": ["true", None, "false"]}), schema).column("ok").to_pylist() == [True, None, False]
    with pytest.raises(TableDataError, match=rf"row 2, column 'ok': '{cell}' is not true or false"):
        apply_arrow_schema(pa.table({"ok": ["true", cell]}), schema)


def test_the_build_side_still_types_python_values():
    """apply_schema also types the build's rows (Python ints, floats, bools, date strings and None)."""
    import pandas as pd

    schema = {"fields": [{"name": "n", "type": "integer"}, {"name": "x", "type": "number"},
                         {"name": "b", "type": "boolean"}, {"name": "d", "type": "date"}], "primaryKey": ["n"]}
    df = apply_schema(pd.DataFrame({"n": [1, 2], "x": [0.5, None], "b": [True, None], "d": ["2024-11-26", None]}), schema)
    assert df["n"].tolist() == [1, 2] and df["x"].isna().tolist() == [False, True] and df["b"].tolist()[:1] == [True]
    assert str(df["d"].dtype) == "datetime64[ns]"
    with pytest.raises(TableDataError, match=r"^data/x.csv: row 2 \(n '2'\), column 'x': 'many' is not a finite number$"):
        apply_schema(pd.DataFrame({"n": [1, 2], "x": [1.0, "many"], "b": [True, False], "d": [None, None]}), schema,
                     source="data/x.csv")


# -- the file is named: needs loading.py to pass the file it read (source=) --------------------------------

@pytest.mark.parametrize("backend", ["pandas", "pyarrow"])
def test_load_names_the_file_read(installed, backend):
    _edit_csv(installed, "funding", "amount", "lots")
    with pytest.raises(TableDataError) as info:
        uis.load("funding", format="csv", backend=backend)
    assert str(info.value).startswith(f"{installed / 'data' / 'funding.csv'}: row {ROW + 1} ")


def test_a_file_that_is_not_parquet_is_named(installed):
    (installed / "data" / "funding.parquet").write_bytes(b"not a parquet file")
    _rehash(installed, "data/funding.parquet")
    with pytest.raises(TableDataError, match=r"funding.parquet: cannot be read as Parquet: "):
        uis.load("funding")


# -- the installed descriptor's hashes -------------------------------------------------------------------

def test_an_unknown_hash_algorithm_is_a_clear_error(installed, capsys):
    pkg = json.loads((installed / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in pkg["resources"] if r["path"] == "data/funding.parquet")
    res["hash"] = "whirlpool:" + res["hash"].rpartition(":")[2]
    (installed / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    dataset_files.descriptor.cache_clear()
    with pytest.raises(DatasetFolderError, match=r"the hash of 'data/funding.parquet' is 'whirlpool:.*one of md5, sha1, sha256"):
        uis.load("funding")
    assert cli.main(["show", "funding"]) == 1
    assert "unexpected error" not in capsys.readouterr().err


def test_a_file_larger_than_declared_is_refused_without_being_hashed(installed, monkeypatch):
    path = installed / "data" / "funding.csv"  # its resource declares its bytes
    with path.open("ab") as fh:
        fh.truncate(path.stat().st_size + (1 << 30))  # a sparse GiB more: hashing it would read it all
    hashed, real = [], integrity.file_digest
    monkeypatch.setattr(integrity, "file_digest", lambda *a: hashed.append(a) or real(*a))
    with pytest.raises(uis.ChecksumMismatchError, match=r"^data/funding.csv: sha256 is unknown, but "):
        uis.load("funding", format="csv")
    assert hashed == []
