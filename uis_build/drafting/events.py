"""Events candidates: each event verb of a sentence (visited, met, signed, arrested, sentenced, will host...)
with its own date, its type and whether it happened or is planned. Types are guesses for the curator.

A sentence may hold several events ("visited Erbil on Sunday and met the officers"): each verb is one,
dated by the date words of its own stretch of the sentence (from the end of the previous event verb to
the next one), the nearest first; an event joined to the one before by "and" with no date of its own
shares that one's. A date that dates a speech act ("the police said on Sunday") dates no event, and an
announcement's date is not given to what it announces. A future form before the verb ("will meet",
"is due to", "is scheduled to", "plans to", "is expected to") makes it planned, and a planned meeting
has the type planned_meeting.
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .dates import dates_in, resolve
from .text import clause_around, is_heading, keywords

# event_type -> verb pattern (case-sensitive: a verb, not a capitalised name)
EVENT_VERBS = (
    ("press_conference", r"\bpress conference\b"),
    ("signing", r"\bsign(?:ed|s|ing)?\b(?! up)|\bsigning of\b"),
    ("court_ruling", r"\b(?:sentenced|sentence[ds]?(?= \w+ to \d)|convicted|jailed|found guilty|acquitted|"
                     r"hear the case|be sentenced)\b"),
    ("arrest", r"\b(?:arrested|detained)\b(?! at)|\barrests were made\b"),
    ("briefing", r"\bbriefed\b"),
    ("meeting", r"\b(?:met|meet|meets)\b(?! (?:the )?(?:needs|demand|target|criteria|cost))|\b(?:held|hold|holds|holding) "
                r"(?:talks|discussions|a meeting)\b|\b(?:at|for|during|in) (?:a|the|their|its) (?:[\w-]+ )?meeting\b"
                r"|\bbilateral meeting\b|\b(?:talks|summit) (?:in|with)\b"),
    ("visit", r"\bvisit(?:ed|s|ing)?\b(?= (?:to |the )?[A-Z])|\bvisit to\b|\b(?:landed|arrived) in\b"
              r"|\btravel(?:led|ed|s)? to\b(?![^.,;]{0,40}\bto (?:sign|meet|attend|hold)\b)"),
    ("host", r"\bhost(?:s|ed|ing)? (?:a |an |the )?(?:[\w’'-]+ ){0,3}?(?:conference|meeting|summit|talks|forum)\b"),
    ("publication", r"\b(?:released|published) (?:new |its |a |the )?(?:data|figures|a report|report|statistics)\b"),
    ("announcement", r"\bannounced\b"),
)
# one alternation, each type a named group: at one position the type listed first wins, and a match
# consumes its words, so each verb is one event
_EVENT_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in EVENT_VERBS))
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|(?:is|are|was|were) (?:due|scheduled|set|expected|planned) to|due to|"
    r"scheduled to|expected to|plans? to|planning to|intends? to|to be held)\b(?:(?!\b(?:said|says|and|but)\b)[^.;])*$"
)
# a word every event pattern holds: most sentences have none and are not searched with the alternation
_ANY_EVENT = keywords(
    "press sign signed signs signing sentenced sentence sentences convicted jailed found acquitted hear arrested "
    "detained arrests briefed met meet meets meeting held hold holds holding talks summit visit visited visits visiting "
    "landed arrived travel travelled traveled travels host hosts hosted hosting released published announced")
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|could be|may be|might be|those|were not|was not|not been)\s+$")
_NOT_EVENT_AFTER = re.compile(r"\s+(?:up|off|on to)\b")
_CLAUSE = re.compile(r"[;:!?]|\.(?=\s|$)|\s[—–]\s|$")
_AND_JOIN = re.compile(r"^[^,;:]*\band\s+$")
# a dateline ("DUHOK, March 10 — ", "LONDON, Dec 13 (Agency) - "): the article's date, not an event's
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z/ .’'-]+(?:, [A-Z][\w ]*)?, $")


def _status(text: str, sentence: tuple[int, int], verb_start: int) -> str:
    """planned when a future form comes before the verb in its clause, else occurred."""
    lo = max(sentence[0], verb_start - 80)
    stretch = text[lo:verb_start]
    cut = max(stretch.rfind(", "), stretch.rfind("; "))
    if cut != -1 and not re.search(r"\b(?:will|due|scheduled|expected|plans?|to)\b", stretch[cut:]):
        stretch = stretch[cut:]
    return "planned" if _FUTURE.search(stretch) else "occurred"


def _description(text: str, start: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """From the verb to the end of its clause."""
    limit = min(sentence[1], start + 300)  # a clause is short; a sentence with no stop must not cost its length per verb
    stop = _CLAUSE.search(text, start, limit)
    end = stop.start() if stop and stop.start() > start else limit
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def event_candidates(text: str, sentences: list[tuple[int, int]], reference: str | None = None) -> list[Candidate]:
    """Every event verb of every sentence, with its type, status and date."""
    out = []
    for sentence in sentences:
        if not _ANY_EVENT.search(text, *sentence):
            continue
        verbs = [(m.lastgroup, m) for m in _EVENT_RE.finditer(text, *sentence)
                 if not _HYPOTHETICAL.search(text, max(0, m.start() - 20), m.start()) and not _NOT_EVENT_AFTER.match(text, m.end())]
        if not verbs or is_heading(text, sentence):
            continue
        previous = None
        for i, (kind, m) in enumerate(verbs):
            lo = verbs[i - 1][1].end() if i else sentence[0]
            hi = verbs[i + 1][1].start() if i + 1 < len(verbs) else sentence[1]
            status = _status(text, sentence, m.start())
            if kind in ("meeting", "host") or kind == "visit" and re.match(r"travel", m.group(0)):
                kind = "planned_meeting" if status == "planned" and kind != "visit" else ("visit" if kind == "visit" else "meeting")
            dates = [d for d in dates_in(text, lo, hi) if not _DATELINE.search(text, max(0, d.start() - 60), d.start())]
            desc = _description(text, m.start(), sentence)
            cand = Candidate("events", 0, 0, {"event_type": kind, "date": None, "status": status}, {"description": desc})
            if dates:
                d = min(dates, key=lambda d: min(abs(d.start() - m.end()), abs(m.start() - d.end())))
                cand.spans["date"] = d.span()
                cand.values["date"] = resolve(d, reference, status == "planned")
            elif previous is not None and _AND_JOIN.match(text[verbs[i - 1][1].end():m.start()]) and "date" in previous.spans:
                cand.values["date"] = previous.values["date"]  # "visited Erbil on Sunday and met ...": the same day
                cand.spans["date"] = previous.spans["date"]
            lo_q = min(s for s, _ in cand.spans.values())
            hi_q = max(e for _, e in cand.spans.values())
            cand.start, cand.end = clause_around(text, sentence, lo_q, hi_q)
            out.append(cand)
            previous = cand
    return out
