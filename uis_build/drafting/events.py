"""Events candidates: each event verb of a sentence (visited, met, signed, arrested, sentenced, will host...)
with its own date, its type and whether it happened or is planned. Types are guesses for the curator.

A sentence may hold several events ("visited Erbil on Sunday and met the officers"): each verb is one,
dated by the date words of its own stretch of the sentence (from the end of the previous event verb to
the next one), the nearest first; an event joined to the one before by "and" with no date of its own
shares that one's. A date that dates a speech act ("the police said on Sunday") dates no event, and an
announcement's date is not given to what it announces. A future form before the verb ("will meet",
"is due to", "is scheduled to", "plans to", "agreed to"), "is due in London" or a date still to come
("next month") makes it planned, and a planned meeting has the type planned_meeting. Not events: "struck"
without a deal, people counted as they arrive ("2,000 people arrived in Kent") or as convicted or arrested
over a period ("312 have been arrested since January", "arrested 87 between 1 July and 30 September"),
"ruled out", a reception ("met with criticism") or a life story's encounter ("she first met the smuggler"),
and an undated event named only to date something else ("Four months after it was signed").
"""

from __future__ import annotations

import re

from .candidates import Candidate
from .dates import MONTHS, dates_in, future_tense, resolve
from .text import clause_around, is_heading, keywords

# event_type -> verb pattern (case-sensitive: a verb, not a capitalised name)
EVENT_VERBS = (
    ("press_conference", r"\bpress conference\b"),
    # not the noun: "a sign", "signs of progress"
    ("signing", r"\b(?<![Aa] )(?<![Tt]he )(?<![Nn]o )(?<!any )sign(?:ed|s|ing)?\b(?! up| of)|\bsigning of\b|\b(?:struck|sealed|clinched)\b"),
    ("court_ruling", r"\b(?:sentenced|sentence[ds]?(?= \w+ to \d)|convicted|jailed|found guilty|acquitted|"
                     r"hear the case|be sentenced)\b"
                     # a judge's or court's ruling, not "ruled out": "ruled at the tribunal on 2 May that ..."
                     r"|\bruled\b(?= (?:that|against|at|on|in (?:[\w’'-]+ ){0,3}?(?:favour|favor|case|appeal)))"),
    ("arrest", r"\barrested\b|\bdetained\b(?! (?:at|in) (?:a |the )?(?:[\w-]+ ){0,2}(?:centre|center|camp|facility|facilities))"
               r"|\barrests were made\b"),
    ("briefing", r"\bbriefed\b"),
    ("meeting", r"\b(?:met|meet|meets)\b(?! (?:the )?(?:needs|demand|target|criteria|cost))"
                # a reception, not a meeting: "the plan was met with criticism"
                r"(?! with (?:\w+ )?(?:criticism|opposition|resistance|scepticism|skepticism|anger|protests?|silence|"
                r"disbelief|dismay|approval|concern|suspicion|relief))"
                # a life story's encounter, not a meeting: "she first met the smuggler", "met his wife in Germany"
                r"(?<!\bfirst met)(?! (?:my|his|her|their|our) (?:wife|husband|famil(?:y|ies)|friends?|brothers?|sisters?|sons?|daughters?|"
                r"mother|father|parents|cousins?|fiancée?))|\b(?:held|hold|holds|holding) "
                r"(?:talks|discussions|(?:a|an|another) (?:[\w-]+ )?meeting)\b|\b(?:at|for|during|in) (?:a|the|their|its) (?:[\w-]+ )?meeting\b"
                r"|\bbilateral meeting\b|\b(?:talks|summit) (?:in|with)\b"),
    ("visit", r"\bvisit(?:ed|s|ing)?\b(?= (?:to |the )?[A-Z])|\bvisit to\b|\b(?:landed|arrived) in\b"
              rf"|\b(?:is|are) due in (?!(?:{'|'.join(MONTHS)})\b)(?=[A-Z])"
              r"|\btravel(?:led|ed|s)? to\b(?![^.,;]{0,40}\bto (?:sign|meet|attend|hold)\b)"),
    ("host", r"\bhost(?:s|ed|ing)? (?:a |an |the )?(?:[\w’'-]+ ){0,3}?(?:conference|meeting|summit|talks|forum)\b"),
    ("publication", r"\b(?:released|published) (?:new |its |a |the )?(?:data|figures|a report|report|statistics)\b"),
    ("announcement", r"\bannounced\b"),
)
# one alternation, each type a named group: at one position the type listed first wins, and a match
# consumes its words, so each verb is one event
_EVENT_RE = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in EVENT_VERBS))
# a word every event pattern holds: most sentences have none and are not searched with the alternation
_ANY_EVENT = keywords(
    "press sign signed signs signing sentenced sentence sentences convicted jailed found acquitted hear ruled arrested "
    "detained arrests briefed met meet meets meeting held hold holds holding talks summit visit visited visits visiting "
    "landed arrived travel travelled traveled travels host hosts hosted hosting released published announced struck sealed "
    "clinched due")
# "the pact the two countries struck", "sealed a deal": struck, sealed or clinched sign only a deal
_DEAL_NEAR = re.compile(r"\b(?:deal|pact|agreement|accord|memorandum|treaty)s?\b")
# an arrival of people counted, not a visit ("36,816 people arrived in the UK", "most of them landed in Kent")
# ... a number before it, but not a clock time's ("At 11:20 the minister arrived in Erbil")
_CROWD_BEFORE = re.compile(r"(?<![\d:.])\d[\d,]*(?![\d:.])"
                           r"|\b(?:people|migrants|refugees|seekers|boats|dinghies|them|passengers|families|children)\b")
