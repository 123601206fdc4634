"""Sums in a text table whose heading names their currency: a column header naming it in brackets ("Value (£)", "Cost
(US$)", "Amount (USD)", "Grant (£m)"), or else a caption line just above the table's header row ending with it and an
optional scale ("Table 1: Border security funding for Iraq (£ million)", "(£m)", "(US$ thousand)", "(IQD billion)"). The
bare numbers under such a heading are sums of that currency, times the scale (the drafter proposes them, and the build
reads them, amount_basis currency_from_table_heading): "2.4" under a caption "(£ million)" is 2,400,000 GBP.

A table's cells are split by tabs, bars or runs of two spaces; a row's cell is the header's when it sits at the same
index in a row of as many cells, or under the header's columns (numbers set right in a plain-text table). The table
ends at a blank line. A caption is the one-cell lines just above the table's first row, or above the blank line just
above it; its first column (the rows' labels) and a column whose header has words in brackets of its own take nothing
from it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .errors import ParseError
from .money import SYMBOLS, Money, currency_code
from .numbers import parse_number

_CELL_GAP = re.compile(r"\t+|\s*\|\s*|\s{2,}")
# a heading's currency and optional scale in brackets at its end: "(£)", "(US$)", "(£m)", "(£ million)", "(IQD billion)",
# with a budget table's note that its sums are in cash (current prices, as written): "(£ million, cash)", "(£m, nominal)"
# (not "real terms" or a year's prices: those are not the sums as paid)
_MONEY_BRACKETS = (r"\((?P<cur>" + "|".join(re.escape(s) for s in SYMBOLS)
                   + r"|[A-Z]{3})(?:\s?(?P<scale>(?i:thousand|million|billion|mn|bn|m|k|'?000s?)))?(?:,\s?(?i:cash|nominal))?\)")
_CURRENCY_HEADER = re.compile(r"[A-Za-z][\w ]{0,30}" + _MONEY_BRACKETS + "$")
_CAPTION_MONEY = re.compile(_MONEY_BRACKETS + r"\s*$")
# a quick test, most texts having no table: a heading's brackets end its cell or its line (not "(NCA) said" in prose)
_HEADING_END = re.compile(_MONEY_BRACKETS + r"(?=[^\S\n]*(?:\n|$)|\t|[^\S\n]{2,}|[^\S\n]*\|)")
_SCALES = {"thousand": 1000, "k": 1000, "000": 1000, "000s": 1000, "'000": 1000, "'000s": 1000,
           "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9}
_CAPTION_MAX = 150  # a longer line is prose, no caption
BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?")
_EXAMPLES = "('Value (£)', 'Amount (USD)')"
_CAPTION_EXAMPLES = "('(£ million)', '(US$ thousand)')"


class Heading(NamedTuple):
    """A table heading's reading: the currency, the scale, and the heading's words."""
    currency: str
    scale: int
    words: str
    caption: bool  # a caption line, not a column header


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table row ``text[start:end]``."""
    out, at = [], start
    for gap in _CELL_GAP.finditer(text, start, end):
        if gap.start() > at:
            out.append((at, gap.start()))
        at = gap.end()
    if end > at:
        out.append((at, end))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _aligned(line: list[tuple[int, int]], ls: int, k: int, other: list[tuple[int, int]], os: int) -> tuple[int, int] | None:
    """The cell of ``other`` (its line starting at ``os``) in the column of cell ``k`` of ``line`` (starting at ``ls``):
    the one at the same index in a row of as many cells, else the one its columns overlap (numbers set right)."""
    if len(other) == len(line):
        return other[k]
    start, end = line[k]
    return next((c for c in other if c[0] - os < end - ls and start - ls < c[1] - os), None)


def _reading(m: re.Match, words: str, caption: bool) -> Heading | None:
    """The heading ``words`` whose brackets ``m`` matched, read; None when they name no currency."""
    if not (code := _currency_or_none(m.group("cur"))):
        return None
    scale = m.group("scale")
    return Heading(code, _SCALES[scale.lower()] if scale else 1, words.strip(), caption)


def _captions(text: str, lines: list[tuple[int, int]], i: int) -> list[str]:
    """The caption lines of the table whose first row is line ``i``: the one-cell lines just above it, or above the blank
    line just above it, up to a blank line; none when one of them is longer than a caption."""
    j = i - 1
    if j >= 0 and not text[lines[j][0]:lines[j][1]].strip():
        j -= 1
    out = []
    while j >= 0 and (words := text[lines[j][0]:lines[j][1]]).strip():
        if len(_cells(text, *lines[j])) > 1:
            break  # a table's row, no caption
        if len(words) > _CAPTION_MAX:
            return []
        out.insert(0, words.strip())
        j -= 1
    return out


