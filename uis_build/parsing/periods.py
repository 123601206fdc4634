"""Parse reporting periods and dates as news articles write them.

"in 2024", "first seven months of 2024", "year ending June", "2022–2023", "since 2015",
"between January and September 2024", "last year", "in October", "the previous year", "the same
period of 2023", "over those nine months", "on Tuesday", "on 26 November", "04/12/2024", "last Tuesday", "next week",
"yesterday", "Q3 2025", "the first quarter of next year", "spring 2025" (its three months; EDTF's season code), "in early March" (the whole month),
"on 3 and 4 March" (a range of days: "2026-03-03/2026-03-04"), "15 January next year".
Relative expressions need a reference date (the article's, with a recorded basis) or the period
of another record; the result says how it was resolved. A rounded span back ("five months ago")
is read but left unresolved.

Conventions: a numeric date is day first (British and Iraqi usage: 04/12/2024 is 4 December
2024), unless the source says otherwise (``order="month_first"``, from its ``date_convention`` in
annotations/sources.yaml: 12/04/2024 is then 4 December 2024); the basis says which was used. A month, day or weekday without a year ("in October", "on 26 November", "on Tuesday") is
the latest one on or before the reference date, or with ``future=True`` (the sentence is in the
future tense: "will meet on Tuesday") the first one after it (for a month or a day: on or after).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from .errors import ParseError
from .numbers import FOLDED_TO, case_blind_starts, parse_number

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# Datelines abbreviate ("Dec 2", "Sept. 30"): read in dates, not in periods.
MONTH_ABBREVIATIONS = {**{name[:3]: i for name, i in MONTHS.items()}, "sept": 9}
# ... as written without a stop ("12 Feb:", "3 Sept"): the drafter finds them case and all ("May" is a full name)
SHORT_MONTHS = sorted(a.capitalize() for a in MONTH_ABBREVIATIONS if a not in MONTHS)
_MONTH = "|".join(MONTHS)
# How a numeric date such as 04/12/2024 is read: day first unless the source's date_convention says otherwise.
DAY_FIRST, MONTH_FIRST = "day_first", "month_first"
ORDERS = {DAY_FIRST: "day first", MONTH_FIRST: "month first"}
_ANY_MONTH = "|".join([*MONTHS, *(rf"{a}\.?" for a in MONTH_ABBREVIATIONS)])
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s*[-–—/]\s*"
_LEAD = r"(?:(?:in|during|for|of|from)\s+)?(?:the\s+)?"
# "next Tuesday", "last week": weeks run Monday to Sunday
_WEEK_STEP = {"last": -7, "past": -7, "next": 7, "this": 0}
_DAY_WORDS = {"today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
              "yesterday": -1, "last night": -1, "tomorrow": 1}
# a season as its months, as the northern hemisphere counts them (winter: the one beginning in December, and
# its EDTF code "2024-24" carries that December's year)
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


@dataclass(frozen=True)
class Period:
    """A closed or open interval of dates with its precision, EDTF string and provenance."""

    start: date | None
    end: date | None
    precision: str | None  # "year", "month" or "day"; None when unresolved ("five months ago")
    as_written: str
    basis: str  # "stated", or how a relative expression was resolved
    season: int | None = None  # EDTF's season code (21 spring ... 24 winter) when the words name a season

    @property
    def edtf(self) -> str | None:
        """EDTF/ISO 8601 interval ("2023-07/2024-06", "2015/.."), a single unit ("2024") or a season ("2026-21");
        None when unresolved."""
        if self.precision is None:
            return None
        if self.season and self.start:
            return f"{self.start.year}-{self.season}"
        return _edtf(self.start, self.end, self.precision)


@lru_cache(maxsize=1024)  # pure; drafting asks again for each figure read with the same period, and strftime is slow
def _edtf(start: date | None, end: date | None, precision: str) -> str:
    form = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}[precision]

    def fmt(d: date | None) -> str:
        return ".." if d is None else d.strftime(form)
    lo, hi = fmt(start), fmt(end)
    return lo if lo == hi else f"{lo}/{hi}"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_reference(ref: str) -> tuple[int, int | None, int | None]:
    """Split an EDTF reference date ("2024-11-26", "2024-11", "2025") into year, month, day."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", ref or "")
    if not m:
        raise ParseError(f"expected a reference date like 2024-11-26, 2024-11 or 2025, got {ref!r}")
    try:  # "2024-13" is refused here, not deep inside a period
        date.fromisoformat(ref + "-01" * (2 - ref.count("-")))
    except ValueError as e:
        raise ParseError(f"the reference date {ref!r} is not a real date ({e})") from None
    y, mo, d = int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))
    return y, mo, d


