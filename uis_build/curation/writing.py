"""Write tables in every format of uk_iraq_security.formats byte for byte reproducibly (`write_<format>`
here), the coverage report, and datapackage.json with the sha256 of every file of data/ (the swap into
place is in curation.transaction)."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from uk_iraq_security.arrow_types import arrow_schema, arrow_type, categorical
from uk_iraq_security.formats import FORMATS
from uk_iraq_security.hashing import sha256
from uk_iraq_security.validation import X_FILES

PARQUET_OPTIONS = {"compression": "zstd", "compression_level": 9, "use_dictionary": True,
                   "write_statistics": True, "version": "2.6", "data_page_version": "1.0"}


def _cell(value, field: dict) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return ""
    t = field.get("type")
    if t == "number":
        return format(float(value), ".15g")
    if t == "date":
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if t == "boolean":
        return "true" if value else "false"
    return str(value)


def csv_bytes(df: pd.DataFrame, table_schema: dict) -> bytes:
    """UTF-8 CSV, header row, \\n line endings, empty cell for null, numbers without trailing .0."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    fields = table_schema["fields"]
    w.writerow([f["name"] for f in fields])
    for row in df.itertuples(index=False):
        w.writerow([_cell(v, f) for v, f in zip(row, fields)])
    return buf.getvalue().encode("utf-8")


def arrow_table(df: pd.DataFrame, table_schema: dict) -> pa.Table:
    """Arrow table with types from the schema and no pandas metadata (it would vary by pandas version).
    Fields with categories are dictionaries over all the schema's categories, in its order."""
    arrays = []
    for f in table_schema["fields"]:
        col = df[f["name"]]
        values = [None if pd.isna(v) else v for v in col.astype(object)]
        if f.get("type") == "date":
            values = [None if v is None else pd.Timestamp(v).date() for v in values]
        elif f.get("type") in ("string", None):
            values = [None if v is None else str(v) for v in values]
        if f.get("categories") is not None:
            arrays.append(categorical(pa.chunked_array([pa.array(values, type=pa.string())]), f).combine_chunks())
        else:
            arrays.append(pa.array(values, type=arrow_type(f)))
    return pa.Table.from_arrays(arrays, schema=arrow_schema(table_schema))


def write_csv(df: pd.DataFrame, table_schema: dict, path: Path) -> None:
    path.write_bytes(csv_bytes(df, table_schema))


def write_parquet(df: pd.DataFrame, table_schema: dict, path: Path) -> None:
    pq.write_table(arrow_table(df, table_schema), path, **PARQUET_OPTIONS)


def writer(name: str):
    """``write_<name>`` of this module, the writer of that format of uk_iraq_security.formats.FORMATS
    (looked up when a build runs, so a test may replace one)."""
    try:
        return globals()[f"write_{name}"]
    except KeyError:
        raise TypeError(f"uk_iraq_security.formats lists the format {name!r}, but uis_build/curation/writing.py "
                        f"has no write_{name}(df, table_schema, path)") from None


def file_facts(path: Path) -> dict:
    data = path.read_bytes()
    return {"bytes": len(data), "hash": "sha256:" + sha256(data)}


def write_tables(out: Path, frames: dict[str, pd.DataFrame], schemas: dict[str, dict]) -> None:
    (out / "data").mkdir(parents=True)
    for table, df in frames.items():
        for fmt in FORMATS.values():
            writer(fmt.name)(df, schemas[table], out / fmt.path(table))


# Template keys for the build (x-tables) and the release (x-release: Kaggle id and titles), not for
# datapackage.json: release metadata is generated from the same template (uk_iraq_security.citing).
TEMPLATE_ONLY = ("x-tables", "x-release")


def descriptor(out: Path, template: dict, version: str, tables: list[str], sources: pd.DataFrame,
               schemas: dict[str, dict]) -> dict:
    """The Data Package: the template plus version, the articles as sources, a resource per table and
    format (all of one format, then the next), each with bytes and sha256 (Parquet as a file: see below), and under `x-files` every other file of out/data/
    (documents, the SQLite copy) with bytes and sha256, so that validation can refuse a data/ that is
    not the one this descriptor was written for (curation.transaction)."""
    pkg = {k: v for k, v in template.items() if k not in TEMPLATE_ONLY}
    pkg["version"] = version
    pkg["sources"] = [  # an article without a web address (print, e-mail) has no path: its publisher and title say what it is
        {"title": f"{r.publisher}: {r.url if pd.isna(r.title) else r.title}", **({} if pd.isna(r.url) else {"path": r.url})}
        for r in sources.itertuples()
    ]
    resources = []
    for fmt in FORMATS.values():
        for table in tables:
            path = fmt.path(table)
            res = {
                "name": fmt.resource_name(table),
                "type": "table",
                "path": path,
                "format": fmt.name,
                "mediatype": fmt.mediatype,
                **fmt.properties,
                "description": schemas[table].get("description", ""),
                "schema": schemas[table],  # inline: the complete schema exists only in the build's outputs
                **file_facts(out / path),
            }
            if not fmt.frictionless:
                # frictionless 5.21 reads a Parquet *table* through pandas, where a column of nulls beside a date
                # column turns an integer's nulls into NaN ("type-error"), and it neither counts nor hashes its
                # bytes; as a *file* it checks both (as in the release bundle). The rows are the CSV rows, which
                # frictionless validates as tables; our own validation checks the Parquet tables themselves.
                res["type"] = "file"
            resources.append(res)
    pkg["resources"] = resources
    listed = {r["path"] for r in resources}
    pkg[X_FILES] = [{"path": f"data/{p.name}", **file_facts(p)} for p in sorted((out / "data").iterdir())
                    if f"data/{p.name}" not in listed]
    return pkg


def json_bytes(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


COVERAGE_MD, COVERAGE_CSV = "data/coverage.md", "data/coverage.csv"


def write_coverage(out: Path, rows: list[dict], markdown: str) -> None:
    """data/coverage.md (counts per article, exclusions) and data/coverage.csv (every mention)."""
    (out / COVERAGE_MD).write_text(markdown, encoding="utf-8", newline="\n")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    (out / COVERAGE_CSV).write_bytes(buf.getvalue().encode("utf-8"))
