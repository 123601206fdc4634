"""A proposed evidence entry: a quote for one table, its parsed values and the field spans inside it."""

from __future__ import annotations

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
}

# Parsed values a table's records always carry, null unless found.
DEFAULTS = {
    "statistics": {"value": None, "qualifier": None, "unit": None, "period": None},
    "funding": {"amount": None, "currency": None, "qualifier": None, "converted_amount": None, "converted_currency": None},
    "officials": {"name": None, "role": None},
    "agreements": {"title": None, "instrument_type": None},
    "events": {"event_type": None, "date": None},
    "measures": {"measure_type": None},
}


@dataclass
class Candidate:
    """One proposed quote for one table: its span, parsed values and the field spans inside it."""

    table: str
    start: int
    end: int
    values: dict = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)

    def to_json(self, text: str) -> dict:
        """The candidate as one JSON Lines record (see scripts/propose.py)."""
        quote = text[self.start:self.end]
        out = {"table": self.table, "char_start": self.start, "char_end": self.end, "quote": quote}
        hits = occurrence_starts(text, quote)  # one search per distinct quote, however many candidates share it
        if len(hits) > 1:  # the build locates quotes by text: say which repeat this is
            out["occurrence"] = bisect_left(hits, self.start) + 1
        out.update({k: _plain(v) for k, v in {**DEFAULTS.get(self.table, {}), **self.values}.items()})
        for name in SPAN_FIELDS[self.table]:  # every table's records have the same keys, null when not found
            out[f"{name}_text"] = text[slice(*self.spans[name])] if name in self.spans else None
        out["spans"] = {name: [s, e] for name, (s, e) in self.spans.items()}
        return out


@lru_cache(maxsize=1024)
def occurrence_starts(text: str, quote: str) -> tuple[int, ...]:
    """Every start of ``quote`` in ``text`` (overlapping ones too), searched once per pair."""
    return tuple(occurrences(text, quote))


def _plain(v):
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v
