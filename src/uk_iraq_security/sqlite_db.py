"""The SQLite copy of the dataset shipped with the package, and its checks (standard library only).

    >>> import sqlite3
    >>> from uk_iraq_security.sqlite_db import sqlite_path
    >>> sqlite3.connect(sqlite_path()).execute("select count(*) from funding").fetchone()

The database and its Datasette metadata are written by the build from the CSV tables
(``sqlite_export``, which needs the ``build`` extra); see the README's "SQL and Datasette".
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .dataset_files import dataset_root
from .errors import UkIraqSecurityError

DB_NAME = "uk-iraq-security.db"
# In data/ the Datasette metadata is named for what it is; the release ships it beside the database
# as metadata.json, the name Datasette's documentation uses (`datasette DB -m metadata.json`).
METADATA_NAME = "uk-iraq-security.datasette.json"
RELEASE_NAMES = {DB_NAME: DB_NAME, METADATA_NAME: "metadata.json"}


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
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
        if kind == "boolean":
            return {"true": 1, "false": 0}[text]
    except (KeyError, ValueError):
        raise CsvValueError(f"{where}: column {field['name']} = {text!r} is not a {kind}") from None
    return text


def csv_rows(path: Path, schema: dict) -> Iterator[dict]:
    """The rows of a CSV table as dicts of SQLite values, in the schema's column order."""
    fields = schema["fields"]
    missing = schema.get("missingValues", [""])
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            yield {f["name"]: sql_value(row.get(f["name"], ""), f, missing, f"data/{path.name} line {n}") for f in fields}


def database_problems(package_dir: Path) -> list[str]:
    """Differences between ``data/uk-iraq-security.db`` and the CSV tables of the package (empty: they
    agree, or there is no database, as in the dataset zip): every table, column and value."""
    db_path = package_dir / "data" / DB_NAME
    if not db_path.is_file():
        return []
    pkg = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    out = []
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return [f"data/{DB_NAME}: cannot be opened: {e}"]
    try:
        for res in pkg["resources"]:
            if res.get("format", "csv") != "csv":
                continue
            table, where = res["name"], f"data/{DB_NAME}: table {res['name']}"
            schema = json.loads((package_dir / res["schema"]).read_text(encoding="utf-8"))
            names = [f["name"] for f in schema["fields"]]
            try:
                cur = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
                columns = [d[0] for d in cur.description]
                got = cur.fetchall()
            except sqlite3.Error as e:
                out.append(f"{where}: {e}")
                continue
            if columns != names:
                out.append(f"{where}: columns {columns}, the schema has {names}")
                continue
            try:
                want = [tuple(r.values()) for r in csv_rows(package_dir / res["path"], schema)]
            except CsvValueError as e:
                out.append(str(e))
                continue
            if len(got) != len(want):
                out.append(f"{where}: {len(got)} rows, {res['path']} has {len(want)}")
            else:
                out += [f"{where}: row {i + 1} ({names[0]} {w[0]}): {col} is {a!r}, {res['path']} has {b!r}"
                        for i, (g, w) in enumerate(zip(got, want)) for col, a, b in zip(names, g, w) if a != b][:5]
    except sqlite3.DatabaseError as e:  # not a database at all
        out.append(f"data/{DB_NAME}: {e}")
    finally:
        con.close()
    return out
