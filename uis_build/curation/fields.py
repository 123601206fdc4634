"""The fields registry: each evidence field an annotation may give (a span inside its quote), the
tables it applies to, how its words are parsed, which columns it sets and how two articles'
readings of it are compared.

Conflict kinds (the `kind` column of conflicts), one per compared column:
  concept     the readings name different things ("legal migration" vs "net migration")
  value       different numbers, amounts, currencies or statuses
  period      different periods or dates
  qualifier   the same figure, hedged differently ("up to £300,000" vs "£300,000")
  instrument  different types of instrument (joint statement vs memorandum of understanding)
  same_thing  not a disagreement of fact: the curators judge that two differently worded passages
              (descriptions, purposes, subjects, names for an instrument) describe the same thing
  wording     one thing put in other words where the words themselves are the datum (quotations,
              names, roles)
  presence    a reading of the row itself: one article names it (a party), another names the parties or
              signatories without it
  count       a reading of the row itself: the articles give different numbers of instruments signed
A record may override a column's kind in records.yaml (`kinds: {indicator_as_written: concept}`).

Adding an evidence field = one entry in FIELDS (and its columns in the tables' schemas). A field
with tables=None applies to every table whose schema has its columns.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Protocol

from uk_iraq_security.registry import Table

from ..parsing import ParseError, parse_money, parse_period, parse_quantity
from ..parsing.columns import BARE_NUMBER
from ..parsing.instruments import instrument_type
from ..parsing.money import (
    BARE_DINAR,
    BARE_FROM_ARTICLE,
    Money,
    names_no_dinar,
    part_of_sum,
    range_end,
    range_start,
    range_stated_end,
)
from ..parsing.periods import Period, parse_date, parse_when

KINDS = ("concept", "value", "period", "qualifier", "instrument", "same_thing", "wording", "presence", "count")

# How certain a date or period is (the *_certainty columns), from how it was parsed:
CERTAINTY = ("stated", "stated_in_context", "resolved_from_stated_reference", "resolved_from_inferred_reference",
             "bounded", "approximate")
_HALF = {"day": 0, "week": 3, "month": 15, "year": 182}  # half a unit, in days: the rounding of "five months"


class Context(Protocol):
    """What a parser may ask about the reading it parses (implemented by records.RecordBuilder)."""

    reference: str | None  # the reading's reference date (EDTF), None for sources
    reference_certainty: str | None  # sources.reference_date_certainty: stated, earliest
    planned: bool  # the record's curated status is planned: a relative date ("on Tuesday") lies ahead
    date_convention: str  # sources.date_convention: how a numeric date is read (day_first unless it says month_first)
    around: tuple[str, int, int]  # the reading's quote and where the field's words are in it

    def article_dinar(self) -> str | None: ...  # the dinar a bare "dinars" stands for in the article (money.bare_dinar)
    # the currency a bare "kroner" or "francs" (a BARE_FROM_ARTICLE placeholder) stands for in the article
    def article_bare(self, placeholder: str) -> str | None: ...
    # the sum the cited bare number is, read from its text table's heading: its column's header ("Value (£)"), or else
    # the table's caption with its scale ("(£ million)"; parsing.columns)
    def heading_money(self) -> Money: ...

    def linked_row(self, ref: str, key: str, name: str) -> dict: ...
    def linked_period(self, ref: str, key: str, name: str) -> Period: ...


Parser = Callable[[Context, str, dict], dict]


@dataclass(frozen=True)
class EvidenceField:
    """One evidence field: where it applies, how it is parsed, what it sets, how readings compare."""

    name: str
    tables: tuple[str, ...] | None  # None: every table whose schema has all of `columns`
    columns: tuple[str, ...]
    parse: Parser
    compare: dict[str, str] = field(default_factory=dict)  # column -> conflict kind, first = the field's key
    required_in: tuple[str, ...] = ()  # tables whose every record must get this field from some reading
    options: tuple[str, ...] = ()  # span keys besides text/occurrence (same_as, relative_to)
    unspecific_null: tuple[str, ...] = ()  # columns where null means "the words name no value" (no disagreement)
    hedge: str | None = None  # the qualifier column of the hedge rule (see records.py)
    # A reading of the row itself, not of a cell (presence, count): it sets no column of the row; its
    # one compared key is a name of its own in readings/conflicts. `row` gives the record's value of it
    # from (the table's curated records, record_id); `needs` are the columns a table must have for it.
    row: Callable[[dict, str], object] | None = None
    needs: tuple[str, ...] = ()
    row_rule: str = ""  # conflicts.rule: why the record reads as it does ({source}: the agreeing article)


SIGNIFICANT = 15  # what a float64 (the tables' number type) keeps of any decimal


def _num(d: Decimal) -> float:
    """The number as the tables store it; one that would be stored otherwise (inf, rounded) is refused."""
    digits = len(d.normalize().as_tuple().digits)
    if not d.is_finite() or not math.isfinite(float(d)) or digits > SIGNIFICANT:
        raise ParseError(f"{d} cannot be stored as written: the tables hold finite numbers of at most "
                         f"{SIGNIFICANT} significant digits")
    return float(d)


def _as_written(column: str) -> Parser:
    return lambda ctx, text, spec: {column: text}


def _quantity(ctx, text, spec):
    q = parse_quantity(text)
    return {"value": _num(q.value), "qualifier": q.qualifier, "value_as_written": text}


def _period_columns(prefix: str, p: Period, text: str) -> dict:
    return {f"{prefix}_start": p.start, f"{prefix}_end": p.end, f"{prefix}_precision": p.precision,
            f"{prefix}_edtf": p.edtf, f"{prefix}_as_written": text, f"{prefix}_basis": p.basis}


def _uncertain(ctx, p: Period) -> Period:
    """Say so in the basis when a period was resolved against a reference date that could be later."""
    if ctx.reference_certainty == "earliest" and ctx.reference and ctx.reference in p.basis:
        return replace(p, basis=f"{p.basis} (inferred as the earliest consistent with the article; it may be later)")
    return p


def _certainty(ctx, p: Period, linked: dict | None, prefix: str) -> str:
    """stated, or resolved against the article's reference date (stated or inferred), or, for a period
    relative to another record's ('the previous year'), that record's certainty."""
    if linked is not None:
        return linked.get(f"{prefix}_certainty") or "stated"
    if p.basis.startswith("stated"):
        return "stated"
    return "resolved_from_inferred_reference" if ctx.reference_certainty == "earliest" else "resolved_from_stated_reference"


def _period(ctx, text, spec):
    linked = ctx.linked_row(spec["relative_to"], "relative_to", "period") if "relative_to" in spec else None
    rel = ctx.linked_period(spec["relative_to"], "relative_to", "period") if linked is not None else None
    p = parse_period(text, reference=ctx.reference, relative_to=rel)
    return {**_period_columns("period", _uncertain(ctx, p), text), "period_certainty": _certainty(ctx, p, linked, "period")}


def _approximate(ctx, p: Period, text: str) -> dict | None:
    """A rounded span back ('five months ago'), which the parser leaves unresolved: the counted-back day
    as an approximate EDTF date ('2024-06-26~') between bounds half a unit either side; no start or end."""
    m = re.fullmatch(r"(.+?) (day|week|month|year)s? ago", text.strip().rstrip(".,"), re.IGNORECASE)
    if p.start is not None or m is None or not ctx.reference or len(ctx.reference) != 10:
        return None
    n, unit = int(parse_quantity(m.group(1)).value), m.group(2).lower()
    ref = date.fromisoformat(ctx.reference)
    if unit in ("day", "week"):
        day = ref - timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = ref.year * 12 + ref.month - 1 - n * (12 if unit == "year" else 1)
        y, mo = divmod(months, 12)
        day = date(y, mo + 1, min(ref.day, calendar.monthrange(y, mo + 1)[1]))
    half = timedelta(days=_HALF[unit])
    return {"date_edtf": f"{day.isoformat()}~", "date_certainty": "approximate", "date_earliest": day - half,
            "date_latest": day + half,
            "date_basis": f"{p.basis.split(',')[0]}: counted back to {day.isoformat()} and marked approximate "
                          f"(EDTF '~'); the bounds allow half a {unit} either way for the rounding"}


def _event_date(ctx, text, spec):
    linked = ctx.linked_row(spec["relative_to"], "relative_to", "date") if "relative_to" in spec else None
    rel = ctx.linked_period(spec["relative_to"], "relative_to", "date") if linked is not None else None
    p = parse_when(text, reference=ctx.reference, relative_to=rel, future=ctx.planned, order=ctx.date_convention)
    cols = {**_period_columns("date", _uncertain(ctx, p), text), "date_certainty": _certainty(ctx, p, linked, "date"),
            "date_earliest": p.start, "date_latest": p.end}
    return {**cols, **(_approximate(ctx, p, text) or {})}


def _presence(ctx, text, spec):
    """Whether the words name the row (a party): `absent: true` marks words that name the parties or
    signatories without it, the curators' reading of a passage that leaves it out."""
    return {"presence": "not named" if spec.get("absent") else "named"}


