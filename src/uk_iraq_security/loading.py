"""load(): the tables as pandas DataFrames, pyarrow Tables or polars DataFrames with the schemas' types, read
from the files shipped with the package (or a verified remote copy). pandas is imported only when a pandas
frame is asked for; pyarrow only when a table is read."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from .dataset_files import ADVICE, dataset_root, descriptor
from .dataset_paths import inside, resource_schema
from .errors import DatasetFolderError, MissingExtraError, UkIraqSecurityError
from .formats import DEFAULT, MAIN, FormatName, file_format
from .integrity import verify_installed
from .schema_fit import read_file

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

# A table's name, as tables() lists them. A plain str, so adding a table changes no code.
TableName = str
Format = FormatName
Backend = Literal["pandas", "pyarrow", "polars"]
Source = Literal["local", "zenodo", "kaggle"]
BACKENDS: tuple[Backend, ...] = ("pandas", "pyarrow", "polars")

# Which keyword arguments each source takes; any other is refused rather than silently ignored.
SOURCE_ARGUMENTS = {"local": (), "zenodo": ("record", "data_home"), "kaggle": ("handle",)}
_ARGUMENT_SOURCE = {"record": "zenodo", "data_home": "zenodo", "handle": "kaggle"}
_SOURCE_NOTE = {"local": " (the local source reads the files installed with the package)",
                "kaggle": " (kagglehub's cache folder is set by KAGGLEHUB_CACHE)", "zenodo": ""}


class UnknownTableError(UkIraqSecurityError, KeyError):
    """A table name that is not in the dataset."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


class SourceArgumentError(UkIraqSecurityError, ValueError):
    """A load() argument that the chosen source does not use (e.g. record= without source='zenodo')."""


class MissingBackendError(MissingExtraError):
    """The library of the asked-for backend is not installed."""


def tables() -> list[str]:
    """Names of the tables, in the datapackage's order."""
    return [r["name"] for r in descriptor()["resources"] if r.get("format", MAIN.name) == MAIN.name]


def _resource(name: str, fmt: str) -> dict:
    if name not in tables():
        raise UnknownTableError(f"unknown table {name!r}; valid names: {', '.join(tables())}")
    wanted = file_format(fmt).resource_name(name)
    return next(r for r in descriptor()["resources"] if r["name"] == wanted)


def schema(name: TableName) -> dict:
    """The Frictionless Table Schema of a table, as a dict."""
    value = resource_schema(dataset_root(), _resource(name, MAIN.name), f"datapackage.json {name}")
    if not isinstance(value, dict):
        raise DatasetFolderError(f"datapackage.json {name}.schema: JSON of type {type(value).__name__}, "
                                 f"not a Table Schema object; {ADVICE}")
    return value


def path(name: TableName | Literal["sqlite", "datasette"], format: Format = DEFAULT) -> Path:
    """The installed file of a table, for tools that read paths: DuckDB, Polars, R, a spreadsheet.
    ``path("sqlite")`` is the SQLite database of every table, ``path("datasette")`` its Datasette metadata."""
    if name in ("sqlite", "datasette"):
        from .sqlite_db import datasette_metadata_path, sqlite_path

        return sqlite_path() if name == "sqlite" else datasette_metadata_path()
    res = _resource(name, format)
    return inside(dataset_root(), res["path"], f"datapackage.json {res['name']}.path")


def _check_arguments(source: str, backend: str, given: dict) -> None:
    if source not in SOURCE_ARGUMENTS:
        raise ValueError(f"unknown source {source!r}; valid sources: {', '.join(SOURCE_ARGUMENTS)}")
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; valid backends: {', '.join(BACKENDS)}")
    wrong = [k for k, v in given.items() if v is not None and k not in SOURCE_ARGUMENTS[source]]
    if wrong:
        why = "; ".join(f"{k}= is for source={_ARGUMENT_SOURCE[k]!r}" for k in wrong)
        raise SourceArgumentError(f"load(source={source!r}) does not take {', '.join(k + '=' for k in wrong)}: "
                                  f"{why}{_SOURCE_NOTE[source]}")


def _read(file: Path, fmt: str, table_schema: dict) -> pa.Table:
    from .arrow_types import apply_arrow_schema

    file_fmt = file_format(fmt)
    return apply_arrow_schema(read_file(file_fmt.read, file, file_fmt.label, table_schema), table_schema, source=str(file))


