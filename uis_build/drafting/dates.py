"""When an event happened or will happen: the date words near it, resolved against the article's reference date.

Forms: "on 26 November [2024]", "November 26", "on Tuesday", "in March [2023]", "last week", "next month",
"this year", "in 2025", "today", "yesterday". A form without its year is read as the latest such day or
month on or before the reference date for something that happened, and the earliest on or after it for
something planned; a week is Monday to Sunday. Dates follow what is written: nothing is inferred that
the words do not give (an offence period "between 2021 and 2023" never dates a verdict).
The build's parsers (uis_build/parsing) read the same words again from the curated span; this module
only proposes, so it resolves a few forms those do not yet read, with plain calendar arithmetic
(a general date parser costs more per call than drafting a whole article).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTHS_SHORT = {name[:3]: i for name, i in MONTHS.items()}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:19|20)\d{2}"

DATE_RE = re.compile(
    rf"(?<![\w-])(?:"
    rf"(?P<dm>(?:[Oo]n )?(?P<d1>\d{{1,2}}) (?P<m1>{_MONTH})(?:,? (?P<y1>{_YEAR}))?)"
    rf"|(?P<md>(?:[Oo]n )?(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:, (?P<y2>{_YEAR}))?)(?!\d)"
    rf"|(?P<wd>(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his) )?(?P<w>{_WEEKDAY}))"
    rf"|(?P<my>(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom) )?(?:(?:early|mid|late)[- ])?(?P<m3>{_MONTH}) (?P<y3>{_YEAR}))"
    rf"|(?P<mo>[Ii]n (?:(?:early|mid|late)[- ])?(?P<m4>{_MONTH}))(?! \d)"
    rf"|(?P<rel>(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (?P<unit>week|month|year))"
    rf"|(?P<yr>[Ii]n (?P<y5>{_YEAR}))(?![\d/–-])"
    rf"|(?P<day>[Tt]oday|[Yy]esterday|[Tt]omorrow)"
    rf")(?![\w-])"
)


@dataclass(frozen=True)
class When:
    """Date words in the text, and what they resolve to (EDTF), or None where the reference does not say."""

    start: int
    end: int
    edtf: str | None


def _ref(reference: str | None) -> date | None:
    if reference and re.fullmatch(r"\d{4}-\d{2}-\d{2}", reference):
        y, m, d = map(int, reference.split("-"))
        try:
            return date(y, m, d)
        except ValueError:
            return None
    return None


def _ref_month(reference: str | None) -> tuple[int, int] | None:
    if reference and (m := re.match(r"(\d{4})-(\d{2})", reference)):
        return int(m.group(1)), int(m.group(2))
    return None


def _ref_year(reference: str | None) -> int | None:
    return int(reference[:4]) if reference and re.match(r"\d{4}", reference) else None


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _week(monday: date) -> str:
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def resolve(m: re.Match, reference: str | None, planned: bool) -> str | None:
    """The EDTF of one DATE_RE match: past forms for what happened, future ones for what is planned."""
    ref, ref_month, ref_year = _ref(reference), _ref_month(reference), _ref_year(reference)
    if m.group("dm") or m.group("md"):
        d, mon, y = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("dm") else (m.group("d2"), m.group("m2"), m.group("y2"))
        day, month = int(d), MONTHS[mon]
        if y:
            return _day(int(y), month, day)
        if ref_month is None:
            return None
        year = ref_month[0]
        here = (month, day)
        now = (ref_month[1], ref.day if ref else 1)
        if planned and here < now:
            year += 1
        elif not planned and here > now:
            year -= 1
        return _day(year, month, day)
    if m.group("wd"):
        if ref is None:
            return None
        want = WEEKDAYS[m.group("w")]
        lead = m.group("wd").split()[0].lower()
        monday = ref - timedelta(days=ref.weekday())
        if lead == "last":
            return (monday - timedelta(days=7 - want)).isoformat()
        if lead == "next":
            return (monday + timedelta(days=7 + want)).isoformat()
        if lead == "this":
            return (monday + timedelta(days=want)).isoformat()
        shift = (want - ref.weekday()) % 7 if planned else -((ref.weekday() - want) % 7)
        return (ref + timedelta(days=shift)).isoformat()
    if m.group("my"):
        return f"{int(m.group('y3')):04d}-{MONTHS[m.group('m3')]:02d}"
    if m.group("mo"):
        if ref_month is None:
            return None
        month, (year, now) = MONTHS[m.group("m4")], ref_month
        if planned and month < now:
            year += 1
        elif not planned and month > now:
            year -= 1
        return f"{year:04d}-{month:02d}"
    if m.group("rel"):
        step = {"last": -1, "past": -1, "next": 1, "this": 0}[m.group("dir").lower()]
        unit = m.group("unit")
        if unit == "week":
            return _week(ref - timedelta(days=ref.weekday()) + timedelta(days=7 * step)) if ref else None
        if unit == "month":
            if ref_month is None:
                return None
            index = ref_month[0] * 12 + ref_month[1] - 1 + step
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return f"{ref_year + step:04d}" if ref_year else None
    if m.group("yr"):
        return m.group("y5")
    if m.group("day"):
        if ref is None:
            return None
        return (ref + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("day").lower()])).isoformat()
    return None


# a date said of the speaking, not of what is spoken about: "the ministry said on Sunday"
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told [\w ]{1,25}?|added|stated|confirmed|reported|wrote)\s+$")


def dates_in(text: str, start: int, end: int) -> list[re.Match]:
    """The date words in ``text[start:end]``, but not those dating a speech act ("said on Sunday")."""
    return [m for m in DATE_RE.finditer(text, start, end)
            if not _SPEECH_BEFORE.search(text, max(0, m.start() - 40), m.start())]
