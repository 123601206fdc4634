"""Events and measures candidates: sentences with an event verb (visited, met, signed, arrested,
sentenced, will host...) and the date written with it; phrases naming a measure (a campaign, a task
force, faster returns, intelligence sharing). Types are guesses for the curator to check."""

from __future__ import annotations

import re

from ..parsing import ParseError
from ..parsing.periods import PERIOD_RE, WEEKDAYS, parse_when
from .candidates import Candidate
from .text import clause_around, sentence_at

# event_type -> verb pattern; the first that matches a sentence wins (order: specific before general)
EVENT_VERBS = (
    ("planned_meeting", r"\bwill (?:further |also )?host\b"),
    ("press_conference", r"\bpress conference\b"),
    ("signing", r"\bsigned\b|\bsigning of\b"),
    ("court_ruling", r"\bsentenced\b|\bconvicted\b|\bjailed\b"),
    ("arrest", r"\barrested\b|\bdetained\b"),
    ("briefing", r"\bbriefed\b"),
    ("meeting", r"\bmet with\b|\bheld (?:talks|discussions)\b|\bbilateral meeting\b"),
    ("visit", r"\bvisit(?:ed)?\b(?= (?:to )?[A-Z])|\bvisit to\b"),
    ("publication", r"\breleased (?:new )?(?:data|figures|a report)\b|\bpublished (?:a |its |new )?(?:report|data)\b"),
    ("contact", r"\bcontact with\b"),
    ("announcement", r"\bannounce[ds]?\b"),
)
MEASURES = (
    ("communications_campaign", r"\b(?:communications?|social media|information|awareness) campaigns?\b"),
    ("task_force", r"\b(?:specialized |specialised |new |joint )?task ?force\b"),
    ("returns", r"\b(?:faster |speeding up )?(?:deportations?|returns)(?: processes)?\b(?= (?:to|of|for)\b)"),
    ("intelligence_sharing", r"\bintelligence[- ]sharing\b|\bshar(?:e|ing) intelligence\b"),
    ("law_enforcement_cooperation", r"\b(?:joint )?law enforcement (?:initiatives|cooperation|collaboration)\b"),
    ("human_rights_commitment", r"\bhuman rights (?:standards|commitments?)\b|\bhumanitarian (?:commitments?|law)\b"),
    ("new_body", r"\b(?:launch(?:ing|es|ed)?|establish(?:ing|es|ed)?|set(?:ting)? up) (?:a |an )?new [A-Z][\w’']*(?: [A-Z][\w’']*)*"),
)
_EVENT_RES = [(kind, re.compile(pattern)) for kind, pattern in EVENT_VERBS]
# any verb at all: one search of a sentence rules out most sentences, instead of one search per verb
_ANY_EVENT = re.compile("|".join(f"(?:{pattern})" for _, pattern in EVENT_VERBS))
_MEASURE_RES = [(kind, re.compile(pattern)) for kind, pattern in MEASURES]
_DAY = re.compile(rf"\b[Oo]n ({'|'.join(d.title() for d in WEEKDAYS)})\b")
_NEXT = re.compile(r"\bnext (?:month|year)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:.!?](?=\s|$)|\s[—–]\s|$")


def _date(text: str, sentence: tuple[int, int], reference: str | None) -> tuple[tuple[int, int] | None, str | None]:
    """The first date or period written in the sentence, and its EDTF where it resolves."""
    s, e = sentence
    hits = [m for pattern in (_DAY, PERIOD_RE, _NEXT) for m in pattern.finditer(text, s, e)]
    if not hits:
        return None, None
    m = min(hits, key=lambda m: m.start())
    try:
        return m.span(), parse_when(m.group(0), reference=reference).edtf
    except ParseError:
        return m.span(), None  # relative, and no reference date: the curator resolves it


def _description(text: str, start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """From the verb or keyword to the end of its clause."""
    stop = _CLAUSE.search(text, start, sentence[1])
    end = stop.start() if stop and stop.start() > start else sentence[1]
    return start, end


def event_candidates(text: str, sentences: list[tuple[int, int]], reference: str | None = None) -> list[Candidate]:
    """At most one event per sentence: the first verb of EVENT_VERBS it holds, with its date."""
    out = []
    for sentence in sentences:
        # searched in place (pos, endpos), not on a slice: the sentence is not copied once per verb
        if not _ANY_EVENT.search(text, *sentence):
            continue
        found = next(((kind, m) for kind, pattern in _EVENT_RES if (m := pattern.search(text, *sentence))), None)
        if found is None:
            continue
        kind, m = found
        desc = _description(text, m.start(), sentence)
        cand = Candidate("events", 0, 0, {"event_type": kind}, {"description": desc})
        date_span, edtf = _date(text, sentence, reference)
        if date_span:
            cand.spans["date"] = date_span
            cand.values["date"] = edtf
        lo = min(s for s, _ in cand.spans.values())
        hi = max(e for _, e in cand.spans.values())
        cand.start, cand.end = clause_around(text, sentence, lo, hi)
        out.append(cand)
    return out


def _sentence_holding(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The sentence that holds ``pos``, or None if ``pos`` falls between sentences (a binary search)."""
    s = sentence_at(sentences, pos) if sentences else None
    return s if s and s[0] <= pos < s[1] else None


def measure_candidates(text: str, sentences: list[tuple[int, int]]) -> list[Candidate]:
    """Phrases naming a measure of MEASURES, from the keyword to the end of its clause."""
    out, seen = [], set()
    for kind, pattern in _MEASURE_RES:
        for m in pattern.finditer(text):
            sentence = _sentence_holding(sentences, m.start())
            if sentence is None or (kind, sentence) in seen:
                continue  # one candidate per kind of measure and sentence
            seen.add((kind, sentence))
            desc = _description(text, m.start(), sentence)
            cand = Candidate("measures", 0, 0, {"measure_type": kind}, {"description": desc})
            cand.start, cand.end = clause_around(text, sentence, *desc)
            out.append(cand)
    return out
