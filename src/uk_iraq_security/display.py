"""A DataFrame as text: a table that fits the terminal, one field per line, or CSV, JSON or Markdown for pipes.
The terminal layouts show a table's columns in reading order and its values in words (formatting.human: "up to
£300,000", "year ending June 2023", "Kurdistan Region"); CSV, JSON and Markdown, and ``--raw``, the values as stored.

Only the standard library and pandas: the command line stays as light as ``load()``.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import textwrap
from collections.abc import Collection

import numpy as np
import pandas as pd

from .cli_errors import printable
from .formatting import category_label, human, lead_columns, missing, schema_fields
from .loading import schema
from .registry import primary_key

MISSING = "—"   # how the table and vertical layouts show a missing value (CSV and Markdown: empty; JSON: null)

ELLIPSIS = "…"
GAP = "  "      # between the columns of a table
MIN_WIDTH = 10  # a column is not narrowed below this (or its natural width, if smaller): cut shorter, it says nothing
MIN_WRAP = 12   # a column whose text wraps onto more lines is not narrowed below this
MIN_LINE = 40   # below this many characters a layout cannot work; narrower terminals get this width
MAX_LINE = 1000  # wider terminals (or COLUMNS=100000000) get this width: a line is never megabytes of padding
# A CSV cell a spreadsheet would run as a formula (OWASP's "CSV injection"), unless it is a plain number
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def cell(value) -> str | None:
    """One value as text, as the CSV files write it; None when missing."""
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    return str(value)


def _texts(df: pd.DataFrame, missing: str) -> list[list[str]]:
    # control characters escaped: a terminal escape sequence in a hostile file is shown, never sent
    return [[printable(t if (t := cell(v)) is not None else missing).replace("\n", " ") for v in row]
            for row in df.itertuples(index=False)]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + ELLIPSIS


def is_number(dtype) -> bool:
    """True for a dtype of numbers (not of true/false): shown right-aligned, compared and sorted as numbers."""
    return pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)


def _widths(names: list[str], natural: list[int], width: int, whole: Collection[str], wrap: Collection[str]) -> list[int]:
    """The widths of the columns that fit, in order: ``whole`` columns at their natural width, the ``wrap``
    columns half the line between them (or what is left), the first column kept whole if it takes at most
    half the line, other text at least MIN_WIDTH; the room left is shared out max-min fairly."""
    wrapped = [n for n in names if n in wrap]

    def least(i: int, room: int) -> int:
        if names[i] in wrap:  # wrapped text needs room to be read: it takes what is left before later columns do
            return min(natural[i], max(MIN_WRAP, min(width // (2 * len(wrapped)), room)))
        if names[i] in whole:
            return min(natural[i], width)
        return min(natural[i], width // 2 if i == 0 else MIN_WIDTH)

    widths: list[int] = []
    for i in range(len(names)):
        used = sum(widths) + len(GAP) * len(widths)  # with the gap before column i
        if widths and used + least(i, width - used) > width:
            break
        widths.append(least(i, width - used))
    spare = width - sum(widths) - len(GAP) * (len(widths) - 1)
    # short columns are shown whole, long ones split the rest evenly
    order = sorted(range(len(widths)), key=lambda i: natural[i] - widths[i])
    for k, i in enumerate(order):
        add = min(natural[i] - widths[i], spare // (len(widths) - k))
        widths[i] += add
        spare -= add
    return widths


def table(df: pd.DataFrame, width: int, *, whole: Collection[str] = (), wrap: Collection[str] = ()) -> str:
    """Aligned columns in at most ``width`` characters a line: long text is cut with "…" (or, in ``wrap``
    columns, wrapped onto more lines), the values of ``whole`` columns are never cut (a column that cannot
    fit whole is not shown), and the columns that cannot fit are named in a last line."""
    width = min(max(width, MIN_LINE), MAX_LINE)
    names, body = list(df.columns), _texts(df, MISSING)
    natural = [max([len(n), *(len(r[i]) for r in body)]) for i, n in enumerate(names)]
    widths = _widths(names, natural, width, whole, wrap)
    shown = len(widths)
    right = [is_number(t) for t in df.dtypes]

    def line(cells: list[str]) -> str:
        parts = [_cut(c, w).rjust(w) if right[i] else _cut(c, w).ljust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return _cut(GAP.join(parts).rstrip(), width)

    def row_lines(cells: list[str]) -> list[str]:
        parts = [textwrap.wrap(c, w, break_long_words=True, break_on_hyphens=False) or [""] if name in wrap else [c]
                 for name, c, w in zip(names, cells, widths)]
        return [line([p[k] if k < len(p) else "" for p in parts]) for k in range(max(map(len, parts)))]

    out = [line(names[:shown]), line(["-" * w for w in widths])] + [text for r in body for text in row_lines(r[:shown])]
    if not body:
        out.append("(no rows)")
    if shown < len(names):
        hidden = names[shown:]
        noun = "column" if len(hidden) == 1 else "columns"
        out.append(_cut(f"{ELLIPSIS} {len(hidden)} more {noun} (see --columns, --vertical): {', '.join(hidden)}", width))
    return "\n".join(out) + "\n"


def vertical(df: pd.DataFrame, width: int) -> str:
    """Each record as a block of "field  value" lines, long values wrapped to ``width``."""
    width = min(max(width, MIN_LINE), MAX_LINE)
    names = list(df.columns)
    label = min(max((len(n) for n in names), default=0), width // 3)
    room = width - label - len(GAP)
    out = []
    for n, row in enumerate(_texts(df, MISSING), 1):
        out.append(f"-[ {n} ]".ljust(width, "-"))
        for name, text in zip(names, row):
            lines = textwrap.wrap(text, room, break_long_words=True, break_on_hyphens=False) or [""]
            out.append(f"{_cut(name, label).ljust(label)}{GAP}{lines[0]}".rstrip())
            out += [f"{' ' * (label + len(GAP))}{rest}" for rest in lines[1:]]
    if not out:
        out.append("(no rows)")
    return "\n".join(out) + "\n"


def spreadsheet_safe(text: str) -> str:
    """`text`, with a single quote in front if a spreadsheet would run it as a formula (it starts with
    = + - @, a tab or a carriage return and is not a plain number): the text then shows as written."""
    return "'" + text if text.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text) else text


def to_csv(df: pd.DataFrame) -> str:
    """CSV for a spreadsheet or a pipe: a cell that would run as a formula starts with a single quote
    (spreadsheet_safe); the files in data/ and --output json keep every value exactly as it is."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([spreadsheet_safe(str(c)) for c in df.columns])
    w.writerows([[spreadsheet_safe(cell(v) or "") for v in row] for row in df.itertuples(index=False)])
    return buf.getvalue()


