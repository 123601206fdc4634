"""Write the dataset as one SQLite database with sqlite-utils, and its Datasette metadata.

Everything comes from a built package folder (datapackage.json with its Table Schemas, data/*.csv), so the
database holds exactly the CSV rows:

- a table per resource, typed from its Table Schema (integer -> INTEGER, number -> REAL, boolean ->
  INTEGER 0/1, string and date -> TEXT; dates stay ISO 8601 text), NOT NULL for required fields,
  the schema's primary and foreign keys;
- full-text search (FTS5, Porter stemming) over the text columns in ``FTS_COLUMNS`` that the schemas
  have (the citations' quotes and sentences, the statements' words);
- for every table that citations cite (the categories of ``citations.table``), a view
  ``<table>_evidence``: each row of the table joined to every citation supporting it and its article.

The file's bytes depend on the SQLite library that writes it (page layout and FTS5 segments change
between versions), so it is written through sqlean-py, whose wheels carry one fixed SQLite, not through
the interpreter's own sqlite3: then two builds of one commit are byte-identical whatever SQLite Python
links, and ``build --check`` can compare the committed file byte for byte.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import sqlean
import sqlite_utils

from uk_iraq_security.dataset_paths import resource_schema
from uk_iraq_security.dtypes import category_values
from uk_iraq_security.errors import UkIraqSecurityError
from uk_iraq_security.registry import type_name
from uk_iraq_security.sqlite_db import SQL_TYPES, CsvValueError, csv_rows

# Free text worth searching, by table; a column is indexed only where its schema has it.
FTS_COLUMNS = {"citations": ("quote", "sentence"), "statements": ("text",)}
EVIDENCE_TABLE = "citations"


class SqliteExportError(UkIraqSecurityError, ValueError):
    """The package cannot be written as SQLite; the message names the file and what is wrong."""


def _package(package_dir: Path) -> tuple[dict, dict[str, dict]]:
    pkg = json.loads((package_dir / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {}
    for res in pkg["resources"]:
        if res.get("format", "csv") == "csv":
            schemas[res["name"]] = resource_schema(package_dir, res, f"datapackage.json {res['name']}")
    return pkg, schemas


def _keys(schema: dict) -> list:
    pk = schema.get("primaryKey")
    return [pk] if isinstance(pk, str) else list(pk or [])


def _foreign_keys(schema: dict) -> list[tuple]:
    out = []
    for fk in schema.get("foreignKeys", []):
        cols, ref = fk["fields"], fk["reference"]
        cols, other = ([cols], [ref["fields"]]) if isinstance(cols, str) else (cols, ref["fields"])
        if len(cols) == 1:
            out.append((cols[0], ref["resource"], other[0]))
        else:
            out.append((tuple(cols), ref["resource"], tuple(other)))
    return out


def _creation_order(schemas: dict[str, dict]) -> list[str]:
    """Tables in package order, each after the tables its foreign keys reference."""
    order: list[str] = []
    pending = list(schemas)
    while pending:
        ready = next((t for t in pending if all(r in order or r == t for _, r, _ in _foreign_keys(schemas[t]))), None)
        if ready is None:
            raise SqliteExportError(f"foreign keys of {pending} reference each other or a table not in the package")
        order.append(ready)
        pending.remove(ready)
    return order


def cited_tables(schemas: dict[str, dict]) -> list[str]:
    """Tables citations can point at, from the categories of citations.table, that have a one-column key."""
    field = next(f for f in schemas[EVIDENCE_TABLE]["fields"] if f["name"] == "table")
    return [t for t in category_values(field) or [] if t in schemas and len(_keys(schemas[t])) == 1]


def fts_columns(schemas: dict[str, dict]) -> dict[str, list[str]]:
    """The full-text-searched columns of each table, as far as the schemas have them."""
    out = {}
    for table, wanted in FTS_COLUMNS.items():
        have = [f["name"] for f in schemas.get(table, {}).get("fields", [])]
        cols = [c for c in wanted if c in have]
        if cols:
            out[table] = cols
    return out


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def evidence_columns(schemas: dict[str, dict], table: str) -> list[tuple[str, str]]:
    """(SQL expression, output name) for the citation and article columns an evidence view adds;
    a citation column whose name the table already uses gets the prefix ``citation_``."""
    own = {f["name"] for f in schemas[table]["fields"]}
    out = []
    for f in schemas[EVIDENCE_TABLE]["fields"]:
        if f["name"] in ("table", "record_id"):
            continue
        out.append((f"c.{_q(f['name'])}", f["name"] if f["name"] not in own else f"citation_{f['name']}"))
    for col in ("publisher", "title", "url"):
        out.append((f"s.{_q(col)}", f"source_{col}"))
    return out


def evidence_view_sql(schemas: dict[str, dict], table: str) -> str:
    (key,) = _keys(schemas[table])
    (src_key,) = _keys(schemas["sources"])
    cols = ", ".join(f"{expr} AS {_q(name)}" for expr, name in evidence_columns(schemas, table))
    return (f"SELECT t.*, {cols} FROM {_q(table)} AS t "
            f"JOIN {_q(EVIDENCE_TABLE)} AS c ON c.\"table\" = '{table}' AND c.record_id = t.{_q(key)} "
            f"JOIN sources AS s ON s.{_q(src_key)} = c.source_id "
            f"ORDER BY t.{_q(key)}, c.citation_id")


def write_database(package_dir: Path | str, dest: Path | str) -> Path:
    """Write ``dest`` (a .db file) from the package at ``package_dir``; replaces dest only when complete."""
    package_dir, dest = Path(package_dir), Path(dest)
    _, schemas = _package(package_dir)
    if EVIDENCE_TABLE not in schemas or "sources" not in schemas:
        raise SqliteExportError(f"{package_dir / 'datapackage.json'}: needs the citations and sources tables")
    fd, tmp = tempfile.mkstemp(prefix=".sqlite-", suffix=".db", dir=dest.parent)
    os.close(fd)
    try:
        db = sqlite_utils.Database(sqlean.connect(tmp))
        for table in _creation_order(schemas):
            schema = schemas[table]
            keys = _keys(schema)
            try:
                db[table].create(
                    {f["name"]: SQL_TYPES[type_name(f, "sqlite")] for f in schema["fields"]},
                    pk=keys[0] if len(keys) == 1 else tuple(keys) or None,
                    not_null={f["name"] for f in schema["fields"] if f.get("constraints", {}).get("required")},
                    foreign_keys=_foreign_keys(schema) or None,
                )
                db[table].insert_all(csv_rows(package_dir / "data" / f"{table}.csv", schema))
            except sqlean.Error as e:  # a duplicate key or a null in a required column
                raise SqliteExportError(f"data/{table}.csv: cannot be written to SQLite: {e}") from e
            except CsvValueError as e:
                raise SqliteExportError(str(e)) from e
        db[EVIDENCE_TABLE].create_index(["table", "record_id"])
        for table, cols in fts_columns(schemas).items():
            db[table].enable_fts(cols, tokenize="porter")
        for table in cited_tables(schemas):
            db.create_view(f"{table}_evidence", evidence_view_sql(schemas, table))
        db.vacuum()
        db.close()
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would travel into the wheel and zips
        os.replace(tmp, dest)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return dest


# Datasette metadata -------------------------------------------------------------------------------

def _title(table: str, schema: dict) -> str:
    return schema.get("title") or table.replace("_", " ").capitalize()


def _column_description(field: dict) -> str | None:
    text = field.get("description", "")
    values = category_values(field)
    if values:
        text = (text + " " if text else "") + "One of: " + ", ".join(values) + "."
    return text or None


def evidence_query(schemas: dict[str, dict]) -> str:
    """Canned query: every citation of a record (by its id, in any table) with its article."""
    cols = [f"c.{_q(f['name'])}" for f in schemas[EVIDENCE_TABLE]["fields"]]
    cols += [f"s.{_q(c)} AS {_q('source_' + c)}" for c in ("publisher", "title", "url")]
    (src_key,) = _keys(schemas["sources"])
    return (f"SELECT {', '.join(cols)} FROM {_q(EVIDENCE_TABLE)} AS c JOIN sources AS s ON s.{_q(src_key)} = c.source_id "
            "WHERE c.record_id = :record_id ORDER BY c.citation_id")


def _first(names: list[str], have: set[str]) -> str:
    return next((_q(n) for n in names if n in have), "NULL")


def place_query(schemas: dict[str, dict]) -> str:
    """Canned query: every figure (number field) of every table that has a place (an ISO 3166 field),
    where that place's code or name is :place (case-insensitive). One row per record and figure, however
    many of its place columns match (their names joined in place_columns); an article's conversion into
    another currency (converted_*) is left out, so value never mixes a row's currencies."""
    parts = []
    for table, schema in schemas.items():
        have = {f["name"] for f in schema["fields"]}
        keys = _keys(schema)
        places = [f["name"] for f in schema["fields"] if str(f.get("x-code", "")).startswith("iso3166")]
        figures = [f["name"] for f in schema["fields"] if f.get("type") == "number" and not f["name"].startswith("converted_")]
        if len(keys) != 1 or not places or not figures:
            continue
        for place in places:
            name = _first([f"{place}_name", place.removesuffix("_code") if place.endswith("_code") else ""], have)
            for fig in figures:
                unit = _first([fig.removesuffix("amount") + "currency" if fig.endswith("amount") else "", "unit"], have)
                match = f"lower({_q(place)})" + (f", lower({name})" if name != "NULL" else "")
                parts.append(
                    f"SELECT '{table}' AS \"table\", {_q(keys[0])} AS record_id, '{place}' AS place_column, "
                    f"{_q(place)} AS place, {name} AS place_name, '{fig}' AS figure_column, {_q(fig)} AS value, "
                    f"{unit} AS unit, {_first(['qualifier'], have)} AS qualifier, "
                    f"{_first([fig + '_as_written'], have)} AS as_written FROM {_q(table)} "
                    f"WHERE {_q(fig)} IS NOT NULL AND lower(:place) IN ({match})")
    return ('SELECT "table", record_id, group_concat(place_column, \';\') AS place_columns, place, place_name, '
            'figure_column, value, unit, qualifier, as_written FROM (' + " UNION ALL ".join(parts) + ') '
            'GROUP BY "table", record_id, figure_column ORDER BY "table", record_id, figure_column')


