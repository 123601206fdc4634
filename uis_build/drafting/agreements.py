"""Agreements candidates: sentences that name a signed instrument, with its title and type.

A mention is proposed when it names a specific kind of instrument ("memorandum of
understanding", "Joint Statement"), carries a title ("the Joint Statement on Illicit Finance"),
or sits in a sentence that says it was signed, agreed or announced; "the agreement marks a
milestone" alone is not a new fact. A mention by kind alone ("the MoU") of the article's one titled
instrument of that kind gets that title, with `title_basis` saying it was read elsewhere in the article.
"""

from __future__ import annotations

import calendar
import re

from ..parsing.geography import lookup_code
from ..parsing.instruments import INSTRUMENT_TYPES, instrument_type
from .candidates import Candidate
from .text import clause_around, is_heading, phrase_after, sentence_at

_SPECIFIC = "|".join(p for p, _ in INSTRUMENT_TYPES).replace(r"\b", "")
_GENERIC = r"(?:deal|pact|agreement|accord|arrangement)s?"
# the first letters of the words above, looked ahead for first: most word starts fail on that one test
# (tests/test_drafting_fast_paths.py keeps it in step with parsing/instruments.py)
INSTRUMENT_AHEAD = "(?=[adjlmpst])"
# a protocol named by its title, a treaty ratified as one ("the Protocol on Border Security ... needed parliament's approval");
# capitalised and with its subject, for a bare "protocol" is a procedure ("followed the protocol on searches")
_PROTOCOL = r"(?-i:Protocol)(?=\s+(?:on|to|between|for|concerning)\s+(?:the\s+)?(?-i:[A-Z]))"
_PROTOCOL_TITLE = re.compile(rf"\b{_PROTOCOL}")
INSTRUMENT_RE = re.compile(rf"(?<![\w-]){INSTRUMENT_AHEAD}(?:{_SPECIFIC}|{_GENERIC}|{_PROTOCOL})(?![\w-])", re.IGNORECASE)
_BARE_MEMORANDUM = re.compile(r"memorand(?:um|ums|a)", re.IGNORECASE)
_SIGNED = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|agreed|agree|finali[sz]ed|formali[sz]ed|conclude[ds]?|struck|reached|inked|"
    r"announce[ds]?|unveil(?:ed|s)?|seal(?:ed|s)?)\b", re.IGNORECASE)
# a signing still to come: "will sign a memorandum next week", "hope to sign a memorandum" (a bare memorandum only
# planned names no instrument yet; "signed a memorandum on returns" does)
_PLANNED_SIGN_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+$", re.IGNORECASE)
# ... unless its subject names it already: "would sign a memorandum on financial intelligence" is that instrument, to come
_MEMORANDUM_SUBJECT_AHEAD = re.compile(r"\s+(?:on|covering|concerning)\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)[a-z]")
# A modifier kept with a generic word ("security agreement"), unless it is only a determiner.
_MODIFIER = re.compile(r"([A-Za-z][\w-]*) $")
_NOT_MODIFIER = {"the", "a", "an", "this", "that", "these", "those", "new", "two", "its", "their", "our", "of",
                 "and", "under", "landmark", "historic", "signed", "first", "last", "latest", "such", "same"}
_DATE_WORDS = {*(m.lower() for m in calendar.month_name if m), *(d.lower() for d in calendar.day_name)}
# ("against" only before a capitalised word, as in a title's subject: "Memorandum of Understanding on Cooperation against
# Organised Immigration Crime", "the Convention against Torture"; "signed the pact against the wishes of …" is no title's)
_TITLE_WORD = r"(?:[A-Z][\w’'–-]*|of|on|and|for|the|to|against(?= [A-Z]))"
# a capitalised word straight after a generic word (no "on", "of" between): the words are a name, not a title
_NAME_GOES_ON = re.compile(r" (?!(?:On|Of|And|For|The|To)\b)[A-Z]")
# the article and the parties before an instrument's name: "The UK–Iraq ", "the British-Iraqi ", "The " (an indefinite
# article opening the sentence too, capitalised as a title's word is: "A Memorandum of Understanding on Visas, signed ...")
_PARTIES_BEFORE = re.compile(r"(?:The |the |An? )?(?:(?:UK|British|Iraqi?|Kurdish|KRG|EU|European)(?:[–/-](?:UK|British|Iraqi?|Kurdish|KRG|EU))?"
                             r" )?(?=[A-Z])")
