"""What the terminal layouts show a reader of a table: its columns in reading order and its values in
words (formatting.human: "up to £300,000", "year ending June 2023", "Kurdistan Region"). CSV, JSON and
Markdown output, and ``--raw``, print the values as stored."""

from __future__ import annotations

import pandas as pd

from .formatting import category_label, human, lead_columns, missing
from .loading import schema


def _fields(table: str) -> dict[str, dict]:
    return {f["name"]: f for f in schema(table)["fields"]}


def reading_order(table: str) -> list[str]:
    """The columns a reader sees first (``x-lead``) less those a shown figure already reads with (its unit,
    currency, qualifier), then the record id, then every other column in the schema's order."""
    fields = _fields(table)
    lead = lead_columns(table)
    read_with = {col for name in lead for key, col in (fields.get(name, {}).get("x-display") or {}).items() if key != "as"}
    key = schema(table).get("primaryKey") or []
    return list(dict.fromkeys([c for c in lead if c not in read_with] + key + list(fields)))


def never_cut(table: str) -> set[str]:
    """The columns shown whole or not at all: record ids (a cut id finds nothing), and figures, dates,
    periods and places (a cut one misleads). Text and labels may be cut."""
    fields = _fields(table)
    key = set(schema(table).get("primaryKey") or [])
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
    field = _fields(table).get(column)
    if field is None:
        return list(df[column])
    return [_word(table, field, row[column], row, short) for row in df.to_dict("records")]


def in_words(df: pd.DataFrame, table: str, *, short: bool) -> pd.DataFrame:
    """``df`` with every value of a column of ``table`` in words; ``short``: category codes as their short
    words ("persons") rather than their whole meaning, for a row of a table."""
    fields, rows = _fields(table), df.to_dict("records")
    return pd.DataFrame({c: pd.Series([_word(table, fields[c], row[c], row, short) for row in rows], index=df.index, dtype=object)
                         if c in fields else df[c] for c in df.columns})
