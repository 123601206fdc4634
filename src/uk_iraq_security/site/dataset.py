"""The dataset as the explorer sees it: every table's rows as the CSV text (what a reader downloads),
its Table Schema, and the links between records, all derived from datapackage.json (which holds the schemas).

Nothing here names a fact table: the tables that get a page per record are the ones `citations`
cites, and related records are found through each schema's foreignKeys and through `*_id` columns
whose values are record ids. Standard library only.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from ..dataset_paths import inside, read_json, resource_schema
from ..errors import UkIraqSecurityError

CITATIONS, SOURCES = "citations", "sources"

Row = dict[str, str | None]  # a CSV row: column -> its text, None for a null (empty) cell
MAX_TABLE = 256 << 20  # bytes of one CSV table: every row becomes a page or a table row, so more is no explorer


class SiteError(UkIraqSecurityError, ValueError):
    """The site cannot be written: a bad output folder, an unsafe record id, or inconsistent data. The message
    names the folder, table or record that is wrong."""


@dataclass
class Table:
    name: str
    schema: dict
    rows: list[Row]

    @property
    def fields(self) -> list[dict]:
        return self.schema["fields"]

    @property
    def description(self) -> str:
        return self.schema.get("description", "")

    @property
    def key(self) -> str | None:
        """The primary key's field when it is a single field (such a table's rows can have pages)."""
        pk = self.schema.get("primaryKey") or []
        pk = [pk] if isinstance(pk, str) else pk
        return pk[0] if len(pk) == 1 else None

    @property
    def page_key(self) -> str:
        """The key field of a table whose records have pages: Dataset.page_tables all have one."""
        key = self.key
        assert key is not None, f"{self.name}: no single-field primary key, so no record pages"
        return key

    @property
    def is_about_records(self) -> bool:
        """A table "about" records of other tables (citations, conflicts) names them by these two columns."""
        return {"table", "record_id"} <= {f["name"] for f in self.fields}


@dataclass(frozen=True)
class Link:
    """Row `row` of table `source` refers through `field` to record `target_id` of table `target`."""
    source: str
    row: int
    field: str
    target: str
    target_id: str


@dataclass
class Dataset:
    root: Path
    package: dict
    tables: dict[str, Table]  # in the datapackage's order
    links: list[Link] = field(default_factory=list)
    files: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # table -> (format, path) of each of its files
    nav: list[tuple[str, str]] = field(default_factory=list)  # (text, href from the root) of the site's own pages

    @property
    def page_tables(self) -> list[str]:
        """Tables with a page per record: those the citations cite, in the datapackage's order."""
        cited = {r["table"] for r in self.tables[CITATIONS].rows} if CITATIONS in self.tables else set()
        return [t for t in self.tables if t in cited and self.tables[t].key]

    def record(self, table: str, record_id: str | None) -> Row | None:
        """The row of page table `table` whose key is `record_id` (a cell, so possibly null)."""
        return self._index.get((table, record_id))

    def records(self, table: str) -> list[tuple[str | None, Row]]:
        """(record id, row) of a page table; an id is null only in a dataset the site refuses."""
        t = self.tables[table]
        return [(r[t.page_key], r) for r in t.rows]

    def about(self, table: str, record_id: str) -> dict[str, list[int]]:
        """Indices of the rows of each table about records (citations, conflicts) that name this record."""
        return {name: [i for i, r in enumerate(t.rows) if r["table"] == table and r["record_id"] == record_id]
                for name, t in self.tables.items() if t.is_about_records}

    def links_from(self, table: str, row: int) -> dict[str, Link]:
        return {lk.field: lk for lk in self.links if lk.source == table and lk.row == row}

    def links_to(self, table: str, record_id: str) -> list[Link]:
        return [lk for lk in self.links if lk.target == table and lk.target_id == record_id]

    def __post_init__(self) -> None:
        self._index: dict[tuple[str, str | None], Row] = {(t, rid): row for t in self.page_tables for rid, row in self.records(t)}