def _year(y: int, text: str, basis: str = "stated") -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), "year", text, basis)


def _need_reference(text: str, reference: str | None, precision: str = "year"):
    if not reference:
        raise ParseError(f"{text!r} is relative: the source needs a reference_date to resolve it")
    y, m, d = parse_reference(reference)
    if precision == "month" and m is None:
        raise ParseError(f"{text!r} needs a reference date with a month, got {reference!r}")
    if precision == "day" and d is None:
        raise ParseError(f"{text!r} needs a reference date with a day, got {reference!r}")
    return y, m, d


def _month(y: int, mo: int, text: str, basis: str) -> Period:
    return Period(date(y, mo, 1), month_end(y, mo), "month", text, basis)


def _month_near(text: str, name: str, reference: str | None, future: bool, strict: bool = False) -> Period:
    """The month ``name`` nearest the reference date: the latest not after its month (``future``: the
    first not before it); ``strict`` leaves the reference month out ("last October", "next October")."""
    ry, rm, _ = _need_reference(text, reference, "month")
    mo = MONTHS[name]
    if future:
        y = ry if mo > rm or (mo == rm and not strict) else ry + 1
        side = "after" if strict else "on or after"
    else:
        y = ry if mo < rm or (mo == rm and not strict) else ry - 1
        side = "before" if strict else "on or before"
    return _month(y, mo, text, f"{'first' if future else 'latest'} {name.title()} {side} the reference date {reference}")


def _need_period(text: str, relative_to: Period | None) -> tuple[Period, date, date]:
    """``relative_to`` with its start and end, or a ParseError saying the link is missing."""
    if relative_to is None or relative_to.start is None or relative_to.end is None:
        raise ParseError(f"{text!r} is relative to another record's period: link it with 'relative_to'")
    return relative_to, relative_to.start, relative_to.end


def _shifted(text: str, relative_to: Period | None, years: int, basis: str) -> Period:
    """``relative_to`` moved by whole years; a month or year period keeps whole months (2024-02-29 -> 2023-02-28,
    2023-02-28 -> 2024-02-29); a day stays its day (29 February becomes the 28th)."""
    rel, start, end = _need_period(text, relative_to)
    moved = _shift_year(end, years)
    if rel.precision != "day" and end == month_end(end.year, end.month):
        moved = month_end(moved.year, moved.month)
    return replace(rel, start=_shift_year(start, years), end=moved, as_written=text, basis=basis.format(rel=rel))


