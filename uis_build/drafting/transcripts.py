"""Transcripts: speeches under speaker headings (Hansard's Commons and Lords records, and any transcript like them).

A transcript gives each contribution a heading naming its speaker, on a line of its own (the speech in the
paragraphs after it) or before a colon (the speech after it on the same line):

    Lord Fennimore (Lab)                                  a member and their party
    Mr Tom Harlow (Dover and Deal) (Lab)                  an MP, their seat and party
    The Parliamentary Under-Secretary of State, Home Office (Lord Castellan of Hebden) (Lab)
                                                          a post and its holder
    Lord Castellan of Hebden                              the bare name of someone headed before
    Mr Speaker:                                           the chair
    Asked by Lord Fennimore                               a tabled question: the next paragraph is the asker's

Each contribution is one statement by its speaker: its words (less an opening "My Lords," or "Mr Speaker,") up to
the next heading or interjection ("Noble Lords: Oh!", "Hon. Members: Hear, hear!"). A call-out cut off ("My
Lords—") and a member who "rose—" say nothing. Markers ("[Interruption.]", "Column 1423", "2.47 pm") neither end a
speech nor belong to it; a short line with no sentence's end (the next debate's title) ends it. Quotations inside a
speech stay their own statements (statements.py).

A heading with a post or a seat names an official: the post ("The Minister for X (Dame Y Z)") or the seat ("Member
for Dover and Deal") is the role. A member headed with a party alone has no post to cite and is not proposed, unless
their speech opens with one ("My Lords, as chair of the X Committee, …"). An honorific is no part of a name ("Tom
Harlow", "Angela Ross"), except a peer's ("Lord Castellan of Hebden").

The text is read once, line by line, and only when some line looks like a heading (the quick test ``_HINT``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .candidates import Candidate
from .text import at_line_starts

_PARTY = (r"(?:Lab|Lab/Co-op|Lab Co-op|Con|LD|Lib Dem|CB|SNP|DUP|PC|Green|Reform|RUK|UUP|SDLP|APNI|Alliance|Ind|Ind Con|"
          r"Ind Lab|Bp|Non-Afl|TUV|SF|WPB)")
PARTY_RE = re.compile(_PARTY)
_HON = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Viscount|Viscountess|Countess|Duke|Marquess|Bishop)"
_PEER = re.compile(r"(?:The )?(?:Lord|Lady|Baroness|Baron|Earl|Viscount|Viscountess|Countess|Duke|Marquess|Bishop|Lord Bishop)\b")
# the quick test: a line with a party or an honoured name in brackets, or the chair speaking (a written answer's
# "Asked by Lord X" alone makes no transcript: its question and answer are the record's, no one's speech)
_HINT = re.compile(rf"^(?:(?:Mr|Madam) (?:Deputy )?Speaker:|[^\n]{{0,150}}?\((?:{_PARTY}|{_HON} [^()\n]{{1,60}})\)"
                   # (a procedural tag may follow the party: "(Con) (Urgent Question):")
                   r"(?:\s\([A-Z][A-Za-z ]{1,30}\))?(?::| rose|[ \t]*$))", re.MULTILINE)
# a heading before its colon or line end: a lead (a name or a post), up to two brackets, "rose—" (a question's number first)
_HEAD = re.compile(r"(?:T?\d{1,3}\.\s+)?(?P<lead>[A-Z][^()\n:\[]{0,150}?)(?:\s\((?P<b1>[^()\n]{1,80})\))?(?:\s\((?P<b2>[^()\n]{1,80})\))?"
                   r"(?:\s\([A-Z][A-Za-z ]{1,30}\))?"  # a third bracket, a tag: "(Con) (Urgent Question)", no post
                   r"(?:\s\[\d+\])?(?P<rose>\s+rose\s*[—–-]*)?\s*")
_NAME = re.compile(rf"(?:The )?(?:{_HON}\s)?[A-Z][\w’'-]+(?:\s(?:of\s|de\s|van\s|the\s)?[A-Z][\w’'-]+){{0,4}}")
_POST = re.compile(r"\b(?:Secretary|Under-Secretary|Minister|Speaker|Chancellor|Leader|Whip|Captain|Chair|Chairman|Chairwoman|"
                   r"Attorney|Solicitor|Advocate|Paymaster|Privy Seal|President|Commissioner|Lord Chancellor)\b")
_TITLED_SURNAME = re.compile(rf"{_HON}\s(?P<surname>[A-Z][\w’'-]+)")
_CHAIR = re.compile(r"(?:The )?(?:Lord Speaker|Deputy Speaker|(?:Mr|Madam) (?:Deputy )?Speaker|Chair|Chairman|Deputy Chairman(?: of Committees)?)")
_CROWD = re.compile(r"(?:Noble Lords|A noble Lord|Hon\. Members|Several hon\. Members|An hon\. Member|Hon\. Friends|Members|"
                    r"Opposition Members|Government Members|Interruption)")
# lines that neither speak nor end a speech: "[Interruption.]", "Column 1423", "2.47 pm"
_MARKER = re.compile(r"\[[^\]\n]{1,40}\]|(?:Column|Col\.?|Cols\.?)\s?\d+|\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)")
# an opening address, and a call-out cut off: "My Lords, …", "My Lords—"
_ADDRESS = re.compile(r"(?:My Lords|Mr Speaker|Madam Speaker|Mr Deputy Speaker|Madam Deputy Speaker)(?:,\s*|\s*(?P<cut>[—–-]+\s*$))")
ADDRESSES = frozenset({"My Lords", "My Lord", "Noble Lords", "Mr Speaker", "Madam Speaker", "Mr Deputy Speaker",
                       "Madam Deputy Speaker", "Hon Members"})  # ways to address the House, no one's name
# a post the speaker names as their own, opening the speech: "as chair of the Justice and Home Affairs Committee,"
_AS_POST = re.compile(r"(?:speaking\s)?as\s(?:the\s)?(?P<role>(?:[Vv]ice-|[Cc]o-|[Dd]eputy\s)?(?:[Cc]hair|[Cc]hairman|[Cc]hairwoman|"
                      r"[Cc]onvener|[Pp]resident)\sof\sthe\s[A-Z][^,.;:\n]{2,80}),")
_SENTENCE_END = re.compile(r"[.?!…—–\"”’)\]]\s*$")
# a Hansard citation's furniture, no figure: "Column 1423", "cols 1423-25", "vol 842", "c1423"
_FURNITURE = re.compile(r"(?<![\w-])(?=[CcVv])(?:(?:Columns?|columns?|Cols?\.?|cols?\.?|Vol(?:ume)?\.?|vol(?:ume)?\.?)\s?|cc?)"
                        r"\d+(?:\s?[-–]\s?\d+)?(?![\w])")
_C_DIGIT = re.compile(r"c\d")  # (furniture_spans' quick test)


@dataclass(frozen=True)
class Contribution:
    """One speech: its speaker's name as the dataset writes it, where the heading names them, the speech's words,
    and the role a heading or the speech's opening gives (role: its words' span and its wording)."""

    speaker: str
    heading: tuple[int, int]
    name: tuple[int, int]
    words: tuple[int, int] | None
    role: tuple[int, int] | None = None
    role_text: str | None = None


# an editor's citation of the report, whole: "[Official Report, 3 March 2025; Vol. 763, c. 88.]"
_CITATION = re.compile(r"\[Official Report\b[^\]\n]*\]")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a citation's column and volume numbers ("Column 1423", "vol 842", "c1423") and of an editor's
    bracketed citation as a whole: never figures."""
    # every _FURNITURE match holds "Col", "col", "Vol" or "vol", or is "c" (or "cc") and a digit, and so holds "c" and a digit
    # (the pattern is case-sensitive): a text with none of those (most) has no match, and the substring tests and a search
    # for a literal "c" then a digit are far cheaper than the pattern's scan of the whole text
    spans = [m.span() for m in _FURNITURE.finditer(text)] if (
        "Col" in text or "col" in text or "Vol" in text or "vol" in text or _C_DIGIT.search(text)) else []
    return spans + [m.span() for m in _CITATION.finditer(text)] if "[Official Report" in text else spans


