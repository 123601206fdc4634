"""Draft annotations for a new article: propose candidate evidence for each table, then write a draft.

    from uk_iraq_security.drafting import propose, read_text
    text = read_text("seeds/005_....txt")
    for cand in propose(text):
        print(cand.to_json(text))

Proposals are for a curator to review: they are found by patterns, not understood. Needs the
`build` dependency group (the article is read by the build's own decoder).
"""

from __future__ import annotations

from .agreements import agreement_candidates
from .candidates import Candidate
from .funding import funding_candidates
from .officials import official_candidates
from .statistics import statistic_candidates
from .text import read_text, sentences

__all__ = ["Candidate", "propose", "read_text"]


def propose(text: str, reference: str | None = None) -> list[Candidate]:
    """Every candidate in ``text``, ordered by position; ``reference`` (EDTF) resolves relative periods."""
    spans = sentences(text)
    funding = funding_candidates(text, spans)
    money = [c.spans[k] for c in funding for k in ("amount", "converted") if k in c.spans]
    found = [
        *funding,
        *statistic_candidates(text, spans, money, reference),
        *official_candidates(text),
        *agreement_candidates(text, spans),
    ]
    # by quote, then by where its first field is, so figures sharing a sentence keep the text's order
    return sorted(found, key=lambda c: (c.start, c.end, min(c.spans.values()), c.table))