def _season(text: str, core: str, reference: str | None, future: bool) -> Period | None:
    """A season as its three months: "spring 2025", "the spring of 2026", "next summer", "last winter", and "the spring"
    (the latest begun on or before the reference date, ``future``: the first not yet ended); None if not a season."""
    names = "|".join(SEASON_MONTHS)
    m = re.fullmatch(rf"(?:(next|last|this) )?({names})(?:,? (?:of )?({_YEAR}))?", core)
    if not m or (m.group(1) and m.group(3)):
        return None
    name, first = m.group(2), SEASON_MONTHS[m.group(2)]
    how = f"{name} read as {calendar.month_name[first]} to {calendar.month_name[(first + 1) % 12 + 1]}"
    if m.group(3):
        y, basis = int(m.group(3)), f"stated; {how}"
    else:
        ry, rm, _ = _need_reference(text, reference, "month")
        this = ry - 1 if first == 12 and rm <= 2 else ry  # January and February end the winter begun the December before
        latest_begun = this if (this, first) <= (ry, rm) else this - 1
        ended = (ry, rm) > _add_months(latest_begun, first, 2)
        lead = m.group(1) or ("next" if future and ended else "current" if future else "begun")
        y = {"this": this, "next": latest_begun + 1, "last": latest_begun - (not ended), "begun": latest_begun,
             "current": latest_begun}[lead]
        side = {"this": "of the year of", "next": "first to begin after", "last": "latest to end before",
                "begun": "latest begun by", "current": "not yet ended on"}[lead]
        basis = f"the {name} {side} the reference date {reference}; {how}"
    end_y, end_m = _add_months(y, first, 2)
    return Period(date(y, first, 1), month_end(end_y, end_m), "month", text, basis, season=20 + (first + 2) // 3)


def _add_months(y: int, mo: int, n: int) -> tuple[int, int]:
    y2, m0 = divmod(mo - 1 + n, 12)
    return y + y2, m0 + 1


def parse_period(text: str, reference: str | None = None, relative_to: Period | None = None,
                 future: bool = False) -> Period:
    """Parse a period as written; ``reference`` (EDTF date) resolves "last year", "in October" and
    friends (``future``: a month without a year is the next one, not the last), ``relative_to``
    resolves "the previous year", "the same period of 2023" and "those nine months" against
    another record's period."""
    s = text.strip()
    low = re.sub(r"\s+", " ", s.lower()).rstrip(".,")
    core = re.sub(rf"^{_LEAD}", "", low)

    if m := re.fullmatch(rf"({_YEAR})", core):
        return _year(int(m.group(1)), s)
    if m := re.fullmatch(rf"({_YEAR}){_DASH}((?:19|20)?\d{{2}})", core) or re.fullmatch(
        rf"(?:between|from) ({_YEAR}) (?:and|to) ({_YEAR})", low
    ):
        y1, y2 = int(m.group(1)), int(m.group(2))
        if len(m.group(2)) == 2:
            y2 += y1 // 100 * 100
        if y2 < y1:
            raise ParseError(f"period {text!r} ends before it starts")
        return Period(date(y1, 1, 1), date(y2, 12, 31), "year", s, "stated")
    if m := _DAY_RANGE.fullmatch(core):  # "on 3 and 4 March", "3-4 March 2026", "between 3 and 5 March"
        return _day_range(s, m, reference, future)
    if m := re.fullmatch(rf"(?:between )?({_MONTH})(?: ({_YEAR}))?(?: and | to |{_DASH})({_MONTH}) ({_YEAR})", core):
        # "between January and September 2024"; "November to February 2024" starts the year before
        mo1, mo2, y2 = MONTHS[m.group(1)], MONTHS[m.group(3)], int(m.group(4))
        y1 = int(m.group(2)) if m.group(2) else (y2 if mo1 <= mo2 else y2 - 1)
        if (y1, mo1) > (y2, mo2):
            raise ParseError(f"period {text!r} ends before it starts")
        return Period(date(y1, mo1, 1), month_end(y2, mo2), "month", s, "stated")
    if m := re.fullmatch(rf"since ({_YEAR})", core):
        return Period(date(int(m.group(1)), 1, 1), None, "year", s, "stated; open-ended ('since')")
    if m := re.fullmatch(rf"since ({_MONTH}) ({_YEAR})", core):
        return Period(date(int(m.group(2)), MONTHS[m.group(1)], 1), None, "month", s, "stated; open-ended ('since')")
    if m := re.fullmatch(rf"first (\w+(?:[- ]\w+)?) months of ({_YEAR})(?: alone)?", core):
        n = int(parse_number(m.group(1)))
        if not 1 <= n <= 12:
            raise ParseError(f"{text!r}: a year has 12 months, not {n}")
        y = int(m.group(2))
        return Period(date(y, 1, 1), month_end(y, n), "month", s, "stated")
    if m := re.fullmatch(rf"first half of ({_YEAR})", core):
        y = int(m.group(1))
        return Period(date(y, 1, 1), date(y, 6, 30), "month", s, "stated")
    if m := re.fullmatch(rf"({_MONTH}) ({_YEAR})", core):
        return _month(int(m.group(2)), MONTHS[m.group(1)], s, "stated")
    if m := re.fullmatch(rf"(?:month of )?({_MONTH})", core):
        return _month_near(s, m.group(1), reference, future)
    if m := re.fullmatch(rf"({_MONTH}) (last|next|this) year", core):  # "in June last year"
        ry, _, _ = _need_reference(s, reference)
        side = {"last": "the year before", "next": "the year after", "this": "the year of"}[m.group(2)]
        return _month(ry + {"last": -1, "next": 1, "this": 0}[m.group(2)], MONTHS[m.group(1)], s,
                      f"{m.group(1).title()} of {side} the reference date {reference}")
    if m := re.fullmatch(rf"(last|next) ({_MONTH})", core):
        return _month_near(s, m.group(2), reference, m.group(1) == "next", strict=True)
    if m := re.fullmatch(rf"(?:year|12 months) (?:ending|ended|to) ({_MONTH})(?: ({_YEAR}))?", core):
        mo = MONTHS[m.group(1)]
        if m.group(2):
            y, basis = int(m.group(2)), "stated"
        else:
            ry, rm, _ = _need_reference(s, reference, "month")
            # The latest such month that had ended by the reference date.
            y = ry if mo < rm else ry - 1
            basis = f"latest {m.group(1).title()} ended before the reference date {reference}"
        start = date(y - 1, mo, 1) + timedelta(days=calendar.monthrange(y - 1, mo)[1])
        return Period(start, month_end(y, mo), "month", s, basis)
    if m := re.fullmatch(r"(last|past|next|this) week", core):
        ref = date(*_need_reference(s, reference, "day"))
        monday = ref - timedelta(days=ref.weekday() - _WEEK_STEP[m.group(1)])
        return Period(monday, monday + timedelta(days=6), "day", s,
                      f"{core} relative to the reference date {reference} (weeks run Monday to Sunday)")
    if m := re.fullmatch(rf"q([1-4]) ({_YEAR})", core) or re.fullmatch(
        rf"({'|'.join(_ORDINAL_QUARTERS)}) quarter of ({_YEAR})", core
    ):
        q, y = int(_ORDINAL_QUARTERS.get(m.group(1), m.group(1))), int(m.group(2))
        return Period(date(y, 3 * q - 2, 1), month_end(y, 3 * q), "month", s, "stated")
    if m := re.fullmatch(rf"(?:q([1-4])|({'|'.join(_ORDINAL_QUARTERS)}) quarter of) (last|next|this) year", core):
        # "the first quarter of next year": that quarter of the year before, after or of the reference date's
        ry, _, _ = _need_reference(s, reference)
        q, y = int(m.group(1) or _ORDINAL_QUARTERS[m.group(2)]), ry + {"last": -1, "next": 1, "this": 0}[m.group(3)]
        side = {"last": "the year before", "next": "the year after", "this": "the year of"}[m.group(3)]
        return Period(date(y, 3 * q - 2, 1), month_end(y, 3 * q), "month", s, f"quarter {q} of {side} the reference date {reference}")
    if season := _season(s, core, reference, future):
        return season
    if core in ("last year", "past year"):
        ry, _, _ = _need_reference(s, reference)
        return _year(ry - 1, s, f"the year before the reference date {reference}")
    if core == "this year":
        ry, _, _ = _need_reference(s, reference)
        return _year(ry, s, f"the year of the reference date {reference}")
    if core == "next year":
        ry, _, _ = _need_reference(s, reference)
        return _year(ry + 1, s, f"the year after the reference date {reference}")
    if core in ("this month", "last month", "next month"):
        ry, rm, _ = _need_reference(s, reference, "month")
        if core == "last month":
            ry, rm = (ry, rm - 1) if rm > 1 else (ry - 1, 12)
        elif core == "next month":
            ry, rm = (ry, rm + 1) if rm < 12 else (ry + 1, 1)
        return _month(ry, rm, s, f"{core} relative to the reference date {reference}")
    if re.fullmatch(r"(?:previous year|year before|a year earlier|year earlier|prior year)"
                    r"|same period (?:last year|a year earlier|of the previous year|in the previous year)", core):
        return _shifted(s, relative_to, -1, "one year before {rel.edtf} ({rel.as_written!r})")
    if m := re.fullmatch(rf"same period (?:of|in) ({_YEAR})", core):
        _, _, end = _need_period(s, relative_to)
        return _shifted(s, relative_to, int(m.group(1)) - end.year, f"{{rel.edtf}} ({{rel.as_written!r}}) in {m.group(1)}")
    if m := re.fullmatch(r"(?:(?:over|in|during|for|across) )?(?:those|these|the) (\w+(?:[- ]\w+)?) (month|year)s", low):
        rel, start, end = _need_period(s, relative_to)
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if rel.precision == "day" or months != parse_number(m.group(1)) * (12 if m.group(2) == "year" else 1):
            raise ParseError(f"{text!r} is relative to a period of that length, not to {rel.edtf} ({rel.as_written!r})")
        return replace(rel, as_written=s, basis=f"the period named before: {rel.edtf} ({rel.as_written!r})")
    if re.fullmatch(r"(?:(?:over|in|during|for|across) )?(?:that|this|(?:the )?same) period", low):
        rel, _, _ = _need_period(s, relative_to)
        return replace(rel, as_written=s, basis=f"the period named before: {rel.edtf} ({rel.as_written!r})")
    raise ParseError(
        f"expected a period such as 'in 2024', 'first seven months of 2024', 'year ending June', "
        f"'2022–2023', 'between January and September 2024', 'since 2015' or 'last year', got {text!r}"
    )


# a range of days within one month: "3 and 4 March", "3-4 March 2026", "between the 3rd and 5th of March"
# ... or over the turn of a month, its first day's month told too: "31 March and 1 April", "from 28 February to 2 March 2025"
_DAY_RANGE = re.compile(rf"(?:on |between |from )?(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?:(?: of)? ({_MONTH}))?(?: and | to | ?[-–] ?)"
                        rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_MONTH})(?:,? ({_YEAR}))?")


