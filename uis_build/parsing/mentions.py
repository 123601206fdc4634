"""Find every numeric mention in a text: amounts of money, percentages, ranges, years, digits,
number words and multipliers ("doubled"). The coverage audit checks each is accounted for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .money import find_money
from .numbers import DIGITS, MULTIPLIERS, NUMBER_WORD, SCRIPT_NUMBER

_YEAR = r"(?:19|20)\d{2}"
PATTERNS = (
    ("range", re.compile(rf"(?<![\w.]){_YEAR}\s*[–—-]\s*(?:{_YEAR}|\d{{2}})(?![\w])")),
    ("percentage", re.compile(rf"(?<![\w.])(?:{DIGITS})\s*(?:%|٪|per ?cent\b|percent\b)", re.IGNORECASE)),
    ("date", re.compile(r"(?<![\w.])\d{4}-\d{2}-\d{2}(?![\w])")),
    ("year", re.compile(rf"(?<![\w.,]){_YEAR}(?![\w,])")),
    # with a scale word after Arabic-Indic or Persian digits ("٣٠٠ ألف"); any other run of digits
    # (Devanagari, a mix such as "1٣") is a mention too, though no parser reads it
    ("number", re.compile(rf"(?<![\w.,])(?:{SCRIPT_NUMBER}|{DIGITS}|\d+)(?![\w])")),
    ("number_word", re.compile(
        rf"(?<![\w-])(?:{NUMBER_WORD}|hundreds?|thousands?|millions?|billions?|dozens?)(?:[- ](?:{NUMBER_WORD}|hundred|thousand|million|billion))*(?![\w])",
        re.IGNORECASE)),
    ("multiplier", re.compile(rf"\b(?:{'|'.join(MULTIPLIERS)})\b", re.IGNORECASE)),
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str


def find_mentions(text: str) -> list[Mention]:
    """Every numeric mention, longest first where they overlap ("£75 million" is one mention)."""
    found = [Mention(s, e, text[s:e], "money") for s, e, _ in find_money(text)]
    for kind, pattern in PATTERNS:
        found += [Mention(m.start(), m.end(), m.group(0), kind) for m in pattern.finditer(text)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:  # inside or overlapping a longer mention already kept
            continue
        kept.append(m)
    return kept