# people counted as convicted over a period are a figure, not an event ("112 smugglers were convicted in the year
# ending March", "a dozen smugglers had been convicted since the deal"); a verdict on a day is one
_COUNTED_SUBJECT = re.compile(r"(?:\d|\b(?:dozen|hundreds|dozens|[a-z]+teen|twenty|thirty|forty|fifty|two|three|four|five|six|"
                              r"seven|eight|nine|ten|eleven|twelve)\b)[^,;:.]{0,40}\b(?:were|had been|have been)\s+$", re.IGNORECASE)
# ... and so are people arrested over a period: "312 smugglers have been arrested since January", "arrested 87 suspects
# between 1 July and 30 September" (a date range, "between"/"from" one date "and"/"to" another)
_OVER_A_PERIOD = re.compile(r"\b(?:since|so far|over the (?:past|last)|in the (?:first|last|past)|this year|last year|"
                            r"in (?:19|20)\d\d)\b", re.IGNORECASE)
_RANGE_FROM = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_DAYS_BEFORE = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|[-–])\s*$")  # "between 3 and 9 March"
_RANGE_TO = re.compile(r"\s+(?:and|to|until)\s+")
_COUNTED = ("court_ruling", "arrest")
_AHEAD = re.compile(r"(?:[Nn]ext|[Tt]omorrow)\b")
# an event named again only to say when something else happened: "Four months after it was signed, ..."
_BACKGROUND = re.compile(r"\b(?:after|since|before|until|when)\s+(?:it|they|this|that|the \w+)\s+(?:was|were|had been)\s+$",
                         re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|could be|may be|might be|those|were not|was not|not been)\s+$")
_NOT_EVENT_AFTER = re.compile(r"\s+(?:up|off|on to)\b")
_CLAUSE = re.compile(r"[;:!?]|\.(?=\s|$)|\s[—–]\s|$")
_AND_JOIN = re.compile(r"^[^,;:]*\band\s+$")
# a dateline ("DUHOK, March 10 — ", "LONDON, Dec 13 (Agency) - "): the article's date, not an event's
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z/ .’'-]+(?:, [A-Z][\w ]*)?, $")


def _not_an_event(text: str, sentence: tuple[int, int], kind: str, m: re.Match) -> bool:
    """A verb that names no event here: "struck" without a deal, people counted as they arrive or are convicted."""
    before = text[max(sentence[0], m.start() - 80):m.start()]
    clause = before[max(before.rfind(", "), before.rfind("; ")) + 1:]
    word = m.group(0)
    if word in ("struck", "sealed", "clinched"):
        return not (_DEAL_NEAR.search(before) or _DEAL_NEAR.search(text, m.end(), m.end() + 30))
    if kind == "visit" and word.startswith(("landed", "arrived")):
        return bool(_CROWD_BEFORE.search(clause))
    return False


def _in_range(text: str, dates: list[re.Match]) -> bool:
    """Whether ``dates`` give a range: "between 1 July and 30 September", "between 3 and 9 March"."""
    return any(_DAYS_BEFORE.search(text, max(0, d.start() - 25), d.start()) for d in dates) or any(
        _RANGE_FROM.search(text, max(0, a.start() - 10), a.start()) and _RANGE_TO.fullmatch(text, a.end(), b.start())
        for a, b in zip(dates, dates[1:]))


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
        verbs = [(kind, m) for kind, m in verbs if not _not_an_event(text, sentence, kind, m)]
        previous = None
        for i, (kind, m) in enumerate(verbs):
            lo = verbs[i - 1][1].end() if i else sentence[0]
            hi = verbs[i + 1][1].start() if i + 1 < len(verbs) else sentence[1]
            dates = [d for d in dates_in(text, lo, hi) if not _DATELINE.search(text, max(0, d.start() - 60), d.start())]
            if not dates and _BACKGROUND.search(text, max(sentence[0], m.start() - 40), m.start()):
                continue
            d = min(dates, key=lambda d: min(abs(d.start() - m.end()), abs(m.start() - d.end()))) if dates else None
            if kind in _COUNTED and (_in_range(text, dates) or not (d and (d.group("dm") or d.group("md") or d.group("wd")))
                                     and _COUNTED_SUBJECT.search(text, max(sentence[0], m.start() - 80), m.start())
                                     and (kind == "court_ruling" or _OVER_A_PERIOD.search(text, *sentence))):
                continue  # people counted as convicted or arrested over a period, not one verdict or arrest on a day
            # planned: a future form before the verb, "is due in London", or a date still to come ("meet next month")
            planned = future_tense(text, sentence, m.start()) or " due in " in m.group(0) or bool(d and _AHEAD.match(d.group(0)))
            status = "planned" if planned else "occurred"
            if kind in ("meeting", "host") or kind == "visit" and re.match(r"travel", m.group(0)):
                kind = "planned_meeting" if status == "planned" and kind != "visit" else ("visit" if kind == "visit" else "meeting")
            desc = _description(text, m.start(), sentence)
            cand = Candidate("events", 0, 0, {"event_type": kind, "date": None, "status": status}, {"description": desc})
            if d is not None:
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