# ... nor a country or a body owning it: "Sweden's ", "the United Kingdom's ", "the Netherlands' " (a title's own possessive is no
# party's: "the Children's Rights Declaration")
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w–-]*(?: [A-Z][\w–-]*){0,3})(?:[’']s|(?<=s)[’']) (?=[A-Z])")
# a kind the text says the instrument is not: "It is not a treaty", "rather than a memorandum", "falls short of a treaty"
_KIND_DENIED = re.compile(r"\b(?:(?:is|was|are|were)(?:n[’']t|\s+not|\s+no)|rather\s+than|instead\s+of|short\s+of)\s+"
                          r"(?:(?:a|an|any)\s+)?(?:(?:formal|full|binding|legally\s+binding|proper)\s+)?$", re.IGNORECASE)
# a kind's word as an adjective: "put the partnership on a treaty footing", "the UK's treaty obligations" (no instrument)
_KIND_AS_ADJECTIVE_AHEAD = re.compile(r"\s+(?:footing|basis|status|obligations?|commitments|rights|powers|bodies|body)\b",
                                      re.IGNORECASE)
# a provision of an instrument, cited as the law something is done under: "Article 4 of the European Convention on
# Human Rights", "Article 218(6) of the Treaty on the Functioning of the European Union" (no instrument the news is about;
# but "clause 4 of the joint statement promises both" quotes the instrument itself: a statement, MoU or declaration is kept)
_PROVISION_OF_BEFORE = re.compile(r"\b(?=[acps])(?:Articles?|Sections?|Clauses?|Paragraphs?|Protocol)\s+\d+[\w()]*"
                                  r"(?:\s*(?:and|to|-|–)\s*\d+[\w()]*)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a title naming its subjects in a list: "Joint Statement on Migration, Returns and Reintegration" (the list runs to its
# clause's end; a list of the parties, "..., Britain and Iraq said", is no part of it)
_LISTED_SUBJECTS = re.compile(r"(?:,\s[A-Z][\w’'–-]*(?:\s[A-Z][\w’'–-]*)?){1,4},?\sand\s[A-Z][\w’'–-]*(?:\s[A-Z][\w’'–-]*)?"
                              r"(?=\s*(?:[.;:(]|,\s[a-z]|$))")
# an instrument's words inside the title of a publication named in apposition to it: "our March briefing, Tracking the
# Returns Agreement, lists ...", "a report entitled Rethinking the Accord" (the publication is named, no instrument is; the
# title opens with a capital, and after a comma it closes with one: "the report, the agreement signed in May, ..." is kept)
_WORK = r"(?:briefing|report|paper|study|review|guide|factsheet|bulletin|newsletter|podcast|documentary|book|explainer)s?"
_WORK_TITLE_WORDS = r"[\"“‘']?[A-Z][\w’'–-]*(?:\s(?:[A-Z][\w’'–-]*|the|of|on|and|for|to|a|an|in))*\s"
_WORK_TITLE_BEFORE = re.compile(rf"\b{_WORK}(?P<comma>,\s|\s(?:titled|entitled|called)\s){_WORK_TITLE_WORDS}$")
_WORK_TITLE_CLOSED = re.compile(r"[\"”’']?,")
_PARTY_WORDS = {"UK", "Britain", "British", "Iraq", "Iraqi", "Kurdish", "KRG", "EU", "European", "Baghdad", "London", "Erbil"}
_SUBJECT = re.compile(r",?\s+(?:to|aimed at|on|focused on|covering|designed to|that will)\s+(?=[a-z])")
_SUBJECT_END = re.compile(r"[,;.]|\s[—–]\s|\s(?:and|while)\s(?=the|a)|$")


def agreement_candidates(text: str, sentences: list[tuple[int, int]]) -> list[Candidate]:
    """One candidate per mention of an instrument in a sentence that says something about it."""
    out: list[Candidate] = []
    headings: list[bool] = []
    for m in INSTRUMENT_RE.finditer(text):
        sentence = sentence_at(sentences, m.start())
        kind = _kind(text, *m.span())
        if kind is None and _NAME_GOES_ON.match(text, m.end()) and text[m.start()].isupper():
            continue  # "Dover and Deal MP X", "Accord Street": a generic word inside a place's or a name's words
        if kind and _KIND_DENIED.search(text, max(sentence[0], m.start() - 40), m.start()):
            continue  # "It is not a treaty.": what the instrument is not, no instrument of that kind
        if kind and _KIND_AS_ADJECTIVE_AHEAD.match(text, m.end()):
            continue
        title = _title(text, m.start(), m.end(), sentence)
        if kind in (None, "treaty") and _PROVISION_OF_BEFORE.search(text, max(sentence[0], (title or (m.start(),))[0] - 50), (title or (m.start(),))[0]) \
                and not _SIGNED.search(text, m.end(), sentence[1]):  # ... not "Article 5 of the MoU signed in May"
            continue  # "under Article 218(6) of the Treaty on the Functioning ...": the law a step is taken under, cited
        if kind == "memorandum_of_understanding" and _BARE_MEMORANDUM.fullmatch(m.group(0)) and not any(
                not _PLANNED_SIGN_BEFORE.search(text, max(sentence[0], sig.start() - 8), sig.start())
                or _MEMORANDUM_SUBJECT_AHEAD.match(text, m.end()) for sig in _SIGNED.finditer(text, *sentence)):
            continue  # a memorandum is an instrument when signed ("signed a memorandum on returns"), not "an explanatory memorandum"
        if not (kind or title or _SIGNED.search(text, *sentence) and not _is_headline(text[slice(*sentence)])):
            continue  # a heading ("Key Agreements Signed") states no fact of its own
        lo = (title or (m.start(),))[0]
        if (work := _WORK_TITLE_BEFORE.search(text, max(sentence[0], lo - 80), lo)) \
                and (not work.group("comma").startswith(",") or _WORK_TITLE_CLOSED.match(text, (title or (0, m.end()))[1])):
            continue  # "our briefing, Tracking the Returns Agreement, lists ...": a publication's title, no instrument
        start = m.start()
        if kind is None and (mod := _MODIFIER.search(text, max(sentence[0], start - 30), start)):
            if mod.group(1).lower() not in _NOT_MODIFIER:
                start = mod.start(1)
        instrument = (start, m.end())
        cand = Candidate("agreements", 0, 0, {}, {"instrument": instrument})
        if title:
            cand.spans["title"] = title
        elif kind:
            cand.spans["title"] = instrument  # "declaration of intent" names the instrument by its kind
        cand.values = {"title": text[slice(*cand.spans["title"])] if "title" in cand.spans else None,
                       "instrument_type": _kind(text, *(title or instrument))}
        after = (title or instrument)[1]
        if subject := phrase_after(text, after, sentence[1], _SUBJECT, _SUBJECT_END, 5):
            cand.spans["subject"] = subject
        lo, hi = min(instrument[0], (title or instrument)[0]), max(after, subject[1] if subject else after)
        cand.start, cand.end = clause_around(text, sentence, lo, hi)
        out.append(cand)
        headings.append(is_heading(text, sentence))
    out = _drop_headline_repeats(out, headings)
    out = _kind_in_apposition(text, out)
    _name_back_references(text, out)
    return out


def _kind(text: str, start: int, end: int) -> str | None:
    """The instrument type the words ``text[start:end]`` name: a titled protocol's is a treaty's."""
    return instrument_type(text[start:end]) or ("treaty" if _PROTOCOL_TITLE.search(text, start, end) else None)


# a titled instrument's kind told in apposition after its title: "the Basra Protocol on Returns, a memorandum of understanding
# that ..." (not a list of instruments: "the Basra Protocol on Returns, a memorandum on visas and a treaty on extradition")
_APPOSITION_BETWEEN = re.compile(r",\s(?:a|an)\s(?:(?:new|formal|non-binding|legally\s+binding|bilateral)\s)?$")
_LIST_AFTER = re.compile(r",?\s(?:and|or)\s(?:a|an|the)\s")


def _kind_in_apposition(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A mention by kind alone ("a memorandum of understanding") in apposition right after a titled instrument is no
    instrument of its own: it tells the titled one's type, which a title word ("Protocol") only guesses."""
    dropped: set[int] = set()
    for i in range(len(cands) - 1):
        c, n = cands[i], cands[i + 1]
        title, instrument = c.spans.get("title"), n.spans["instrument"]
        if title and title != c.spans["instrument"] and n.values["instrument_type"] and n.spans.get("title") == instrument \
                and 0 < instrument[0] - title[1] <= 40 and _APPOSITION_BETWEEN.search(text[title[1]:instrument[0]]) \
                and not _LIST_AFTER.match(text, instrument[1]):
            c.values["instrument_type"] = n.values["instrument_type"]
            dropped.add(i + 1)
    return [c for i, c in enumerate(cands) if i not in dropped]


def _drop_headline_repeats(cands: list[Candidate], headings: list[bool]) -> list[Candidate]:
    """A headline's instrument named by its kind alone ("UK and Iraq sign updated returns memorandum") is the one the body
    tells of: the body's mention is the entry, the headline's a second of the same."""
    body_kinds = {c.values["instrument_type"] for c, heading in zip(cands, headings) if not heading}
    return [c for c, heading in zip(cands, headings)
            if not (heading and body_kinds and c.spans.get("title", c.spans["instrument"]) == c.spans["instrument"]
                    and (c.values["instrument_type"] is None or c.values["instrument_type"] in body_kinds))]


def _name_back_references(text: str, cands: list[Candidate]) -> None:
    """A mention by kind alone ("the MoU") is the article's one titled instrument of that kind: it takes that
    title, read from elsewhere in the article (``title_basis``), not from its own words."""
    titles: dict[str, set[str]] = {}
    for c in cands:
        if c.values["instrument_type"] and c.spans.get("title") != c.spans["instrument"]:
            titles.setdefault(c.values["instrument_type"], set()).add(c.values["title"])
    for i, c in enumerate(cands):
        named = titles.get(c.values["instrument_type"] or "", set())
        if c.spans.get("title") == c.spans["instrument"] and len(named) == 1:
            del c.spans["title"]
            c.values.update(title=next(iter(named)), title_basis="titled_elsewhere_in_article")
        elif c.spans.get("title") == c.spans["instrument"] and c.values["instrument_type"] and (fuller := _fuller_kind(cands[:i], c)):
            del c.spans["title"]  # "the memorandum" after "a memorandum of understanding": that one, named in full before
            c.values.update(title=fuller, title_basis="titled_elsewhere_in_article")


def _fuller_kind(before: list[Candidate], c: Candidate) -> str | None:
    """The kind's words of an earlier mention of the same kind that begin with ``c``'s own and say more ("memorandum
    of understanding" for "memorandum"), if all such mentions say the same."""
    short = c.values["title"].lower()
    fuller = {b.values["title"].lower() for b in before if b.values["instrument_type"] == c.values["instrument_type"]
              and b.spans.get("title") == b.spans["instrument"] and b.values["title"].lower().startswith(short + " ")}
    return fuller.pop() if len(fuller) == 1 else None


def _title(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """A capitalised name around the instrument word: "Joint Statement on Illicit Finance"."""
    if not text[start].isupper():
        return None
    lo = start
    while m := re.search(r"(?:[A-Z][\w’'–-]*|UK|of|on|and|for) $", text[max(sentence[0], lo - 40):lo]):
        word_start = lo - len(m.group(0))
        if not text[word_start].isupper():
            break
        lo = word_start
    hi = end
    while (m := re.match(rf" {_TITLE_WORD}", text[hi:sentence[1]])) and m.group(0).strip().lower() not in _DATE_WORDS:
        hi += len(m.group(0))
    if (listed := _LISTED_SUBJECTS.match(text, hi, sentence[1])) and re.search(r" (?:on|of|for) [A-Z]", text[end:hi]) \
            and not _PARTY_WORDS.intersection(re.findall(r"[\w’'–-]+", listed.group(0))):
        hi = listed.end()
    while text[lo:hi].split()[-1] in ("of", "on", "and", "for", "the", "to"):
        hi = lo + text[lo:hi].rstrip().rfind(" ")
    if (lead := _PARTIES_BEFORE.match(text, lo)) and lead.end() <= start:
        lo = lead.end()  # "The UK–Iraq Joint Statement on ...": the parties and the article are no part of the title
    if (owner := _OWNER_BEFORE.match(text, lo)) and owner.end() <= start and lookup_code(owner.group("owner")):
        lo = owner.end()  # "the United Kingdom's Joint Statement on ...": the party owning it is no part of the title
    words = text[lo:hi].split()
    if len(words) < 2 or _is_headline(text[slice(*sentence)]) or (lo, hi) == sentence or hi == end and text[end - 1] in "sS":
        return None  # "Key Agreements" names several, no title ("... on Border Security and Returns" may end in s); a headline
    return lo, hi


def _is_headline(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