def _read_rows(path: Path, schema: dict) -> list[Row]:
    """CSV rows as text; the empty cell is null (the schemas' missingValues)."""
    missing = set(schema.get("missingValues", [""]))
    try:
        if path.stat().st_size > MAX_TABLE:
            raise SiteError(f"{path}: larger than {MAX_TABLE >> 20} MiB; refused")
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            names = [f["name"] for f in schema["fields"]]
            if reader.fieldnames != names:
                raise SiteError(f"{path}: columns {reader.fieldnames} differ from its schema's {names}")
            return [{k: (None if v in missing else v) for k, v in row.items()} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise SiteError(f"{path}: cannot read the table: {e}") from e


def foreign_keys(schema: dict) -> list[tuple[str, str, str]]:
    out = []
    for fk in schema.get("foreignKeys", []):
        fields, ref = fk["fields"], fk["reference"]
        fields = [fields] if isinstance(fields, str) else fields
        ref_fields = [ref["fields"]] if isinstance(ref["fields"], str) else ref["fields"]
        if len(fields) == 1:
            out.append((fields[0], ref["resource"], ref_fields[0]))
    return out


def _links(tables: dict[str, Table], pages: list[str]) -> list[Link]:
    """Declared foreign keys to a table with pages, and `*_id` columns whose values are record ids."""
    owner: dict[str, str] = {}  # record id -> its (first) table, for the id columns no foreign key declares
    for page in reversed(pages):  # a null id names nothing: only non-null values are looked up below
        owner.update({rid: page for r in tables[page].rows if (rid := r[tables[page].page_key]) is not None})
    links = []
    for name, t in tables.items():
        declared = {f: ref for f, ref, _ in foreign_keys(t.schema) if ref in pages}
        for i, row in enumerate(t.rows):
            for f in t.fields:
                value = row[f["name"]]
                if value is None or f["name"] == t.key:
                    continue
                if f["name"] in declared:
                    links.append(Link(name, i, f["name"], declared[f["name"]], value))
                elif f["name"].endswith("_id") and value in owner and not t.is_about_records:
                    links.append(Link(name, i, f["name"], owner[value], value))
    return links


def _schema(root: Path, res: dict, where: str) -> dict:
    """A resource's Table Schema: inline, or the file it names inside `root`."""
    schema = resource_schema(root, res, where)
    if not (isinstance(schema, dict) and isinstance(schema.get("fields"), list)
            and all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in schema["fields"])):
        raise SiteError(f"{where}.schema is not a Table Schema (an object with a 'fields' list of objects with a 'name')")
    return schema


def read_dataset(root: Path) -> Dataset:
    """The dataset in `root` (datapackage.json, data/): the installed one, a checkout, or a
    folder from anyone: no path it names is read outside it (dataset_paths.inside)."""
    pkg = read_json(inside(root, "datapackage.json", "the descriptor"))
    resources = pkg.get("resources") if isinstance(pkg, dict) else None
    if not isinstance(resources, list):
        raise SiteError(f"{root / 'datapackage.json'}: not a Data Package descriptor (a JSON object with a 'resources' list)")
    tables, files = {}, {}
    for i, res in enumerate(resources):
        where = f"{root / 'datapackage.json'} resources[{i}]"
        if not isinstance(res, dict) or not all(isinstance(res.get(k), str) for k in ("name", "path")):
            raise SiteError(f"{where} is not an object with 'name' and 'path' strings")
        fmt = str(res.get("format", "csv"))
        path = inside(root, res["path"], f"{where}.path")
        files[res["name"]] = (fmt, res["path"])
        if fmt == "csv":
            schema = _schema(root, res, where)
            tables[res["name"]] = Table(res["name"], schema, _read_rows(path, schema))
    if CITATIONS not in tables or SOURCES not in tables:
        raise SiteError(f"{root / 'datapackage.json'}: the dataset has no '{CITATIONS}' or '{SOURCES}' table")
    ds = Dataset(root, pkg, tables)
    # a table's files: its CSV, and each resource named <table>-<format> (funding-parquet)
    ds.files = {name: [files[name]] + [f for res, f in files.items() if res == f"{name}-{f[0]}" and f[0] != "csv"]
                for name in tables}
    ds.links = _links(tables, ds.page_tables)
    return ds
