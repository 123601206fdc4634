"""Sums in a text table's column whose header names their currency in brackets: "Value (£)", "Cost (US$)",
"Amount (USD)". The bare numbers under such a header are sums of that currency (the drafter proposes them, and the
build reads them, amount_basis currency_from_column_header).

A table's cells are split by tabs, bars or runs of two spaces; a row's cell is the header's when it sits at the same
index in a row of as many cells, or under the header's columns (numbers set right in a plain-text table). The table
ends at a blank line."""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import ParseError
from .money import SYMBOLS, Money, currency_code
from .numbers import parse_number

_CELL_GAP = re.compile(r"\t+|\s*\|\s*|\s{2,}")
_CURRENCY_HEADER = re.compile(r"[A-Za-z][\w ]{0,30}\((?P<cur>" + "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
                              + r"|[A-Z]{3})\)$")
BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?")
_EXAMPLES = "('Value (£)', 'Amount (USD)')"


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


def _under(header: list[tuple[int, int]], k: int, hs: int, row: list[tuple[int, int]], rs: int) -> tuple[int, int] | None:
    """The cell of ``row`` (starting at ``rs``) under header cell ``k`` of ``header`` (its line starting at ``hs``)."""
    if len(row) == len(header):
        return row[k]
    start, end = header[k]
    return next((c for c in row if c[0] - rs < end - hs and start - hs < c[1] - rs), None)


@lru_cache(maxsize=8)
def _column_currencies(text: str) -> dict[tuple[int, int], tuple[str, ...]]:
    """(start, end) of each bare number under a column header naming a currency -> the currencies of the headers over it."""
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    lines = _lines(text)
    for i, (ls, le) in enumerate(lines):
        header = _cells(text, ls, le)
        for k, (hs, he) in enumerate(header if len(header) > 1 else []):
            if not (m := _CURRENCY_HEADER.match(text, hs, he)) or not (code := _currency_or_none(m.group("cur"))):
                continue
            for rs, row_end in lines[i + 1:]:
                if not text[rs:row_end].strip():
                    break
                cell = _under(header, k, ls, _cells(text, rs, row_end), rs)
                if cell and BARE_NUMBER.fullmatch(text, *cell) and code not in out.get(cell, ()):
                    out[cell] = (*out.get(cell, ()), code)
    return out


def column_money(text: str) -> list[tuple[int, int, Money]]:
    """(start, end, Money) of each bare number in a text table's column whose header names a currency ("Value (£)");
    not one under headers naming two currencies, which the build refuses (column_currency)."""
    return [(s, e, Money(parse_number(text[s:e]), codes[0], None, text[s:e]))
            for (s, e), codes in sorted(_column_currencies(text).items()) if len(codes) == 1]


def column_currency(text: str, start: int, end: int) -> str:
    """The currency of the bare number ``text[start:end]``, a cell of a text table whose column header names one
    ("Value (£)"); a ParseError saying what was expected when no header over it names one, or headers name two."""
    words = text[start:end]
    if not BARE_NUMBER.fullmatch(words):
        raise ParseError(f"expected a bare number in a table's column, such as '310,000', got {words!r}")
    codes = _column_currencies(text).get((start, end), ())
    if len(codes) == 1:
        return codes[0]
    if codes:
        raise ParseError(f"{words!r} names no currency, and the column headers over it name {len(codes)} ({', '.join(codes)}): "
                         "cite words that name its currency, or leave the amount out")
    header = _header_over(text, start, end)
    if header is None:
        raise ParseError(f"{words!r} names no currency, and it is no cell of a text table under a column header naming one "
                         f"{_EXAMPLES}: cite words that name its currency, or leave the amount out")
    raise ParseError(f"{words!r} names no currency, and its column header {header!r} names none in brackets "
                     f"{_EXAMPLES}: cite words that name its currency, or leave the amount out")


def _header_over(text: str, start: int, end: int) -> str | None:
    """The words of the header cell over the cell ``text[start:end]``: the first line of its table's; None when it is
    no cell of a row with a line above it in its table."""
    lines = _lines(text)
    j = next(j for j, (ls, le) in enumerate(lines) if ls <= start <= le)
    top = j
    while top > 0 and text[lines[top - 1][0]:lines[top - 1][1]].strip():
        top -= 1
    row = _cells(text, *lines[j])
    if top == j or (start, end) not in row:
        return None
    hs, he = lines[top]
    header = _cells(text, hs, he)
    if len(header) < 2:
        return None
    rs = lines[j][0]
    cell = header[row.index((start, end))] if len(row) == len(header) else next(
        (c for c in header if start - rs < c[1] - hs and c[0] - hs < end - rs), None)
    return text[cell[0]:cell[1]] if cell else None


def _currency_or_none(written: str) -> str | None:
    try:
        return SYMBOLS.get(written) or currency_code(written)
    except ParseError:
        return None
