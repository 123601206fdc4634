"""Numbers written in digits the parsers do not read (Devanagari ३००, a mix such as 1٣, ...).

The parsers read ASCII digits, English number words, and Arabic-Indic and Persian digits with their
scale words ("٣٠٠ ألف" is 300,000). Python's regex \\d also matches other scripts' digits, so such a
number, with the word that follows it in the same script, is skipped and reported instead of proposed
with a partial value.
"""

from __future__ import annotations

import re

from ..parsing.numbers import NUMBER_RE
from .text import Intervals

# a run holding at least one non-ASCII decimal digit (ASCII digits, separators and a following
# non-Latin word such as "ألف" included), so "1٣" and "٣٠٠ ألف" are skipped whole
_FOREIGN = re.compile(r"[0-9]*(?:(?![0-9])\d)[\d.,٫٬]*(?:\s+[^\W\d_A-Za-z\u00C0-\u024F]+)?")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")  # what _FOREIGN needs at least one of: a quick scan rules most texts out


def unparsed_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of every number written in digits of another script that the number parser does not
    read whole (Arabic-Indic and Persian digits with their scale words it reads: "٣٠٠ ألف" is 300,000)."""
    if not _OTHER_DIGIT.search(text):
        return []
    return [m.span() for m in _FOREIGN.finditer(text) if not NUMBER_RE.fullmatch(m.group(0).rstrip(".,٫٬"))]


def drop_unparsed(candidates: list, text: str) -> list:
    """The candidates none of whose field spans touch a number in another script."""
    skipped = Intervals(unparsed_numbers(text))
    if not skipped.spans:
        return candidates
    return [c for c in candidates if not any(skipped.overlaps(s, e) for s, e in c.spans.values())]
