"""Draft annotations for a new article: propose candidate evidence for each table, then write a draft.

    from uis_build.drafting import propose, read_text
    text = read_text("seeds/005_....txt")
    for cand in propose(text):
        print(cand.to_json(text))

Proposals are for a curator to review: they are found by patterns, not understood. Needs the
`build` dependency group (the article is read by the build's own decoder).
"""

from __future__ import annotations

from .agreements import agreement_candidates
from .candidates import Candidate, QuoteIndex
from .draft_files import dateline_end
from .events import event_candidates
from .funding import exchange_rates, funding_candidates, refused_amounts
from .measures import measure_candidates
from .officials import official_candidates
from .other_scripts import drop_unparsed, unparsed_numbers
from .statements import mark_officials, statement_candidates
from .statistics import statistic_candidates
from .text import read_text, sentences

__all__ = ["Candidate", "candidate_records", "propose", "read_text", "unparsed_numbers"]


def propose(text: str, reference: str | None = None) -> list[Candidate]:
    """Every candidate in ``text``, ordered by position; ``reference`` (EDTF) resolves relative periods."""
    spans = sentences(text, dateline_end(text))
    funding = funding_candidates(text, spans)
    money = [c.spans[k] for c in funding for k in ("amount", "converted") if k in c.spans] + exchange_rates(text) + refused_amounts(text)
    officials, statements = official_candidates(text), statement_candidates(text)
    mark_officials(statements, officials)
    found = [
        *funding,
        *statistic_candidates(text, spans, money, reference),
        *officials,
        *agreement_candidates(text, spans),
        *event_candidates(text, spans, reference),
        *measure_candidates(text, spans),
        *statements,
    ]
    found = drop_unparsed(found, text)  # "٣٠٠ ألف" is skipped (and reported by propose.py), never read as 300
    # by quote, then by where its first field is, so figures sharing a sentence keep the text's order
    return sorted(found, key=lambda c: (c.start, c.end, min(c.spans.values()), c.table))


def candidate_records(text: str, reference: str | None = None) -> list[dict]:
    """The candidates of one article's text as JSON-ready dicts (the fields scripts/propose.py prints).

    Pure (text in, records out; no files, no globals), so Spark or Dask can run it unchanged."""
    index = QuoteIndex(text)  # one per article: repeated quotes are found without rescanning the text
    return [c.to_json(text, index) for c in propose(text, reference=reference)]
