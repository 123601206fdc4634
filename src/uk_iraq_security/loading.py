"""load(): the tables as typed pandas DataFrames, read from the files shipped with the package."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq

from .dataset_files import dataset_root, descriptor
from .dtypes import apply_schema
from .errors import UkIraqSecurityError
from .integrity import verify_installed

FORMATS = ("parquet", "csv")


class UnknownTableError(UkIraqSecurityError, KeyError):
    """A table name that is not in the dataset."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


def tables() -> list[str]:
    """Names of the tables, in the datapackage's order."""
    return [r["name"] for r in descriptor()["resources"] if r.get("format", "csv") == "csv"]


def _resource(name: str, fmt: str) -> dict:
    if name not in tables():
        raise UnknownTableError(f"unknown table {name!r}; valid names: {', '.join(tables())}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")
    wanted = name if fmt == "csv" else f"{name}-parquet"
    return next(r for r in descriptor()["resources"] if r["name"] == wanted)


def schema(name: str) -> dict:
    """The Frictionless Table Schema of a table, as a dict."""
    ref = _resource(name, "csv")["schema"]
    if isinstance(ref, dict):
        return ref
    return json.loads((dataset_root() / ref).read_text(encoding="utf-8"))


def _read(path, fmt: str) -> pd.DataFrame:
    if fmt == "parquet":
        return pq.read_table(path).to_pandas()
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")


def load(name: str | None = None, *, format: str = "parquet", source: str = "local", record=None,
         handle: str | None = None, data_home=None):
    """Load one table as a DataFrame with the schema's dtypes, or all tables as a dict when name is None.

    ``format="csv"`` reads the CSV files instead of Parquet; both give equal frames.
    ``source="zenodo", record=ID`` downloads from a Zenodo record (needs the ``zenodo`` extra) into a
    per-user cache (``data_home=`` or $UK_IRAQ_SECURITY_DATA_HOME); ``source="kaggle",
    handle="owner/slug/versions/N"`` reads a Kaggle dataset version through kagglehub (``kaggle``
    extra). Remote files must match the sha256 in the installed datapackage.json, or
    ``ChecksumMismatchError`` is raised and nothing damaged is kept.
    """
    if name is None:
        return {n: load(n, format=format, source=source, record=record, handle=handle, data_home=data_home)
                for n in tables()}
    resource = _resource(name, format)
    if source == "local":
        path = verify_installed(dataset_root() / resource["path"], resource)
    else:
        from .remote import fetch  # pooch/kagglehub only when asked for

        path = fetch(resource, source=source, record=record, handle=handle, data_home=data_home)
    return apply_schema(_read(path, format), schema(name))