def _count(ctx, text, spec):
    """How many instruments the words say were signed: a number ('two memorandums'), an indefinite article
    ('a deal': one) or the items of a list ('- ...' lines, counted)."""
    items = re.findall(r"^- ", text, re.MULTILINE)
    first = text.split()[0].lower()
    if items:
        n = len(items)
    elif first in ("a", "an"):
        n = 1
    else:
        q = parse_quantity(first)
        if q.qualifier is not None or q.value != int(q.value) or q.value < 1:
            raise ParseError(f"expected a count such as 'two agreements', 'a deal' or a '- ' list, got {text!r}")
        n = int(q.value)
    return {"instruments_signed": n}


def _parts(records: dict, record_id: str) -> int:
    """The dataset's own count: the rows whose part_of names this one."""
    return sum(1 for rec in records.values() if rec.get("part_of") == record_id)


def _duration(ctx, text, spec):
    """How long it lasted: 'three-day' -> 3 (days)."""
    m = re.fullmatch(r"(.+?)[- ]days?(?: long)?", text.strip(), re.IGNORECASE)
    q = parse_quantity(m.group(1)) if m else None
    if q is None or q.qualifier is not None or q.value != int(q.value) or q.value < 1:
        raise ParseError(f"expected a length in days such as 'three-day' or '2 days', got {text!r}")
    return {"duration_days": int(q.value), "duration_as_written": text}