def contribution_statements(text: str) -> list[Candidate]:
    """One statement per contribution with words: the speaker's speech, quoted from its heading."""
    out = []
    for c in contributions(text):
        if c.words is not None:
            cand = Candidate("statements", c.heading[0], c.words[1], {"speaker": c.speaker, "speaker_kind": "person"},
                             {"text": c.words, "speaker": c.name})
            out.append(cand)
    return out


def heading_officials(text: str) -> list[Candidate]:
    """One official per contribution whose heading gives a post or a seat, or whose speech opens with a post."""
    out, seen = [], set()
    for c in contributions(text):
        if c.role is None or (c.speaker, c.role_text) in seen:
            continue
        seen.add((c.speaker, c.role_text))
        out.append(Candidate("officials", min(c.name[0], c.role[0]), max(c.name[1], c.role[1]),
                             {"name": c.speaker, "role": c.role_text}, {"name": c.name, "role": c.role}))
    return out


@lru_cache(maxsize=16)
def contributions(text: str) -> tuple[Contribution, ...]:
    """Every contribution of a transcript, in order, in one pass over its lines; none if no line looks like a heading."""
    if next(at_line_starts(_HINT, text), None) is None:
        return (_caps_turns(text) or _name_turns(text)) if ":" in text else ()
    out: list[Contribution] = []
    known: dict[str, str] = {}  # a name as a heading writes it -> the speaker's name
    open_: dict | None = None  # the contribution being read: its heading, speaker and words so far

    def close() -> None:
        nonlocal open_
        if open_ is not None:
            out.append(_finish(text, open_))
        open_ = None

    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped or _MARKER.fullmatch(stripped):
            continue
        lo = start + len(line) - len(line.lstrip())
        colon = line.find(":")
        head_end = start + colon if 0 <= colon <= 200 else start + len(line.rstrip())
        head = _heading(text, lo, head_end, known) if head_end - lo <= 200 else None
        if head == "crowd":
            close()
            continue
        if head is not None:
            close()
            open_ = {**head, "first": None, "last": None}
            if colon >= 0 and line[colon + 1:].strip():  # "Mr Speaker: Order." the speech on the heading's line
                first = start + colon + 1
                first += len(line[colon + 1:]) - len(line[colon + 1:].lstrip())
                open_["first"], open_["last"] = first, start + len(line.rstrip())
            continue
        if open_ is None:
            continue
        # (a motion's opening, its comma running on into the paragraph after, is speech: "I beg to move,"; not the clerk's
        # one word, "Resolved,")
        if len(stripped.split()) <= 8 and not _SENTENCE_END.search(stripped) \
                and not (stripped.endswith(",") and len(stripped.split()) >= 3):
            close()  # a title: the next debate, not the speech
            continue
        if open_["first"] is None:
            open_["first"] = lo
        open_["last"] = start + len(line.rstrip())
    close()
    return tuple(out)