def search_query(schemas: dict[str, dict]) -> str:
    """Canned query: citations whose searched columns match the FTS5 query :q, best first."""
    return (f"SELECT c.* FROM {_q(EVIDENCE_TABLE + '_fts')} AS f JOIN {_q(EVIDENCE_TABLE)} AS c ON c.rowid = f.rowid "
            f"WHERE {_q(EVIDENCE_TABLE + '_fts')} MATCH :q ORDER BY f.rank, c.citation_id")


def canned_queries(schemas: dict[str, dict]) -> dict[str, dict]:
    return {
        "evidence_for_record": {
            "title": "Evidence for a record",
            "description": "Every citation supporting the row with this id (e.g. fund-gb-border-security-command), "
                           "with the quote, its character offsets and the article.",
            "sql": evidence_query(schemas),
        },
        "figures_about_place": {
            "title": "Every figure about a place",
            "description": "Every number in the tables tied to a place, by ISO 3166 code or name (e.g. IQ, IQ-KR, GB, "
                           "Mediterranean): which table, record, place column, figure, unit and qualifier.",
            "sql": place_query(schemas),
        },
        "search_evidence": {
            "title": "Search the evidence",
            "description": "Full-text search (SQLite FTS5, Porter stemming) over the citations' "
                           + " and ".join(fts_columns(schemas).get(EVIDENCE_TABLE, [])) + ", e.g. smuggling.",
            "sql": search_query(schemas),
        },
    }


