"""Read an article exactly as the build will, and cut it into sentences and clauses.

Offsets are Unicode code points of the decoded bytes, end exclusive, so a proposal's offsets are
the ones the build will find. Nothing is normalised: a BOM, invalid UTF-8, CR line endings or an
empty file are refused by the build's own ``decode_article``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from pathlib import Path

from ..textspans import decode_article

# Words that end with a full stop without ending the sentence ("Ms. Cooper", "Brig. Gen.").
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "rev", "hon", "rt", "gen", "brig", "lt", "col",
    "maj", "sgt", "capt", "cmdr", "adm", "insp", "supt", "det", "gov", "sen", "rep", "no", "vs", "etc",
    "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)|\n")
_NEXT_STARTS = re.compile(r"\s*[\"“‘(\[]?[A-Z0-9£$€]")
_BULLET = re.compile(r"[-•*–]\s+")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[—–]\s")


def read_text(path: str | Path) -> str:
    """The article's text, decoded as the build decodes seeds; raises BuildError naming the file."""
    return decode_article(Path(path).read_bytes(), str(path))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    if m := _BULLET.match(text, start, end):
        start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line, trimmed of whitespace and list bullets."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if m.group(0) != "\n":
            word = re.search(r"(\w+)\W*$", text[start:m.start() + 1])
            if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1 and word.group(1).isupper()):
                continue
            if not _NEXT_STARTS.match(text, m.end()):
                continue
        spans.append(_trim(text, start, m.end()))
        start = m.end()
    spans.append(_trim(text, start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence that contains offset ``pos`` (or the nearest one before it).

    ``spans`` are sorted and disjoint (as ``sentences`` gives them), so a binary search finds it:
    the cost per mention does not grow with the article."""
    i = bisect_right(spans, (pos, math.inf)) - 1  # the last sentence starting at or before pos
    return spans[max(i, 0)]


def clause_around(text: str, sentence: tuple[int, int], start: int, end: int, limit: int = 280) -> tuple[int, int]:
    """The sentence, or for a long one the clauses around ``start:end``, as a quotable span."""
    s0, e0 = sentence
    if e0 - s0 <= limit:
        return s0, e0
    cuts = [s0] + [m.end() for m in _CLAUSE_END.finditer(text, s0, e0)] + [e0]
    lo = max(c for c in cuts if c <= start)
    hi = min([c for c in cuts if c >= end] or [e0])
    # a clause alone can be too short to show what is counted: widen to about 80 characters
    while hi - lo < 80 and (lo > s0 or hi < e0):
        if lo > s0:
            lo = max(c for c in cuts if c < lo)
        if hi < e0 and hi - lo < 80:
            hi = min(c for c in cuts if c > hi)
    lo, hi = _trim(text, lo, hi)
    while hi > lo and text[hi - 1] in ",;:—–":
        hi -= 1
    return _trim(text, lo, hi)


def phrase_after(text: str, after: int, limit: int, start: re.Pattern, end: re.Pattern,
                 min_len: int) -> tuple[int, int] | None:
    """(start, end) of the phrase that ``start`` introduces right at ``after`` and ``end`` closes
    (a purpose after "to"/"for", a subject after "aimed at"), or None if none or too short."""
    m = start.match(text, after, limit)
    if not m:
        return None
    stop = end.search(text, m.end(), limit)
    stop = stop.start() if stop else limit
    return (m.end(), stop) if stop - m.end() >= min_len else None
