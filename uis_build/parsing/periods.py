"""Parse reporting periods and dates as news articles write them.

"in 2024", "first seven months of 2024", "year ending June", "2022–2023", "since 2015",
"last year", "the previous year", "on Tuesday". Relative expressions need a reference date
(the article's, with a recorded basis) or the period of another record; the result says
how it was resolved. A rounded span back ("five months ago") is read but left unresolved.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .errors import ParseError
from .numbers import parse_number

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s*[-–—/]\s*"
_LEAD = r"(?:(?:in|during|for|of|from)\s+)?(?:the\s+)?"


@dataclass(frozen=True)
class Period:
    """A closed or open interval of dates with its precision, EDTF string and provenance."""

    start: date | None
    end: date | None
    precision: str | None  # "year", "month" or "day"; None when unresolved ("five months ago")
    as_written: str
    basis: str  # "stated", or how a relative expression was resolved

    @property
    def edtf(self) -> str | None:
        """EDTF/ISO 8601 interval ("2023-07/2024-06", "2015/.."), or a single unit ("2024");
        None when unresolved."""
        if self.precision is None:
            return None

        form = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}[self.precision]

        def fmt(d: date | None) -> str:
            return ".." if d is None else d.strftime(form)
        lo, hi = fmt(self.start), fmt(self.end)
        return lo if lo == hi else f"{lo}/{hi}"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_reference(ref: str) -> tuple[int, int | None, int | None]:
    """Split an EDTF reference date ("2024-11-26", "2024-11", "2025") into year, month, day."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", ref or "")
    if not m:
        raise ParseError(f"expected a reference date like 2024-11-26, 2024-11 or 2025, got {ref!r}")
    y, mo, d = int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))
    _real_date(ref, y, mo or 1, d or 1)  # "2024-13" is refused here, not deep inside a period
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


def parse_period(text: str, reference: str | None = None, relative_to: Period | None = None) -> Period:
    """Parse a period as written; ``reference`` (EDTF date) resolves "last year" and friends,
    ``relative_to`` resolves "the previous year" against another record's period."""
    s = text.strip()
    low = re.sub(r"\s+", " ", s.lower()).rstrip(".,")
    core = re.sub(rf"^{_LEAD}", "", low)

    if m := re.fullmatch(rf"({_YEAR})", core):
        return _year(int(m.group(1)), s)
    if m := re.fullmatch(rf"({_YEAR}){_DASH}((?:19|20)?\d{{2}})", core) or re.fullmatch(
        rf"(?:between|from) ({_YEAR}) (?:and|to) ({_YEAR})", low
    ):
        y1, y2 = int(m.group(1)), int(m.group(2))
        if y2 < 100:
            y2 += y1 // 100 * 100
        if y2 < y1:
            raise ParseError(f"period {text!r} ends before it starts")
        return Period(date(y1, 1, 1), date(y2, 12, 31), "year", s, "stated")
    if m := re.fullmatch(rf"since ({_YEAR})", core):
        return Period(date(int(m.group(1)), 1, 1), None, "year", s, "stated; open-ended ('since')")
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
        y, mo = int(m.group(2)), MONTHS[m.group(1)]
        return Period(date(y, mo, 1), month_end(y, mo), "month", s, "stated")
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
        return Period(date(ry, rm, 1), month_end(ry, rm), "month", s, f"{core} relative to the reference date {reference}")
    if core in ("previous year", "year before", "a year earlier", "year earlier", "prior year"):
        if relative_to is None or relative_to.start is None or relative_to.end is None:
            raise ParseError(f"{text!r} is relative to another record's period: link it with 'relative_to'")
        shifted = replace(
            relative_to,
            start=_shift_year(relative_to.start, -1),
            end=_shift_year(relative_to.end, -1),
            as_written=s,
            basis=f"one year before {relative_to.edtf} ({relative_to.as_written!r})",
        )
        return shifted
    raise ParseError(
        f"expected a period such as 'in 2024', 'first seven months of 2024', 'year ending June', "
        f"'2022–2023', 'since 2015' or 'last year', got {text!r}"
    )


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


