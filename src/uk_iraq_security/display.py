"""A DataFrame as text: a table that fits the terminal, one field per line, or CSV, JSON or Markdown for pipes.

Only the standard library and pandas: the command line stays as light as ``load()``.
"""

from __future__ import annotations

import csv
import difflib
import html
import io
import json
import re
import textwrap
from collections.abc import Sequence

import numpy as np
import pandas as pd

from .errors import UkIraqSecurityError

MISSING = "—"   # how the table and vertical layouts show a missing value (CSV and Markdown: empty; JSON: null)

ELLIPSIS = "…"
GAP = "  "      # between the columns of a table
MIN_WIDTH = 10  # a column is not narrowed below this (or its natural width, if smaller): cut shorter, it says nothing
MIN_LINE = 40   # below this many characters a layout cannot work; narrower terminals get this width
MAX_LINE = 1000  # wider terminals (or COLUMNS=100000000) get this width: a line is never megabytes of padding
# A CSV cell a spreadsheet would run as a formula (OWASP's "CSV injection"), unless it is a plain number
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


class UnknownColumnError(UkIraqSecurityError, KeyError):
    """A column name that the table does not have."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return self.args[0]


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


def _check_columns(df: pd.DataFrame, names: list[str], what: str) -> None:
    unknown = [n for n in names if n not in df.columns]
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(df.columns), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise UnknownColumnError(f"unknown {what} {', '.join(map(repr, unknown))}{hint}; valid columns: {', '.join(df.columns)}")


def select(df: pd.DataFrame, *, columns: list[str] | None = None, where: Sequence[tuple[str, str]] = (),
           rows: int = 0) -> pd.DataFrame:
    """Rows whose column equals the value as written (``where``: all must hold), the first ``rows``
    of them (0: all), and only ``columns`` in that order."""
    _check_columns(df, [c for c, _ in where], "column in --where")
    for col, value in where:
        df = df[[cell(v) == value for v in df[col]]]
    if columns:
        _check_columns(df, columns, "column")
        df = df[columns]
    return df.head(rows) if rows else df


def _texts(df: pd.DataFrame, missing: str) -> list[list[str]]:
    return [[(t if (t := cell(v)) is not None else missing).replace("\n", " ") for v in row]
            for row in df.itertuples(index=False)]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + ELLIPSIS


def _numeric(df: pd.DataFrame) -> list[bool]:
    return [pd.api.types.is_numeric_dtype(t) and not pd.api.types.is_bool_dtype(t) for t in df.dtypes]


def table(df: pd.DataFrame, width: int) -> str:
    """Aligned columns in at most ``width`` characters a line: long text is cut with "…", and the columns
    that cannot fit at all are named in a last line."""
    width = min(max(width, MIN_LINE), MAX_LINE)
    names, body = list(df.columns), _texts(df, MISSING)
    natural = [max([len(n), *(len(r[i]) for r in body)]) for i, n in enumerate(names)]
    # the first column (the record id) is kept whole if it takes at most half the line
    least = [min(w, width // 2 if i == 0 else MIN_WIDTH) for i, w in enumerate(natural)]
    shown = 0
    while shown < len(names) and sum(least[:shown + 1]) + len(GAP) * shown <= width:
        shown += 1
    shown = max(shown, 1)
    widths = least[:shown]
    spare = width - sum(widths) - len(GAP) * (shown - 1)
    # share out the spare width max-min fairly: short columns are shown whole, long ones split the rest evenly
    order = sorted(range(shown), key=lambda i: natural[i] - widths[i])
    for k, i in enumerate(order):
        add = min(natural[i] - widths[i], spare // (shown - k))
        widths[i] += add
        spare -= add
    right = _numeric(df)

    def line(cells: list[str]) -> str:
        parts = [_cut(c, w).rjust(w) if right[i] else _cut(c, w).ljust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return _cut(GAP.join(parts).rstrip(), width)

    out = [line(names[:shown]), line(["-" * w for w in widths])] + [line(r[:shown]) for r in body]
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

    right = _numeric(df)
    lines = [row(df.columns), "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    lines += [row([cell(v) or "" for v in r]) for r in df.itertuples(index=False)]
    return "\n".join(lines) + "\n"


def render(df: pd.DataFrame, output: str, *, width: int, vertical_layout: bool = False) -> str:
    """``df`` in one of OUTPUTS; ``width`` and ``vertical_layout`` apply to the table output."""
    if output == "table":
        return vertical(df, width) if vertical_layout else table(df, width)
    return {"csv": to_csv, "json": to_json, "markdown": to_markdown}[output](df)