def _members(ctx, text, spec):
    q = parse_quantity(text)
    if q.qualifier is not None or q.value != int(q.value):
        raise ParseError(f"expected an exact count of members, got {text!r}")
    return {"members": int(_num(q.value)), "members_as_written": text}


def _amount(ctx, text, spec):
    if "same_as" in spec:
        r = ctx.linked_row(spec["same_as"], "same_as", "amount")
        return {"amount": r["amount"], "currency": r["currency"], "qualifier": r["qualifier"],
                "amount_as_written": text, "amount_basis": "by_reference"}
    # "8" of "between 8 and 12 million dinars", "7 million" of "$5–7 million", "12 million dinars" of "nearly between
    # 8 and 12 million dinars": the range's words are kept, and its qualifier hedges both ends
    # ... and "4 billion" of "12 billion dinars, of which 4 billion ...", the sum's currency shared
    if shared := range_start(*ctx.around) or range_end(*ctx.around) or range_stated_end(*ctx.around) or part_of_sum(*ctx.around):
        return {"amount": _num(shared.amount), "currency": _currency(ctx, shared), "qualifier": shared.qualifier,
                "amount_as_written": shared.as_written, "amount_basis": "shared_from_range"}
    # "310,000" in a text table's column headed "Value (£)", or "2.4" in a table captioned "(£ million)": the heading's
    # currency and scale, or refused when no heading over it names one, or headings name two
    if BARE_NUMBER.fullmatch(text):
        table = ctx.heading_money()
        return {"amount": _num(table.amount), "currency": table.currency, "qualifier": None,
                "amount_as_written": text, "amount_basis": "currency_from_table_heading"}
    m = parse_money(text)
    bare = (m.currency == BARE_DINAR and names_no_dinar(text)) or m.currency in BARE_FROM_ARTICLE
    return {"amount": _num(m.amount), "currency": _currency(ctx, m), "qualifier": m.qualifier,
            "amount_as_written": text, "amount_basis": "currency_from_article" if bare else "stated"}


