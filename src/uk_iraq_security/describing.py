"""describe(): a table's fields as a frame, from its Table Schema, with an example value from the data; or,
without a table, the dataset's description. datasheet(): the datasheet installed with the data."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import overload

import pandas as pd

from .dataset_files import X_FILES, dataset_root, descriptor, template
from .dtypes import pandas_dtype
from .integrity import verify_installed
from .loading import load, schema, tables

DATASHEET = "data/datasheet.md"
WIDTH = 80  # characters: the description reads in a terminal and a notebook alike

COLUMNS = ["name", "type", "dtype", "required", "description", "categories", "example"]


def _categories(field: dict) -> str | None:
    """'value: meaning; value' for Data Package v2 categories (meaning where the schema gives a label)."""
    cats = field.get("categories")
    if cats is None:
        return None
    parts = [f"{c['value']}: {c['label']}" if isinstance(c, dict) and c.get("label") else
             str(c["value"] if isinstance(c, dict) else c) for c in cats]
    return "; ".join(parts)


def _example(values: pd.Series) -> str | None:
    """The first non-null value, written as in the CSV files (dates as YYYY-MM-DD, whole numbers without .0)."""
    present = values.dropna()
    if present.empty:
        return None
    v = present.iloc[0]
    if isinstance(v, pd.Timestamp):
        return v.date().isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


@dataclass(frozen=True)
class DatasetDescription:
    """What the dataset is: printed (or shown in a notebook) it reads as a short text, like scikit-learn's DESCR."""

    title: str
    description: str
    version: str
    sources: list[str]  # "Publisher: headline (url)"
    tables: pd.DataFrame  # name, rows, description
    licence: str
    citation: str
    caveats: list[str]

    def __str__(self) -> str:
        def para(text: str, indent: str = "") -> str:
            return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=" " * len(indent),
                                 break_long_words=False, break_on_hyphens=False)  # addresses stay whole

        lines = [para(f"{self.title} (version {self.version})"), "", para(self.description), "",
                 f"Sources ({len(self.sources)} articles):", *(para(s, "- ") for s in self.sources), "",
                 "Tables (uis.load(NAME); uis.describe(NAME) for the fields):"]
        lines += [para(f"{r.name} ({r.rows} row{'' if r.rows == 1 else 's'}): {r.description}", "- ")
                  for r in self.tables.itertuples()]
        lines += ["", "Caveats:", *(para(c, "- ") for c in self.caveats), "", para(f"Licence: {self.licence}"), "",
                  "Cite as:", para(self.citation, "  "), "", "The datasheet: print(uis.datasheet())."]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)


def _dataset() -> DatasetDescription:
    pkg = descriptor()
    from .citing import citation

    rows = [{"name": t, "rows": load(t, backend="pyarrow").num_rows, "description": schema(t).get("description", "")}
            for t in tables()]
    licence = pkg.get("licenses", [{}])[0]
    return DatasetDescription(
        title=pkg["title"], description=pkg["description"], version=str(pkg.get("version", "")),
        sources=[s["title"] if s.get("path", "") in s["title"] else f"{s['title']} ({s['path']})" for s in pkg.get("sources", [])],
        tables=pd.DataFrame(rows, columns=["name", "rows", "description"]),
        licence=f"{licence.get('title', licence.get('name', ''))} ({licence.get('path', '')}); "
                "the quoted article texts remain their publishers'",
        citation=citation("text"),
        caveats=list(pkg.get("x-caveats") or template().get("x-caveats") or []))


@overload
def describe(table: str) -> pd.DataFrame: ...
@overload
def describe(table: None = ...) -> DatasetDescription: ...
def describe(table=None):
    """Without ``table``, the dataset's description: what it is, its articles, its tables with their row
    counts, licence, citation and caveats (``print(uis.describe())``). With ``table``, one row per field of
    it: name, Table Schema type, pandas dtype from load(), whether it is required, its description, its
    categories (with their meaning where the schema gives one) and an example value (the first non-null one
    in the data)."""
    if table is None:
        return _dataset()
    fields = schema(table)["fields"]
    data = load(table)
    rows = [{
        "name": f["name"],
        "type": f.get("type", "string"),
        "dtype": str(pandas_dtype(f)),
        "required": bool(f.get("constraints", {}).get("required", False)),
        "description": f.get("description"),
        "categories": _categories(f),
        "example": _example(data[f["name"]]),
    } for f in fields]
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({c: "string" for c in COLUMNS if c != "required"} | {"required": "boolean"})


def datasheet() -> str:
    """The datasheet (Markdown, after Gebru et al., "Datasheets for Datasets"): how the data were made,
    what they hold and leave out, and what they are for. Read from the installed data, checked against
    its sha256 like a table."""
    entry = next((f for f in descriptor().get(X_FILES, []) if f.get("path") == DATASHEET), {"path": DATASHEET})
    return verify_installed(dataset_root() / DATASHEET, entry).read_text(encoding="utf-8")
