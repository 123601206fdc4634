"""The file formats every table ships in: one row each, with its readers. The build's writers are in
uis_build/curation/writing.py (WRITERS); everything else (load, validate, the descriptor, the release
bundle, Croissant, Kaggle) iterates FORMATS, so a new format is a row here and a writer there.

Importing this stays light: pandas and pyarrow are imported only when a file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pyarrow as pa

# What load(format=...) accepts; the names of FORMATS.
FormatName = Literal["parquet", "csv"]


@dataclass(frozen=True)
class FileFormat:
    name: str  # the resource's `format` and load(format=...)
    label: str  # as messages name it: "CSV and Parquet differ"
    suffix: str  # data/<table><suffix>
    mediatype: str
    resource_suffix: str  # resource name: <table><resource_suffix> ("funding-parquet"); "" for the table's main resource
    # the file as an Arrow table (arrow_types.apply_arrow_schema types it, for every backend)
    read: Callable[[Path, dict], pa.Table]
    # frictionless reads it as a table (and counts its bytes); the others are files to frictionless, checked
    # by our own validation (pandera, and equality with the CSV)
    frictionless: bool = False
    croissant: str = ""  # Croissant's encodingFormat, where it is not the mediatype
    properties: dict = field(default_factory=dict)  # more properties of its Data Package resources

    def resource_name(self, table: str) -> str:
        return table + self.resource_suffix

    def path(self, table: str) -> str:
        return f"data/{table}{self.suffix}"


def _csv_arrow(file: Path, table_schema: dict) -> pa.Table:
    import pyarrow as pa
    import pyarrow.csv as pcsv

    # Every column as text (an empty cell is null): arrow_types.typed gives each its type, naming the row of a
    # value that does not fit, where the CSV reader would name neither row nor key.
    types = {f["name"]: pa.string() for f in table_schema["fields"]}
    return pcsv.read_csv(file, convert_options=pcsv.ConvertOptions(column_types=types, null_values=[""], strings_can_be_null=True))


def _parquet_arrow(file: Path, table_schema: dict) -> pa.Table:
    import pyarrow.parquet as pq

    return pq.ParquetFile(file).read()  # not pq.read_table: its dataset layer imports pandas


# The first format is the one frictionless validates and the tables are listed by (each table's main resource).
FORMATS: dict[str, FileFormat] = {f.name: f for f in (
    FileFormat("csv", "CSV", ".csv", "text/csv", "", _csv_arrow, frictionless=True,
               properties={"encoding": "utf-8"}),
    FileFormat("parquet", "Parquet", ".parquet", "application/vnd.apache.parquet", "-parquet", _parquet_arrow, croissant="application/x-parquet"),
)}
MAIN = next(iter(FORMATS.values()))
DEFAULT: FormatName = "parquet"  # what load() and path() read unless told
NAMES = tuple(sorted(FORMATS, key=lambda name: name != DEFAULT))  # the default first, as messages list them


def file_format(name: str) -> FileFormat:
    """The format called ``name``; ValueError naming the valid ones otherwise."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; valid formats: {', '.join(NAMES)}")
    return FORMATS[name]


def table_of(resource: dict) -> str:
    """The table a resource of datapackage.json holds: its name without its format's resource suffix."""
    fmt = FORMATS.get(resource.get("format", MAIN.name))
    return resource["name"].removesuffix(fmt.resource_suffix) if fmt and fmt.resource_suffix else resource["name"]
