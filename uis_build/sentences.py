"""Cut news text into sentences, as code-point offsets into the text (curation and drafting).

Sentence boundaries come from pySBD (Golden Rules: "Ms. Cooper", "U.K.", "Brig. Gen.", decimals,
a sentence ending inside a closing quotation mark; a quotation of several sentences closed in
the same paragraph stays whole). Around it, three rules of our own:

- a line break always ends a sentence: articles are stored one paragraph per line, so a headline
  or a subheading without a final stop is a sentence of its own;
- a list item ("- Joint Statement on Border Security: ...") is a sentence, without its bullet;
- ``boundaries`` (the edges of a byline, dateline or "Related Stories" block) are never crossed.

Spans are trimmed of surrounding whitespace; ``text[start:end]`` is the sentence, exactly.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

_BULLET = re.compile(r"[-•*–]\s+")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd  # only curation and drafting need it (the `build` extra), never load()

    return pysbd.Segmenter(language="en", clean=False)


@lru_cache(maxsize=4096)
def _segment(piece: str) -> tuple[str, ...]:
    """pySBD's sentences of one line, remembered: pySBD is pure and costs about 4 ms per KB, and a
    process that builds more than once (the tests, a curator's session) cuts the same lines again."""
    return tuple(_segmenter().segment(piece))


def _pieces(text: str, boundaries: Iterable[int]) -> list[tuple[int, int]]:
    """The text cut at every line break and every boundary offset."""
    cuts = {0, len(text)} | {b for b in boundaries if 0 < b < len(text)}
    cuts |= {m.end() for m in re.finditer("\n", text)}
    edges = sorted(cuts)
    return list(zip(edges, edges[1:]))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without surrounding whitespace, nor a list bullet at the start of a line."""
    while start < end and text[start].isspace():
        start += 1
    if m := _BULLET.match(text, start, end):
        if start == 0 or text[start - 1] == "\n":
            start = m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, boundaries: Iterable[int] = ()) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text`` in order, end exclusive; none crosses a line break
    or an offset in ``boundaries``."""
    spans = []
    for p0, p1 in _pieces(text, list(boundaries)):
        piece = text[p0:p1]
        if not piece.strip():
            continue
        cursor = 0
        for sent in _segment(piece):
            words = sent.strip()
            if not words:
                continue
            # pySBD returns the sentences' text; find each after the previous one, so offsets are exact
            at = piece.find(words, cursor)
            if at == -1:
                raise ValueError(f"sentence splitter changed the text at offset {p0 + cursor}: {words[:60]!r}")
            start, end = trim(text, p0 + at, p0 + at + len(words))
            cursor = at + len(words)
            if end > start:
                spans.append((start, end))
    return spans


# Fixed rules for drafting: a stop, then a capital, digit or quotation mark, unless the word before
# the stop is an abbreviation or an initial. pySBD costs about 4 ms per KB of text, which caps drafting
# near 50 articles a second; these rules are about twenty times faster and good enough to frame a
# candidate quote, because the build cuts every citation's sentence again with sentence_spans.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "rev", "hon", "rt", "gen", "brig", "lt", "col",
    "maj", "sgt", "capt", "cmdr", "adm", "insp", "supt", "det", "gov", "sen", "rep", "no", "vs", "etc",
    "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)")
_NEXT_STARTS = re.compile(r"\s*[\"“‘(\[]?[A-Z0-9£$€]")


def quick_sentence_spans(text: str, boundaries: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Like ``sentence_spans`` (same line, list-item and boundary rules, same trimming), with the
    boundaries inside a line found by the fixed rules above instead of pySBD: for drafting a corpus."""
    spans = []
    for p0, p1 in _pieces(text, list(boundaries)):
        start = p0
        for m in _END.finditer(text, p0, p1):
            w = _last_word(text, max(start, m.start() - 40), m.start())
            if w.lower() in _ABBREVIATIONS or (len(w) == 1 and w.isupper()) or not _NEXT_STARTS.match(text, m.end(), p1):
                continue
            spans.append(trim(text, start, m.end()))
            start = m.end()
        spans.append(trim(text, start, p1))
    return [(s, e) for s, e in spans if e > s]


def _last_word(text: str, lo: int, hi: int) -> str:
    """The last run of word characters (as regex \\w: alphanumeric or "_") in ``text[lo:hi]``, cut at ``lo``;
    "" if none. A short window before a stop: no rescan of a long sentence. Walked back by hand, for the
    pattern ``(\\w+)\\W*$`` searched in the window backtracks through every word of it."""
    j = hi
    while j > lo and not (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:j]


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence that contains offset ``pos`` (or the nearest one before it).

    ``spans`` are sorted and disjoint (as ``sentence_spans`` gives them), so a binary search finds it:
    the cost per mention does not grow with the article (drafting asks once per number)."""
    i = bisect_right(spans, (pos, math.inf)) - 1  # the last sentence starting at or before pos
    return spans[max(i, 0)]


def covering(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the run of consecutive sentences that holds text[start:end], or None when a
    boundary lies inside it (the span is not within one run of sentences)."""
    first = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    last = next((i for i, (s, e) in enumerate(spans) if s < end <= e), None)
    if first is None or last is None or last < first:
        return None
    return spans[first][0], spans[last][1]
