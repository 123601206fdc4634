"""Funding candidates: every amount of money, with its qualifier, a bracketed conversion and a purpose."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..parsing import ParseError, parse_money
from ..parsing.money import find_money
from ..parsing.numbers import qualifier_before
from .candidates import Candidate
from .text import clause_around, phrase_after, sentence_at

_CONVERTED = re.compile(r"\s*\(([^()]{1,40})\)")
# The purpose follows "to"/"for" after the amount and runs to the end of the clause.
_PURPOSE_START = re.compile(r"[^,;.()]{0,40}?\b(?:to|for)\s+(?!the same\b)")
_PURPOSE_END = re.compile(
    r"[,;.]|\s(?:and|while|as)\s(?=the same|a further|another|an additional|[£$€\d])|\s[—–]\s|$"
)


def funding_candidates(text: str, sentences: list[tuple[int, int]]) -> list[Candidate]:
    """One candidate per amount of money; an amount in brackets right after another is its conversion."""
    found = sorted(find_money(text), key=lambda f: f[0])
    starts = [f[0] for f in found]
    converted_at = set()
    out = []
    for start, end, money in found:
        if start in converted_at:
            continue
        _, qstart = qualifier_before(text, start)
        parsed = _money_or_none(text[qstart:end])  # the words the build will parse, qualifier included
        if parsed is None:
            qstart, parsed = start, money
        cand = Candidate("funding", 0, 0, {"amount": parsed.amount, "currency": parsed.currency,
                                           "qualifier": parsed.qualifier}, {"amount": (qstart, end)})
        tail = end
        if (m := _CONVERTED.match(text, end)) and (conv := _money_or_none(m.group(0))):
            cand.values |= {"converted_amount": conv.amount, "converted_currency": conv.currency}
            cand.spans["converted"] = (m.start(0) + len(m.group(0)) - len(m.group(0).lstrip()), m.end(0))
            k = bisect_left(starts, m.start(0))
            while k < len(starts) and starts[k] < m.end(0):  # the amounts inside the brackets
                converted_at.add(starts[k])
                k += 1
            tail = m.end(0)
        sentence = sentence_at(sentences, qstart)
        if purpose := phrase_after(text, tail, sentence[1], _PURPOSE_START, _PURPOSE_END, 3):
            cand.spans["purpose"] = purpose
        cand.start, cand.end = clause_around(text, sentence, qstart, max(tail, purpose[1] if purpose else tail))
        out.append(cand)
    return out


def _money_or_none(words: str):
    try:
        return parse_money(words)
    except ParseError:
        return None