def parse_date(text: str, reference: str | None = None) -> tuple[date, str]:
    """Parse a single day: "2024-11-26", "26 November 2024", or a weekday ("On Tuesday")
    resolved to the latest such day on or before the reference date. Returns (date, basis)."""
    s = text.strip()
    low = re.sub(r"\s+", " ", s.lower()).rstrip(".,")
    low = re.sub(r"^(?:on|date|dated)\s+", "", low)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", low):
        return _real_date(text, int(m.group(1)), int(m.group(2)), int(m.group(3))), "stated"
    if m := re.fullmatch(rf"(\d{{1,2}}) ({_MONTH}),? ({_YEAR})", low) or re.fullmatch(
        rf"({_MONTH}) (\d{{1,2}}),? ({_YEAR})", low
    ):
        a, b, y = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        return _real_date(text, int(y), MONTHS[month], int(day)), "stated"
    if low in WEEKDAYS:
        ry, rm, rd = _need_reference(s, reference, "day")
        ref = date(ry, rm, rd)
        back = (ref.weekday() - WEEKDAYS[low]) % 7
        return ref - timedelta(days=back), f"latest {low.title()} on or before the reference date {reference}"
    raise ParseError(f"expected a date such as '2024-11-26', '26 November 2024' or 'on Tuesday', got {text!r}")


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
        n = parse_number(m.group(1))
    except ParseError:
        return None
    _need_reference(s, reference)
    unit = m.group(2) + ("" if n == 1 else "s")
    return Period(None, None, None, s, f"{m.group(1)} {unit} before the reference date {reference}, an "
                  "approximate span: not resolved to a date")


def parse_when(text: str, reference: str | None = None, relative_to: Period | None = None) -> Period:
    """When something happened: a day ("On Tuesday", "26 November 2024") or a period ("this month",
    "in 2021"), as a Period (a day is a one-day period of precision "day"); a rounded span back
    ("five months ago") as an unresolved Period (no start, end or precision) with its basis."""
    if (ago := _ago(text, reference)) is not None:
        return ago
    try:
        d, basis = parse_date(text, reference)
    except ParseError as day_error:
        try:
            return parse_period(text, reference=reference, relative_to=relative_to)
        except ParseError:
            raise ParseError(f"expected a day (e.g. 'on Tuesday', '26 November 2024') or a period "
                             f"(e.g. 'this month', 'in 2021'), got {text!r}") from day_error
    return Period(d, d, "day", text.strip(), basis)


# -- finding periods in running text (used by the drafting tool) -----------------------------

# Forms parse_period reads, longest first so "year ending March 2024" is not cut to "March 2024".
# Bare years need a preposition ("in 2023"): a lone year may name a law or an agreement.
_PERIOD_FORMS = (
    rf"(?:between|from) {_YEAR} (?:and|to) {_YEAR}",
    rf"(?:year|12 months) (?:ending|ended|to) (?:{_MONTH})(?: {_YEAR})?",
    rf"first (?:half of|\w+(?:[- ]\w+)? months of) {_YEAR}",
    rf"(?:(?:in|during) )?{_YEAR}{_DASH}(?:19|20)?\d{{2}}",
    rf"since {_YEAR}",
    rf"(?:{_MONTH}) {_YEAR}",
    rf"(?:in|during) {_YEAR}",
    r"(?:last|past|this|next) (?:year|month)",
    r"(?:the )?(?:previous year|year before|prior year)|a year earlier",
)
PERIOD_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(_PERIOD_FORMS)})(?![\w-])", re.IGNORECASE)
# every form holds a digit or the word year or month: a text without any (most sentences) holds no period
_MAY_HOLD_A_PERIOD = re.compile(r"\d|year|month", re.IGNORECASE)


def find_periods(text: str, reference: str | None = None):
    """Yield (start, end, Period or None) for every period written in ``text`` that parse_period
    reads; None when it is relative ("last year", "the previous year") and cannot be resolved
    with ``reference`` alone."""
    if not _MAY_HOLD_A_PERIOD.search(text):
        return
    for m in PERIOD_RE.finditer(text):
        try:
            yield m.start(), m.end(), parse_period(m.group(0), reference=reference)
        except ParseError as e:
            if "relative" in str(e) or "reference date" in str(e):
                yield m.start(), m.end(), None
