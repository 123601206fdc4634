"""A proposed evidence entry: a quote for one table, its parsed values and the field spans inside it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..textspans import occurrences

# Table -> the evidence fields (curation/fields.py) a candidate may give spans for.
SPAN_FIELDS = {
    "statistics": ("value", "period", "producer"),
    "funding": ("amount", "converted", "purpose"),
    "officials": ("name", "role"),
    "agreements": ("title", "instrument", "subject"),
    "events": ("description", "date"),
    "measures": ("description",),
    "statements": ("text", "speaker"),
}

# ... and the record's key for each field's text, formatted once, not per record
_TEXT_KEYS = {table: [(name, f"{name}_text") for name in names] for table, names in SPAN_FIELDS.items()}

# Parsed values a table's records always carry, null unless found.
DEFAULTS = {
    "statistics": {"value": None, "qualifier": None, "unit": None, "period": None},
    "funding": {"amount": None, "currency": None, "qualifier": None, "amount_basis": None, "converted_amount": None,
                "converted_currency": None},
    "officials": {"name": None, "role": None},
    "agreements": {"title": None, "instrument_type": None, "title_basis": None},
    "events": {"event_type": None, "date": None, "status": None},
    "measures": {"measure_type": None},
    "statements": {"speaker": None, "speaker_kind": None},
}


@dataclass
class Candidate:
    """One proposed quote for one table: its span, parsed values and the field spans inside it."""

    table: str
    start: int
    end: int
    values: dict = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def to_json(self, text: str, index: QuoteIndex | None = None) -> dict:
        """The candidate as one JSON Lines record (see scripts/propose.py); ``index``: the text's
        QuoteIndex, shared by an article's candidates so none scans the whole text."""
        quote = text[self.start:self.end]
        out = {"table": self.table, "char_start": self.start, "char_end": self.end, "quote": quote}
        hits = index.occurrences(quote) if index is not None else occurrence_starts(text, quote)
        if len(hits) > 1:  # the build locates quotes by text: say which repeat this is
            out["occurrence"] = bisect_left(hits, self.start) + 1
        out.update({k: _plain(v) for k, v in {**DEFAULTS.get(self.table, {}), **self.values}.items()})
        spans = self.spans
        for name, key in _TEXT_KEYS[self.table]:  # every table's records have the same keys, null when not found
            out[key] = text[spans[name][0]:spans[name][1]] if name in spans else None
        out["spans"] = {name: [s, e] for name, (s, e) in spans.items()}
        return out


@lru_cache(maxsize=1024)
def occurrence_starts(text: str, quote: str) -> tuple[int, ...]:
    """Every start of ``quote`` in ``text`` (overlapping ones too), searched once per pair."""
    return tuple(occurrences(text, quote))


class QuoteIndex:
    """Every occurrence of a quote in one text, as ``textspans.occurrences`` finds them, without a scan of
    the whole text per quote: the cost per quote does not grow with the article.

    Any occurrence of a quote puts each word start inside the quote (a word character after a
    non-word one) on a word start of the text, so the text's word starts are indexed once by their
    next ``KEY`` characters, and a quote is looked for only where its rarest inner word start could be.
    A quote with no inner word start ``KEY`` characters before its end is found by a plain scan, and so
    is every quote of a text shorter than ``SCAN_BELOW``, where the scans cost less than the index."""

    KEY = 8
    SCAN_BELOW = 20_000
    _WORD_START = re.compile(r"(?<!\w)\w")

    def __init__(self, text: str):
        self.text = text
        self._at: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        if self._at is None:
            self._at = {}
            for m in self._WORD_START.finditer(self.text):
                self._at.setdefault(self.text[m.start():m.start() + self.KEY], []).append(m.start())
        return self._at

    def occurrences(self, quote: str) -> list[int]:
        if len(self.text) < self.SCAN_BELOW:
            return occurrences(self.text, quote)
        inner = [m.start() for m in self._WORD_START.finditer(quote, 1) if m.start() <= len(quote) - self.KEY]
        if not inner:
            return occurrences(self.text, quote)
        at = self._index()
        j = min(inner, key=lambda k: len(at.get(quote[k:k + self.KEY], ())))
        return [p - j for p in at.get(quote[j:j + self.KEY], ()) if p >= j and self.text.startswith(quote, p - j)]


def _plain(v):
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v