def _heading(text: str, lo: int, hi: int, known: dict[str, str]) -> dict | str | None:
    """The speaker a heading ``text[lo:hi]`` names (and the post or seat it gives), "crowd" for an interjection's
    ("Noble Lords:"), or None if the line is no heading. ``known`` learns each name headed, for the bare ones after."""
    line = text[lo:hi]
    if line.startswith("Asked by "):
        name = _NAME.fullmatch(text, lo + 9, hi)
        return _speaker(text, (lo + 9, hi), known) if name else None
    if _CROWD.fullmatch(line) and text.startswith(":", hi):
        return "crowd"
    m = _HEAD.fullmatch(text, lo, hi)
    if m is None:
        return None
    lead, b1, b2 = m.group("lead"), m.group("b1"), m.group("b2")
    party = b2 if b2 else b1
    has_party = bool(party and PARTY_RE.fullmatch(party))
    if b2 and not has_party:
        return None
    other = "b1" if b1 and not (has_party and not b2) else None  # the bracket that is no party: a holder's name or a seat
    bare = b1 is None
    if other and _POST.search(lead) and _NAME.fullmatch(b1):
        # "The Minister for Border Security and Asylum (Dame Angela Ross)": the holder of a post
        who = _speaker(text, m.span("b1"), known)
        post = m.span("lead")
        if text.startswith("The ", post[0]):
            post = (post[0] + 4, post[1])
        for title in ("Mr ", "Madam "):
            if text.startswith(title, post[0]):
                post = (post[0] + len(title), post[1])
        return {**who, "role": post, "role_text": text[slice(*post)], "rose": bool(m.group("rose"))}
    if not _NAME.fullmatch(lead):
        return None
    if other and not has_party and _POST.search(b1) and not _NAME.fullmatch(b1):
        # "Andrew Keeling (Shadow Minister for Home Affairs)": a member and the post they speak in, the bracket's words
        # no name; a shadow post is no office held, so it gives the speaker but no role
        who = _speaker(text, m.span("lead"), known)
        if re.match(r"(?:The )?Shadow\b", b1, re.IGNORECASE):
            return {**who, "rose": bool(m.group("rose"))}
        return {**who, "role": m.span("b1"), "role_text": b1, "rose": bool(m.group("rose"))}
    if other and has_party:
        # "Mr Tom Harlow (Dover and Deal) (Lab)": a member and their seat
        who = _speaker(text, m.span("lead"), known)
        return {**who, "role": m.span("b1"), "role_text": f"Member for {b1}", "rose": bool(m.group("rose"))}
    if has_party and not other:
        return {**_speaker(text, m.span("lead"), known), "rose": bool(m.group("rose"))}  # "Lord Fennimore (Lab)"
    if bare and (lead in known or _CHAIR.fullmatch(lead) and text.startswith(":", hi)):
        return {**_speaker(text, m.span("lead"), known), "rose": bool(m.group("rose"))}  # "Lord Castellan of Hebden"
    if bare and (titled := _TITLED_SURNAME.fullmatch(lead)) and not _PEER.match(lead):
        # "Mr Frewin": a member headed in full before ("Mr Daniel Frewin (…) (Con)"), later headed by title and surname
        # (only when one member headed before bears that surname)
        named = {v for v in known.values() if v.rsplit(" ", 1)[-1] == titled.group("surname")}
        if len(named) == 1:
            known[lead] = named.pop()
            return {**_speaker(text, m.span("lead"), known), "rose": bool(m.group("rose"))}
    return None


def _speaker(text: str, span: tuple[int, int], known: dict[str, str]) -> dict:
    """The speaker named in ``text[span]`` (known from a heading before, or the name less its honorific) and its span."""
    written = text[slice(*span)]
    if written in known:
        return {"speaker": known[written], "name": span}
    lo, hi = span
    words = written.split()
    if len(words) >= 3 and not _PEER.match(written) and re.fullmatch(_HON, words[0]):
        lo = text.index(words[1], lo + len(words[0]))  # "Mr Tom Harlow": Tom Harlow
    name = text[lo:hi]
    known[written] = known[name] = name
    return {"speaker": name, "name": (lo, hi)}


def _finish(text: str, open_: dict) -> Contribution:
    """The contribution read: its words less an opening address, none if it was cut off or the member only rose."""
    first, last = open_["first"], open_["last"]
    words = None
    role, role_text = open_.get("role"), open_.get("role_text")
    if first is not None and not open_.get("rose"):
        if address := _ADDRESS.match(text, first, last):
            first = None if address.group("cut") else address.end()
        if first is not None and first < last:
            words = (first, last)
            if role is None and (post := _AS_POST.match(text, first, last)):
                role, role_text = post.span("role"), post.group("role")  # "as chair of the … Committee"
    heading = (min(open_["name"][0], role[0]) if role else open_["name"][0], open_["name"][1])
    return Contribution(open_["speaker"], heading, open_["name"], words, role, role_text)


# -- a broadcast's transcript, each turn labelled in capitals ------------------------------------------------------
# A phone-in or a panel printed with its speakers' names in capitals before a colon ("GEMMA HOLROYD: …", a caller with
# their town, "SHERZAD (Goole): …"): as in Hansard, each turn (its line and the unlabelled paragraphs after it) is a
# statement by its speaker, the presenter's links included. A name in capitals stands for the one the text writes in full
# ("RAED AL-SAEDI" for "Raed Hashim al-Saedi"). Two labels at least, one of them speaking twice, make the layout (a
# committee's minutes open "ALSO PRESENT:", "IN ATTENDANCE:" once each); an interview whose one label only asks is
# interview()'s, its questions no statements. A podcast's edited transcript stamps each turn with its time in the episode
# ("[00:01:05] TOM BRENNAN: …"): the stamp is no part of the label, nor an honorific or letters after the name ("DR LANA
# QADIR:", "TOM BRENNAN MP:"), nor the part they play in the episode in small letters ("NINA WARD (host):", "X Y (clip):").
# (a police officer's rank abbreviated is an honorific too: "DCI X Y:", "SGT X Y:")
_CAPS_HON = r"(?:DR|MR|MRS|MS|MISS|PROF|PROFESSOR|SIR|DAME|CLLR|REV|JUDGE|DCI|DI|DS|DC|DSU|DCS|PC|PS|SGT|INSP|SUPT)"
_CAPS_POSTNOMINAL = r"(?:MP|MSP|MS|MEP|AM|KC|QC|OBE|MBE|CBE|PHD)"
_CAPS_LABEL = re.compile(rf"^(?:\[\d{{1,2}}(?::\d{{2}}){{1,2}}\][^\S\n]+)?(?:{_CAPS_HON} (?=[A-Z’'-]+[ :]))?"
                         rf"(?P<label>[A-Z][A-Z’'-]+(?: (?!{_CAPS_POSTNOMINAL}\b)[A-Z][A-Z’'-]+){{0,3}})(?: {_CAPS_POSTNOMINAL})?"
                         r"(?: \((?P<place>[A-Z][\w’' -]{1,40})\)| \([a-z][a-z -]{1,20}(?:, [A-Z][\w’' -]{1,40})?\))?:[^\S\n]+(?=\S)",
                         re.MULTILINE)
