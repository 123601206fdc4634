"""The tables registry: what every part of the package knows about the tables, derived from
schemas/*.json and the package template, so no list of tables is kept by hand twice.

- The tables and their order are the template's ``x-tables``.
- A *fact table* is one whose primary key is a single id column with a ``prefix-`` pattern
  (``"pattern": "agr-[a-z0-9-]+"``): its rows are curated records, and every row is cited.
- ``sources`` rows may be cited (a headline, a dateline); ``citations`` and ``conflicts`` are
  written by the build, and their ``table`` categories are generated from this registry.
- A foreign key that is required makes its table a *child* of the referenced table
  (``agreement_parties`` of ``agreements``); an optional one is a plain reference.
- A column with ``x-derived`` is computed by the build; ``x-required-children`` on a table says
  which child tables must have a row for each of its rows.

Standard library only: the drafting tool, validation and the tests read it without pandas.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .dataset_paths import read_json as _read_json
from .entities import ENTITY_SHAPE
from .errors import DatasetFolderError, UkIraqSecurityError

TEMPLATE = "schemas/datapackage.template.json"
SOURCE_TABLE = "sources"
_PREFIX = re.compile(r"\^?([a-z]+)-\[a-z0-9-\]\+\$?")


# The one table of type mappings: a Table Schema type, as each target names it. Every reader and writer
# (pandas, Arrow, SQLite, JSON Schema, Kaggle, Croissant; Polars reads the Arrow types) looks its type up here; a new type or a
# new target is one column or one row. Strings, so this module stays free of every library.
TYPES: dict[str, dict[str, str]] = {
    "string": {"pandas": "string", "arrow": "string", "sqlite": "str",
               "json_schema": "string", "kaggle": "string", "croissant": "TEXT"},
    "integer": {"pandas": "Int64", "arrow": "int64", "sqlite": "int",
                "json_schema": "integer", "kaggle": "integer", "croissant": "INTEGER"},
    "number": {"pandas": "Float64", "arrow": "float64", "sqlite": "float",
               "json_schema": "number", "kaggle": "numeric", "croissant": "FLOAT"},
    "boolean": {"pandas": "boolean", "arrow": "bool_", "sqlite": "int",
                "json_schema": "boolean", "kaggle": "boolean", "croissant": "BOOL"},
    "date": {"pandas": "datetime64[ns]", "arrow": "date32", "sqlite": "str",
             "json_schema": "string", "kaggle": "datetime", "croissant": "DATE"},
}


def type_name(field: dict, target: str) -> str:
    """What ``target`` (a column of TYPES) calls the type of a Table Schema field."""
    return TYPES[field.get("type", "string")][target]


# The shape of an ISO 3166-1 alpha-2 or ISO 3166-2 code ("GB", "IQ-KR") or an organisation code of entities.py
# ("EU", "FRONTEX"), for the `x-code` rules; whether an ISO code exists is pycountry's to say (validation,
# parsing.geography). A value in capitals is a code, so "NATO" in a place column must be declared, not passed as a name.
ISO3166_SHAPE = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")


def looks_like_code(value: str) -> bool:
    """Whether ``value`` has the shape of a place or organisation code (not whether the code exists)."""
    return bool(ISO3166_SHAPE.fullmatch(value) or ENTITY_SHAPE.fullmatch(value))


class RegistryError(UkIraqSecurityError, ValueError):
    """The schemas or the template do not describe a consistent set of tables; ``file`` and ``record``
    say where, when one file is at fault."""

    def __init__(self, message: str, file: str | None = None, record: str | None = None):
        self.file, self.record, self.message = file, record, message
        where = f"{file}: {record}: " if file and record else f"{file}: " if file else ""
        super().__init__(where + message)


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    table: str
    target: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class Table:
    """One table as the schemas describe it."""

    name: str
    schema: dict
    primary_key: tuple[str, ...]
    id_column: str | None  # the single primary-key column of a fact table
    id_prefix: str | None  # "agr" for agr-border-security
    foreign_keys: tuple[ForeignKey, ...]

    @property
    def is_fact(self) -> bool:
        """Rows are curated records, each cited by at least one span."""
        return self.id_prefix is not None

    @cached_property  # asked for per row and field while records are built
    def columns(self) -> tuple[str, ...]:
        return tuple(f["name"] for f in self.schema["fields"])

    def field(self, name: str) -> dict:
        return next(f for f in self.schema["fields"] if f["name"] == name)

    @property
    def parents(self) -> tuple[ForeignKey, ...]:
        return tuple(fk for fk in self.foreign_keys if fk.required)

    @property
    def derived(self) -> dict[str, dict]:
        """Columns the build computes, with their x-derived rule."""
        return {f["name"]: f["x-derived"] for f in self.schema["fields"] if "x-derived" in f}

    @property
    def required_children(self) -> tuple[str, ...]:
        return tuple(self.schema.get("x-required-children", ()))


class Tables(Mapping[str, Table]):
    """The registry: table name -> Table, in the template's order."""

    def __init__(self, tables: list[Table]):
        self._tables = {t.name: t for t in tables}
        names = set(self._tables)
        prefixes: dict[str, str] = {}
        for t in tables:
            if t.id_prefix in prefixes:
                raise RegistryError(f"schemas/{t.name}.json: id prefix {t.id_prefix!r} is also used by {prefixes[t.id_prefix]}")
            if t.id_prefix:
                prefixes[t.id_prefix] = t.name
            for fk in t.foreign_keys:
                if fk.table not in names:
                    raise RegistryError(f"schemas/{t.name}.json: foreign key to {fk.table!r}, which is not a table")

    def __getitem__(self, name: str) -> Table:
        try:
            return self._tables[name]
        except KeyError:
            raise RegistryError(f"unknown table {name!r}; tables: {', '.join(self._tables)}") from None

    def __contains__(self, name: object) -> bool:
        return name in self._tables

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    @property
    def facts(self) -> list[str]:
        """Fact tables: every row a cited record."""
        return [n for n, t in self._tables.items() if t.is_fact]

    @property
    def citable(self) -> list[str]:
        """Tables a citation may support: the sources and the fact tables (the `table` categories)."""
        return [n for n in self._tables if n == SOURCE_TABLE or self._tables[n].is_fact]

    def of_record(self, record_id: str) -> str | None:
        """The fact table whose id prefix the record id has."""
        prefix = record_id.split("-", 1)[0]
        return next((n for n, t in self._tables.items() if t.id_prefix == prefix), None)

    def children(self, name: str) -> list[str]:
        return [n for n, t in self._tables.items() if any(fk.table == name for fk in t.parents)]