def _day_range(text: str, m: re.Match, reference: str | None, future: bool) -> Period:
    """Days ``m`` names in one month (or from a day of one month to a day of a later one), as a period of precision day;
    without a year, the year is its first day's (parse_date's rule: the latest such day on or before the reference date,
    ``future``: the first on or after it). A year told after the last day is that day's: "31 December and 1 January 2025"
    starts in 2024."""
    first, last, month = int(m.group(1)), int(m.group(3)), MONTHS[m.group(4)]
    first_month = MONTHS[m.group(2)] if m.group(2) else month
    # the year the range crosses into, if it crosses one: the last day's month comes before the first day's
    over = 1 if first_month > month else 0
    if (first_month, first) == (month, last):
        raise ParseError(f"{text!r} names one day twice: expected a range of days such as '3 and 4 March'")
    if first_month == month and last < first:
        raise ParseError(f"period {text!r} ends before it starts")
    if first_month != month and " and " in m.group(0) and not (
            last == 1 and (first_month % 12) + 1 == month and first >= calendar.monthrange(2025, first_month)[1]):
        # "on 5 May and 6 June" names two days, not the month between them; over the turn of a month "and" joins the last
        # day of one to the first of the next ("31 March and 1 April"), as "to" or a dash may join any two
        raise ParseError(f"{text!r} names two days of different months: expected a range such as '31 March and 1 April'")
    if m.group(5):
        y = int(m.group(5))
        return Period(_real_date(text, y - over, first_month, first), _real_date(text, y, month, last), "day", text, "stated")
    _real_date(text, 2024, month, last)  # a leap year: "30 and 31 April" is refused, "28 and 29 February" is not
    start, basis = _day_near(text, first, first_month, reference, future)
    y, basis = start.year + over, f"{basis} (the range's first day)"
    if (month, last) == (2, 29) and not calendar.isleap(y):  # a range ending on 29 February: the nearest leap year
        if first_month != month:  # begun in another month: its first day is in the year before that February's
            raise ParseError(f"{text!r} ends on 29 February of a year that is no leap year")
        while not calendar.isleap(y):
            y += 1 if future else -1
        basis += f"; it ends on 29 February, so in the {'first' if future else 'latest'} leap year"
    return Period(date(y - over, first_month, first), date(y, month, last), "day", text, basis)


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _real_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as e:  # "2024-13-01", "31 February 2024"
        raise ParseError(f"{text!r} is not a real date ({e})") from None