# a label's bracket giving a public post, capitalised ("LUCY HART (Minister for Policing):", "X Y (Ambassador to Iraq):")
# names an official, the post the role; not a shadow's or a former holder's post, nor a body's name ("(Teesside University)")
_LABEL_POST = re.compile(r"(?!(?:Shadow|Former|Ex-)\b)(?:[A-Z][\w’'-]* ){0,3}(?:Minister|Secretary|Under-Secretary|Commissioner|"
                         r"Ambassador|Consul|Consul-General)\b(?: (?:of|for|to|in) [A-Z][\w’' -]*)?")
# a turn's time stamped on a line of its own before the next label ("[10:19]"), closing the turn before it
_STAMP_LINE = re.compile(r"\s*\n[^\S\n]*\[\d{1,2}(?::\d{2}){1,2}\]$")
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "van", "von", "da"})
# a news script's own furniture in capitals ("PRESENTER: Good morning.", "READER: … PRODUCER: …", "CLIP: X, NCA – DUR: 0'21\""):
# a part or a cue, no one's name, so no speaker; a bulletin's links are the station's, and its clips' words are quotations
# (statements.py gives each the one its cue names)
_SCRIPT_LABELS = frozenset({"PRESENTER", "PRESENTERS", "READER", "NEWSREADER", "ANCHOR", "HOST", "PRODUCER", "EDITOR", "CLIP",
                            "CUT", "SOT", "CUE", "IN", "OUT", "DUR", "DURATION", "AUDIO", "ACTUALITY", "INSERT", "GRAB", "VOX",
                            "VOX POP", "SOUNDBITE", "VO", "GV", "TRAIL", "TX", "ENDS", "NOTE", "BACKANNO", "BACK ANNO"})


# a documentary's part in capitals, no one's name ("NARRATOR:"): the person its first turn names in brackets ("NARRATOR
# (ALICE PENROSE):") or its credits name after it ("Presenter and narrator: Alice Penrose"), else the part as written
_PARTS = frozenset({"NARRATOR", "INTERVIEWER", "REPORTER", "CORRESPONDENT"})
_CREDIT_NAME = r"(?P<name>[A-Z][a-z][\w’'-]+(?:[^\S\n]+(?:(?:al|el)-)?[A-Z][a-z][\w’'-]+){1,2})"


def _part_person(text: str, part: str, turns: list[re.Match]) -> str | None:
    """The person a part's label in capitals stands for, from its bracketed name or the credits, or None."""
    for m in turns:
        if (named := m.group("place")) and len(named.split()) >= 2 and named.isupper():
            return _full_name(text, named)
    for m in re.finditer(rf"\b(?i:{part}):[^\S\n]*{_CREDIT_NAME}", text):
        if not m.group(0).isupper() and not m.group(0)[:len(part)].isupper():
            return m.group("name")
    return None


def _unranked(label: str) -> str:
    """A label in capitals without its rank ("COLONEL X Y": "X Y"), as a speaker is named; a rank and a surname alone stay."""
    rest = label
    while (rank := _CAPS_RANK.match(rest)) and len(rest[rank.end():].split()) >= 2:
        rest = rest[rank.end():]
    return rest


def _caps_turns(text: str) -> tuple[Contribution, ...]:
    """The turns of a transcript labelled with its speakers' names in capitals, or none if it is no such transcript."""
    every = list(_CAPS_LABEL.finditer(text))  # a script's furniture only ends the turn before it
    labels = [m for m in every if m.group("label") not in _SCRIPT_LABELS]
    names = [m.group("label") for m in labels]
    if len(labels) < 4 and (headed := _caps_headings(text)):
        return headed
    if len(labels) < 3 or len(set(names)) < 2 or len(set(names)) == len(names) or interview(text) is not None:
        return ()
    # three labels are a short exchange printed inside a story: the story's prose resumes after it, so each of its turns is
    # its own paragraph (a whole transcript's turns run over the unlabelled paragraphs after them)
    excerpt = len(labels) < 4
    who = {label: _full_name(text, _unranked(label)) for label in set(names)}
    for label in set(names) & _PARTS:
        if person := _part_person(text, label, [m for m in labels if m.group("label") == label]):
            who[label] = person
    out = []
    for k, m in enumerate(every):
        if m.group("label") in _SCRIPT_LABELS:
            continue
        stop = every[k + 1].start() if k + 1 < len(every) else len(text)
        if excerpt and 0 <= (blank := text.find("\n\n", m.end(), stop)):
            stop = blank
        hi = stop
        while hi > m.end() and text[hi - 1].isspace():
            hi -= 1
        if stamp := _STAMP_LINE.search(text, m.end(), hi):
            hi = stamp.start()  # the next turn's time on a line of its own: no words of this one
        span = m.span("label")
        role = m.span("place") if (place := m.group("place")) and _LABEL_POST.fullmatch(place) else None
        out.append(Contribution(who[m.group("label")], span, span, (m.end(), hi) if hi > m.end() else None, role, place if role else None))
    return tuple(out)