def category_values(field: dict) -> list[str] | None:
    """Allowed values of a field with Data Package v2 `categories` (plain or {value, label})."""
    cats = field.get("categories")
    if cats is None:
        return None
    return [c["value"] if isinstance(c, dict) else c for c in cats]


def primary_key(schema: dict) -> list[str]:
    """A Table Schema's primaryKey as a list of columns (it may be one name; [] where it has none)."""
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def _table(name: str, schema: dict) -> Table:
    where = f"schemas/{name}.json"
    pk = primary_key(schema)
    if not pk:
        raise RegistryError(f"{where}: no primaryKey")
    fields = {f["name"]: f for f in schema.get("fields", [])}
    missing = [c for c in pk if c not in fields]
    if missing:
        raise RegistryError(f"{where}: primaryKey {missing} are not fields")
    id_column = id_prefix = None
    if len(pk) == 1:
        m = _PREFIX.fullmatch(fields[pk[0]].get("constraints", {}).get("pattern", ""))
        if m:
            id_column, id_prefix = pk[0], m.group(1)
    fks = []
    for fk in schema.get("foreignKeys", []):
        cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        target = fk["reference"]["fields"]
        target = target if isinstance(target, list) else [target]
        required = all(fields.get(c, {}).get("constraints", {}).get("required", False) for c in cols)
        fks.append(ForeignKey(tuple(cols), fk["reference"]["resource"], tuple(target), required))
    return Table(name, schema, tuple(pk), id_column, id_prefix, tuple(fks))


def tables_from_schemas(schemas: dict[str, dict]) -> Tables:
    """The registry of the given schemas (name -> Table Schema), in their order."""
    return Tables([_table(n, s) for n, s in schemas.items()])


def read_table_schema(root: Path | str, table: str) -> dict:
    """schemas/<table>.json, checked to be a Table Schema: an object with named fields and a primary key."""
    rel = f"schemas/{table}.json"
    try:
        doc = _read_json(Path(root) / rel)
    except DatasetFolderError as e:
        raise RegistryError(f"cannot read the Table Schema: {e}", rel) from None
    if not isinstance(doc, dict):
        raise RegistryError(f"is a JSON {type(doc).__name__}; expected a Table Schema object with 'fields'", rel)
    fields = doc.get("fields")
    if not isinstance(fields, list) or not fields:
        raise RegistryError("has no 'fields' list; expected a Table Schema: {\"fields\": [{\"name\": ...}, ...]}", rel)
    for i, f in enumerate(fields):
        if not isinstance(f, dict) or not isinstance(f.get("name"), str):
            raise RegistryError("expected an object with a 'name' string", rel, f"fields[{i}]")
    names = {f["name"] for f in fields}
    key = doc.get("primaryKey")
    keys = [key] if isinstance(key, str) else key
    if not isinstance(keys, list) or not keys or not set(keys) <= names:
        raise RegistryError(f"primaryKey {key!r} must name one or more of its fields", rel, "primaryKey")
    return doc


def read_json(path: Path) -> dict:
    """A JSON object from `path` (size-capped, nesting-safe); RegistryError naming the file otherwise."""
    try:
        doc = _read_json(path)
    except DatasetFolderError as e:
        raise RegistryError(f"{path.name}: cannot read: {e}") from None
    if not isinstance(doc, dict):
        raise RegistryError(f"{path.name}: is a JSON {type(doc).__name__}, expected an object")
    return doc


def table_names(root: Path) -> list[str]:
    """The template's x-tables: every table, in order."""
    names = read_json(Path(root) / TEMPLATE).get("x-tables")
    if not names:
        raise RegistryError(f"{TEMPLATE}: no x-tables list")
    return list(names)


def load_tables(root: Path | str) -> Tables:
    """The registry of the checkout (or dataset folder) at ``root``."""
    root = Path(root)
    names = table_names(root)
    return tables_from_schemas({n: read_table_schema(root, n) for n in names})