def _month_number(name: str) -> int:
    name = name.rstrip(".")
    return MONTHS[name] if name in MONTHS else MONTH_ABBREVIATIONS[name]


def _day_near(text: str, day: int, month: int, reference: str | None, future: bool) -> tuple[date, str]:
    """``day`` ``month`` in the year that makes it the latest on or before the reference date
    (``future``: the first on or after it); 29 February goes to the nearest leap year."""
    _real_date(text, 2024, month, day)  # a leap year: "31 February" is refused, "29 February" is not
    ry, rm, rd = _need_reference(text, reference, "month")
    # a reference without a day: a day in its month counts as neither before nor after it
    if future:
        y, step = (ry + 1 if ((month, day) < (rm, rd) if rd else month < rm) else ry), 1
    else:
        y, step = (ry - 1 if ((month, day) > (rm, rd) if rd else month > rm) else ry), -1
    while not calendar.isleap(y) and (month, day) == (2, 29):
        y += step
    side = "first such day on or after" if future else "latest such day on or before"
    return date(y, month, day), f"{side} the reference date {reference}"


def parse_date(text: str, reference: str | None = None, future: bool = False, order: str = DAY_FIRST) -> tuple[date, str]:
    """Parse a single day: "2024-11-26", "26 November 2024", "Dec 2, 2024", "04/12/2024" (day
    first: 4 December; ``order="month_first"``: 12 April), or with the reference date "26 November" or a
    weekday ("On Tuesday"): the latest such day on or before it (``future``: the first on or after it; a
    weekday strictly after it). Returns (date, basis)."""
    if order not in ORDERS:
        raise ParseError(f"unknown date convention {order!r}: expected one of {', '.join(ORDERS)}")
    s = text.strip()
    low = re.sub(r"\s+", " ", s.lower()).rstrip(",")
    low = re.sub(r"^(?:on|date|dated)\s+", "", low).removesuffix(".")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", low):
        return _real_date(text, int(m.group(1)), int(m.group(2)), int(m.group(3))), "stated"
    if m := re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", low):
        day, month, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if order == MONTH_FIRST:
            day, month = month, day
        if month > 12:
            how = ("numeric dates are read day first (04/12/2024 is 4 December 2024) unless the source's date_convention "
                   "in annotations/sources.yaml is month_first" if order == DAY_FIRST else
                   "numeric dates of this source are read month first (its date_convention: 12/04/2024 is 4 December 2024)")
            raise ParseError(f"{text!r} is not a real date: {how}, and there is no month {month}")
        return _real_date(text, y, month, day), f"stated; numeric date read {ORDERS[order]}" + (
            " (the source's date_convention)" if order != DAY_FIRST else "")
    if m := re.fullmatch(rf"(\d{{1,2}}) ({_ANY_MONTH}),? ({_YEAR})", low) or re.fullmatch(
        rf"({_ANY_MONTH}) (\d{{1,2}}),? ({_YEAR})", low
    ):
        a, b, y = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        return _real_date(text, int(y), _month_number(month), int(day)), "stated"
    if m := re.fullmatch(rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_ANY_MONTH}) (last|next|this) year", low):
        # "15 January next year": that day in the year before, after or of the reference date's
        ry, _, _ = _need_reference(s, reference)
        side = {"last": "the year before", "next": "the year after", "this": "the year of"}[m.group(3)]
        return (_real_date(text, ry + {"last": -1, "next": 1, "this": 0}[m.group(3)], _month_number(m.group(2)), int(m.group(1))),
                f"in {side} the reference date {reference}")
    if m := re.fullmatch(rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_ANY_MONTH})", low) or re.fullmatch(
        rf"({_ANY_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?", low
    ):
        a, b = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        return _day_near(text, int(day), _month_number(month), reference, future)
    if m := re.fullmatch(rf"last ({'|'.join(WEEKDAYS)})", low):
        # the latest such day two to eight days before the reference, as the gold of every opened article dated by one
        # reads it: "last Tuesday" in a Sunday column is five days before, not twelve, and in a Wednesday paper eight (the
        # day before would be "yesterday"; tests/articles/README.md)
        ref = date(*_need_reference(s, reference, "day"))
        return (ref - timedelta(days=(ref.weekday() - WEEKDAYS[m.group(1)] - 2) % 7 + 2),
                f"latest {m.group(1).title()} at least two days before the reference date {reference}")
    if m := re.fullmatch(rf"(next|this) ({'|'.join(WEEKDAYS)})", low):
        ref = date(*_need_reference(s, reference, "day"))
        week = {"next": "the week after", "this": "the week of"}[m.group(1)]
        monday = ref - timedelta(days=ref.weekday())
        return (monday + timedelta(days=WEEKDAYS[m.group(2)] + _WEEK_STEP[m.group(1)]),
                f"the {m.group(2).title()} of {week} the reference date {reference} (weeks run Monday to Sunday)")
    if low in _DAY_WORDS:
        ref = date(*_need_reference(s, reference, "day"))
        return ref + timedelta(days=_DAY_WORDS[low]), f"{low} relative to the reference date {reference}"
    if low in WEEKDAYS:
        ry, rm, rd = _need_reference(s, reference, "day")
        ref = date(ry, rm, rd)
        if future:
            ahead = (WEEKDAYS[low] - ref.weekday()) % 7 or 7
            return ref + timedelta(days=ahead), f"first {low.title()} after the reference date {reference}"
        back = (ref.weekday() - WEEKDAYS[low]) % 7
        return ref - timedelta(days=back), f"latest {low.title()} on or before the reference date {reference}"
    raise ParseError(f"expected a date such as '2024-11-26', '26 November 2024', '04/12/2024' (day first), "
                     f"'on 26 November' or 'on Tuesday', got {text!r}")