# ... or a podcast's, each turn labelled with its speaker's full name in small letters ("Tom Ellery: …"), a clip cued with
# the name and a post ("[Clip] X Y, Minister for …: …"): two names speaking twice each at least make the layout (a
# kicker's "Interview:" is one word, and an interview whose one label only asks is interview()'s). A turn runs over the
# paragraphs after it up to the next label or a heading (a short line with no sentence's end: "WHERE TO GET HELP").
# (a rank's or an honorific's abbreviation with its full stop may open the label: "[20:16] Col. X Y: …"; it is no part of
# the name, and the stop would end a plain label)
_NAME_TURN = re.compile(r"^(?:\[\d{1,2}(?::\d{2}){1,2}\][^\S\n]+)?(?:\[(?:Clip|CLIP|Audio|AUDIO|Archive|ARCHIVE)\][^\S\n]+)?"
                        r"(?:(?:Col|Lt|Gen|Maj|Brig|Capt|Sgt|Cmdr|Adm|Insp|Supt|Det|Cllr|Dr|Prof|Mr|Mrs|Ms)\.[^\S\n]+)?"
                        r"(?P<label>[A-Z][a-z][\w’'-]{0,30}(?: (?:(?:al|el)-)?[A-Z][a-z][\w’'-]{0,30}){1,2})"
                        r"(?:, (?P<role>[A-Z][^:\n]{2,80}))?:[^\S\n]+(?=\S)", re.MULTILINE)


def _name_turns(text: str) -> tuple[Contribution, ...]:
    """The turns of a transcript labelled with its speakers' full names, or none if it is no such transcript."""
    turns = list(_NAME_TURN.finditer(text))
    if len(turns) < 4:
        return ()
    names = [m.group("label") for m in turns]
    if sum(names.count(n) >= 2 for n in set(names)) < 2 or interview(text) is not None:
        return ()
    out = []
    for k, m in enumerate(turns):
        stop = turns[k + 1].start() if k + 1 < len(turns) else len(text)
        hi = text.find("\n", m.end())
        hi = stop if hi == -1 or hi > stop else hi
        while (nxt := _next_line(text, hi, stop)) is not None:
            line = text[slice(*nxt)]
            if len(line.split()) <= 8 and not _SENTENCE_END.search(line):
                break  # a heading: what follows is the page's, not the turn's
            hi = nxt[1]
        while hi > m.end() and text[hi - 1].isspace():
            hi -= 1
        span = m.span("label")
        out.append(Contribution(m.group("label"), span, span, (m.end(), hi) if hi > m.end() else None))
    return tuple(out)


def _next_line(text: str, pos: int, stop: int) -> tuple[int, int] | None:
    """The next non-empty line's span after ``pos`` and before ``stop``, stripped, or None."""
    while pos < stop:
        end = text.find("\n", pos + 1)
        end = stop if end == -1 or end > stop else end
        line = text[pos:end]
        if line.strip():
            lo = pos + len(line) - len(line.lstrip())
            return lo, pos + len(line.rstrip())
        pos = end
    return None


# ... or a press conference's, each turn under a heading in capitals on a line of its own, a post and a name in either
# order, a journalist's with their outlet ("HOME SECRETARY, REBECCA HOLLINS:", "COLONEL X Y, SPOKESMAN FOR THE MINISTRY OF
# INTERIOR:", "QUESTION, X Y, BBC NEWS:"), then bare ("HOME SECRETARY:", "COLONEL Y:", "MINISTER OF INTERIOR (through an
# interpreter):"): a bare heading is the speaker headed before with that post or surname. A heading with a post and a name
# names an official.
_CAPS_HEADING = re.compile(r"^(?P<label>[A-Z][A-Z’'.-]*(?:,? [A-Z][A-Z’'.-]*){0,14})(?: \([a-z][^()\n]{0,40}\))?:[^\S\n]*$",
                           re.MULTILINE)
_CAPS_POST = re.compile(r"\b(?:SECRETARY|MINISTER|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|AMBASSADOR|PRESIDENT|GOVERNOR|COMMISSIONER|"
                        r"DIRECTOR|CHIEF|COMMANDER|CHAIR|CHAIRMAN|CHAIRWOMAN|MAYOR|CONSUL|ATTORNEY GENERAL|HEAD OF)\b")
_CAPS_RANK = re.compile(r"(?:(?:LIEUTENANT |MAJOR |BRIGADIER |)GENERAL|(?:LIEUTENANT )?COLONEL|BRIGADIER|MAJOR|CAPTAIN|"
                        r"(?:VICE |REAR )?ADMIRAL|AIR MARSHAL|DR|MR|MRS|MS|SIR|DAME|SHEIKH|JUDGE) ")
_ASKER = re.compile(r"(?:QUESTION|Q|QUESTIONER|REPORTER|JOURNALIST|ANSWER|A)$")
_SMALL = frozenset({"of", "for", "the", "and", "in", "on", "to"})
_COMMON_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "head"})