def datasette_metadata(package_dir: Path | str, db_name: str) -> dict:
    """Datasette metadata for the database written by write_database: package title, description,
    licence and source from datapackage.json (the template), table and column descriptions from the
    Table Schemas, and canned queries."""
    pkg, schemas = _package(Path(package_dir))
    licence = (pkg.get("licenses") or [{}])[0]
    n = len(pkg.get("sources", []))
    tables: dict[str, dict] = {}
    for table, schema in schemas.items():
        meta: dict = {"title": _title(table, schema), "description": schema.get("description", "")}
        cols = {f["name"]: d for f in schema["fields"] if (d := _column_description(f))}
        if cols:
            meta["columns"] = cols
        facets = [f["name"] for f in schema["fields"] if category_values(f)]
        if facets:
            meta["facets"] = facets
        tables[table] = meta
    for table in cited_tables(schemas):
        tables[f"{table}_evidence"] = {
            "title": f"{_title(table, schemas[table])} with evidence",
            "description": f"Each row of {table} joined to every citation supporting it (quote, character offsets) "
                           "and the article it comes from: one row per citation.",
        }
    return {
        "title": pkg.get("title", pkg["name"]),
        "description": f"{pkg.get('description', '')} Version {pkg.get('version')}.".strip(),
        "license": licence.get("name"),
        "license_url": licence.get("path"),
        "source": f"{n} news articles (table sources), cited span by span",
        "source_url": pkg.get("homepage"),
        "about": f"{pkg['name']} on GitHub",
        "about_url": pkg.get("homepage"),
        "databases": {db_name: {"title": pkg.get("title", pkg["name"]), "description": pkg.get("description", ""),
                                "tables": tables, "queries": canned_queries(schemas)}},
    }