_AGO = re.compile(r"(\w+(?:[- ]\w+)?) (day|week|month|year)s? ago")


def _ago(text: str, reference: str | None) -> Period | None:
    """"five months ago": a round span back from the reference date. Counting it back would type a
    month the article does not give (a rounded five months before 26 November spans June and July),
    so the Period stays unresolved and its basis says why; None if not this form."""
    s = text.strip()
    m = _AGO.fullmatch(re.sub(r"\s+", " ", s.lower()).rstrip(".,"))
    if not m:
        return None
    try:
        n = 1 if m.group(1) in ("a", "an") else parse_number(m.group(1))  # "a week ago" is one week
    except ParseError:
        return None
    _need_reference(s, reference)
    unit = m.group(2) + ("" if n == 1 else "s")
    return Period(None, None, None, s, f"{m.group(1)} {unit} before the reference date {reference}, an "
                  "approximate span: not resolved to a date")


# a period's refusals that say what is wrong with words it read (the others only say the words are no period)
_READ_BUT_REFUSED = ("reference", "relative", "not a real date", "before it starts", "one day twice")
_PART = re.compile(r"((?:in|by|from|during|until)\s+|)(?:the\s+)?(early|mid|late)[- ](\S.*)", re.IGNORECASE | re.DOTALL)