def _caps_headings(text: str) -> tuple[Contribution, ...]:
    """The turns of a transcript under headings in capitals on lines of their own, or none if it is no such transcript."""
    heads = list(_CAPS_HEADING.finditer(text))
    if len(heads) < 4:
        return ()
    known: dict[str, str] = {}  # a post or a surname in capitals -> its speaker
    turns = []
    for m in heads:
        lo = m.start("label")
        parts, pos = [], lo
        for part in m.group("label").split(", "):
            parts.append((pos, pos + len(part)))
            pos += len(part) + 2
        if _ASKER.match(text[slice(*parts[0])]) and len(parts) > 1:
            parts = parts[1:]
        post = next((p for p in parts if _CAPS_POST.search(text, *p)), None)
        name = next((p for p in parts if p != post), None)
        if name is not None and post is None and parts.index(name) > 0:
            name = None  # "QUESTION, X Y, BBC NEWS": the outlet is no name, the name came first
        speaker = role = None
        if name is not None:
            rank = _CAPS_RANK.match(text, *name)
            while rank is not None:
                name = (rank.end(), name[1])
                rank = _CAPS_RANK.match(text, *name)
            words = text[slice(*name)].split()
            if len(words) >= 2:
                speaker = _full_name(text, " ".join(words))
                known[words[-1]] = speaker
            elif words:
                speaker = known.get(words[0])
        if post is not None:
            written = text[slice(*post)]
            if speaker is None:
                speaker = known.get(written)
            elif name is not None:
                known[written] = speaker
                role = post
        turns.append((m, speaker, name or post or parts[0], role))
    speakers = [t[1] for t in turns if t[1]]
    if len(set(speakers)) < 2 or len(set(speakers)) == len(speakers):
        return ()
    out = []
    for k, (m, speaker, span, role) in enumerate(turns):
        if speaker is None:
            continue
        lo = m.end()
        while lo < len(text) and text[lo].isspace():
            lo += 1
        hi = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        role_text = _post_text(text, role) if role else None
        out.append(Contribution(speaker, (m.start(), m.end()), span, (lo, hi) if hi > lo else None, role, role_text))
    return tuple(out)


def _post_text(text: str, span: tuple[int, int]) -> str:
    """A post in capitals as the text writes it elsewhere ("the Home Secretary"), else in capitals and small letters."""
    written = text[slice(*span)]
    for m in re.finditer(rf"\b(?i:{re.escape(written)})\b", text):
        if not m.group(0).isupper():
            return m.group(0)
    words = written.lower().split()
    return " ".join(w if w in _SMALL or (i == 0 and w in _COMMON_POSTS) else
                    "-".join(p.capitalize() for p in w.split("-")) for i, w in enumerate(words))


def _full_name(text: str, label: str) -> str:
    """The name a label in capitals stands for: the one the text writes with its first and last words (and up to two
    between), else the label's words capitalised ("AL-SAEDI": "al-Saedi")."""
    words = label.split()
    if len(words) == 1:
        # a podcast labels its speakers by forename ("HARRIET:") after naming them in full ("Harriet Lowe is a …"): the
        # forename, capitalised, and the surname after it on the same line (its particle too: "Raed al-Saedi")
        forename = re.escape(words[0].capitalize())
        full = re.search(rf"\b{forename}(?:[^\S\n]+(?:[A-Z][\w’'-]+|(?:al|el)-[A-Z][\w’'-]+)){{1,2}}\b", text)
        if full and not full.group(0).split()[1].isupper():
            return full.group(0)
    middle = r"(?:[^\S\n]+[A-Z][\w’'-]+){0,2}?[^\S\n]+" if len(words) > 1 else ""
    last = rf"(?i:{re.escape(words[-1])})" if len(words) > 1 else ""
    for m in re.finditer(rf"\b(?i:{re.escape(words[0])}){middle}{last}\b", text):
        if not m.group(0).isupper():
            return m.group(0)
    return " ".join("-".join(p.lower() if p.lower() in _PARTICLES else p.capitalize() for p in w.split("-")) for w in words)


# -- a question-and-answer interview ------------------------------------------------------------------------------
# An interview printed as questions and answers: each question a paragraph of its own, labelled ("Q:", "Question:"), in
# bold ("**How has … changed?**") or, in an article the introduction calls an interview, a plain paragraph ending in "?";
# the answers are the paragraphs after it up to the next question, labelled ("A:", "Answer:") or not. Each answer, its
# paragraphs together, is a statement by the interviewee (statements.py names them from the introduction, the text before
# the first question). Two labelled or bold questions make the layout, or three plain ones; fewer are a story's questions.
_Q_LABEL = re.compile(r"(?:\*\*|__)?(?:Q|Question)(?:\s*[:.](?:\*\*|__)?|(?:\*\*|__)?\s*:)\s*")
_A_LABEL = re.compile(r"(?:\*\*|__)?(?:A|Answer)(?:\s*[:.](?:\*\*|__)?|(?:\*\*|__)?\s*:)\s*")
_BOLD_QUESTION = re.compile(r"(?:\*\*|__)[^*_\n]{3,300}\?(?:\*\*|__)")
_PLAIN_QUESTION = re.compile(r"[^“”\"«»\n]{3,300}\?")
# ... or a reader's letter to an advice column, numbered or not and signed after a dash ("1. My husband … Will he be
# put on a plane? – Bahar, Dewsbury", "… What will it cost? My solicitor asks £2,500. – Name withheld"): the expert's answers follow it in the expert's words, first person or not (an
# adviser says what the rules are); the signature is no name to quote, the letter no statement
_SIGNED_QUESTION = re.compile(r"[.?!][^\S\n]+[–—-][^\S\n]+[A-Z][\w’'-]+(?:[ ,][^?!\n]{0,50})?")
_SIGNATURE_REACH = 70  # the signature's characters at the line's end
_LETTER_LENGTH = 800  # a letter is a short paragraph
# what an advice column's introduction says it is ("A solicitor answers your questions", "ASK THE EXPERT")
_ADVICE_HINT = re.compile(r"\b(?:answers?|[Aa]sk|ASK)\b")
# what an interview's introduction says it is ("Interview:", "he spoke to Zagros Post", "a Q&A with"): without it, questions and
# answers are an explainer's ("Q&A: What is in the deal?"), the outlet's own answers
# (a magazine's rubric in capitals too: "THE INTERVIEW")
_INTERVIEW_HINT = re.compile(r"\b(?:[Ii]nterview(?:ed)?|INTERVIEW|Q\s?&\s?A with|spoke (?:to|with)|talked (?:to|with)|sat down with|"
                             r"in conversation with)\b")