def _json_value(value):
    text = cell(value)
    if text is None:
        return None
    if isinstance(value, (bool, int, float)) or pd.api.types.is_number(value):
        return value.item() if hasattr(value, "item") else value
    return text


def to_json(df: pd.DataFrame) -> str:
    """A JSON array of objects, one per row; missing values are null, dates YYYY-MM-DD."""
    records = [{k: _json_value(v) for k, v in zip(df.columns, row)} for row in df.itertuples(index=False)]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def markdown_text(text: str) -> str:
    """A cell's text for a Markdown table, shown as written: HTML escaped (no tag or entity of the data
    reaches a page), backslashes, pipes and brackets escaped (no cell split, no link), line breaks as <br>."""
    text = html.escape(text, quote=False).replace("\\", "\\\\")
    return re.sub(r"([|\[\]])", r"\\\1", text).replace("\r\n", "<br>").replace("\n", "<br>").replace("\r", "<br>")


def to_markdown(df: pd.DataFrame) -> str:
    """A GitHub-flavoured Markdown table; missing values are empty cells."""
    def row(cells) -> str:
        return "| " + " | ".join(markdown_text(str(c)) for c in cells) + " |"

    right = [is_number(t) for t in df.dtypes]
    lines = [row(df.columns), "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    lines += [row([cell(v) or "" for v in r]) for r in df.itertuples(index=False)]
    return "\n".join(lines) + "\n"


def render(df: pd.DataFrame, output: str, *, width: int, vertical_layout: bool = False, whole: Collection[str] = (),
           wrap: Collection[str] = ()) -> str:
    """``df`` in one of OUTPUTS; ``width``, ``vertical_layout``, ``whole`` and ``wrap`` apply to the table output."""
    if output == "table":
        return vertical(df, width) if vertical_layout else table(df, width, whole=whole, wrap=wrap)
    return {"csv": to_csv, "json": to_json, "markdown": to_markdown}[output](df)


def reading_order(table: str) -> list[str]:
    """The columns a reader sees first (``x-lead``) less those a shown figure already reads with (its unit,
    currency, qualifier), then the record id, then every other column in the schema's order."""
    fields = schema_fields(table)
    lead = lead_columns(table)
    read_with = {col for name in lead for key, col in (fields.get(name, {}).get("x-display") or {}).items() if key != "as"}
    key = primary_key(schema(table))
    return list(dict.fromkeys([c for c in lead if c not in read_with] + key + list(fields)))


def never_cut(table: str) -> set[str]:
    """The columns shown whole or not at all: record ids (a cut id finds nothing), and figures, dates,
    periods and places (a cut one misleads). Text and labels may be cut."""
    fields = schema_fields(table)
    key = set(primary_key(schema(table)))
    return {name for name, f in fields.items()
            if name in key or name.endswith("_id") or f.get("x-display") or f.get("x-code")
            or f.get("type", "string") in ("number", "integer", "date", "boolean")}


def _word(table: str, field: dict, value: object, row: dict, short: bool) -> str | None:
    if short and field.get("categories") is not None and not missing(value):
        text = category_label(field, str(value), short=True)  # "net migration", not its whole definition
    else:
        text = human(table, field["name"], value, row)
    return text or None


def column_words(df: pd.DataFrame, table: str, column: str, *, short: bool = False) -> list[str | None]:
    """``df[column]`` in words (None where missing); as stored for a column that ``table`` does not have."""
    field = schema_fields(table).get(column)
    if field is None:
        return list(df[column])
    return [_word(table, field, row[column], row, short) for row in df.to_dict("records")]


def in_words(df: pd.DataFrame, table: str, *, short: bool) -> pd.DataFrame:
    """``df`` with every value of a column of ``table`` in words; ``short``: category codes as their short
    words ("persons") rather than their whole meaning, for a row of a table."""
    fields, rows = schema_fields(table), df.to_dict("records")
    return pd.DataFrame({c: pd.Series([_word(table, fields[c], row[c], row, short) for row in rows], index=df.index, dtype=object)
                         if c in fields else df[c] for c in df.columns})
