"""Values for people: what a reader sees first, how a record is titled, and a value in words.

Everything here is read from the schemas, so a new table or column needs no code:

- a table's ``x-lead`` lists the columns a reader sees first (the record id is not among them);
- its ``x-title`` is a list of segments such as ``"{amount}: {purpose}"``, ``" ({recipient_code}, {scope})"``:
  each placeholder is a column in words, and a segment with an empty column is left out; a list of
  segments in place of one is a choice (the first complete one is used); ``{official_id.name}`` reads a
  column of the row a foreign key points at;
- a field's ``x-display`` says how a number reads with its row: ``money`` (with its currency and qualifier
  columns: "up to £300,000"), ``quantity`` (with unit and qualifier: "over 5,000 persons"), or ``edtf``
  (an EDTF date or interval in words: "year ending June 2023");
- categories read as their ``label`` (in titles: their ``x-short``, else the code in words), place codes
  as the template's ``x-places`` names ("IQ-KR" -> "Kurdistan Region") or entities.py's, dates as "26 November 2024".

The data stay raw; these functions only make strings. Standard library only (pandas values are read
duck-typed), so displays that never load pandas can use them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import string
from collections.abc import Mapping
from functools import cache

from .dataset_files import template
from .entities import ENTITIES
from .loading import load, schema
from .registry import primary_key

CURRENCY_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
TITLE_PART_LIMIT = 72  # characters of one column in a title: a quotation's title is its start
_EDTF_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_EDTF_SEASON = re.compile(r"(\d{4})-(2[1-4])")


def missing(value: object) -> bool:
    """True for None, NaN, NaT, pandas' NA and the empty string."""
    if value is None:
        return True
    try:
        return bool(value != value) or value == ""  # NaN and NaT are not equal to themselves
    except TypeError:  # pandas.NA refuses to be a bool
        return True


@cache
def schema_fields(table: str) -> dict[str, dict]:
    """The fields of ``table``'s schema by name (read once per process)."""
    return {f["name"]: f for f in schema(table)["fields"]}


def lead_columns(table: str) -> list[str]:
    """The columns a reader sees first in ``table`` (its schema's ``x-lead``), in order; the record id
    is not among them. A table without ``x-lead`` leads with its first columns after the key."""
    s = schema(table)
    lead = s.get("x-lead")
    if lead:
        return list(lead)
    return [f["name"] for f in s["fields"] if f["name"] not in primary_key(s)][:4]


@cache
def places() -> dict[str, dict]:
    """Place code -> {"name": English short name, "aliases": [...]} from the template's ``x-places``, and the
    organisation codes of entities.py ("EU" -> "European Union")."""
    return {**ENTITIES, **template().get("x-places", {})}


def place_name(code: str) -> str:
    """The English short name of an ISO 3166 or organisation code ("IQ-KR" -> "Kurdistan Region", "EU" ->
    "European Union"); a named region as is."""
    return places().get(code, {}).get("name", code)


def _words(code: str) -> str:
    return code.replace("_", " ")


def category_label(field: dict, value: str, *, short: bool = False) -> str:
    """A category code's meaning: its label (short: its ``x-short``, else the code in words)."""
    for c in field.get("categories") or []:
        if isinstance(c, dict) and c.get("value") == value:
            if short:
                return c.get("x-short") or _words(value)
            return c.get("label") or _words(value)
    return _words(value)


