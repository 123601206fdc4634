"""Numbers written in digits the parsers do not read (Devanagari ३००, a mix such as 1٣, ...).

The parsers read ASCII digits, English number words, and Arabic-Indic and Persian digits with their
scale words ("٣٠٠ ألف" is 300,000; "٣٠٠ شخص" is 300 people). Python's regex \\d also matches other
scripts' digits, so a number the parsers do not read whole is skipped and reported instead of proposed
with a partial value: digits of another script, a mix of scripts, or digits with a word that may be a
scale word in a form the parsers lack ("٣٠٠ ألفاً") or a word written onto them ("٣٠٠ألف").
"""

from __future__ import annotations

import re

from ..parsing.numbers import NUMBER_RE, SCRIPT_SCALES
from .text import Intervals

# a run holding at least one non-ASCII decimal digit (ASCII digits and separators included, so "1٣" is
# one run), with the non-Latin word that follows it, if any
_FOREIGN = re.compile(r"(?P<digits>[0-9]*(?:(?![0-9])\d)[\d.,٫٬]*)(?:(?P<gap>\s*)(?P<word>[^\W\d_A-Za-z\u00C0-\u024F]+))?")
# what _FOREIGN needs at least one of: a quick scan rules most texts out (no decimal digit but 0-9 comes before U+0660: a
# range is a quicker test at each character than "\d"'s lookup in the Unicode tables)
_OTHER_DIGIT = re.compile(r"[\u0660-\U0010ffff](?<=\d)")
_SCALE_STEMS = tuple(SCRIPT_SCALES)


def _read_whole(m: re.Match) -> bool:
    digits, word = m.group("digits").rstrip(".,٫٬"), m.group("word")
    if not NUMBER_RE.fullmatch(digits):
        return False  # another script's digits, or a mix ("1٣")
    if word is None:
        return True
    if not m.group("gap"):
        return False  # "٣٠٠ألف": a word written onto the digits
    # a scale word the parsers read ("٣٠٠ ألف"), or a word that is none ("٣٠٠ شخص": 300 people); a word that
    # begins like one ("ألفاً") may be a scale word's inflected form, so it is not read as 300
    return NUMBER_RE.fullmatch(m.group(0).rstrip(".,٫٬")) is not None or not word.startswith(_SCALE_STEMS)


def unparsed_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of every number written in digits of another script that the number parser does not
    read whole (Arabic-Indic and Persian digits with their scale words it reads: "٣٠٠ ألف" is 300,000)."""
    if not _OTHER_DIGIT.search(text):
        return []
    return [m.span() for m in _FOREIGN.finditer(text) if not _read_whole(m)]


def drop_unparsed(candidates: list, text: str) -> list:
    """The candidates none of whose field spans touch a number in another script."""
    skipped = Intervals(unparsed_numbers(text))
    if not skipped.spans:
        return candidates
    return [c for c in candidates if not any(skipped.overlaps(s, e) for s, e in c.spans.values())]