def _converted(ctx, text, spec):
    m = parse_money(text)
    return {"converted_amount": _num(m.amount), "converted_currency": _currency(ctx, m)}


# what a refused bare currency name is, and words that would name its country
_BARE_NAMED = {"kroner": ("krone", "('Norwegian kroner', 'NOK')"), "francs": ("franc", "('Swiss francs', 'CHF')"),
               "riyals": ("riyal", "('Qatari riyals', 'QAR')")}


def _currency(ctx, money) -> str:
    """The money's currency; a bare "dinars" is the one dinar its article names (IQD when it names none), and is
    refused when the article names two: the words alone do not say which. A bare "kroner" is the krone of the krone
    country its article names (Norway NOK, Sweden SEK, Denmark DKK), or names far most often (money.bare_krone), and is
    refused when it names none, or several with none far ahead; a bare "francs" is the Swiss franc in an article naming
    Switzerland (money.bare_franc), and refused otherwise."""
    if money.currency in BARE_FROM_ARTICLE:
        if (code := ctx.article_bare(money.currency)) is None:
            kind, named = _BARE_NAMED[money.currency]
            raise ParseError(f"{money.as_written!r} says '{money.currency}' with no country, and the article names no {kind} "
                             f"country far most often: cite words that name it {named}, or leave the amount out")
        return code
    if money.currency != BARE_DINAR or not names_no_dinar(money.as_written):
        return money.currency
    if (code := ctx.article_dinar()) is None:
        raise ParseError(f"{money.as_written!r} says 'dinars' with no country, and the article names more than one "
                         "dinar: cite words that name it ('Jordanian dinars', 'IQD'), or leave the amount out")
    return code


def _role(ctx, text, spec):
    status = "former" if re.match(r"former\s+", text, re.IGNORECASE) else "current"
    return {"role": re.sub(r"^former\s+", "", text, flags=re.IGNORECASE), "role_status": status}


def _date_signed(ctx, text, spec):
    d, basis = parse_date(text, ctx.reference, order=ctx.date_convention)
    return {"date_signed": d, "date_signed_as_written": text, "date_signed_basis": basis,
            "date_signed_certainty": _certainty(ctx, Period(d, d, "day", text, basis), None, "date_signed")}


def _published(ctx, text, spec):
    d, _ = parse_date(text, ctx.reference, order=ctx.date_convention)
    return {"published_date": d}


_PERIOD_COLS = ("period_start", "period_end", "period_precision", "period_edtf", "period_as_written", "period_basis",
                "period_certainty")
_DATE_COLS = (*(c.replace("period", "date") for c in _PERIOD_COLS), "date_earliest", "date_latest")