def parse_when(text: str, reference: str | None = None, relative_to: Period | None = None,
               future: bool = False, order: str = DAY_FIRST) -> Period:
    """When something happened: a day ("On Tuesday", "26 November 2024") or a period ("this month",
    "in 2021"), as a Period (a day is a one-day period of precision "day"); a rounded span back
    ("five months ago") as an unresolved Period (no start, end or precision) with its basis.
    ``future``: the sentence is in the future tense ("will meet on Tuesday", "is due in May"); ``order``: how a
    numeric date is read (parse_date)."""
    if (ago := _ago(text, reference)) is not None:
        return ago
    if part := _PART.fullmatch(text.strip()):  # "in early March", "mid-2025": the month or year that holds it
        inner = part.group(1) + part.group(3)
        try:
            p = parse_when(inner, reference, relative_to, future, order)
        except ParseError as e:
            raise ParseError(str(e).replace(repr(inner), repr(text.strip()))) from None
        return replace(p, as_written=text.strip(), basis=f"{p.basis}; '{part.group(2)}' not kept: all of {p.edtf}")
    try:
        d, basis = parse_date(text, reference, future=future, order=order)
    except ParseError as day_error:
        if "not a real date" in str(day_error) or "date convention" in str(day_error):
            raise  # a day, read and refused: no period to try
        try:
            return parse_period(text, reference=reference, relative_to=relative_to, future=future)
        except ParseError as period_error:
            for e in (day_error, period_error):  # read, but refused or short of what it needs: say why
                if any(reason in str(e) for reason in _READ_BUT_REFUSED):
                    raise e from None
            raise ParseError(f"expected a day (e.g. 'on Tuesday', '26 November 2024') or a period "
                             f"(e.g. 'this month', 'in 2021'), got {text!r}") from day_error
    return Period(d, d, "day", text.strip(), basis)


# -- finding periods in running text (used by the drafting tool) -----------------------------

