"""The SQLite copy of the dataset shipped with the package, and its checks (standard library only).

    >>> import sqlite3
    >>> from uk_iraq_security.sqlite_db import sqlite_path
    >>> sqlite3.connect(sqlite_path()).execute("select count(*) from funding").fetchone()

The database and its Datasette metadata are written by the build from the CSV tables
(``sqlite_export``, which needs the ``build`` extra); see the README's "SQL and Datasette".
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .dataset_files import dataset_root
from .dataset_paths import inside, read_json, resource_schema, shown
from .errors import DatasetFolderError, UkIraqSecurityError
from .registry import type_name

DB_NAME = "uk-iraq-security.db"
# In data/ the Datasette metadata is named for what it is; the release ships it beside the database
# as metadata.json, the name Datasette's documentation uses (`datasette DB -m metadata.json`).
METADATA_NAME = "uk-iraq-security.datasette.json"
RELEASE_NAMES = {DB_NAME: DB_NAME, METADATA_NAME: "metadata.json"}
SQL_TYPES = {"int": int, "float": float, "str": str}  # registry.TYPES' SQLite names as Python types (sqlite-utils takes these)


class CsvValueError(UkIraqSecurityError, ValueError):
    """A CSV cell that is not of its Table Schema type (names the file, line and column)."""


def sqlite_path() -> Path:
    """Path of the installed ``uk-iraq-security.db`` (the ``"sqlite"`` case of ``uis.path``)."""
    path = dataset_root() / "data" / DB_NAME
    if not path.is_file():
        raise FileNotFoundError(f"uk_iraq_security: {path} is missing; reinstall the package, or run "
                                "`python scripts/build.py` in a checkout")
    return path


def datasette_metadata_path() -> Path:
    """Path of the installed Datasette metadata of the database (``datasette DB -m PATH``)."""
    return sqlite_path().with_name(METADATA_NAME)


def sql_value(text: str, field: dict, missing: list[str], where: str):
    """A CSV cell as SQLite stores it: None for a missing value, int, float, 0/1 for booleans, else text."""
    if text in missing:
        return None
    kind = field.get("type", "string")
    try:
        if kind == "boolean":  # Table Schema's true and false only
            return {"true": 1, "false": 0}[text]
        return SQL_TYPES[type_name(field, "sqlite")](text)
    except (KeyError, ValueError):
        raise CsvValueError(f"{where}: column {field['name']} = {text!r} is not a {kind}") from None


def csv_rows(path: Path, schema: dict) -> Iterator[dict]:
    """The rows of a CSV table as dicts of SQLite values, in the schema's column order; CsvValueError naming the
    file and line for a cell of the wrong type, text that is not UTF-8 or CSV the csv module refuses."""
    fields = schema["fields"]
    missing = schema.get("missingValues", [""])
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            for n, row in enumerate(reader, start=2):
                yield {f["name"]: sql_value(row.get(f["name"], ""), f, missing, f"data/{path.name} line {n}") for f in fields}
        except (csv.Error, UnicodeDecodeError) as e:  # a field over csv's size limit, a NUL, bytes that are not UTF-8
            raise CsvValueError(f"data/{path.name} line {reader.line_num + 1}: not readable as UTF-8 CSV ({e})") from None


def _tables(package_dir: Path) -> Iterator[tuple[str, Path, dict]]:
    """(name, CSV file, Table Schema) of each CSV resource of the package's datapackage.json, every path confined
    to `package_dir` (dataset_paths.inside) and every part shape-checked; DatasetFolderError otherwise."""
    pkg = read_json(inside(package_dir, "datapackage.json", "datapackage.json"))
    resources = pkg.get("resources") if isinstance(pkg, dict) else None
    if not isinstance(resources, list):
        raise DatasetFolderError(f"{package_dir}/datapackage.json: no list of resources")
    for i, res in enumerate(resources):
        where = f"datapackage.json resources[{i}]"
        if not isinstance(res, dict):
            raise DatasetFolderError(f"{where} is {shown(res)}, not an object")
        if res.get("format", "csv") != "csv":
            continue
        schema = resource_schema(package_dir, res, where)
        fields = schema.get("fields") if isinstance(schema, dict) else None
        if not (isinstance(res.get("name"), str) and isinstance(fields, list)
                and all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields)):
            raise DatasetFolderError(f"{where}: expected a name and a Table Schema whose fields each have a name")
        yield res["name"], inside(package_dir, res.get("path"), f"{where}.path"), schema


def _identifier(name: str) -> str:
    """A table name quoted as an SQL identifier: a name from the descriptor is never SQL."""
    return '"' + name.replace('"', '""') + '"'


def database_problems(package_dir: Path) -> list[str]:
    """Differences between ``data/uk-iraq-security.db`` and the CSV tables of the package (empty: they
    agree, or there is no database, as in the dataset zip): every table, column and value. The folder may
    come from anyone: no path its descriptor names is read outside it, the database is opened read-only
    and its schema untrusted, and no more rows are read from it than the CSV has."""
    try:
        db_path = inside(package_dir, f"data/{DB_NAME}", "the database")
        if not db_path.is_file():
            return []
        tables = list(_tables(package_dir))
    except DatasetFolderError as e:
        return [str(e)]
    out = []
    try:
        con = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        con.execute("PRAGMA trusted_schema = OFF")  # no function or virtual table a hostile view names runs
    except sqlite3.Error as e:
        return [f"data/{DB_NAME}: cannot be opened: {e}"]
    try:
        for table, csv_path, schema in tables:
            where = f"data/{DB_NAME}: table {table if table.isidentifier() else shown(table)}"
            rel = csv_path.relative_to(package_dir)
            names = [f["name"] for f in schema["fields"]]
            try:
                want = [tuple(r.values()) for r in csv_rows(csv_path, schema)]
            except CsvValueError as e:
                out.append(str(e))
                continue
            except OSError as e:
                out.append(f"{rel}: cannot be read ({e.strerror or e})")
                continue
            try:
                cur = con.execute(f"SELECT * FROM {_identifier(table)} ORDER BY rowid")
                columns = [d[0] for d in cur.description]
                got = cur.fetchmany(len(want) + 1)  # one more than the CSV has is enough to tell
            except sqlite3.Error as e:
                out.append(f"{where}: {e}")
                continue
            if columns != names:
                out.append(f"{where}: columns {shown(columns)}, the schema has {shown(names)}")
            elif len(got) != len(want):
                count = f"more than {len(want)}" if len(got) > len(want) else len(got)
                out.append(f"{where}: {count} rows, {rel} has {len(want)}")
            else:
                out += [f"{where}: row {i + 1} ({names[0]} {w[0]}): {col} is {shown(a)}, {rel} has {shown(b)}"
                        for i, (g, w) in enumerate(zip(got, want)) for col, a, b in zip(names, g, w) if a != b][:5]
    except sqlite3.DatabaseError as e:  # not a database at all
        out.append(f"data/{DB_NAME}: {e}")
    finally:
        con.close()
    return out