FIELDS: tuple[EvidenceField, ...] = (
    EvidenceField("title", ("sources",), ("title", "title_basis"),
                  lambda ctx, text, spec: {"title": text, "title_basis": "headline"}),
    EvidenceField("published_date", None, ("published_date",), _published, {"published_date": "period"}),
    EvidenceField("value", None, ("value", "qualifier", "value_as_written"), _quantity,
                  {"value": "value", "qualifier": "qualifier"}, required_in=("statistics",), hedge="qualifier"),
    EvidenceField("period", None, _PERIOD_COLS, _period, {"period_edtf": "period"}, options=("relative_to",)),
    EvidenceField("producer", None, ("producer",), _as_written("producer")),
    EvidenceField("label", None, ("indicator_as_written",), _as_written("indicator_as_written"),
                  {"indicator_as_written": "same_thing"}),
    EvidenceField("amount", None, ("amount", "currency", "qualifier", "amount_as_written", "amount_basis"), _amount,
                  {"amount": "value", "currency": "value", "qualifier": "qualifier"}, required_in=("funding",),
                  options=("same_as",), hedge="qualifier"),
    EvidenceField("converted", None, ("converted_amount", "converted_currency"), _converted,
                  {"converted_amount": "value", "converted_currency": "value"}),
    EvidenceField("purpose", None, ("purpose",), _as_written("purpose"), {"purpose": "same_thing"},
                  required_in=("funding",)),
    EvidenceField("name", None, ("name",), _as_written("name"), {"name": "wording"},
                  required_in=("officials", "bodies")),
    EvidenceField("led_by", None, ("led_by",), _as_written("led_by"), {"led_by": "wording"}),
    EvidenceField("members", None, ("members", "members_as_written"), _members, {"members": "value"}),
    EvidenceField("role", None, ("role", "role_status"), _role, {"role": "wording", "role_status": "value"},
                  required_in=("officials",)),
    EvidenceField("title", None, ("title",), _as_written("title"), required_in=("agreements",)),
    EvidenceField("instrument", None, ("instrument_type", "instrument_as_written"),
                  lambda ctx, text, spec: {"instrument_type": instrument_type(text), "instrument_as_written": text},
                  {"instrument_type": "instrument", "instrument_as_written": "same_thing"}, unspecific_null=("instrument_type",)),
    EvidenceField("subject", None, ("subject",), _as_written("subject"), {"subject": "same_thing"},
                  required_in=("agreements",)),
    EvidenceField("date_signed", None, ("date_signed", "date_signed_as_written", "date_signed_basis",
                                        "date_signed_certainty"), _date_signed, {"date_signed": "period"}),
    EvidenceField("text", None, ("text",), _as_written("text"), {"text": "wording"}, required_in=("statements",)),
    EvidenceField("speaker", None, ("speaker_as_written",), _as_written("speaker_as_written"),
                  required_in=("statements",)),
    EvidenceField("description", None, ("description",), _as_written("description"),
                  {"description": "same_thing"}, required_in=("events", "measures")),
    EvidenceField("date", None, _DATE_COLS, _event_date, {"date_edtf": "period"}, options=("relative_to",)),
    EvidenceField("duration", None, ("duration_days", "duration_as_written"), _duration, {"duration_days": "value"}),
    EvidenceField("presence", None, ("presence",), _presence, {"presence": "presence"}, options=("absent",),
                  row=lambda records, rid: "named",
                  row_rule="the row is in the table because {source} names it; a reading naming the parties or "
                           "signatories without it is kept here and does not count among its independent sources"),
    EvidenceField("count", None, ("instruments_signed",), _count, {"instruments_signed": "count"}, row=_parts,
                  needs=("part_of",),
                  row_rule="the dataset keeps {value} instrument(s) as parts of this agreement (agreements.part_of), "
                           "as {source} counts them; the other counts are kept here"),
)


def fields_of(table: Table) -> dict[str, EvidenceField]:
    """The evidence fields an entry for a record of ``table`` may give, by name: those naming the table,
    else those whose columns the table's schema has (so a new table with a `description` or `date_*`
    columns takes `description:` and `date:` spans without a code change)."""
    out: dict[str, EvidenceField] = {}
    for f in FIELDS:
        if f.tables is not None and table.name in f.tables:
            out[f.name] = f
    for f in FIELDS:
        if f.tables is None and f.name not in out and set(f.needs if f.row else f.columns) <= set(table.columns):
            out[f.name] = f
    return out


def evidence_columns(table: Table) -> set[str]:
    """Columns of ``table`` that evidence sets (the others are curated in records.yaml or derived)."""
    return {c for f in fields_of(table).values() if not f.row for c in f.columns}


def field_names() -> list[str]:
    """Every evidence field name, once, in registry order."""
    return list(dict.fromkeys(f.name for f in FIELDS))


def check_against(tables) -> list[str]:
    """Problems between this registry and the tables registry: a field naming a table whose schema
    lacks its columns, a field required in a table it does not apply to."""
    out = []
    for f in FIELDS:
        for t in f.tables or ():
            missing = [c for c in f.columns if t in tables and c not in tables[t].columns]
            if missing:
                out.append(f"evidence field {f.name!r} sets columns {missing} that schemas/{t}.json does not define")
        for t in f.required_in:
            if t in tables and fields_of(tables[t]).get(f.name) is not f:
                out.append(f"evidence field {f.name!r} is required in {t}, but schemas/{t}.json lacks its columns {list(f.columns)}")
    return out