def _number(value: float) -> str:
    """75000000 -> '75 million', 300000 -> '300,000', 2.5 -> '2.5'."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size and value % (size / 10) == 0:
            return f"{value / size:g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _money(amount: float, currency: object) -> str:
    text = _number(amount)
    if missing(currency):
        return text
    symbol = CURRENCY_SYMBOLS.get(str(currency))
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def _hedged(text: str, qualifier: object) -> str:
    # a qualifier code is its words: up_to -> "up to", more_than -> "more than"
    return text if missing(qualifier) else f"{_words(str(qualifier))} {text}"


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):  # pandas' Timestamp too
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def date_words(value: object) -> str:
    """A date as '26 November 2024'."""
    d = _as_date(value)
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _edtf_point(text: str) -> tuple[int, int | None, int | None] | None:
    m = _EDTF_DATE.fullmatch(text)
    if not m:
        return None
    y, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12:  # a season ("2026-21") or no month: not a point this reads
        return None
    return int(y), int(mo) if mo else None, int(d) if d else None


def _point_words(p: tuple[int, int | None, int | None]) -> str:
    y, m, d = p
    if m is None:
        return str(y)
    if d is None:
        return f"{calendar.month_name[m]} {y}"
    return f"{d} {calendar.month_name[m]} {y}"


def edtf_words(edtf: str) -> str:
    """An EDTF date or interval in words: '2024-11' -> 'November 2024', '2022-07/2023-06' -> 'year ending
    June 2023', '2024-01/2024-07' -> 'January–July 2024', '2015/..' -> 'since 2015', '2026-21' -> 'spring 2026'.
    Anything else as is."""
    text = edtf.strip()
    approximate = text.endswith(("~", "?", "%"))
    text = text.rstrip("~?%")
    if season := _EDTF_SEASON.fullmatch(text):  # EDTF's season codes: 21 spring ... 24 winter
        words = f"{('spring', 'summer', 'autumn', 'winter')[int(season.group(2)) - 21]} {season.group(1)}"
        return f"about {words}" if approximate else words
    start_text, slash, end_text = text.partition("/")
    start = _edtf_point(start_text) if start_text not in ("", "..") else None
    end = _edtf_point(end_text) if end_text not in ("", "..") else None
    if not slash:
        words = _point_words(start) if start else edtf
    elif start and end_text in ("", ".."):
        words = f"since {_point_words(start)}"
    elif end and start_text in ("", ".."):
        words = f"until {_point_words(end)}"
    elif start and end:
        words = _interval_words(start, end)
    else:
        return edtf
    return f"about {words}" if approximate else words


def _interval_words(start: tuple[int, int | None, int | None], end: tuple[int, int | None, int | None]) -> str:
    (y1, m1, d1), (y2, m2, d2) = start, end
    if m1 is None and m2 is None:
        return f"{y1}–{y2}"
    if m1 and m2 and d1 is None and d2 is None:
        if (y2 * 12 + m2) - (y1 * 12 + m1) == 11:  # twelve months: how statisticians name a year
            return f"year ending {calendar.month_name[m2]} {y2}"
        if y1 == y2:
            return f"{calendar.month_name[m1]}–{calendar.month_name[m2]} {y2}"
    if m1 and m2 and d1 and d2 and (y1, m1) == (y2, m2):
        return f"{d1}–{d2} {calendar.month_name[m2]} {y2}"
    return f"{_point_words(start)}–{_point_words(end)}"


def _render(table: str, column: str, value: object, row: Mapping | None, *, short: bool) -> str:
    if missing(value):
        return ""
    field = schema_fields(table).get(column, {})
    display = field.get("x-display") or {}
    row = row if row is not None else {}
    kind = display.get("as")
    if kind == "edtf":
        return edtf_words(str(value))
    if kind in ("money", "quantity"):
        number = float(value)  # type: ignore[arg-type]
        qualifier = row.get(display["qualifier"]) if "qualifier" in display else None
        if kind == "money":
            currency = row.get(display["currency"]) if "currency" in display else None
            return _hedged(_money(number, currency), qualifier)
        unit = row.get(display["unit"]) if "unit" in display else None
        text = _number(number)
        if not missing(unit):
            text = f"{text}×" if unit == "ratio" else text if short else f"{text} {_words(str(unit))}"
        return _hedged(text, qualifier)
    if field.get("categories") is not None:
        return category_label(field, str(value), short=short)
    if str(field.get("x-code", "")).startswith("iso3166"):
        return place_name(str(value))
    ftype = field.get("type", "string")
    if ftype == "date":
        return date_words(value)
    if ftype == "boolean":
        return "yes" if value else "no"
    if ftype in ("integer", "number"):
        return _number(float(value))  # type: ignore[arg-type]
    return str(value)


def human(table: str, column: str, value: object, row: Mapping | None = None) -> str:
    """``value`` of ``table.column`` in words for a reader; ``row`` (a dict or a pandas row) supplies the
    columns a figure reads with (currency, unit, qualifier). Missing values give ''.

    >>> human("funding", "amount", 300000, {"currency": "GBP", "qualifier": "up_to"})
    'up to £300,000'
    """
    return _render(table, column, value, row, short=False)


@cache
def _referenced(table: str, column: str) -> tuple[str, dict[object, dict]]:
    """The table a one-column foreign key points at, and its rows by key (read once per process)."""
    fk = next(fk for fk in schema(table).get("foreignKeys", []) if fk["fields"] in (column, [column]))
    ref = fk["reference"]
    target = ref["fields"] if isinstance(ref["fields"], str) else ref["fields"][0]
    rows = load(ref["resource"], backend="pyarrow").to_pylist()
    return ref["resource"], {r[target]: r for r in rows}


class _Segment(string.Formatter):
    """Fills one x-title segment; ``{official_id.name}`` reads the name of the row official_id points at."""

    def __init__(self, table: str, row: Mapping):
        self.table, self.row = table, row
        self.keys: list[str] = []  # the columns filled, in order

    def get_field(self, field_name, args, kwargs):
        column, _, other = str(field_name).partition(".")
        value = self.row.get(column)
        table, row = self.table, self.row
        if other and not missing(value):
            table, rows = _referenced(self.table, column)
            row = rows.get(value, {})
            column, value = other, row.get(other)
        text = _render(table, column, value, row, short=True)
        if not text:
            raise LookupError(field_name)  # the segment is left out
        if len(text) > TITLE_PART_LIMIT:
            text = text[:TITLE_PART_LIMIT].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        self.keys.append(str(field_name))
        return text, field_name


def _is_id(table: str, key: str) -> bool:
    return "." not in key and (key.endswith("_id") or key in primary_key(schema(table)))


def title(table: str, row: Mapping) -> str:
    """A record's title from its schema's ``x-title``, e.g. '£75 million: a new Border Security Command
    (BSC) (UK, domestic)', '396 human trafficking cases, Kurdistan Region, 2024'. A long text in it is cut
    at a word with '…'; a title is capitalised unless it starts with a record id."""
    segments = schema(table).get("x-title") or ["{" + lead_columns(table)[0] + "}"]
    formatter = _Segment(table, row)
    parts = []
    for segment in segments:
        for choice in [segment] if isinstance(segment, str) else segment:  # a list: the first choice that is complete
            filled = len(formatter.keys)
            try:
                parts.append(formatter.format(choice))
                break
            except LookupError:
                del formatter.keys[filled:]
    text = "".join(parts).strip()
    if formatter.keys and _is_id(table, formatter.keys[0]):
        return text
    return text[:1].upper() + text[1:]