# Forms parse_period reads, longest first so "year ending March 2024" is not cut to "March 2024".
# Bare years need a preposition ("in 2023"): a lone year may name a law or an agreement; a month
# without a year needs one too, and a capital ("in may" is no month).
_TITLE_MONTH = "|".join(name.title() for name in MONTHS)
_PERIOD_FORMS = (
    rf"(?:between|from) {_YEAR} (?:and|to) {_YEAR}",
    rf"(?:(?:between|from) )?(?:{_MONTH})(?: {_YEAR})?(?: and | to |{_DASH})(?:{_MONTH}) {_YEAR}",
    rf"(?:year|12 months) (?:ending|ended|to) (?:{_MONTH})(?: {_YEAR})?",
    rf"first (?:half of|\w+(?:[- ]\w+)? months of) {_YEAR}",
    rf"(?:(?:in|during) )?{_YEAR}{_DASH}(?:19|20)?\d{{2}}",
    rf"since (?:(?:{_MONTH}) )?{_YEAR}",
    rf"(?:{_MONTH}) {_YEAR}",
    rf"(?:in|during) {_YEAR}",
    rf"(?:in|during|last|next) (?-i:{_TITLE_MONTH})(?! \d)",
    r"(?:last|past|this|next) (?:year|month)",
    rf"(?:(?:in|during|over) )?(?:the )?same period(?: (?:of|in) {_YEAR}| last year| a year earlier)?",
    r"(?:the )?(?:previous year|year before|prior year)|a year earlier",
    r"(?:over|in|during|for|across) (?:those|these) \w+(?:[- ]\w+)? (?:months|years)|(?:over|in|during) that period",
)
# the lookahead holds the forms' first four characters ("a ye" of "a year earlier", "in " and "the " with what may follow
# them: "the same period", "in 2023", "in those months", "in March"; a month's first three; a year's 19 or 20): most word
# starts fail it at once, not after one try per form ("said", "they", "into", "in the city" fail here)
_FORM_STARTS = sorted({"12 m", "19", "20", "a ye", "acro", "betw", "duri", "firs", "for ", "from", "last", "next", "over", "past",
                       "prev", "prio", "same", "sinc", "the p", "the s", "the y", "this", "year", *(month[:3] for month in MONTHS),
                       *(f"in {c}" for c in "12adfjmnos"), "in the s", "in tha", "in thes", "in tho"})
PERIOD_RE = re.compile(rf"(?<![\w-])(?={case_blind_starts(_FORM_STARTS)})(?:{'|'.join(_PERIOD_FORMS)})(?![\w-])", re.IGNORECASE)
# every form holds a digit, the word year, month or period, or a month's name: a text without any
# (most sentences) holds no period
# (as a case-sensitive trie, its first characters looked ahead for first: a case-blind alternation tried each of its 16 words
# at every position up to the first match, most often some 100 characters in)
_PERIOD_WORDS = ["year", "month", "period", *MONTHS]
_PERIOD_WORD_FIRSTS = "".join(sorted({c for w in _PERIOD_WORDS for c in w[0] + w[0].upper() + FOLDED_TO.get(w[0], "")}))
_MAY_HOLD_A_PERIOD = re.compile(rf"(?-i:(?=[\d{_PERIOD_WORD_FIRSTS}]))(?:\d|{case_blind_starts(_PERIOD_WORDS)})", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


# parse_period is pure (a Period is frozen) and running text repeats its period words: each is read once. Only here,
# where every argument is a string from a match or the caller's reference, never a value from YAML
@lru_cache(maxsize=4096)
def _parse_period_once(words: str, reference: str | None, relative_to: Period | None) -> Period:
    return parse_period(words, reference=reference, relative_to=relative_to)


def find_periods(text: str, reference: str | None = None):
    """Yield (start, end, Period or None) for every period written in ``text`` that parse_period
    reads. A period relative to another ("the previous year", "the same period of 2023", "over those
    nine months") is read against the last period resolved before it in its paragraph; None when
    it cannot be resolved so ("last year" without ``reference``, no period before it)."""
    if not _MAY_HOLD_A_PERIOD.search(text):
        return
    last: tuple[int, Period] | None = None  # where the last resolved period ends, and it
    for m in PERIOD_RE.finditer(text):
        before = last[1] if last and not _PARAGRAPH_BREAK.search(text, last[0], m.start()) else None
        try:
            period = _parse_period_once(m.group(0), reference, before)
        except ParseError as e:
            if "relative" in str(e) or "reference date" in str(e):
                yield m.start(), m.end(), None
            continue
        if period.start is not None and period.end is not None:
            last = (m.end(), period)
        yield m.start(), m.end(), period