def _is_first_row(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` is a table's first row: two cells or more, and no such row just above it."""
    return len(_cells(text, *lines[i])) > 1 and (i == 0 or len(_cells(text, *lines[i - 1])) < 2)


@lru_cache(maxsize=8)
def _headings(text: str) -> dict[tuple[int, int], tuple[Heading, ...]]:
    """(start, end) of each bare number under a table heading naming a currency -> the readings of the headings over it:
    the column headers' when any names one, else the table's captions'."""
    out: dict[tuple[int, int], tuple[Heading, ...]] = {}
    if not _HEADING_END.search(text):
        return out
    lines = _lines(text)
    for i, (ls, le) in enumerate(lines):
        header = _cells(text, ls, le)
        for k, (hs, he) in enumerate(header if len(header) > 1 else []):
            if not (m := _CURRENCY_HEADER.match(text, hs, he)) or not (got := _reading(m, text[hs:he], False)):
                continue
            for cell in _column(text, lines, i, header, k):
                if got[:2] not in [h[:2] for h in out.get(cell, ())]:  # two headers reading alike are one
                    out[cell] = (*out.get(cell, ()), got)
    by_caption: dict[tuple[int, int], tuple[Heading, ...]] = {}
    for i, (ls, le) in enumerate(lines):
        if not _is_first_row(text, lines, i):
            continue
        readings: tuple[Heading, ...] = ()
        for words in _captions(text, lines, i):
            if (m := _CAPTION_MONEY.search(words)) and (got := _reading(m, words, True)) and got[:2] not in [h[:2] for h in readings]:
                readings = (*readings, got)
        header = _cells(text, ls, le)
        for k in range(1, len(header) if readings else 0):
            if "(" in text[header[k][0]:header[k][1]]:
                continue  # a column with brackets of its own ("Boats (No.)")
            for cell in _column(text, lines, i, header, k):
                if cell not in out:
                    by_caption[cell] = readings
    return out | by_caption


def _column(text: str, lines: list[tuple[int, int]], i: int, header: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The bare numbers under header cell ``k`` of line ``i``, down to a blank line."""
    out = []
    for rs, row_end in lines[i + 1:]:
        if not text[rs:row_end].strip():
            break
        cell = _aligned(header, lines[i][0], k, _cells(text, rs, row_end), rs)
        if cell and BARE_NUMBER.fullmatch(text, *cell):
            out.append(cell)
    return out


def _money(words: str, heading: Heading) -> Money:
    amount = parse_number(words) * heading.scale
    whole = amount.to_integral_value()
    return Money(whole if amount == whole else amount.normalize(), heading.currency, None, words)


def column_money(text: str) -> list[tuple[int, int, Money]]:
    """(start, end, Money) of each bare number in a text table under a heading naming a currency ("Value (£)", a
    caption "(£ million)"), scaled; not one under headings naming two, which the build refuses (heading_money)."""
    return [(s, e, _money(text[s:e], got[0])) for (s, e), got in sorted(_headings(text).items()) if len(got) == 1]


def heading_money(text: str, start: int, end: int) -> Money:
    """The sum the bare number ``text[start:end]`` is, a cell of a text table whose column header names a currency
    ("Value (£)"), or else whose caption does with an optional scale ("(£ million)"); a ParseError saying what was
    expected when no heading over it names one, or headings name two."""
    words = text[start:end]
    if not BARE_NUMBER.fullmatch(words):
        raise ParseError(f"expected a bare number in a table's column, such as '310,000', got {words!r}")
    got = _headings(text).get((start, end), ())
    if len(got) == 1:
        return _money(words, got[0])
    if got and got[0].caption:
        raise ParseError(f"{words!r} names no currency, and its table has {len(got)} captions naming one "
                         f"({'; '.join(repr(h.words) for h in got)}): cite words that name its currency, or leave the amount out")
    if got:
        raise ParseError(f"{words!r} names no currency, and the column headers over it name {len(got)} "
                         f"({', '.join(h.currency for h in got)}): cite words that name its currency, or leave the amount out")
    header, captions = _header_over(text, start, end)
    if header is None:
        raise ParseError(f"{words!r} names no currency, and it is no cell of a text table under a column header naming one "
                         f"{_EXAMPLES}: cite words that name its currency, or leave the amount out")
    if captions:
        raise ParseError(f"{words!r} names no currency, and neither its column header {header!r} nor its table's caption "
                         f"({'; '.join(repr(c) for c in captions)}) names one in brackets {_EXAMPLES[:-1]}, "
                         f"{_CAPTION_EXAMPLES[1:]}: cite words that name its currency, or leave the amount out")
    raise ParseError(f"{words!r} names no currency, and its column header {header!r} names none in brackets "
                     f"{_EXAMPLES}: cite words that name its currency, or leave the amount out")


def column_header(text: str, start: int, end: int) -> str | None:
    """The words of the header cell over the cell ``text[start:end]`` of a text table ("Boats (No.)"); None when it is no
    such cell."""
    return _header_over(text, start, end)[0]


def _header_over(text: str, start: int, end: int) -> tuple[str | None, list[str]]:
    """The words of the header cell over the cell ``text[start:end]`` (the first line of its table's; None when it is no
    cell of a row with a line above it in its table), and its table's caption lines."""
    lines = _lines(text)
    j = next(j for j, (ls, le) in enumerate(lines) if ls <= start <= le)
    top = j
    while top > 0 and text[lines[top - 1][0]:lines[top - 1][1]].strip() and len(_cells(text, *lines[top - 1])) > 1:
        top -= 1
    row = _cells(text, *lines[j])
    if top == j or (start, end) not in row:
        return None, []
    hs, he = lines[top]
    header = _cells(text, hs, he)
    if len(header) < 2:
        return None, []
    cell = _aligned(row, lines[j][0], row.index((start, end)), header, hs)
    return (text[cell[0]:cell[1]] if cell else None), _captions(text, lines, top)


def _currency_or_none(written: str) -> str | None:
    try:
        return SYMBOLS.get(written) or currency_code(written)
    except ParseError:
        return None