# a plain question's answer is the interviewee's own words: first person, no quotation marks (a feature's crossheads
# asking "What comes next?" head reported speech and quotations); "ours" and "mine" are the first person too ("check a name
# against ours")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]ine|[Ww]e|[Oo]urs?|[Uu]s)\b")
_MARKS = re.compile(r"[“”\"«»]")
# a quotation inside a paragraph, marks and all (an answer's "He said, “Ten days and you will be in London.”")
_QUOTED = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?|«[^»\n]*»?")
# ... and an interviewer's prompt put as a statement ("Critics say you arrest only the drivers."): a paragraph that speaks to
# the interviewee ("you", "your") in no first person and no quotation marks, between an answer and the first-person answer
# it draws, is a question too
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")
# ... and a question with the interviewer's short remark after it ("Why do they stay? The town is quiet."), neither in the
# first person, between two answers in the interviewee's own words (an answer opening with its own question answers it:
# "Why? Because …", "Is it enough? No, …")
_QUESTION_THEN_REMARK = re.compile(r"[^“”\"«»\n.!?]{3,200}\?[^\S\n]+(?!(?:Because|No|Yes|Not|Nothing|Never|Of course)\b)"
                                   r"[A-Z][^“”\"«»\n.!?]{2,150}[.!]")
# an editor's note after the last answer ("*This interview was translated from Kurdish.*") or a crosshead: no answer
# a horizontal rule closing the interview: what comes after it is a box of its own, what comes before the last answer's rest
_RULE = re.compile(r"(?:-{3,}|\*{3,}|(?:\* ){2,}\*|_{3,})")
_RULE_REACH = 4  # the last answer's paragraphs before such a rule
_NOTE = re.compile(r"(?:\*[^*\n]+\*|_[^_\n]+_|\([^()\n]+\)|\[[^\[\]\n]+\])")


# ... or a broadcast's transcript, each turn labelled with its speaker's name ("Maddern: … ?", "Ormsby: …"): one label's
# turns all questions (the presenter's), the other's the answers; its introduction need not call it an interview
# (a name in full, "Hawkar Jamal Faraj: …", may run to three words)
_NAME_LABEL = re.compile(r"(?P<label>[A-Z][\w’'-]{1,30}(?: [A-Z][\w’'-]{1,30}){0,2}):[^\S\n]+(?=\S)")


# a paragraph opening with a conjunction or a "then" goes on with the one before: it says nothing alone (nor one opening
# with a time told against the one before's: "Before, a file …. Now it can", "Since then, …"; nor the next point of a list
# the one before opened: "Information, first. …" then "Second, money for …"; nor one whose first clause adds to the one
# before with an "also" after its subject: "Twelve of our judges also sat …")
_GOES_ON = re.compile(r"(?:And|But|Then|So|Or|Also),?\s|(?:Before|Since then|Until then|Back then|Even so|Second(?:ly)?|Third(?:ly)?),\s"
                      r"|(?:[\w’'-]+ ){1,5}also\s")


@dataclass(frozen=True)
class Interview:
    """An interview's layout: where its introduction ends (the first question) and each answer's words (a transcript's: each paragraph's), and
    the name that labels the answers, when the turns are labelled with their speakers' names."""

    intro_end: int
    answers: tuple[tuple[int, int], ...]
    answerer: str | None = None
    letters: bool = False  # an advice column's: its questions readers' letters


def _named_turns(text: str, lines: list[tuple[int, int]]) -> Interview | None:
    """A transcript whose turns two names label: one asks only questions, the other answers them (two turns each at
    least). A turn's later paragraphs, unlabelled, go on with it; lines after the last turn are a note, no answer."""
    turns = [(i, m) for i, (lo, hi) in enumerate(lines) if (m := _NAME_LABEL.match(text, lo, hi))]
    # a headline's kicker ("Interview: the lawyer who …") labels no turn: a label heading the first line once only
    if turns and turns[0][0] == 0 and sum(m.group("label") == turns[0][1].group("label") for _, m in turns) == 1:
        turns = turns[1:]
    labels = {m.group("label") for _, m in turns}
    if len(turns) < 4 or len(labels) != 2:
        return None
    # the asker's turns all end in a question, but for a closing thanks ("Major General al-Saedi, thank you.")
    asks = set()
    for label in labels:
        own = [(i, m) for i, m in turns if m.group("label") == label]
        if all(text[lines[i][1] - 1] == "?" or 0 < k == len(own) - 1 and len(text[m.end():lines[i][1]].split()) <= 8
               for k, (i, m) in enumerate(own)):
            asks.add(label)
    if len(asks) != 1:
        return None
    answerer = (labels - asks).pop()
    answers = []
    for k, (i, m) in enumerate(turns):
        if m.group("label") != answerer:
            continue
        stop = turns[k + 1][0] if k + 1 < len(turns) else i + 1
        if answerer.isupper():  # a broadcaster's transcript in capitals: a turn is one speech, as in Hansard
            answers.append((m.end(), lines[stop - 1][1]))
            continue
        answers.append((m.end(), lines[i][1]))
        for j in range(i + 1, stop):
            if " " in answerer and (_NOTE.fullmatch(text, *lines[j]) or not _SENTENCE_END.search(text, *lines[j])):
                break  # a note or a crosshead closes a printed interview's turn
            if " " in answerer or _GOES_ON.match(text, *lines[j]):
                # "Then I borrowed …", "And if you have …": no answer alone, the one above's rest (a printed interview labels
                # its turns with the full name, "Darya Salih:", and edits each turn to one answer over its paragraphs; a
                # broadcast's surname label, "Wren:", heads lines spoken apart)
                answers[-1] = (answers[-1][0], lines[j][1])
            else:
                answers.append(lines[j])
        # ... so after the last turn: a paragraph opening so goes on with it (a note after it does not: "Returnees can call …")
        j = stop
        while k + 1 == len(turns) and j < len(lines) and _GOES_ON.match(text, *lines[j]):
            answers[-1], j = (answers[-1][0], lines[j][1]), j + 1
    if len(answers) < 2:
        return None
    return Interview(lines[turns[0][0]][0], tuple(answers), _full_name(text, answerer) if answerer.isupper() else answerer)


