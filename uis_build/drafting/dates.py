"""When an event happened or will happen: the date words near it, resolved against the article's reference date,
and whether a clause speaks of the future ("will", "is due to", "plans to", "hope to", "aims to").

Forms: "on 26 November [2024]", "on the 9th of December", "on 3 and 4 March" (a range of days), "November 26", "on Tuesday", "in March [2023]",
"last week", "next month", "last November", "this year", "in 2025", "today", "yesterday", "this morning", "last night",
"12 Feb", "until February", "at the end of the month" (that month), "last Tuesday", "15 January next year", "the first quarter of next year", "in the first eight months of 2025", a season ("Spring 2025", "in the spring": EDTF's season code, "2025-21"; not one before a noun: "the summer crossing
season") and a quarter ("Q3 2025"). Each is resolved by the build's parser (uis_build/parsing/periods.py: parse_when), so a draft's date
is the one the build gives the curated span: a form without its year is the latest such day or month on or before the
reference date for something that happened, and with ``future=True`` the first after it for something planned; a
week is Monday to Sunday. Dates follow what is written: nothing is inferred that the words do not give (an offence
period "between 2021 and 2023" never dates a verdict).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from ..parsing import ParseError
from ..parsing.periods import SHORT_MONTHS, parse_when
from .text import FirstCharScan

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?:19|20)\d{2}"
# a month abbreviated as news agencies write it: "Nov. 28", "Dec. 12" (the parser reads them)
_ABBR = r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\."
# ... or, after its day, without the stop, as a timeline writes it: "12 Feb:" (the parser reads it)
_SHORT = f"(?:{'|'.join(SHORT_MONTHS)})"
# a season (EDTF's season code, "2025-21") and a quarter: "Spring 2025", "in the spring of 2026", "Q3 2025"
_SEASON = "[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter"
# a season used as a word before a noun names no date: "ahead of the summer crossing season", "the winter holidays"
_SEASON_NOUN = r" (?:[a-z-]+ )?(?:season|holidays?|term|recess|break|peak|campaign|timetable|schedule|crossings?|rush|surge)\b"

# the letters a date form can start with, looked ahead for first: most word starts start none, and fail on one character
# test instead of every form (tests/test_drafting_fast_paths.py keeps it in step with the forms)
# (a lowercase start by its first three letters, the forms' lowercase words: "the", "of", "and", "to", "said" start none of
# them and fail here instead of trying every form; DATE_RE then costs some 40 % less)
# (a capital by its first three letters too: a name's "Iraq", "Basra", "Director", "UK" start no form, as "The", "Sept" do)
# (past the words most often before a name or a noun, "in", "on", "the", to the word after them: "in Baghdad", "on border
# security", "the National ..." start no form, and "in", "on", "the" opened a third of the places the forms were tried;
# "the" opens a form only lowercase before a day or a quarter, the end of a period, or a season, as "The" only before a season)
# (a number of three digits or more, a year mostly, starts no form: a day has one or two; see _FOR_YEAR_AHEAD)
_AFTER_IN = r"(?:\d|the |[Tt]h[ei]|[Ee]arly|mid|[Ll]a[st]|[Nn]ext|Q|fi[nr]|fou|sec|[Ss]pr|[Ss]um|[Aa]ut|[Ww]in|A[pu]|D|F|J|Ma|No|O|Se)"
_SEASON_AHEAD = r"[Ss]pr|[Ss]um|[Aa]ut|[Ww]in"
DATE_AHEAD = (r"(?=\d\d?(?!\d)|A(?:pr|t |u[gt])|B(?:e[ft]|y )|D(?:ec|ur)|Ear|F(?:eb|r[io])|In " + _AFTER_IN + r"|J(?:an|u[ln])|La[st]|M(?:a[ry]|on)"
              r"|N(?:ex|ov)|O(?:ct|n (?:[\dA-Z]|the \d)|ve)|Pas|Q[1-4]|S(?:at|ep|in|pr|u[mn])"
              r"|T(?:h(?:[iu]|e (?:" + _SEASON_AHEAD + r"|early|late))|o[dmnw]|ue)|Unt|W(?:ed|in)|Yes"
              r"|at |aut|be[ft]|by |dur|ear|f(?:i(?:nal|rst)|ou|ro)|in " + _AFTER_IN + r"|la(?:st|te[- ])|mid|nex|on (?:[\dA-Z]|the \d)|ove|pas"
              r"|s(?:econd|in|pr|um)|th(?:i|e (?:\d|e[an]|f[io]|la|se|th|" + _SEASON_AHEAD + r"))|to[dmnw]|unt|win|yes)")
DATE_RE = re.compile(
    rf"(?<![\w-]){DATE_AHEAD}(?:"
    # a range of days in one month, as the parser reads it: "on 3 and 4 March", "3-4 March 2026", "between 3 and 5 March"
    # ... or over the turn of a month, the first day's month told too: "on 31 March and 1 April" (the parser reads it)
    rf"(?P<dr>(?:(?:[Oo]n|[Bb]etween|[Ff]rom) )?(?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?:(?: of)? (?:{_MONTH}))?(?: and | to | ?[-–] ?)(?:the )?\d{{1,2}}"
    rf"(?:st|nd|rd|th)?(?: of)? (?:{_MONTH})(?:,? {_YEAR})?)"
    # ... or month first, as wire copy writes it: "on June 24-25" (the parser reads it day first: see resolve)
    rf"|(?P<mdr>(?:[Oo]n )?(?P<m6>{_MONTH}) (?P<d6>\d{{1,2}} ?[-–] ?\d{{1,2}})(?:, (?P<y6>{_YEAR}))?)(?!\d)"
    # ... its month told by the reference date's: "will visit on the 20th of this month" (that month's 20th, see resolve)
    rf"|(?P<dm>(?:[Oo]n )?(?:the )?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m1>{_MONTH}|{_SHORT}|(?<=\d[a-z]{{2}} of )(?:this|next|last) month)(?:,? (?P<y1>{_YEAR})| (?:next|last|this) year| (?P<thaty>that year))?)"
    # ... a short month without its stop too, as wire copy writes it: "on Nov 26, 2024", "Sept 19 - A court in Erbil ..."
    rf"|(?P<md>(?:[Oo]n )?(?P<m2>{_MONTH}|{_ABBR}|{_SHORT}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:, (?P<y2>{_YEAR}))?)(?!\d)"
    # a numeric date, day first as the periods parser reads it: "on 4/12/2024", "04.12.2024"
    # (not a date of birth, which dates no event: "Jo Bell (DOB 04/09/1988) was convicted of ...")
    rf"|(?<!DOB )(?<!DOB: )(?<!born )(?P<num>(?:[Oo]n )?\d{{1,2}}(?P<sep>[/.])\d{{1,2}}(?P=sep){_YEAR})(?![/.]?\d)"
    # ... with its day of the month after it, which is the date: "on Tuesday 17 March", "on Thursday, 4 December 2025"
    # ... or month first, as wire copy writes it: "on Tuesday, March 4" (March 4, not the Tuesday before the reference date)
    rf"|(?P<wd>(?:(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his) )?(?P<w>{_WEEKDAY})(?P<wdm>,? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{_MONTH})(?:,? {_YEAR})?"
    rf"|,? (?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?(?:, {_YEAR})?(?!\d))?)"
    rf"|(?P<my>(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom) )?(?:(?:early|mid|late)[- ])?(?P<m3>{_MONTH}) (?P<y3>{_YEAR}))"
    # a month of the year before or after: "in March last year"
    rf"|(?P<mly>(?:[Ii]n )?(?:(?:early|mid|late)[- ])?(?P<m5>{_MONTH}) (?P<ly>last|next|this) year)"
    # the month before or after the reference date's: "signed last November", "next October" (the parser reads them)
    rf"|(?P<lm>(?:[Ll]ast|[Nn]ext) (?:{_MONTH}))(?! \d)"
    # "postponed until February": the month alone is the date ("until" would make it an end bound for the parser)
    rf"|(?P<mo>(?:[Ii]n |[Dd]uring |(?<=[Uu]ntil )|(?<=[Tt]ill ))(?:(?:early|mid|late)[- ])?(?P<m4>{_MONTH}))(?! \d)"
    rf"|(?P<rel>(?P<dir>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast) (?P<unit>week|month|year))"
    # ... its early, middle or late part too, which the year dates as "early March" dates its month: "will next meet in early 2026"
    rf"|(?P<yr>[Ii]n (?:(?:early|mid|late)[- ])?(?P<y5>{_YEAR}))(?![\d/–-])"
    # the year that starts after the reference date late in a year (the one it is in, early in a year): "will visit in the new year"
    rf"|(?P<newyr>(?:[Ii]n|[Ee]arly in|[Bb]y) the [Nn]ew [Yy]ear)"
    # the first months of a year: "in the first eight months of 2025", "the first half of 2024"
    rf"|(?P<firstm>(?:[Ii]n |[Oo]ver |[Dd]uring )?the first (?:half|\w+(?:-\w+)? months) of {_YEAR})"
    # a season, with its year or a word that places it ("the", "next", "this"): "Spring 2025", "in the spring", "next summer"
    rf"|(?P<season>(?:(?:[Ii]n|[Bb]y|[Uu]ntil|[Dd]uring) )?(?:(?P<sdir>[Tt]he|[Nn]ext|[Ll]ast|[Tt]his) (?:(?:early|late) )?"
    rf"(?P<s1>{_SEASON})(?: of (?P<sy1>{_YEAR})|(?!{_SEASON_NOUN}))|(?:(?:[Ee]arly|[Ll]ate)[- ])?(?P<s2>{_SEASON}),? (?P<sy2>{_YEAR})))"
    rf"|(?P<quarter>(?:(?:[Ii]n|[Bb]y|[Dd]uring) )?(?:(?P<q1>Q[1-4]) (?P<qy1>{_YEAR})|(?:the )?(?P<q2>first|second|third|fourth|final|last) "
    rf"quarter of (?:(?P<qy2>{_YEAR})|(?:next|last|this) year)))"
    # the end of a month or year, which is that month or year: "will be published at the end of the month", "by the end of next year"
    # ... or of a month named: "is due to publish its report at the end of July" (that July)
    rf"|(?P<eom>(?:(?:[Aa]t|[Bb]y|[Bb]efore|[Tt]owards?) )?the end of (?:(?P<eunit>(?:the|this|next) (?:month|year))"
    rf"|(?P<em>(?:{_MONTH})(?: {_YEAR})?)(?![\w-]| \d)))"
    # a part of a day: "this morning" is today, "last night" yesterday
    rf"|(?P<day>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]his (?:morning|afternoon|evening)|[Tt]onight|[Ll]ast night)"
    rf")(?![\w-])"
)

# a month alone after "for", which only a plan's day makes a date ("figures for September" is a period): tried only right
# after one (see events.py, _SET_FOR): "a workshop is planned in Erbil for September"; a year alone too, so told: "the
# next round is planned for 2026" (that year)
# (its year alone starts on its first digit: "planned for 2026")
_FOR_YEAR_AHEAD = (r"(?=\d\d?(?!\d)|", r"(?=\d|")
SET_FOR_MONTH_RE = re.compile(DATE_RE.pattern.replace("(?<=[Uu]ntil )", "(?<=\\bfor )|(?<=[Uu]ntil )", 1)
                              .replace("(?P<yr>[Ii]n ", "(?P<yr>(?:[Ii]n |(?<=\\bfor ))", 1).replace(*_FOR_YEAR_AHEAD, 1))
assert DATE_AHEAD.startswith(_FOR_YEAR_AHEAD[0])
assert SET_FOR_MONTH_RE.pattern != DATE_RE.pattern

# a year told in full, which a later "that year" refers back to
_YEAR_TOLD = re.compile(rf"(?<![\d/.-])({_YEAR})(?![\d/.-])")

# what the parser reads without: a preposition, "early"/"mid"/"late", an ordinal's suffix, "the ... of"
_PLAIN = re.compile(r"^(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Oo]ver|[Dd]uring) )?(?:the )?|(?:early|mid|late)[- ]|(?<=\d)(?:st|nd|rd|th)\b"
                    r"|(?<=\d) of\b")


def resolve(m: re.Match, reference: str | None, planned: bool) -> str | None:
    """The EDTF of one DATE_RE match, as the build's parser reads it (so a draft's date is the one the build gives its
    span): past forms for what happened, future ones (``planned``) for what is planned."""
    if m.group("em"):  # "at the end of July": July
        return _parsed(m.group("em"), reference, planned)
    if m.group("eom"):  # "at the end of the month": this month
        return _parsed(m.group("eunit").replace("the ", "this ", 1), reference, planned)
    if m.group("newyr"):  # "in the new year": next year's, told in the second half of a year; this year's, in the first
        late = reference is not None and len(reference) >= 7 and reference[4] == "-" and reference[5:7] >= "07"
        return _parsed("next year" if late else "this year", reference, planned)
    if m.group("thaty"):  # "on 27 November that year": the year told last before it in its sentence
        stop = m.string.rfind(". ", 0, m.start())
        told = _YEAR_TOLD.findall(m.string, max(0, stop, m.start() - 200), m.start())
        if not told and stop > 0:  # ... or, none there, in the sentence before: "... in February 2024. Police raided it on 6 March that year"
            told = _YEAR_TOLD.findall(m.string, max(0, m.string.rfind(". ", 0, stop), stop - 300), stop)
        if told:
            return _parsed(f"{m.group('d1')} {m.group('m1')} {told[-1]}", reference, planned)
        return _parsed(f"{m.group('d1')} {m.group('m1')}", reference, planned)
    if m.group("m1") and m.group("m1").endswith(" month"):  # "the 20th of this month": that day of the month the words give
        month = _parsed(m.group("m1"), reference, planned)
        return _parsed(f"{m.group('d1')} {calendar.month_name[int(month[5:7])]} {month[:4]}", reference, planned) if month and len(month) == 7 else None
    if m.group("m6"):  # "June 24-25": "24-25 June", the order the parser reads
        return _parsed(f"{m.group('d6')} {m.group('m6')}" + (f" {m.group('y6')}" if m.group("y6") else ""), reference, planned)
    if m.group("wdm"):  # "on Tuesday 17 March": the day of the month, the weekday only names it
        return _parsed(_PLAIN.sub("", m.group("wdm").lstrip(", ")), reference, planned)
    return _parsed(_PLAIN.sub("", m.group(0)), reference, planned)


@lru_cache(maxsize=1024)  # a corpus repeats its date words ("on Tuesday", "last year") against few reference dates
def _parsed(words: str, reference: str | None, planned: bool) -> str | None:
    try:
        return parse_when(words, reference=reference, future=planned).edtf
    except ParseError:  # relative, and no reference date (or none precise enough) to resolve it
        return None


# news names a day without its year only within some months of its date: "will meet in Brussels on 9 July", told on 23 June,
# is this July's, not last year's (a past reading would put it most of a year back, which a writer would mark "last July")
_FAR_BEHIND_DAYS = 300


def coming_day(m: re.Match, reference: str | None) -> bool:
    """Whether a day of a month told without its year ("on 4 March") lies far behind the reference date if read as past,
    so that it is the coming one."""
    if reference is None or len(reference) != 10 or not (m.group("m1") and not m.group("y1") and m.group(0)[-5:] != " year"
                                                           or m.group("m2") and not m.group("y2")):
        return False
    past = resolve(m, reference, False)
    if past is None or len(past) != 10:
        return False
    try:
        return (date.fromisoformat(reference) - date.fromisoformat(past)).days > _FAR_BEHIND_DAYS
    except ValueError:
        return False


# a date said of the speaking, not of what is spoken about: "the ministry said on Sunday"
# (not a witness's words to a committee, which date the hearing: "told the Home Affairs Committee on 15 July")
# (not a date in the clause a hearer is told: "told the court that in March 2025 she travelled" dates the travel)
# (nor a meeting's words, which date the meeting: "told a meeting last Thursday that ...")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told (?![\w ]*\b(?:[Cc]ommittee|[Ii]nquiry|that|meeting)\b)[\w ]{1,25}?|added|stated|confirmed|reported|wrote)\s+$")


# "Today" capitalised after a capitalised word, mid-sentence, is a name's last word, no day: "a statement received by Basra
# Today", "told Kurdistan Today" (an outlet's or programme's name)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]* $")


def dates_in(text: str, start: int, end: int, verb: int | None = None) -> list[re.Match]:
    """The date words in ``text[start:end]``, but not those dating a speech act ("said on Sunday"), unless the speech act is
    the event whose verb ends at ``verb`` (a body's announcement: "The Home Office confirmed last week that ..."), nor a
    name's "Today"."""
    return [m for m in DATE_RE.finditer(text, start, end)
            if (verb is not None and text[verb:m.start()] == " " or not _SPEECH_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            and not (m.group(0) == "Today" and _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()))]


# an event told as days apart from a date just before: "officials said on Sunday, a day after a delegation held talks in Erbil"
# (the Saturday), "on 3 May, two days before the ministers met", "on Friday, the day after police raided" (the words between
# the phrase and the verb are its subject)
_DAYS_APART = re.compile(r"\b(?P<n>a|one|the|two|three|four|five|six|seven|\d{1,2}) days? (?P<dir>after|before)\s+(?:[\w’'-]+\s+){0,6}$")
_DAY_WORDS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ANCHOR_GAP = re.compile(r",?\s*")


def days_apart(text: str, lo: int, pos: int) -> tuple[re.Match, int] | None:
    """The date words an event verb at ``pos`` is told days apart from, right before "a day after" (or "two days before",
    "the day after"), and how many days it is from them; None when no date is told just before (an undated event named only
    to date another stays undated)."""
    rel = _DAYS_APART.search(text, max(lo, pos - 80), pos)
    if rel is None:
        return None
    anchor = None
    for d in DATE_RE.finditer(text, max(lo, rel.start() - 60), rel.start()):
        anchor = d
    if anchor is None or not _ANCHOR_GAP.fullmatch(text, anchor.end(), rel.start()):
        return None
    n = _DAY_WORDS.get(rel.group("n")) or int(rel.group("n"))
    return anchor, -n if rel.group("dir") == "after" else n


def shifted(edtf: str | None, days: int) -> str | None:
    """A day's EDTF moved by ``days``; None for anything less precise than a day (a month has no day to count from)."""
    if edtf is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", edtf):
        return None
    return (date.fromisoformat(edtf) + timedelta(days=days)).isoformat()


# an event told on the day (week, month) of the one told just before: "On the same day police arrested four men", "later that
# day", "the same week"; the next day is counted ("the following day"), and "the same day as the summit" is the summit's
# ... and "the following week" ("month") the week (Monday to Sunday) or month after the one holding it
# (a part of the day is the day: "was arrested at the dock the same morning", and of the next: "detained the following morning")
# ("In parallel," opening a sentence is "At the same time": "In parallel, Iraqi police detained two recruiters")
SAME_DAY = re.compile(r"\b(?:(?:[Tt]he same|[Tt]hat) (?:(?P<unit>day|week|month)|morning|afternoon|evening|night)\b(?! as\b)|(?P<now>(?<=[Aa]t )the same time\b(?! as\b)|(?<=\b[Ii]n )parallel(?=,))|[Tt]he (?:next|following) (?P<next>day|morning|afternoon|evening|night)\b"
                      r"|[Tt]he following (?P<after>week|month)\b)")


def same_day(edtf: str | None, words: re.Match) -> str | None:
    """The date ``words`` (a SAME_DAY match) give, told of the event before dated ``edtf``: that day, the next one, the week
    (Monday to Sunday) or the month holding it; a date less precise than the unit is kept as it is."""
    if words.group("now"):  # "At the same time, officers detained three men": the moment of the event before, its day
        return edtf
    if edtf is None or words.group("next"):
        return shifted(edtf, 1)
    if words.group("after") == "month":
        return _months_after(edtf, 1)
    if words.group("after") == "week":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", edtf):
            return None
        monday = date.fromisoformat(edtf) + timedelta(days=7 - date.fromisoformat(edtf).weekday())
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", edtf) or words.group("unit") in ("day", None):
        return edtf
    if words.group("unit") == "month":
        return edtf[:7]
    monday = date.fromisoformat(edtf) - timedelta(days=date.fromisoformat(edtf).weekday())
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


# an event told as days, weeks or months after the one told before: "A supplier was arrested in Essen a week later", "two days
# later", "three weeks afterwards"; or before it: "The leader was arrested a day earlier in Erbil" (not "a day earlier than planned")
LATER = re.compile(r"\b(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2}) (?P<unit>day|week|month)s? "
                   r"(?:later|afterwards|(?P<back>earlier)(?! than\b))\b")
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def later(edtf: str | None, words: re.Match) -> str | None:
    """The date ``words`` (a LATER match) give, counted on (or back, "earlier") from the event before dated ``edtf``: a day for days and weeks counted
    from a day, a month for months counted from a day or month; None when the date before is less precise than that."""
    n = _COUNT_WORDS.get(words.group("n").lower()) or int(words.group("n"))
    if words.group("back"):
        n = -n
    if words.group("unit") != "month":
        return shifted(edtf, n * (7 if words.group("unit") == "week" else 1))
    return _months_after(edtf, n)


def _months_after(edtf: str | None, n: int) -> str | None:
    """The month ``n`` months after the month of ``edtf`` (a day or a month); None for anything less precise."""
    if edtf is None or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", edtf):
        return None
    months = int(edtf[:4]) * 12 + int(edtf[5:7]) - 1 + n
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


# an hour with no day: "at 10:00 GMT", "at 3pm", "at 9.30am", "at 11.15 BST" (not a decimal: "at 12.50 per cent")
_CLOCK = re.compile(r"\bat \d{1,2}(?::\d{2}(?!\d)|(?:\.\d{2})? ?(?:[ap]\.?m\b|GMT|BST|UTC|CET|CEST|local time))")


def clock_day(text: str, start: int, end: int, reference: str | None) -> str | None:
    """The reference day when ``text[start:end]`` plans something at an hour and names no day ("is due to meet her counterpart
    at 10:00 GMT"): a plan for a later day would name it."""
    return reference_day(reference) if reference and _CLOCK.search(text, start, end) else None


def reference_day(reference: str | None) -> str | None:
    """The reference date's day ("today"), or None when it gives none."""
    return _parsed("today", reference, False)


# a future form before a verb in its clause: "will meet", "is due to", "is scheduled to", "plans to", "hope to sign", "agreed to hold"
# (a judge's forecast too: "told jurors they were likely to be sent out")
# ("and" ends it unless the future goes on: "will visit Erbil and meet", "commits both sides to share ... and to hold")
# (scanned for its words' first characters: the engine tried the whole alternation at every character of the clause)
_FUTURE = FirstCharScan(re.compile(
    # ... "will" contracted after its subject: "I'll go on to Mosul", "we’ll meet them"
    r"\b(?:(?<=\w)[’']ll|will|would|shall|is to|are to|(?:is|are|was|were) (?:due|scheduled|set|expected|planned|likely) to|due to|"
    r"scheduled to|expected to|look(?:s|ed|ing)? forward to|plans? to|planning to|intends? to|hopes? to|hoping to|aims? to|aiming to|to be held|(?:is|are) due (?:in|on)|expects? (?:[\w’'-]+ ){0,3}?to|"
    r"(?:agreed|agrees|pledged|pledges|promised|promises|vowed|vows) to|commit(?:s|ted)? (?:[\w’'-]+ ){0,3}to|"
    # an invitation to come: "extended an invitation to the Minister of Interior, Lieutenant General X, to visit London"
    r"invit(?:ed|es|ing|ations?) (?:[\w’'.,-]+ ){0,12}?to)\b"
    # (a quotation closed ends its future: '"we will police it as one," she told reporters after the ministers met')
    # (nor does an "and" joining whom it is with: "will brief Iraqi and Kurdistan Region counterparts at ...")
    # (nor one joining two adjectives of one object: "will discuss the Russian and Belarusian routes at a meeting")
    r"(?:\b(?:the|its|their|both) [A-Z][\w’'-]* and (?=[A-Z])"
    r"|(?!\b(?:said|says|but)\b|\band\b(?! (?:to|meet|visit|sign|hold|host|travel|attend)\b)"
    r"(?! (?:[A-Z][\w’'-]* ){1,3}(?:counterparts|officials|ministers|authorities|partners|delegations)\b)|[,!?][\"”’]\s)[^.;])*$"
), "[’'acdehilpstvw]")
# (not the "to" of "according to", a source named: "they would leave, according to a survey published on Saturday")
_FUTURE_WORD = re.compile(r"\b(?:will|due|scheduled|expect(?:s|ed)?|plans?|hop(?:es?|ing)|aim(?:s|ing)?|(?<!according )to|agreed|pledged|promised|vowed|"
                          r"commit(?:s|ted)?)\b")


# a plan or deal made, told as a participle with its maker after a noun: "flights will run under a schedule agreed by the
# minister during a visit on Wednesday" (what the participle's clause tells was done; not "will be agreed by", a future passive)
_MADE_BY = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bhas )(?<!\bhave )"
                      r"\b(?:agreed|decided|drawn up|approved|negotiated|brokered|struck|reached|adopted|endorsed|finali[sz]ed|settled|"
                      r"announced|unveiled|set out) (?:on )?by\b")