def _to_polars(table: pa.Table, table_schema: dict) -> pl.DataFrame:
    try:
        import polars as pl
    except ImportError as e:
        raise MissingBackendError("backend='polars'", "polars", "polars") from e
    from .registry import category_values

    df = pl.from_arrow(table)
    assert isinstance(df, pl.DataFrame)  # a Table gives a DataFrame (a Series comes only from an Array)
    # An Enum is Polars' categorical with a fixed set of values: the schema's categories, as pandas gets them.
    return df.with_columns([pl.col(f["name"]).cast(pl.Enum(category_values(f) or [])) for f in table_schema["fields"]
                            if f.get("categories") is not None])


# One table -> one frame of the backend's kind; no name -> a dict of them, in the datapackage's order.
@overload
def load(name: TableName, *, format: Format = ..., backend: Literal["pandas"] = ..., source: Source = ...,
         record: str | int | None = ..., handle: str | None = ..., data_home: str | os.PathLike | None = ...) -> pd.DataFrame: ...
@overload
def load(name: TableName, *, format: Format = ..., backend: Literal["pyarrow"], source: Source = ...,
         record: str | int | None = ..., handle: str | None = ..., data_home: str | os.PathLike | None = ...) -> pa.Table: ...
@overload
def load(name: TableName, *, format: Format = ..., backend: Literal["polars"], source: Source = ...,
         record: str | int | None = ..., handle: str | None = ..., data_home: str | os.PathLike | None = ...) -> pl.DataFrame: ...
@overload
def load(name: None = ..., *, format: Format = ..., backend: Literal["pandas"] = ..., source: Source = ...,
         record: str | int | None = ..., handle: str | None = ...,
         data_home: str | os.PathLike | None = ...) -> dict[str, pd.DataFrame]: ...
@overload
def load(name: None = ..., *, format: Format = ..., backend: Literal["pyarrow"], source: Source = ...,
         record: str | int | None = ..., handle: str | None = ...,
         data_home: str | os.PathLike | None = ...) -> dict[str, pa.Table]: ...
@overload
def load(name: None = ..., *, format: Format = ..., backend: Literal["polars"], source: Source = ...,
         record: str | int | None = ..., handle: str | None = ...,
         data_home: str | os.PathLike | None = ...) -> dict[str, pl.DataFrame]: ...
def load(name=None, *, format=DEFAULT, backend="pandas", source="local", record=None, handle=None, data_home=None):
    """Load one table with the schema's types, or all tables as a dict when name is None.

    ``backend="pandas"`` (default) gives a DataFrame, ``"pyarrow"`` a ``pyarrow.Table`` (pandas is not
    imported), ``"polars"`` a Polars DataFrame (``polars`` extra); categories are pandas categoricals, Arrow
    dictionaries and Polars Enums over the schema's values. ``format="csv"`` reads the CSV files instead of
    Parquet (``formats.FORMATS`` lists the formats); all give equal tables.
    ``source="zenodo", record=ID`` downloads from a Zenodo record (needs the ``zenodo`` extra) into a
    per-user cache (``data_home=`` or $UK_IRAQ_SECURITY_DATA_HOME); ``source="kaggle",
    handle="owner/slug/versions/N"`` reads a Kaggle dataset version through kagglehub (``kaggle``
    extra). Remote files must match the sha256 in the installed datapackage.json, or
    ``ChecksumMismatchError`` is raised and nothing damaged is kept. An argument the source does not
    use raises ``SourceArgumentError``.
    """
    _check_arguments(source, backend, {"record": record, "handle": handle, "data_home": data_home})
    if name is None:
        return {n: load(n, format=format, backend=backend, source=source, record=record, handle=handle,
                        data_home=data_home) for n in tables()}
    resource = _resource(name, format)
    if source == "local":
        file = verify_installed(path(name, format), resource)
    else:
        from .remote import fetch  # pooch/kagglehub only when asked for

        file = fetch(resource, source=source, record=record, handle=handle, data_home=data_home)
    table_schema = schema(name)
    table = _read(file, format, table_schema)
    if backend == "pandas":
        from .dtypes import to_pandas

        return to_pandas(table, table_schema)
    return table if backend == "pyarrow" else _to_polars(table, table_schema)