@lru_cache(maxsize=16)
def interview(text: str) -> Interview | None:
    """The question-and-answer layout of ``text``, or None when it is no such interview."""
    if "?" not in text and "Q" not in text:
        return None
    lines: list[tuple[int, int]] = []  # each non-empty line's span, stripped
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lo = start + len(line) - len(line.lstrip())
            lines.append((lo, start + len(line.rstrip())))
    if ":" in text and (named := _named_turns(text, lines)) is not None:
        return named
    labelled = [i for i, (lo, hi) in enumerate(lines) if _Q_LABEL.match(text, lo, hi)]
    bold = [i for i, (lo, hi) in enumerate(lines) if _BOLD_QUESTION.fullmatch(text, lo, hi)]
    signed = [i for i, (lo, hi) in enumerate(lines) if _signed_question(text, lo, hi)]
    plain = False
    if len(labelled) >= 2:
        questions = labelled
    elif len(bold) >= 2:
        questions = bold
    elif len(signed) >= 2:
        questions = signed
    else:
        plain = True
        questions = [i for i, (lo, hi) in enumerate(lines) if _PLAIN_QUESTION.fullmatch(text, lo, hi)]
        if len(questions) < 3:
            return None
        questions = sorted(questions + [i for i in range(questions[0] + 2, len(lines) - 1) if _prompt(text, lines, i)])
    if not (questions is signed and _ADVICE_HINT or _INTERVIEW_HINT).search(text, 0, lines[questions[0]][0]):
        return None
    answers = []
    paragraphs = []  # each answer's paragraphs, each in the interviewee's own words
    asked = set(questions)
    for k, q in enumerate(questions):
        stop = questions[k + 1] if k + 1 < len(questions) else len(lines)
        first = len(paragraphs)
        # (the last answer's rest in no first person, "Give him work and he stays.", is the answer's when a rule closes it)
        ruled = plain and k == len(questions) - 1 \
            and any(_RULE.fullmatch(text, *lines[i]) for i in range(q + 2, min(stop, q + 2 + _RULE_REACH)))
        for i in range(q + 1, stop):
            lo, hi = lines[i]
            if label := _A_LABEL.match(text, lo, hi):
                lo = label.end()
            elif i in asked or _NOTE.fullmatch(text, lo, hi) or not _SENTENCE_END.search(text[lo:hi]):
                break  # a note or a crosshead closes the answers
            if plain and k == len(questions) - 1 and i > q + 1 and not ruled and not _own_words(text, lo, hi):
                break  # the story goes on after the last answer ("X, a lawyer, told … that …"): no answer
            if hi > lo:
                paragraphs.append((lo, hi))
        if len(paragraphs) > first:  # an answer over paragraphs is one statement, as a quotation over paragraphs is
            answers.append((paragraphs[first][0], paragraphs[-1][1]))
    # (one paragraph in four may speak to the reader in no first person, "Don't. The smuggler will tell you …", but in no
    # quotation marks either: a feature's crossheads head reported speech)
    # (an answer may quote another in its own first person, "He said, “Ten days and you will be in London.”")
    if plain and (sum(not _quotes_in_own_voice(text, lo, hi) for lo, hi in paragraphs) > len(paragraphs) // 4
                  or any(_MARKS.search(text, lo, hi) and not _quotes_in_own_voice(text, lo, hi) for lo, hi in paragraphs)):
        return None
    return Interview(lines[questions[0]][0], tuple(answers), letters=questions is signed) if answers else None


def _signed_question(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` a reader's question signed after a dash?"""
    start = max(lo, hi - _SIGNATURE_REACH)
    if hi - lo > _LETTER_LENGTH or "?" not in text[lo:hi]:
        return False
    sign = _SIGNED_QUESTION.search(text, start, hi)
    return sign is not None and sign.end() == hi


def _own_words(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` in its speaker's own words: first person, no quotation marks?"""
    return _FIRST_PERSON.search(text, lo, hi) is not None and _MARKS.search(text, lo, hi) is None


def _quotes_in_own_voice(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` quote someone in its speaker's own first-person words ("I paid him. He said, “Ten days.”"),
    the first person outside the quotation marks (a feature's paragraph holds it only inside them: "X said: “I paid him.”")?"""
    return _FIRST_PERSON.search(_QUOTED.sub(" ", text[lo:hi])) is not None


def _prompt(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Is line ``i`` an interviewer's prompt put as a statement: to "you", in no first person nor quotation marks, after an
    answer in the interviewee's own words and before another?"""
    lo, hi = lines[i]
    return (_SECOND_PERSON.search(text, lo, hi) is not None and not _FIRST_PERSON.search(text, lo, hi)
            and not _MARKS.search(text, lo, hi) and _own_words(text, *lines[i - 1]) and _own_words(text, *lines[i + 1])
            and not _PLAIN_QUESTION.fullmatch(text, lo, hi)) \
        or (_QUESTION_THEN_REMARK.fullmatch(text, lo, hi) is not None and not _FIRST_PERSON.search(text, lo, hi)
            and _own_words(text, *lines[i - 1]) and _own_words(text, *lines[i + 1]))