# a verb in its bare form (not a past one), which shares a modal told before "and": "will meet X and travel on to Y"
_BARE_VERB = re.compile(r"(?![\w-]{0,20}ed\b)[a-z]{2,20}\b")


# a name in apposition between commas: "will press the minister, Sarah Okafor, on results when she appears"
_NAME = re.compile(r"(?:[A-Z][\w’'.-]*(?: |$)){1,5}")
# a clause of time under a future one: "expects them to agree more when the minister visits London in October"
_WHEN = re.compile(r"\b(?:when|once|as soon as|before|until)\s")
_WHEN_WORDS = ("when", "once", "as soon as", "before", "until")


@lru_cache(maxsize=1024)  # the event rules ask it again of the same verb
def future_tense(text: str, sentence: tuple[int, int], pos: int, under: bool = True) -> bool:
    """Whether the clause before ``pos`` (in its sentence), or the one a clause of time at ``pos`` hangs on, puts what follows
    in the future."""
    lo = max(sentence[0], pos - 100)
    stretch = text[lo:pos]
    cut = max(stretch.rfind(", "), stretch.rfind("; "))
    while cut > 0 and stretch[cut] == "," and (opened := stretch.rfind(", ", 0, cut)) != -1 and _NAME.fullmatch(stretch, opened + 2, cut):
        cut = max(stretch.rfind(", ", 0, opened), stretch.rfind("; ", 0, opened))  # a name in apposition ends no clause
    if cut != -1 and not _FUTURE_WORD.search(stretch, cut):
        stretch = stretch[cut:]
    if (future := _FUTURE.search(stretch)) and not _MADE_BY.search(stretch, future.start() + 1):
        return True
    if (stretch.endswith(" and ") and _BARE_VERB.match(text, pos) and (future := _FUTURE.search(stretch, 0, len(stretch) - 5))
            and not _MADE_BY.search(stretch, future.start() + 1)):
        return True  # a bare verb sharing the future told before "and": "is due to meet the mayor this afternoon and travel on to Basra"
    # (its words looked for first: most clauses hold none, and a search tries the alternation at every character)
    whens = [m.start() for m in _WHEN.finditer(text, lo, pos)] if under and any(text.find(w, lo, pos) != -1 for w in _WHEN_WORDS) else []
    return bool(whens) and ";" not in text[whens[-1]:pos] and future_tense(text, sentence, whens[-1], under=False)
