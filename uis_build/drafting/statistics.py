"""Statistics candidates: reported figures, with qualifier, a guessed unit, period and producer.

Vague plurals are figures at least their floor ("hundreds of migrants": 200, at_least) and multipliers
ratios ("nearly double", "tripled", "three times as many": unit ratio), but not of what is no count ("demand has doubled"). Numbers that are not figures are left out: years and
dates (and the first day of "between 3 and 9 March"), clock times ("at 2330", the 2 of "from 2 to 4pm"), ages
("her brother, now 17,", "70 per cent of migrants stopped were under 25") and durations ("14 years", "a 19-year-old", "Soran Aziz, 29."), measurements ("5 km", "40 nautical miles"),
phone and reference numbers, labels ("Article 5", "Covid-19", "Radio 4", "Annex 3", "Brigade 17", "HCWS 187",
"paragraphs 41 to 58", "count 2", "Court 7", "day 4 of the trial", "plate 73310", "Operation Wolf 2"), addresses
("25 Kirkuk Road"), sizes as adjectives ("a 10-point plan"), parts ("in two tranches", "five recommendations"),
counts of countries or governments, a workplace's staff ("employs three barbers"), a family's size ("a father of two"), a vote's tally or a match's score
("voted 31 to 4", "beat Zakho 2-1"), a survey's sample, list marks, money (that is funding), number words
used as words ("one of the", "the two countries", "the gang's two leaders", "a double murder"), in a generic
statement ("every time ..., two others take over"), an idiom ("two cheers", "one or two", "a hundred per cent sure") or a hypothetical ("returning one person could take a year") and vague plurals of distance,
time, money or repetitions ("thousands of miles apart"). A period in a sentence about the future is
read forward ("will train 500 officers in March": the next March).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache
from itertools import chain

from ..parsing import ParseError
from ..parsing.columns import column_header
from ..parsing.numbers import (
    BASE_MULTIPLIERS,
    MULTIPLIERS,
    NUMBER_RE,
    NUMBER_WORD,
    QUALIFIERS,
    VAGUE_RE,
    Quantity,
    find_quantities,
    fold,
    parse_number,
    word_alternation,
)
from ..parsing.periods import MONTHS, SHORT_MONTHS, find_periods, parse_period
from .candidates import Candidate
from .dates import future_tense
from .figure_model import vetoed
from .funding import RATE_TAIL
from .statements import quoted
from .text import OPENS_SENTENCE, WITHDRAWN, EndsOnWords, FirstCharScan, Intervals, clause_around, sentence_at
from .transcripts import contributions, furniture_spans

_PERSONS = (
    "people|persons|individuals|migrants|refugees|seekers|applicants|iraqis|kurds|nationals|"
    "citizens|victims|survivors|suspects|smugglers|traffickers|children|minors|women|men|adults|officers|officials|"
    # (staff and go-betweens held in a breakdown: "four employees of the passport office and three middlemen")
    "boys|girls|teenagers|babies|crew|crewmen|experts|employees|middlemen|"
    # members of a parliament, as a visit's or a committee's size is told: "a delegation of seven MPs"
    "mps|meps|lawmakers|legislators|parliamentarians|"
    "investigators|representatives|members|staff|personnel|agents|returnees|deportees|detainees|prisoners|"
    "passengers|arrivals|deaths|fatalities|dead|bodies|workers|students|volunteers|recruits|trainees|others|"
    # (people found hidden in a lorry or a ship: "five of the stowaways told officers")
    "stowaways|"
    # (people counted by the country they share with someone told of: "escorting three fellow countrymen", "with four
    # compatriots")
    "countrymen|countrywomen|compatriots|"
    # a channel's or page's people, as a headline counts them: "SELLS SPOTS TO 31,000 SUBSCRIBERS"
    "subscribers|followers|"
    "person|migrant|child|man|woman|victim|death"
)
UNIT_NOUNS = (
    (_PERSONS, "persons"),
    # people told by their nationality's plural, capitalised: "nine Iraqi nationals, three Austrians and two Syrians"
    # (not "Analysis", "Vans": a noun's "-sis", a short word's "-ans")
    (r"(?-i:[A-Z][a-z]{3,}(?:ans|(?<!s)is|ese))", "persons"),
    # ... and the plurals of other endings, named one by one: "two Syrians and two Cypriots", "three Turks" (a pattern on
    # "-ots" or "-ks" would take "Patriots" and "Banks")
    (r"(?-i:Cypriots|Turks|Greeks|Britons|Poles|Czechs|Slovaks|Danes|Swedes|Finns|Scots|Filipinos|Arabs|Uzbeks|Tajiks|"
     r"Kazakhs|Turkmens)", "persons"),
    # members told by their party's plural, capitalised: "three Labour members, two Conservatives and a Liberal Democrat"
    # (the lower-case words are a political leaning, no people counted)
    (r"(?-i:Conservatives|Tories|Democrats|Republicans|Unionists|Nationalists|Greens)", "persons"),
    ("cases|incidents|offences|offenses|crimes|complaints|prosecutions|convictions|investigations|case", "cases"),
    # people on trial, counted as the gold counts them: "sentenced eight other defendants", "his three co-defendants",
    # "arrested 97 accused persons", "61 accused in the same period"
    ("defendants|co-defendants|accused", "persons"),
    ("arrests", "arrests"),
    ("crossings", "crossings"),
    ("boats|dinghies|vessels", "boats"),
    ("raids", "raids"),  # "arrested in three raids": a count of the police's operations
    ("views", "views"),  # a reach: "racked up 1.3 million views" (a post's bare "12 views" is furniture: _NOT_FIGURE_AFTER)
)
_UNIT_RE = [(re.compile(words, re.IGNORECASE), unit) for words, unit in UNIT_NOUNS]
_WORD = re.compile(r"[\w’'-]+")
_WORDS_AHEAD = re.compile(r"(?:[\s-]+[\w’'-]+){1,3}")
# ... but not past a paragraph break after a word and its number: a title's label ends its line, and the next paragraph's
# first noun counts nothing of it ("Early day motion 642" over "Deaths of ...", "Case 17" over "Arrests at ..."; a number
# alone on its line, as an "in numbers" box sets it, is told by the paragraph under it: "6\n\nBorder Force officers ...")
# a count alone in quotation marks, lowercase words at most: '"at least a dozen"' (not a sentence quoted: '"We found 12"')
_SCARE_QUOTED_COUNT = re.compile(r"[\"“][a-z\d ,.-]{1,25}$")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_LABEL_NUMBER_END = re.compile(r"[^\W\d_][^\S\n]+\d[\d,.]*$")
_PHRASE_BREAK = {"of", "in", "from", "to", "for", "at", "on", "with", "and", "or", "who", "that", "which", "since",
                 "during", "last", "a", "the", "were", "was", "have", "had", "are", "is", "this",
                 # ... and so does a pronoun opening the next clause: "After the invasion of 2003 they carried Kurds"
                 "they", "he", "she", "we", "it", "i", "you"}
_PERCENT = re.compile(r"\s?(?:%|per ?cent\b|percent\b)", re.IGNORECASE)
# ... or of a group named before: "at least four of the men"
# (or by the group's collective noun: "Two of the group were taken to hospital", "three of the gang"; not its possessive,
# "two of the group's lorries")
# a count opening its clause, told by what its people were, the noun after the copula naming whom it counts: "and four were
# teenagers" (not a year's: "in the first quarter of 2026 were minors")
_WERE_PEOPLE_AHEAD = re.compile(rf" (?:were|are) (?:all |mostly )?(?:{_PERSONS})\b", re.IGNORECASE)
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:[,;:.!?]\s+|\b(?:and|but)\s+)$")
# (or those aboard: "Six of those on board were children", "nine of those in the lorry")
_OF_PEOPLE = re.compile(rf"\s+of\s+(?:us|them|whom|those\s+(?:\w+ed|held|taken|found|caught|seen|who|on\s+board|aboard|inside|in\s+the\b)|the\s+(?:{_PERSONS})\b"
                        r"|the\s+(?:group|gang|crew)(?![\w’'-]))", re.IGNORECASE)
_MONTH = "|".join(MONTHS)
# "28 Oct", and a byline's "28 OCT 2025"
_SHORT_MONTHS = "|".join(SHORT_MONTHS + [m.upper() for m in SHORT_MONTHS])
# the twelve months of the Hijri calendar, as English-language outlets spell them
# ... or told of a person as the subject of a sentence: '"Hardi was 22.', "He was only 16 when he left.", "Karwan Othman
# Mustafa was 34 when he died", "The youngest was 17." (not "the toll for Iraq was 22.")
# ... a person's trade or state before the name too, as tabloids open a story: "KURDISH barber Aso Rahim was just 19 when"
_AGE_WAS = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“‘]\s*)(?:(?:[A-Z][\w’'-]+\s)?(?:barber|teenager|student|schoolboy|schoolgirl|"
                      r"migrant|refugee|driver|mechanic|farmer|shopkeeper|worker|labourer|footballer|boxer|boy|girl|"
                      r"mum|dad|mother|father|widow|victim|survivor)\s(?=[A-Z]))?(?:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2}|He|She|The\s(?:youngest|oldest|eldest))\s+(?:was|is)\s+(?:only\s+|just\s+|barely\s+)?$")
# ... or with the verb left out, after a group counted: "the youngest of them 15 when he set off", "the oldest, 71,"
# (or its verb told inside a sentence, after a semicolon: "; the youngest was 12." -- an age, wherever it stands)
# (the group's noun told between, with its verb: "the youngest child was 12", "the oldest victim on board was 71")
# (or a witness's guess at it: "the oldest man was maybe 60", "the youngest was perhaps 12")
_AGE_OF_GROUP = re.compile(r"\b(?:youngest|oldest|eldest)(?:(?:\s+of\s+(?:them|whom|these|those))?,?\s+(?:(?:was|is)\s+)?"
                           r"|(?:\s+[a-z-]+){1,3}?\s+(?:was|is)\s+)(?:only\s+|just\s+|barely\s+|maybe\s+|perhaps\s+|probably\s+)?$",
                           re.IGNORECASE)
# a police force, a charity's line or a number named before "on": what follows is its phone number
# (the police uncapitalised too: "report it to the police on 192", with no unit after the number)
_LINE_ON_BEFORE = EndsOnWords(re.compile(r"\b(?:Police(?:\s+[A-Z][\w’'-]*){0,2}|police|Constabulary|Crimestoppers|[Hh]otline|[Hh]elpline|[Ll]ine|[Nn]umber)\s+on\s+$"
                             # ... or a line's "at": "the police emergency line at 112" (only a line's kind named: "the
                             # number at 40" may be a level held)
                             r"|\b(?:[Hh]ot|[Hh]elp|[Ee]mergency\s|[Aa]dvice\s|[Pp]hone\s|[Tt]ip-off\s)line\s+at\s+$"), ("on", "at"))
# ... or any body a reader is told to report to, call or contact "on" a short number closing its clause: "can report
# smuggling to the coastguard on 112, police said" (not "reported the arrests to the prosecutor on 12 March", "called the
# police on 40 occasions": a date, a count with its noun)
# (asked only of a window whose last word is "on": the search tries every character of its 110)
_REPORT_TO_ON_BEFORE = EndsOnWords(re.compile(
    r"\b(?=[acdnprt])(?:report|call|ring|phone|contact|text|dial|tip\s+off|alert|notify)(?:s|ed|ing)?\b[^.;:!?\n\d]{0,60}"
    r"\s(?:to\s+)?the\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?\s+on\s+$", re.IGNORECASE), ("on",))
_NUMBER_CLOSES_AHEAD = re.compile(r"\s*(?:[.,;)]|$)")
# the sides of a stand-off counted as demonstrations: "police kept two rival protests apart" (the headcounts are the figures)
_RIVAL_PROTESTS_AHEAD = re.compile(r"\s+(?:rival|opposing|competing)\s+(?:protests|counter-protests|demonstrations|rallies|marches|vigils)\b",
                                   re.IGNORECASE)
# the mail an outlet's audience sent it: "listeners have sent us dozens of questions about the scheme" (not "smugglers sent
# 300 messages to migrants")
_AUDIENCE_SENT_BEFORE = re.compile(r"\b(?=[alrvy])(?:readers|listeners|viewers|audience|you)\s+(?:have\s+|had\s+)?(?:sent|submitted|emailed|written|"
                                   r"put)(?:\s+(?:us|in|to\s+us))?\s+(?:(?:more\s+than|over|about|nearly|almost|some)\s+)?$", re.IGNORECASE)
_AUDIENCE_MAIL_AHEAD = re.compile(r"(?:\s+of)?\s+(?:questions|letters|emails|e-mails|messages|comments|queries)\b", re.IGNORECASE)


def _audience_mail(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` counts the questions, letters or messages an outlet's audience sent it."""
    # (the words ahead matched first: an anchored match, where the search tries every character of the window)
    return bool(_AUDIENCE_MAIL_AHEAD.match(text, end) and _AUDIENCE_SENT_BEFORE.search(text, max(0, start - 60), start))


# a place someone lives or works at, and a street's name after the number
# ... or a charity's: "volunteers at the food bank at 14 Magdalen Street"
# ... or a venue people meet at: "came to the Kurdish Community Centre at 71 Green Lanes"
_AT_ADDRESS_BEFORE = re.compile(r"\b(?:flat|house|home|shop|address|premises|property|office|building|salon|restaurant|"
                                r"takeaway|lived|lives|living|based|registered|centre|center|hall|mosque|church|hotel|clinic|caf[eé]|food\s?bank|pantry|shelter|hostel)\b[^.;\d]{0,30}?\b(?:at|of)\s+$", re.IGNORECASE)
# ... or a street named before its number, as Belgium, France's neighbours and Germany write it: "Rue de la Loi 175",
# "Avenue Louise 54", "Kerkstraat 12", "Hauptstraße 5", and the Nordic countries: "Storgatan 3", "Vesterbrogade 8"
# (its search skips to the window's capitals, where a match opens: the engine tried its "\b" at every character)
_STREET_FIRST_BEFORE = FirstCharScan(re.compile(
    r"\b(?:(?:Rue|Avenue|Boulevard|Chaussée|Place|Quai|Via|Calle)\s+(?:(?:de|du|des|la|le|del|della)\s+|[dl][’'])*"
    r"[A-Z][\w’'-]*|[A-Z][\w-]*(?:straat|strasse|straße|laan|weg|gasse|plein|gracht|kade|vägen|gatan|gränd|vej|gade|veien|gata))\s$"),
    "[A-Z]")
_STREET_KINDS = "Street|Road|Avenue|Lane|Square|Boulevard|Grove|Close|Crescent|Drive|Terrace|Gardens|Place|Gate|Mews|Row|Walk|Parade"
# a dwelling's number with its street after "on": "house 14 on Bazaar Street" (a bare "14 on Bazaar Street" may be a count of
# people arrested there, so the dwelling's word before it is needed)
_DWELLING_NUMBER_BEFORE = re.compile(r"\b(?=[abfhpsuv])(?:house|flat|apartment|building|shop|villa|plot|unit|block)\s$", re.IGNORECASE)
_ON_STREET_AHEAD = re.compile(rf"\s+(?:on|in|off)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){{1,2}}(?:{_STREET_KINDS})\b")
_STREET_AHEAD = re.compile(r"\s+[A-Z][a-z][\w’'-]*\b(?!\s+(?:officers|people|migrants|men|women|children|nationals))")
_HIJRI_MONTH = (r"Muharram|Safar|Rabi[’'ʿ]?\s(?:al-|ul-)?(?:Awwal|Thani|Akhir)|Jumad[ai]\s(?:al-|ul-)?(?:Awwal|Ula|Thani|Akhirah?|Ukhra)"
                r"|Rajab|Sha[’'ʿ]?ban|Ramad(?:h)?an|Shawwal|Dhu(?:\s?al-|l-|l\s)(?:Qi[’'ʿ]?dah?|Qa[’'ʿ]?dah?|Hijjah?)")
_HIJRI_FIRSTS = ["Muharram", "Safar", "Rabi", "Jumada", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu"]
# traffic through a crossing, not people: "handle 4,000 lorries a day", "thousands of trucks a week"
# traffic through a crossing or a port in a period: "handles some 1,400 lorries a day" is a figure, its period the rate's, as
# "carries around 180,000 lorries a year" and a scanner's "up to 120 containers per hour" are (tests/articles/README.md);
# only a vague count of it is none ("crossings that handle thousands of trucks a week": _VAGUE_NOT_FIGURE)
_TRAFFIC = r"(?:[\w-]+\s+)?(?:trucks|lorries|cars|containers|vehicles)\s+(?:a|per|every|each)\s+(?:day|week|month|year|hour)\b"
# months and years in Arabic (singular, accusative, plurals) and Kurdish (Sorani "ساڵ", "ساڵی" of an age)
_SCRIPT_DURATIONS = "شهر(?:اً|ًا|ا)?|شهور|أشهر|اشهر|سن(?:ة|وات)|عام(?:اً|ًا|ا)?|أعوام|ساڵ(?:ی|ە)?"
# quarters of a year, as periods counted: "risen for six quarters in a row", "picking the two quarters that suit you"
# (not shares: "three quarters of those stopped", "two quarters were Iraqi")
_PERIOD_QUARTERS = r"[- ]quarters\b(?=\s+(?:in\s+a\s+row|running|that|which|of\s+(?:(?:19|20)\d\d|the\s+year|this\s+year|last\s+year))\b)"
# the service an hour counts, whose hours are its volume: "41,300 hours of Sorani interpreting"
_SERVICE_HOURS_OF = r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:interpreting|interpretation|translation|overtime|casework|counselling)\b"
# a quotation opening on a bare verb whose object is counted, then "and ... will": a hypothetical ("Close a hundred shops
# and the young men will still leave"), no count of anything done (a quantifier or a pronoun first is a plain count)
_QUOTED_IMPERATIVE_BEFORE = re.compile(r"[“\"]([A-Z][a-z]+) (?:an? )?$")
_NOT_IMPERATIVE = frozenset("Some About Nearly Over Almost Around Only Just All Another Roughly More Fewer Less Up At The These "
                            "Those Our Their His Her My We They You I It There Here Every Each Of In On For By With From Since "
                            "Last Next This That Another".split())
_AND_WILL_AHEAD = re.compile(r"(?: [\w’'-]+){1,3},? and\b[^.!?”\"]{0,80}\bwill\b")
_SERVICE_HOURS_AHEAD = re.compile(rf"\s+hours?{_SERVICE_HOURS_OF}", re.IGNORECASE)
# ... and so are the hours an aircraft or a crew flies or patrols: "have flown more than 900 hours over the coast", "logged
# 2,000 flight hours" (a count of the work done, no duration of one thing)
_FLOWN_HOURS_AHEAD = re.compile(r"\s+(?:flying\s+|flight\s+|patrol\s+)?hours\b", re.IGNORECASE)
_FLOWN_BEFORE = re.compile(r"\b(?=[flp])(?:flown|flew|fly|flies|flying|logged|logs|log|patrolled)\s+(?:(?:more\s+than|over|nearly|almost|"
                           r"about|around|some|up\s+to|at\s+least|close\s+to)\s+)?$", re.IGNORECASE)


# ... and so are the days on which something happened, counted over a period: "arrived on just 52 days", "on 140 days
# no boat left" (a count of days, no length of time; not "on 14 days' notice", a length)
# (nights too: "the scanner stood idle on at least 12 nights since May", nights counted, no night's length)
_ON_DAYS_BEFORE = re.compile(r"\b(?=o)on\s+(?:(?:just|only|some|about|around|nearly|almost|at\s+least|more\s+than|over|"
                             r"fewer\s+than|as\s+many\s+as)\s+)?$", re.IGNORECASE)
_ON_DAYS_AHEAD = re.compile(r"\s+(?:(?:separate|different|other|consecutive)\s+)?(?P<unit>days|nights)\b(?![’'])", re.IGNORECASE)


def _days_counted(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end`` counts the days on which something happened: "on just 52 days"."""
    return bool(_ON_DAYS_AHEAD.match(text, end) and _ON_DAYS_BEFORE.search(text, max(0, start - 30), start))


def _occasions_tallied(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end`` counts occasions with a floor: "on at least 14 occasions"."""
    return bool(_OCCASIONS_AHEAD.match(text, end) and _ON_FLOOR_BEFORE.search(text, max(0, start - 30), start))


# ... and so are occasions told with a floor: "carried migrants on at least 14 occasions", "on more than 30 occasions" (a
# tally kept of what happened; "promised on two occasions", a bare count, stays a manner of telling)
_OCCASIONS_AHEAD = re.compile(r"\s+(?:separate\s+|different\s+)?occasions\b", re.IGNORECASE)
_ON_FLOOR_BEFORE = re.compile(r"\b(?=o)on\s+(?:at\s+least|more\s+than|no\s+fewer\s+than|not\s+fewer\s+than)\s+$", re.IGNORECASE)


# ... the hours a crew logged, told after them: "the 700 hours they logged in 2023" (the same count, its verb after)
_HOURS_LOGGED_AHEAD = re.compile(r"\s+hours\s+(?:(?:they|we|crews?|the\s+crews?|its\s+crews?|volunteers|pilots)\s+)?"
                                 r"(?:had\s+|have\s+)?(?:logged|flew|flown|patrolled)\b", re.IGNORECASE)
# ... or spent at sea by crews, plural: "lifeboat crews spent over 1,000 hours at sea" (the crews' work; not "the migrants
# spent 14 hours at sea" or "the lifeboat crew spent six hours at sea", one trip's length)
_SEA_HOURS_AHEAD = re.compile(r"\s+hours\s+(?:at\s+sea|on\s+patrol|on\s+the\s+water)\b", re.IGNORECASE)
_SPENT_BEFORE = re.compile(r"\bspen[dt]s?\s+(?:(?:more\s+than|over|nearly|almost|about|around|some|close\s+to)\s+)?$",
                           re.IGNORECASE)
_CREWS_BEFORE = re.compile(r"\b(?:crews|lifeboats|volunteers)\b[^.!?\n]*$", re.IGNORECASE)


def _flown_hours(text: str, start: int, end: int, value=None) -> bool:
    """Whether the number at ``start``..``end`` counts hours flown or patrolled: "have flown more than 900 hours"."""
    if _HOURS_LOGGED_AHEAD.match(text, end):
        return True
    if _SEA_HOURS_AHEAD.match(text, end) and _SPENT_BEFORE.search(text, max(0, start - 30), start):
        # (fewer than a day's 24 hours is one outing's length, even of volunteers: "volunteers spent more than nine hours at
        # sea on Tuesday night"; a tally of crews' work over a season runs to hundreds)
        return (value is None or value >= 24) and bool(_CREWS_BEFORE.search(text, max(0, start - 200), start))
    return bool(_FLOWN_HOURS_AHEAD.match(text, end) and _FLOWN_BEFORE.search(text, max(0, start - 40), start))


# (the costliest alternatives look ahead for their words' first letters: each of some fifty is tried after every number,
# and a failing alternation of words costs far more than one look-ahead; tests/test_drafting_fast_paths.py checks it)
# (the alternatives told after spaces in a row share one "\s+": each tried its own after every number; only whether one
# matches is asked, so their order and grouping change nothing)
_NOT_FIGURE_AFTER = re.compile(
    rf"{_PERIOD_QUARTERS}|(?: and a half)?[- ]?(?=wor|cal|bus|con|fin|fis|aca|sch|par|yea|mon|wee|day|min|sec|dec|nig|hou)(?:(?:working|calendar|business|consecutive|financial|fiscal|academic|school|parliamentary) )?(?:years?|months?|weeks?|days?|minutes?|seconds?|decades?|nights?(?![-\w])|"
    # (but hours of a service booked are its volume, no duration: "booked 41,300 hours of Sorani interpreting")
    rf"hours?(?!{_SERVICE_HOURS_OF}))\b"
    # ... or in Arabic or Kurdish after Arabic-Indic digits: "١٨ شهراً" (18 months), "٣ سنوات" (3 years), "١٩ ساڵی" (19 years old)
    rf"|\s+(?:{_SCRIPT_DURATIONS})(?!\w)"
    # (a day's month on the next line only after a number short enough to be a day: a table's row ends in a count of three
    # digits or more, and the next row may open with a month: "| 322" then "April to June 2025 | ...")
    rf"|[-–/.]\d|\s?(?=[ap][m.]|gm|bs|ut|ce|ee|as)(?:(?:am|pm|GMT|BST|UTC|CET|CEST|EET|EEST|AST)\b|[ap]\.m\.)|:\d|(?:st|nd|rd|th)\b"
    # (nor a table's next row labelled by its month: "| 16" then "September | 780 | 21", the month a cell of its own)
    rf"|(?:[^\S\n]+|(?<!\d\d\d)\s+(?!(?:{_MONTH}|(?-i:{_SHORT_MONTHS}))\.?[^\S\n]*\|))(?=ja|fe|ma|ap|ju|au|se|oc|no|de)(?:{_MONTH}|(?-i:{_SHORT_MONTHS}))\b"
    # a date of the Hijri calendar: "26 Jumada al-Awwal 1447 AH", "1447 AH", "AH 1447", "5 Rabi' al-Thani"
    rf"|\s+(?:{_HIJRI_MONTH})\b|\s?(?-i:A\.?H)\b"
    # a clock time or a running time: "at ten o'clock", "3'40\"" (minutes and seconds), a wire's "1100 local." (11am there)
    rf"|\s+o[’']clock\b|[’′']\d\d\b|\s+local(?:\s+time)?(?=[.,;)])"
    # an exchange rate with no currency sign of its own: "pegged at 1,300 to the dollar"
    rf"|{RATE_TAIL}"
    # a change between two shares ("fell by 6 percentage points"): the shares are the figures (tests/articles/README.md)
    rf"|\s+(?:percentage[- ]points?\b"
    # a count of sources: "Two people familiar with the matter said", "three officials briefed on the talks"
    # ... or a reporter's own: "Two sources told us", "three sources said" (whoever they are, no count of the dataset)
    rf"|(?:[a-z]+\s+)?sources\s+(?:have\s+)?(?:told|tell|said|say|confirmed)\b"
    rf"|(?:people|persons?|sources?|officials?|diplomats?)\s+(?:familiar with|briefed on|with (?:direct )?knowledge of|"
    rf"who (?:spoke on condition|asked not to be|declined to be)\b"
    # ... or one close to a party of a case or a talk: "a term one person close to the prosecution called lenient"
    rf"|close to (?:the\s+)?(?:prosecution|defence|defense|investigation|inquiry|case|talks|negotiations|family|government|"
    rf"ministry|minister|matter)\b)"
    # a digest's count of its own items: "Six items this week", "five stories today", "Five items, then the diary"
    rf"|(?:items|stories|links|reads|things)(?:\s+(?:this|today|in this)\b|,\s+then\b)"
    # the first day of a range of days: "between 3 and 9 March", "from 12 to 14 May"
    rf"|(?:and|to|until)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b)"
    # ... or of a range of durations: "sentenced to between five and eight years", or of a list: "3, 6 and 12 months after"
    # (a list of a few: a bound, or each number of a long list would scan the rest of it)
    # (the last with a half too: "sentenced to seven and two and a half years", each term's "years" told once)
    rf"|(?:,\s*[\w.]+){{0,8}},?\s+(?:and|to|or)\s+[\w.]+(?:\s+and\s+a\s+half)?[- ](?:years?|months?|weeks?|days?|hours?)\b"
    # ... or of a range of hours: "from 2 to 4pm"
    rf"|\s*(?:[-–]|\s(?:and|to|until)\s)\s*\d{{1,2}}(?:[.:][0-5]\d)?\s?(?:am|pm|[ap]\.m\.)"
    # an address: "10 Downing Street", "25 Kirkuk Road"
    rf"|(?:\s+(?-i:[A-Z])[\w’'-]+){{1,2}}\s+(?-i:{_STREET_KINDS})\b"
    # ... or a postal one, its town and postcode after the street: "14 Westgate, Dewsbury WF13 1AB" (a street of one word)
    rf"|(?:\s+(?-i:[A-Z])[\w’'-]+){{1,3}},(?:\s+(?-i:[A-Z])[\w’'-]+){{1,3}},?\s+(?-i:[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}})\b"
    # ... or a French one, its street's kind first: "42 rue de la Gare", "3 place du Marché"
    rf"|\s+(?-i:rue|avenue|boulevard|bd|quai|place|chemin|allée|impasse|route)\s+(?:de|du|des|d[’']|la|le|l[’'])"
    # a reading time or a page's furniture: "4 min read", "12 comments", a post's "613 reposts"
    # (the words below by their first letters, looked ahead for once: a count's own noun, "people", "migrants", "years", fails
    # there instead of in each of some hundred words)
    rf"|\s(?:mins?|hrs?|secs?)\b|\s+(?=a(?:bs|ga|nn|pp|r[et]|xe)|b(?:a[ln]|lo|oo)|c(?:at|ha|la|o[mu])|d(?:e[flmp]|if|oo)|fur|g(?:am|oa|ra)"
    r"|h(?:ou|ym)|in[\sfs]|key|l(?:a[mw]|e[gv]|ik)|m(?:a[it]|em|ps)|o(?:bj|cc)|p(?:ha|il|le|o[ei]|r[io])|quo|r(?:e[cpt]|un)"
    r"|s(?:e[anp]|ha|on|t[ar])|t(?:ie|ra)|v(?:ie|ot)|w(?:i[cn]|or))"
    rf"(?:(?:comments|shares|likes|views|reposts|retweets|quote posts|bookmarks)\b"
    # a vote or a match ("298 votes", "7 games"): what they count is no figure of the dataset
    rf"|(?:votes?|seats|abstentions?|games|matches|goals|points|wins|defeats|wickets)\b"
    # ... or a performance's: "sang 11 songs", "read three poems"
    rf"|(?:songs|poems|hymns|ballads|laments)\b"
    # ... or a scheme's own steps: "place offences in three levels of culpability", "four bands of harm" (how a guideline or a
    # risk scale is built, nothing counted)
    rf"|(?:levels|tiers|bands|categories|grades)\s+of\s+(?:culpability|harm|seriousness|severity|risk|offending|priority)\b"
    # ... or a cricket match's margin: "beat Lydd Town by 12 runs" (not a smuggler's "40 runs across the Channel", nor a
    # headline's verb after a count: "Boat carrying 40 runs aground")
    rf"|runs\b(?!\s+(?:across|over|to|from|into|between|a|per|each|every|aground|ashore|adrift|out|away)\b)"
    # ... or a tally's side with its noun left out: "41 votes in favour, 19 against and 6 abstentions"
    rf"|(?:against|in\s+favou?r)(?=\s*[,.;)]|\s+(?:and|with)\b)"
    # ... or told by the verb: "188 voted in favour ... and 16 abstained", and the house present it is out of: "Of the 241
    # lawmakers present" (a quorum's size, no count of what happened)
    rf"|(?:voted\s+(?:in\s+favou?r|for|against)|abstained)\b"
    rf"|(?:lawmakers|legislators|deputies|MPs|senators|members|delegates)\s+(?:present|voting)\b"
    # how near something is, told in streets or doors: "lives two streets away", "three doors down from the shop"
    rf"|(?:streets|doors|blocks|houses)\s+(?:away|down|along|up|from)\b"
    # how often something happened: "promised on two occasions", "three separate occasions"
    # (but occasions tallied over a period are a count of what happened: "on 41 occasions this quarter", the period a month or
    # a year too: "on 12 occasions in March", "on 30 occasions in 2024")
    rf"|(?:separate\s+|different\s+)?occasions\b(?!\s+(?:(?:this|last|in\s+the\s+(?:past|last))\s+(?:week|month|quarter|year)"
    rf"|in\s+(?:{_MONTH}|(?:19|20)\d\d))\b)"
    # the charges one defendant faces: "pleaded guilty to two counts of concealing criminal property"
    rf"|(?:further\s+|separate\s+)?counts?\s+of\b"
    # the parts a payment or a plan comes in: "paid in two tranches", "the second of three phases", "over five axes"
    rf"|(?:tranches|instalments|installments|phases|stages|pillars|strands|axes|components|workstreams|work\s+packages)\b"
    # a report's own parts: "makes five recommendations", "in 12 chapters", or an argument's: "arrive with five commitments"
    # ... or a plan's aims: "set three objectives for the partnership" (its headings, no count of what was done)
    # ... or a campaign's or a letter's list of what it asks for: "set out five demands" (its items, nothing that happened)
    rf"|(?:(?:key|main) )?(?:recommendations|chapters|annexes|appendices|commitments|pledges|priorities|proposals|objectives|demands)\b"
    # ... or an explainer's: "the crisis in six charts", "in four graphs" (how the piece shows its figures, no count of them)
    rf"|(?:charts|graphs|graphics|infographics)\b"
    # ... or a plan's: "lists 12 priority actions" (its items, no count of what was done)
    rf"|(?:priority|key)\s+(?:actions|objectives|areas)\b"
    # ... or a declaration's: "sets out four areas of cooperation" (its headings, no count of what was done)
    rf"|areas\s+of\s+(?:co-?operation|collaboration|work|focus|action|partnership)\b"
    # ... or an agreement's or a plan's: "the plan consists of 14 articles" (not "articles of clothing", things seized)
    rf"|(?:articles(?!\s+of\b)|clauses|provisions)\b)"
    # the size of what follows, as an adjective: "a 10-point plan", "a 12-member committee" ("20-odd people" is a count)
    # ... a crew's or a gang's strength too: "the ship's 12-strong crew", as "the five-man crew" (tests/articles' gold)
    rf"|[-–](?!(?:odd|plus|fold)\b)[a-z]+(?<!s)\s+[a-z]"
    # a page count, or a count of administrative units or places ("two of Iraq's 18 provinces", "the governorate's 11 district
    # offices"): no figure of the dataset
    # (the first of a range too, and the borders between them: "across five or six borders")
    # (and a text's length: "no longer than 3,000 words")
    # (a whole named by a common noun's possessive too, no name: "five of the city's 37 wards", not only "Iraq's")
    # (but not a yearly volume of translation: "around 1.5 million words a year")
    rf"|[- ](?:pages?(?!\s+(?:and|or)\s+(?:accounts|profiles|groups|channels)\b)|page-long|paragraphs|footnotes|words(?!\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b)|characters)\b|\s+(?:of\s+(?:(?:the|its|their|all)(?:\s+[a-z]{{2,20}}[’']s)?|(?-i:[A-Z])[\w’'-]*[’']s)\s+(?:\d+\s+)?)?"
    rf"(?:(?:or|to)\s+(?:\d{{1,3}}|{NUMBER_WORD})\s+)?(?:[A-Z][\w’'-]* )?(?=gov|pro|dis|war|bor|mun|con|cou|reg|can|cap|mem|nat|sta|fro|jur|leg|set)(?:governorates|provinces|"
    # (a city's or a council's too: "five of the city's 37 wards")
    rf"districts|wards|boroughs|municipalities|constituencies|(?:district|regional|provincial)\s+offices|member states|continents|regions|cantons|counties|countries|member countries|nations|states|governments|borders|frontiers|"
    # ... or one per such unit: "27 sets of laws", "27 legal systems", "27 capitals"
    rf"jurisdictions|capitals|legal systems|sets of (?:laws|rules))\b"
    # where in a space, not how many: "lying in two rows under the cargo", "sits two corridors from his office"
    rf"|\s+(?:(?:rows|corridors)\b"
    # a family's livestock, sold or kept to pay a smuggler: "sold three sheep" (animals are no figure of the dataset)
    rf"|(?:cows|sheep|goats|cattle|camels|horses|donkeys|chickens|oxen|bulls)\b)"
    # an engine's power, a measurement too, and the first of a range of power or length: "engines of 25 to 90 horsepower",
    # "a 150hp outboard", "between 5 and 8 km" (the range's last is caught below, or here)
    rf"|(?:\s*(?:[-–]|\s(?:to|or|and)\s)\s*\d[\d.,]*)?[\s-]?(?:hp|bhp|horsepower|horse-power|kilowatts?|kW"
    rf"|(?<=\d\s)(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s))\b"
    # a measurement, not a count: "5 km", "10 metres long", "45 degrees"
    # ... told as an adjective too: "a 12-square-metre shop", "a 40-km-long fence"
    rf"|[\s-]?(?=na|sq|cu|k[mignb]|ce|mil|m[epmb]|m(?!\w)|f[eot]|cm|to|li|de|he|ac|d[ou]|g[bi]|by|°)(?:(?:nautical|square|sq|cubic)[\s-])?(?:km|(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot(?!\s+(?:(?:and|or)\s+(?:car|vehicle|coach)\s+)?passengers\b)|ft|cm|mm|kg|kilos?|kilograms?|tonnes?|tons?|litres?|"
    rf"liters?|degrees?|°|mph|knots?|hectares?|acres?"
    # ... or land in the Middle East's own unit of area: "sits on 30 dunams of land", "12 donums", "five feddans"
    rf"|d[uo]n[ua]ms?|feddans?"
    # ... or metres as a bare "m", spaced and ending its line or clause, as a notice gives a height: "Height: 1.78 m" (a
    # "1.2m crossings" or "£4m" is a million)
    rf"|(?<=\s)(?-i:m)(?=\s*(?:[.,;)]|\n|$)|\s+(?:tall|high|long|wide|deep)\b)"
    # ... or a file's size, a download's furniture: "PDF, 412 KB, 6 pages"
    rf"|kb|mb|gb|bytes|kilobytes|megabytes|gigabytes)\b",
    re.IGNORECASE,
)
# a numbered list item ("1. The agreement ...", "2) ..."): a label, not a count
# (its mark may open a bold or italic run, as markdown writes a numbered item's title: "**1. Pact money.**")
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:\*{1,2}|_{1,2})?$")
_LIST_MARK = re.compile(r"[.)]\s")
# ... or a list run on in one paragraph: "Notes to editors: 1. The taskforce ... 2. It is funded"
_INLINE_LIST_ITEM = re.compile(r"(?:^|[:.;]\s+)$")
_INLINE_LIST_MARK = re.compile(r"[.)]\s+[A-Z]")
# ... or a report's section number heading its own line: "3.1 The year in numbers" (a figure opening a line runs on into
# a sentence, and its words are seldom capitalised: "3.1 million people crossed")
_SECTION_HEADING_AHEAD = re.compile(r"[ \t]+(?-i:[A-Z])[^\n.!?;:]{0,80}(?:\n|$)")
# ... or a time stamp opening a log's or a live blog's line, its entry after it: "21.40 Sailed Dover.", "14.05 Police arrive"
# (a count opening a line is seldom written as hours and minutes and followed by a capital)
_STAMP_AHEAD = re.compile(r"[ \t]+(?-i:[A-Z])")
# an age in brackets after a name: "Karwan (28) and Hawre (31)", or after an initial, as Dutch and Belgian courts name
# defendants: "Sarbast K. (41)"
# ... or after a person's noun, as Irish outlets give an unnamed defendant's: "Lorry driver (51) remanded"
_AGE_IN_BRACKETS = re.compile(r"[A-Z](?:[\w’'-]+|\.)\s\($|\b(?=[bdfgmpsw])(?:driver|man|woman|boy|girl|mother|father|pensioner|"
                              r"student|suspect|worker)\s\($")
# a figure a fact-check rejects, after the one it puts right: "Returns: about 2,300, not 5,000", "120 officers, not 50"
_REJECTED_BEFORE = re.compile(r"\d%?(?:\s+[a-z]+)?,\s+not\s+$")
# a mark that no number or estimate reaches, a claim refuted: "None of the estimates comes close to 80%", "Neither
# count gets you to 5,000" (a target denied, no count; "None of the 40 reached shore" counts people before the verb)
_NOT_REACHED_BEFORE = re.compile(r"(?:^|[.!?:;\"“]\s*)(?:Neither|None|No)\b(?:\s+of)?(?:\s+(?:the|these|those|their|its))?"
                                 r"(?:\s+[a-z-]+){1,2}\s+(?:gets?|got|reach(?:es|ed)?|comes?|came|adds?\s+up|brings?)"
                                 r"(?:\s+(?:you|us|them|it))?(?:\s+(?:anywhere\s+)?(?:to|near|close\s+to|as\s+high\s+as))?\s+$")
# a number said alone as an answer, a sentence of its own in a quotation: '"Four hundred and eighty-six. Here, ..."'
_ALONE_BEFORE = re.compile(r"(?:[\"“‘«]|[.!?][\"”’»]?)\s*$")
_ALONE_AHEAD = re.compile(r"[.!?…]")
_ECHO_STRIP = " \"“‘«.!?”’»"
# a mark or score given, no count: "the tender scored 87 out of 100" (both numbers), "was rated 4"
_SCORED_BEFORE = EndsOnWords(re.compile(r"\b(?=[gmrs])(?:scor(?:e|ed|es|ing)|rated|marked|graded)\s+(?:(?:about|around|only|just|nearly|almost|over|under)\s+)?"
                            r"(?:\d+(?:\.\d+)?\s+out\s+of\s+)?$", re.IGNORECASE), ("score", "scored", "scores", "scoring", "rated", "marked", "graded", "about", "around", "only", "just", "nearly", "almost", "over", "under", "of"))
# ... or a pupil's mark, in school ("came top of her class with an average of 96", "got 94 per cent in her exams")
_MARK_OF_BEFORE = EndsOnWords(re.compile(r"\b(?=[agms])(?:average|mark|grade|score)s?\s+of\s+$", re.IGNORECASE), ("of",))
_SCHOOL_NEAR = re.compile(r"\b(?:class|school|exams?|pupils?|grade|GCSEs?|A-levels?|baccalaureate|university)\b", re.IGNORECASE)
_EXAM_AHEAD = re.compile(r"(?:\s?%|\s+per\s?cent)?\s+(?:in|on)\s+(?:(?:her|his|their|the|its)\s+)?(?:final\s+|school\s+|end-of-year\s+)?"
                         r"(?:exams?|tests?|baccalaureate|finals|GCSEs|A-levels)\b", re.IGNORECASE)
# an age limit: "girls under 18", "children aged 12"; a rule's, for who may apply: "applicants must be over 21", "candidates
# should be aged 18" (an eligibility, no count)
# (its words end every match: asked only of a window ending on one, EndsOnWords)
_AGE_LIMIT = EndsOnWords(re.compile(r"\b(?=[abcgkmprstvwy])(?:girls?|boys?|child(?:ren)?|kids?|babies|minors|people|those|men|women|anyone|youths?|teenagers|them|they|who|"
                        r"most|many|graduates|students|adults|applicants|candidates|recruits|volunteers)\s+"
                        r"(?:(?:were|are|was|is|must\s+be|should\s+be|need\s+to\s+be|have\s+to\s+be)\s+(?:(?:all|mostly|mainly)\s+)?)?"
                        r"(?:under|over|aged|above|below|younger than|older than)\s+$"
                        r"|\b(?=[abou])(?:under|over|above|below)\s+the\s+age\s+of\s+$"
                        # ... or a share's people told by the band a register puts them in: "13% were recorded as under 18"
                        r"|\b(?=[aclr])(?:recorded|listed|registered|classed|classified|assessed)\s+as\s+(?:being\s+)?"
                        r"(?:under|over|aged|younger than|older than)\s+$"
                        # ... or its far end: "children as young as 11", "men as old as 70"
                        r"|\bas\s+(?:young|old)\s+as\s+$", re.IGNORECASE),
                         ("under", "over", "aged", "above", "below", "than", "of", "as"))
# an exchange rate told before its number, whose currency it leaves out: "the official rate of 1,300"
_RATE_OF_BEFORE = EndsOnWords(re.compile(r"\b(?=[bcdemopst])(?:exchange|official|market|parallel|street|black-market|bank|dollar|central bank)\s+"
                             r"rate\s+(?:of|was|is|stood at|at)\s+(?:(?:about|around|roughly|some)\s+)?$", re.IGNORECASE), ("of", "was", "is", "at", "about", "around", "roughly", "some"))
# the first number of a range of money ("between 8 and 12 million dinars"): money, not a figure
_RANGE_TO = re.compile(r"\s*(?:and|to|-|–)\s*")
# a document's furniture, a rule's or goal's label, a place's or a unit's number: "Annex 3", "Rule 39", "Camp 3"
_LABELS = (
    "Article|Section|Clause|Chapter|Paragraph|No.|Number|Resolution|Law|Decree|Room|Flight|Route|Channel|page|Phase|Level|"
    "Tier|Stage|Act|Gate|Terminal|Platform|Code|Goal|Radio|Version|Word count:|Part|Episode|Series|Season|Volume|"
    "Vol.|Round|Line|Item|Items|question|p.|Road|Highway|Exit|Ward|Block|Sector|Zone|Grade|Grades|Category|Articles|Sections|Clauses|Chapters|"
    "Paragraphs|Schedule|Annex|Appendix|pages|pp.|Target|Objective|Indicator|Rule|Rules|Convention|Protocol|Directive|"
    "Regulation|Street|St.|Avenue|Camp|Checkpoint|Junction|Junctions|Kilometre|Kilometer|Brigade|Battalion|Regiment|"
    "Squadron|Precinct|Pillar|Strand|Lot|Count|Counts|Kilo|plate|Issue|Edition|Duration:|incident|log|reference|ref.|"
    # a judgment's paragraphs ("paras 61 to 64") and a ship's mooring at a port ("docked at berth 14")
    "para|para.|paras|paras.|berth|quay|pier|"
    # ... and a Commons early day motion's number in lower case, as its own page sets it: "Early day motion 642"
    "day motion|"
    # ... and a port's or a crossing's numbered traffic lanes: "longer checks in Lanes 7 to 12 at Coquelles"
    "Lane|Lanes|"
    # ... and a border fence's numbered posts: "found near post 127 of the barrier"
    "near post|at post|border post|"
    # a briefing's notes cited by number ("As note 2, table 4"), a report's numbered recommendations ("Recommendation 3:")
    "note|notes|footnote|footnotes|endnote|recommendation|recommendations|"
    # ... and statutory rules cited together: "under regulations 28 and 29 of the 2013 Regulations"
    "Regulations|"
    # ... and a course's or a handbook's numbered parts: "Module 3 deals with hawala"
    "module|modules|"
    # ... and scripture quoted in a sermon: "quoting verse 29 of Surat al-Nisa" (the verse's number, no count)
    "verse|verses|ayah|ayat|"
    # ... and a train's or a coach's timetabled run: "freight service 44872 from Novara" (its number, no count; the words
    # before "service" keep a count served: "the service 300 people use")
    "freight service|passenger service|train service|rail service|bus service|coach service|ferry service|"
    "freight train|goods train|passenger train|service number|train number"
).split("|")
# ... and a law's article in its abbreviation, cased so an art show's count stays: "under Art. 116 of the Act",
# ... and an aircraft's model: "a Boeing 737", and a judgment's neutral citation's number: "[2025] EWCA Crim 1372" (the
# capitals of "EWHC 88" and "UKSC 12" are a code: _CODE_BEFORE)
_CASED_LABELS = "Art.|Arts.|Crim|Civ|Myth|Fact|Claim|Step|Tip|Group of|AH|No|Figure|Fig.|Table|Chart|Map|Box|Unit|Division|Question|Questions|Court|Courtroom|House|Building|Flat|Apartment|Villa|Plot|Boeing|Airbus|Psalm|Surah|Sura|Course|Cohort|Intake|Tower|Watchtower|Outpost|Pylon|Year|Years|Q|Qq|Motion"  # ... and scripture read at a service, a training's numbered run ("Course 14"),
# a parliament's numbered motion ("tabled Early Day Motion 212"),
# a border fence's numbered structure ("Tower 17 near Feres"), a committee's numbered questions cited in a note ("oral
# evidence, Q 114", "Qq 20-24")
# ... and a British school year, or a plan's numbered year: "a Year 10 pupil", "Year 2 of the programme" (a lower-case
# "the year 1,200 crossed" may open a count)
# ... and their plural, a range of school years or an appraisal's length in a form's cell: "Years 7 to 9", "Time Period
# Years 10" (a label, no count)
_MONTH_WORDS = [*MONTHS, *SHORT_MONTHS]
# the first letters of every word alternative below: most word starts and every word end fail this one test at once
_WORD_FIRSTS = "".join(sorted({w[0].lower() for w in [*_MONTH_WORDS, *_LABELS, *_CASED_LABELS.split("|"), "aged", "Operation",
                                                      "Flight", "margin", *_HIJRI_FIRSTS]}))
# the word lists as tries (word_alternation): this is searched before every number, one try per position, not one per word
_NOT_FIGURE_BEFORE = re.compile(
    # (a month's day on its line, and after a full stop only an abbreviation's: "June." ends a sentence, "11 June.\n\nThree
    # other people were released")
    rf"(?:\b(?=[{_WORD_FIRSTS}])(?:(?:{word_alternation(list(MONTHS))})[^\S\n]+|(?:{word_alternation(SHORT_MONTHS)})\.?[^\S\n]+"
    # ... a list of ages too, its last one after the others: "aged 34, 41 and 52"
    # (or hedged: "a boy aged about 10")
    # (or a range whose first end is a baby's, in months or weeks: "children aged from eight months to 17")
    rf"|(?:{word_alternation(_LABELS)}|aged(?: between| from| about| around| roughly| approximately| nearly| almost| under| over)?"
    rf"(?: (?:\d+|[a-z]+(?:-[a-z]+)?)(?: (?:months|weeks))?(?:, (?:\d+|[a-z]+(?:-[a-z]+)?)){{0,3}},? (?:and|to|or))?|"
    # an operation's name: "Operation Wolf 2"
    # (on the label's own line: a headline ending "... across the Channel" labels no number opening the next paragraph)
    rf"Operation(?:\s+(?-i:[A-Z])[\w’'-]*){{0,2}}|(?-i:{word_alternation(_CASED_LABELS.split('|'))}))[^\S\n]+"
    # ... and the second number of a range of them: "pages 51–58", "paragraphs 41 to 58", "junctions 8 and 9", "Page 2 of 3"
    rf"(?:\d+(?:\.\d+)?(?:\s?[-–]\s?|\s+(?:to|and|of)\s+))?"
    rf"|Flight\s+(?-i:[A-Z0-9]){{2}}\s?|margin of error of\s+(?:plus or minus\s+)?"
    # a train's numbered wagon or carriage: "in wagon 14 of freight train 45217", "carriage 3" (its number, no count;
    # after an article it may be a count's noun before its verb: "the wagon 14 people hid in")
    rf"|(?<!\bthe\s)(?<!\ba\s)(?:wagon|carriage|coach|railcar)[^\S\n]+"
    # a day or year of the Hijri calendar: "Jumada al-Awwal 1447 AH"
    rf"|(?:{_HIJRI_MONTH})\s+)"
    # ... or a number after "#", a label or a rank however it is used: "Issue #87", "#3 on the list"; a file's or an
    # exhibit's reference after its letters and a slash: "exhibit KM/7", "file HO/2231"
    rf"|[A-Za-z][-/]|\d/|\d\(|\d[’′']|:|±\s?|#)$",
    re.IGNORECASE,
)
# the last character but a letter or a digit that a _NOT_FIGURE_BEFORE match can have before its spaces (an abbreviation's
# full stop, a label's colon, a range's dash, a reference's mark): a window ending on another, a comma most often, is not
# searched (tests/test_drafting_fast_paths.py checks it)
_NOT_FIGURE_BEFORE_ENDS = frozenset("_.:-–/(’′'±#")


# ... and a window ending on spaces is searched only when its last word ends as a match's last word can (a label's, a
# month's, a range's "to", a Hijri month's, or a mark's that "$" may find before a closing newline: "No.\n"), or when it
# holds "aged", "operation" or "flight", whose matches may end on any word ("aged about 4, 5 and", "Operation Wolf Cub"):
# most windows end on a verb or a preposition ("said over", "between the") and fail here, not after a search at each of
# their forty characters (tests/test_drafting_fast_paths.py checks it). The words are kept by their last character.
_NOT_FIGURE_BEFORE_LAST_WORDS = (
    {fold(w.split()[-1]) for w in [*_MONTH_WORDS, *_LABELS, *_CASED_LABELS.split("|")]} | {f"{fold(w)}." for w in SHORT_MONTHS}
    | {"to", "and", "of", "-", "–", "minus", "wagon", "carriage", "coach", "railcar", "muharram", "safar", "awwal", "thani",
       "akhir", "ula", "akhira", "akhirah", "ukhra", "rajab", "ban", "ramadan", "ramadhan", "shawwal", "da", "dah", "hijja",
       "hijjah", "/", "(", "’", "′", "'", ":", "±", "#"})
_NOT_FIGURE_BEFORE_LAST_WORDS_BY_END = {c: tuple(w for w in _NOT_FIGURE_BEFORE_LAST_WORDS if w.endswith(c))
                                        for c in {w[-1] for w in _NOT_FIGURE_BEFORE_LAST_WORDS}}


def _not_figure_before(before: str, last_word: str | None = None) -> bool:
    """``_NOT_FIGURE_BEFORE.search(before)``, the window's last character but its spaces tested first, then its last word
    (``last_word``: ``EndsOnWords.last_word(before)`` when the caller has it)."""
    last = before.rstrip()[-1:]
    if not (last and (last.isalnum() or last in _NOT_FIGURE_BEFORE_ENDS)):
        return False
    if before[-1:].isspace():
        word = EndsOnWords.last_word(before) if last_word is None else last_word
        ends = _NOT_FIGURE_BEFORE_LAST_WORDS_BY_END.get(word[-1:])
        if not (ends and word.endswith(ends)):
            folded = fold(before)
            if "aged" not in folded and "operation" not in folded and "flight" not in folded:
                return False
    return bool(_NOT_FIGURE_BEFORE.search(before))


# ... but the verb "counts", in lower case, before a counted noun: "the paper counts 800 crossings this month" (a tally
# told, where an indictment's "Counts 3 and 4" label charges and name no counted noun after them)
_COUNTS_VERB_BEFORE = re.compile(r"\b(?-i:counts|counted)\s+$")
# ... but a month's day is written in digits: "Since January two officers have worked in Erbil" (a count after a time)
_MONTH_OPENS_BEFORE = re.compile(rf"\b(?=(?-i:[A-Z]))(?:{word_alternation(list(MONTHS))})[^\S\n]+$", re.IGNORECASE)
# ... and a month after "in" names no day, so digits after it with a counted noun count: "in March 40 Iraqi nationals were
# returned" (a day takes "on": "on March 4")
_IN_MONTH_BEFORE = re.compile(rf"\b(?=[iI])in[^\S\n]+(?=(?-i:[A-Z]))(?:{word_alternation(list(MONTHS))})[^\S\n]+$", re.IGNORECASE)
# a method's note on its precision: "Totals are rounded to the nearest 500", "(90% confidence interval: ...)", "intervals
# are shown at the 90% level" (how sure an estimate is, no count)
_ROUNDED_TO_BEFORE = EndsOnWords(re.compile(r"\b(?=r)rounded\s+(?:(?:up|down|off)\s+)?to\s+(?:the\s+)?nearest\s+$", re.IGNORECASE),
                                 ("nearest",))
_CONFIDENCE_AHEAD = re.compile(r"(?:\s?%|\s+per\s?cent)\s+(?:(?:confidence|credible|prediction)\s+(?:intervals?|levels?|limits?|"
                               r"bounds?|bands?|ranges?)|(?:confidence|significance)\s+level)\b", re.IGNORECASE)
_LEVEL_AHEAD = re.compile(r"(?:\s?%|\s+per\s?cent)\s+(?:confidence\s+)?level\b", re.IGNORECASE)
_CONFIDENCE_NEAR = re.compile(r"\b(?=[cis])(?:confidence|credible|significan(?:ce|t)|intervals?)\b", re.IGNORECASE)
# the whole that rounded shares make up: "Percentages are rounded and may not sum to 100" (a method's note, no count)
# a pension's contribution rate, as a job advert or a pay deal offers it: "28% employer pension contribution", "a pension
# contribution of 27.1%" (a term of the job, no count of what happened)
_PENSION_RATE_AHEAD = re.compile(r"(?:\s?%|\s+per\s?cent\b|\s+percent\b)?\s+(?:(?:employer|employee)(?:[’']s)?\s+)?"
                                 r"(?:pension|superannuation|retirement)\s+contributions?\b", re.IGNORECASE)
_PENSION_RATE_BEFORE = re.compile(r"\b(?=[prs])(?:pension|superannuation|retirement)\s+contributions?\s+(?:rate\s+)?(?:of\s+)?"
                                  r"(?:up\s+to\s+|around\s+|about\s+)?$", re.IGNORECASE)
_SUMS_TO_BEFORE = re.compile(r"\b(?=[as])(?:sum|add\s+up)\s+to\s+(?:exactly\s+)?$", re.IGNORECASE)
# ... the note may give its reason after the whole: "may not sum to 100 because of rounding"
_WHOLE_END = re.compile(r"(?:\s?%|\s+per\s?cent\b|\s+percent\b)?\s*(?:[.,;)]|$|(?:because\s+of|due\s+to|owing\s+to)\s+rounding\b)",
                        re.IGNORECASE)
# ... but a chart's series told as a row of month labels and counts: "Jan 96 | Feb 118 | Mar 251" (no day is over 31,
# and a row's item ends at its bar)
_MONTH_ROW_BEFORE = re.compile(rf"(?:^|\n|\|)[^\S\n]*(?:{word_alternation(_MONTH_WORDS)})\.?[^\S\n]+$", re.IGNORECASE)
_ROW_ITEM_AHEAD = re.compile(r"[^\S\n]*(?:\||\n|$)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# ... or a plain-text table's row, its columns set apart by wide gaps: "November     84     131" under a header line, a
# month's label then counts only (a month's day is no column of its own, and a row of one count needs a row of the same
# kind above or below it: "Total     243     395")
_SPACED_CELL = r"(?:[ ]{2,}|\t)[^\S\n]*\d[\d,]*(?:\.\d+)?%?"
_SPACED_MONTH_ROW = re.compile(rf"[^\S\n]*(?:{word_alternation(_MONTH_WORDS)})\.?(?:{_SPACED_CELL})+[^\S\n]*", re.IGNORECASE)
_SPACED_ROW = re.compile(rf"[^\S\n]*[A-Za-z][\w’' -]{{0,30}}?(?:{_SPACED_CELL})+[^\S\n]*")
# ... but a count after an age, a new clause its subject: "the youngest aged 2, and six were women" (an age list's last
# item has no verb: "aged 34, 41 and 52")
_AGE_LIST_THEN_COUNT_BEFORE = re.compile(r"\baged\s+[\w-]+,\s+and\s+$")
# ... or the list's next part, people by their noun: "four minors, the youngest aged 12, and two women" (not "years")
_AGE_THEN_PEOPLE_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:women|men|children|minors|boys|girls|adults|people|teenagers|babies|"
                                    r"infants|migrants|passengers|families)\b")
# a reference of capitals and a number: "HCWS 187", "UIN 21457" (case matters: not "the UK 200")
# ... or a time zone's offset: "all times Erbil (GMT+3)", "UTC-5"
# (not a headline's capitals, a word: "SEATS FOR £2,500 TO 48,000 FOLLOWERS")
_CODE_BEFORE = re.compile(r"(?<![\w’'])(?!(?:TO|OF|FOR|AND|OR|IN|ON|AT|BY|FROM|WITH|OVER|UNDER|NEARLY|ALMOST|ABOUT|THAN|ONLY|JUST|"
                          r"SOME|ALL|THE|AS|NOW|ITS|HIS|HER)\s)[A-Z]{2,6}\s$|(?<![\w’'])(?:GMT|UTC)[+−-]$")


def _code_before(before: str) -> bool:
    """``_CODE_BEFORE.search(before)``, the window's last character but spaces tested first: a capital, or a sign after "GMT"."""
    last = before.rstrip()[-1:]
    return bool(last and ("A" <= last <= "Z" or last in "+−-") and _CODE_BEFORE.search(before))


# a vote's tally ("voted 31 to 4", "by 298 votes to 231") or a match's score ("beat Zakho 2-1")
_TALLY_WORDS = ("vot", "majority", "margin")  # (every match holds one: _holds, a quick test before _TALLY_BEFORE)
_TALLY_BEFORE = re.compile(r"\b(?=v)vot(?:ed|es?|ing)\s+(?:by\s+)?(?:\d[\d,]*\s+(?:to|-|–)\s+)?$|\b(?=v)votes?\s+(?:to|against)\s+$"
                           # ... or told as a vote's or a jury's split: "a vote of six to three", "by a majority of 10 to 2"
                           r"|\b(?=[mv])(?:vote|majority|margin)\s+of\s+(?:\d{1,3}|[a-z]+)\s*(?:to|-|–)\s*$",
                           re.IGNORECASE)
# ... or a score kept in a list after "score …:" ("Final score, for those keeping one: Prime Minister 2, bereaved families 0")
_SCORE_LIST_BEFORE = re.compile(r"\b(?=[Ss])score\b[^.!?\n]{0,60}:[^.!?\n:]{0,160}[A-Za-z]\s$")
_SCORE_ITEM_AHEAD = re.compile(r"\s*(?:[,.;]|$)|\s+and\b")
# ... its first number, a second after it ("a majority of 10 to 2"; but "a majority of 300 migrants" counts them)
_TALLY_OF_BEFORE = re.compile(r"\b(?=[mv])(?:vote|majority|margin)\s+of\s+$", re.IGNORECASE)
# ... or a vote's majority told alone, closing the sentence that tells the vote: "MPs voted 331 to 219, a majority of 112."
_MAJORITY_OF_BEFORE = EndsOnWords(re.compile(r"\b(?=[m])(?:majority|margin)\s+of\s+$", re.IGNORECASE), ("of",))
_MAJORITY_END_AHEAD = re.compile(r"\s*(?:[.;)]|,\s+(?:and|with|the|which)\b|$)")
_VOTED_NEAR = re.compile(r"\b(?=[v])(?:voted|votes|vote)\b[^.!?\n]{0,160}$", re.IGNORECASE)
_TALLY_TO_AHEAD = re.compile(r"\s*(?:to|-|–)\s*(?:\d{1,3}|[a-z]+)\b(?![-\w]|\s+(?:[a-z]+\s+)?(?:people|persons|men|women|migrants|[a-z]+s)\b)", re.IGNORECASE)
# the second number of a score, code or range with nothing counted after it ("beat Zakho 2-1"); "20-30 migrants" is kept,
# and so is a number after a dash spaced on both sides, which opens a clause ("March 2025 – Twelve cameras were handed over")
_HYPHEN_BEFORE = re.compile(r"\d(?:[-–]\s?|\s[-–])$")
# an age: "the men, both 19,", "her brother, now 17,", "was trafficked to the UK at 16,"
_AGE_OF_MANY = re.compile(r",\s(?:both|all|each|aged|now|then)\s$", re.IGNORECASE)
# ... or hedged after a person's noun, as police or coastguards tell an unnamed victim's: "The body of a man, believed to be
# 34, was recovered", "including a boy believed to be 15," (not "The toll, thought to be 34, ...": a count)
_AGE_HEDGED_BEFORE = re.compile(r"\b(?:m[ae]n|wom[ae]n|boys?|girls?|person|victims?|migrants?|passengers?|drivers?|suspects?|teenagers?|"
                                r"child|father|mother|husband|wife)\b(?:[^.;!?\n]{0,40}?,)?\s+(?:believed|thought|understood|said|"
                                r"reported|estimated)\s+to\s+be\s+(?:about\s+|around\s+|aged\s+)?$", re.IGNORECASE)
# ... or after a name, whatever follows: "Aram Salih, now 24 and living in Leeds" (not "the toll, now 24 and rising")
_NAME_AGED = re.compile(r"[A-Z][\w’'-]+,\s(?:aged|now|then)\s$")
_AT_AGE = re.compile(r"\b(?=[abcflmorst])(?:trafficked|recruited|married|arrived|came|left|fled|sold|taken|brought|orphaned|began|started|"
                     r"forced|smuggled)\b[^.;,\n]{0,40}\bat\s+$"
                     # ... or said outright: "drowned in 2024 at the age of 20."
                     r"|\b(?=a)at\s+the\s+age\s+of\s+$", re.IGNORECASE)
# ... or what for, after it: "left school at 15 to work", "came at 16 to join his uncle" (not "at 15 to 20 a day")
_TO_DO_AHEAD = re.compile(r"\s+to\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the)\b)[a-z]{2,20}\b")
# an age said of a person: "She was 16 at the time.", "a boy who was 15 when he crossed"
# ... or of a relative or friend: "My brother is 19 and he wants to go", "her cousin was 17."
_WAS_AGE = re.compile(r"\b(?=[himostw])(?:he|she|I|who|(?:my|his|her|our|their)\s+(?:(?:little|baby|younger|older|elder|eldest|youngest)\s+)?"
                      r"(?:brother|sister|son|daughter|cousin|nephew|niece|friend|husband|wife|grandson|granddaughter|child))"
                      r"\s+(?:was|is|am|turned)\s+(?:(?:only|just|barely)\s+)?$", re.IGNORECASE)
# ... and the middle ones of such a list, when more ages follow: "aged 23, 30, 47 and 61" (not "a man aged 25, three women
# and ...": the count after an age)
_AGED_LIST_BEFORE = re.compile(r"\baged\s\d{1,3}(?:,\s\d{1,3}){0,3},\s$")
_AGES_GO_ON_AHEAD = re.compile(r",\s\d{1,3}\b|,?\s(?:and|or)\s\d{1,3}\b")
# ... or of young people together, alone or as a pair of ages: "these boys are 18 or 19 and ...", "the girls were 15."
_WERE_AGE = re.compile(r"\b(?=[bcgklsty])(?:boys|girls|children|kids|teenagers|youths|lads|sons|daughters)"
                       # ... the speaker's own between: "the teenagers I work with were only 15 or 16"
                       r"(?:\s+(?:I|we|you)\s+[a-z]{2,12}(?:\s+with)?)?\s+(?:were|are)\s+"
                       r"(?:(?:only|just|barely|all|mostly|mainly)\s+)?(?:\d{1,2}\s(?:or|to|and)\s)?$", re.IGNORECASE)
_AGE_PAIR_AHEAD = re.compile(r"\s+(?:or|to)\s+\d{1,2}(?![\d,.]\d)")
# ... or in a clause of time, whatever follows: "forced to work there when he was 16 has won his appeal", "since they were 12"
_WHEN_WAS_AGE = re.compile(r"\b(?=[abstuw])(?:when|since|until|till|before|after|as)\s+(?:he|she|I|they|we|you)\s+"
                           r"(?:was|were|is|are|am|turned)\s+(?:(?:only|just|barely|about|around|aged)\s+)?$", re.IGNORECASE)
# ... or an age reached: "detained since turning 18,", "children who turn 16 are moved", "had turned 17 the week he drowned"
# (not what was turned away: "turned 20 back", "turned 40 migrants away" name no age)
_TURNED_AGE_BEFORE = re.compile(r"\b(?=[Tt])turn(?:s|ed|ing)?\s+(?:only\s+|just\s+)?$")
_TURNED_AGE_AHEAD = re.compile(r"\s+(?:in|on|last|this|that|next|the\s+(?:day|week|month|year)|are|were|is|was|can|must|will)\b")
# ... or claimed by the people themselves, as an officer or a court reports it: "Two said they were 16", "he told police he
# was 17", "claimed to be 15" (an age given, whatever its truth, no count)
_SAID_WAS_AGE = re.compile(r"\b(?=[cst])(?:(?:said|says|say|claimed|claims|claim|told\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:that\s+)?"
                           r"(?:they|he|she|I)\s+(?:were|was|are|is|am)|claim(?:ed|s|ing)?\s+to\s+be)\s+"
                           r"(?:(?:only|just|aged|under)\s+)?$", re.IGNORECASE)
# kinds told as what things joined by "and" are: "Smuggling and trafficking are two different crimes", "used to be two
# separate problems" (a classification, nothing counted; "There were three separate incidents", "The arrests were three
# separate operations" count them)
_KINDS_AHEAD = re.compile(r"\s+(?:different|separate|distinct)\s+(?:[a-z-]+\s+)?[a-z]+s\b")
_KINDS_COPULA_BEFORE = re.compile(r"\band\s+(?:[\w’'-]+\s+){1,3}?(?:(?:used\s+to|have\s+always|had\s+always|will\s+always|"
                                  r"can|could|may|might|must|should|would)\s+)?(?=[abirw])(?:are|were|is|was|be|been|remain|"
                                  r"remained)\s+(?:(?:not|now|still|really|just|simply|clearly|no\s+longer)\s+)?$")
# the firms one person works for, told to say who they are: "Gentian, who sells tickets for two ferry companies", "she
# drives for three hauliers" (one life's employers, as a family's size is no figure; "the agency works for 40 firms" counts)
_OWN_WORK_FOR_BEFORE = re.compile(r"\b(?=[hIsw])(?:who|he|she|I)\s+(?:(?:now|also|still|once|used\s+to)\s+)?(?=[bcdistw])"
                                  r"(?:works?|worked|sells?|sold|drives?|drove|writes?|wrote|translates?|translated|"
                                  r"interprets?|interpreted|cleans?|cleaned|cooks?|cooked|delivers?|delivered|books?|booked)\b"
                                  r"[^.;:,!?\n]{0,30}?\bfor\s+$")
_EMPLOYERS_AHEAD = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|employers|agencies|operators|businesses|hauliers|"
                              r"newspapers|papers|restaurants|shops|clients)\b")
# ... or the employers on one person's own list, in a job seeker's story: "she left with a list of six firms to ring", "I
# have a shortlist of three employers" (one life's job hunt; "the ministry published a list of 40 employers" counts them)
_OWN_LIST_BEFORE = re.compile(r"\b(?=[hHIsSwW])(?:[Ww]ho|[Hh]e|[Ss]he|I)\s+[^.;:!?\n]{0,30}?\b(?:a|her|his|my)\s+(?:short)?list\s+of\s+$")
# a determiner before a year read as an adjective: "the 2024 arrests", "their 2019 crossings"
_YEAR_ADJECTIVE_BEFORE = re.compile(r"\b(?=[ti])(?:the|its|their|these|those|this)\s+$", re.IGNORECASE)
# a year naming a school's or a course's year group: "the class of 2019", "her intake of 2022", "the cohort of 2018"
_YEAR_GROUP_BEFORE = re.compile(r"\b(?=[cgi])(?:class|intake|cohort|graduates|graduating\s+class)\s+of\s+$", re.IGNORECASE)
# a year before 1900 is read as one only after a preposition of time: "which opened in 1826", "since 1794"
_EARLY_YEAR_BEFORE = re.compile(r"\b(?=[cfistu])(?:in|since|from|until|till|circa)\s+$", re.IGNORECASE)
# a count only supposed: "we end up with 15 small deals", "could be left with two"
# ... or a counterfactual's: "without their help we would have had four names" (what did not happen, no count)
_SUPPOSED_BEFORE = EndsOnWords(re.compile(r"\b(?=[bewcm])(?:end(?:s|ed|ing)? up with|be left with|(?:would|could|might)(?:n[’']t|\s+not)?\s+(?:have\s+had|be\s+(?:dealing\s+with|facing|counting)))"
                              r"\s+(?:(?:about|some|around|only|just)\s+)?$",
                              re.IGNORECASE), ("with", "had", "facing", "counting", "about", "some", "around", "only", "just"))
# (or asked: "That he was 23?")
_AGE_END = re.compile(r"\s*(?:[,.;)?!]|\s+(?:and|when|after|before|then|at the time|years? old)\b)")
# an age told after a person's noun: "a boy of 19", "boys of 16 or 17", "a woman of 70" (not "a group of 19")
_PERSON_OF_AGE_BEFORE = re.compile(r"\b(?=[bcdgklmpstwy])(?:boys?|girls?|child(?:ren)?|kids?|teenagers?|youths?|lads?|m[ae]n|wom[ae]n|sons?|"
                                   r"daughters?|pupils?|students?)\s+of\s+(?:(?:about|around|roughly|maybe|perhaps|only|just|barely)\s+)?"
                                   r"(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:or|to|and)\s+)?$",
                                   re.IGNORECASE)
# ... but "children of 12 nationalities" counts nationalities
_OF_KINDS_AHEAD = re.compile(r"\s+(?:different\s+)?(?:nationalities|countries|nations|families|villages|towns|cities|provinces|"
                             r"languages|faiths|tribes|clans)\b", re.IGNORECASE)
# digits a number is told by, no count: "the number ending 4471", "a card ending in 0093", "whose last four digits are 1207"
# ... or a number's first digits, its country code too: "a Belgian mobile number beginning +32 470", "starting 0750"
_DIGITS_BEFORE = re.compile(r"\b(?=[acdlmnpr])(?:numbers?|phones?|mobiles?|accounts?|cards?|plates?|registrations?|lines?|digits)\b"
                            r"[^.;\n]{0,20}?\b(?:end(?:ing|s|ed)?|begin(?:ning|s)?|start(?:ing|s|ed)?)(?:\s+(?:in|with))?\s+"
                            r"(?:\+?\d{1,4}\s)?\+?$"
                            r"|\b(?=[fl])(?:last|final)\s+(?:[a-z]+\s+)?digits\s+(?:(?:are|were|is|was|of)\s+)?$"
                            # ... or a hotline's number given after a colon: "Hotline for victims of trafficking: 1178"
                            r"|\bhotlines?\b[^.;:\n]{0,30}:\s*$", re.IGNORECASE)  # within the 40 characters read before a number
# ... or a line's number set in apposition after the line and what it is for: "the helpline for victims, 1717, took ..."
# (only a line named with "for"/"on"/"against" and no verb between: "the hotline took calls from families, 40, in May" counts)
# ... its verb right after the number, the line its subject ("Through the helpline for victims, 40, most of them women,
# were referred" counts the women)
_LINE_VERB_AHEAD = re.compile(r",\s+(?:(?:has|had|have|was|is|will|can)\s+)?(?:[a-z]+ed|took|takes|gets|got|is|was|runs|ran|"
                              r"operates|answers|receives|opens|remains)\b")
_LINE_APPOSED_BEFORE = re.compile(r"\b(?=[hH])(?:hot|help)lines?(?:\s+(?:for|on|against|to)\s+[^.;:,\n]{0,60})?,\s$")
# ... or a line's short number in groups too short for _PHONE, told after "is": "the general line for information is 612 3000"
_LINE_IS_BEFORE = re.compile(r"\b(?=[hlnp])(?:(?:hot|help)?line|number|phone)\b[^.;:\n]{0,30}?\s(?:is|was)\s+$", re.IGNORECASE)
_DIGIT_GROUP_AHEAD = re.compile(r"\s\d{3,4}(?![\d,.]?\d|\s*(?:[a-z]|%))")
# a rule's threshold, told in the present of whatever meets it: "petitions that reach 10,000 signatures receive a reply,
# and those that pass 100,000 are considered for debate" (no count of anything that happened; "the petition reached
# 10,000 signatures" is one)
# the count a policy must reach to repay its cost: "would pay for itself if it stopped about 90 crossings a year" (a
# break-even the analysis supposes, no count nor forecast)
_BREAK_EVEN_BEFORE = re.compile(r"\b(?=[bcp])(?:break[\s-]?even|cover(?:s|ed)?\s+(?:its|their|the)\s+(?:own\s+)?costs?|"
                                r"pa(?:y|ys|id)\s+for\s+(?:itself|themselves))\b[^.;!?\n]{0,60}?\bif\s+"
                                r"(?:(?:it|they|the\s+[a-z]+)\s+)?(?:[a-z]+\s+){1,2}(?:(?:about|around|some|roughly|at\s+least|just|only)\s+)?$",
                                re.IGNORECASE)
_THRESHOLD_BEFORE = EndsOnWords(re.compile(r"\b(?=[tw])(?:that|which)\s+(?:reach|pass|hit|exceed|top|get|gather|attract|draw)\s+"
                               r"(?:more\s+than\s+|over\s+|at\s+least\s+)?$", re.IGNORECASE), ("reach", "pass", "hit", "exceed", "top", "get", "gather", "attract", "draw", "than", "over", "least"))
# a survey's sample: "The survey interviewed 2,340 households", "a sample of 800": the method, not what is counted
# (who carried it out may be told between commas first: "The survey, run by the university in May, questioned 900 students")
# ... or a report's sources: "draws on 38 interviews", "is based on some 40 testimonies"
# ... or those who answered it: "The questionnaire was completed by 640 staff" (its sample, as "surveyed 640 staff" is)
# ("Interviews by this newspaper with 27 migrants"; "a survey in August of 150 returnees", dated before its sample; a study's
# too: "presented a study of 90 households", who it looked at, as a survey's are)
# ... the interviewer told with who commissioned the work: "interviews carried out for the charity by a researcher at
# Leeds with 40 migrants" (a name and an affiliation run longer than a newspaper's name)
# ... or a reporter's checking of a claim with people: "We checked its prices with two former passengers" (its sources)
# (a two-word qualifier too: "interviews with more than 40 residents", the qualifier left before the number)
# ... or who it was carried out among: "a poll the union ran among 900 members" (its sample, as "polled 900 members" is)
_SAMPLE_BEFORE = re.compile(r"\b(?=[bcdfipqrstv])(?:(?:interviews|conversations|focus groups|testimon(?:y|ies)) "
                            r"(?:(?:carried out|conducted|done) (?:for [^.;\n]{1,25}? )?by [^.;\n]{1,70}? |by [^.;\n]{1,30}? |"
                            # (or its interviewer told first: "In interviews UNHCR conducted with 230 returnees")
                            r"(?:the )?(?:[\w’'-]+ ){1,3}?(?:conducted|carried out|held|did) )?(?:with|from)|"
                            r"(?:checked|verified|corroborated|cross-checked)\b[^.;\n]{0,40}?\bwith|"
                            r"(?:survey|poll|study|questionnaire)\b(?:[^.;\n]{0,40}?|,[^.;\n,]{1,100},\s)\b(?:interviewed|surveyed|questioned|asked|"
                            r"polled|reached|covered|among|(?:completed|answered|filled\s+in|returned)\s+by)|(?:surveys?|polls?|stud(?:y|ies))(?:\s+(?:in|during|last|this)\s+[A-Za-z]+(?:\s+\d{4})?)?\s+of|sample(?: size)? of|respondents:?)\s+(?:(?:more|fewer|less)\s+than\s+|\w+\s+)?$", re.IGNORECASE)
# ... but what something draws or relies on is a study's sources only if no people are counted or a study is told near
# ("the report draws on 38 interviews"; "the station relies on 28 volunteer crew" counts its crew)
# ... and a second source after the first: "based on 31 written submissions and four oral evidence sessions"
_SOURCES_BEFORE = re.compile(r"\b(?=[bdr])(?:draws?|drawing|drew|based|rel(?:y|ies|ying|ied))\s+(?:up)?on\s+(?:\w+\s+)?"
                             r"(?:\d[\d,]*(?:\s+[\w-]+){1,3}\s+and\s+)?$", re.IGNORECASE)
# ... or by the noun the count is of, or its parts ("The 212 interviews include 16 with police"), or a second source "and on an
# analysis of 1,400 advertisements"
_SAMPLE_NOUN_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:interviews|testimonies|focus groups)\b(?!\s+(?:with|of)\s+(?:suspects|police))")
# ... told as a study's, by a study's word shortly before ("asylum interviews were cancelled" count a backlog, a figure)
# ... or told as a method's by what follows: "In 412 interviews conducted by debriefing officers, migrants said ..." (not an
# asylum system's backlog: "412 asylum interviews conducted by the Home Office")
_SAMPLE_CONDUCTED_AHEAD = re.compile(r"\s+(?:(?!asylum\b|screening\b|substantive\b)[a-z-]+\s+)?(?:interviews|focus groups)\s+"
                                     r"(?:conducted|carried\s+out|held)\s+(?:by|with|among|in)\b")
_STUDY_NEAR = re.compile(r"\b(?:stud(?:y|ies)|survey(?:s|ed)?|research(?:ers)?|report|findings|based on|draws on)\b", re.IGNORECASE)
# ... or a committee's evidence-gathering, its method as a study's sample is (README convention): "took 41 pieces of
# written evidence and held three oral evidence sessions", "37 written submissions"
_EVIDENCE_TAKEN_AHEAD = re.compile(r"\s+(?:pieces\s+of\s+(?:written\s+|oral\s+)?evidence|(?:written|oral)\s+(?:evidence\s+)?submissions|"
                                   r"(?:(?:written|oral|public)\s+)?evidence\s+sessions|(?:written|oral)\s+evidence)\b", re.IGNORECASE)
# the places people were found or kept in, counted: "were found in two rented houses", "kept in three flats" (where they
# were, no count of the dataset; "raided 14 houses" counts what was done)
_KEPT_IN_BEFORE = re.compile(r"\b(?=[cdfhkls])(?:found|held|kept|hidden|housed|locked|crammed|discovered|sheltering|sheltered)\b"
                             r"[^.;!?\n]{0,60}\bin\s+$", re.IGNORECASE)
_DWELLINGS_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:houses|flats|apartments|homes|buildings|rooms)\b")
# the places a review or an inspection covered: "a review of the care given ... in seven local authorities" (its scope, as a
# study's sample is; "42 local authorities signed up" counts what was done)
_AREAS_AHEAD = re.compile(r"\s+(?:local\s+authorities|councils|police\s+forces|force\s+areas|health\s+boards)\b", re.IGNORECASE)
_REVIEW_IN_BEFORE = re.compile(r"\b(?=[aeirs])(?:review|inspection|audit|study|evaluation|survey)\s+of\b[^.;!?\n]{0,150}\bin\s+$",
                               re.IGNORECASE)
_SAMPLE_PART_BEFORE = EndsOnWords(re.compile(r"\b(?=[ia])(?:interviews\s+include|(?:and\s+on\s+)?an?\s+analysis\s+of)\s+$", re.IGNORECASE), ("include", "of"))
# a rank's bound ("among the top five nationalities") and a post's views ("the thread had been viewed more than 380,000
# times"): no count
_TOP_BEFORE = EndsOnWords(re.compile(r"\b(?=[Tt])top\s+$"), ("top",))
# ... or one ranked among the most of a kind: "one of the five most significant smugglers", "among the ten largest" (a
# rank's bound, no count)
_RANK_AHEAD = re.compile(r"\s+(?:most|least|biggest|largest|busiest|worst|richest|most-wanted)\b")
_RANKED_AMONG_BEFORE = re.compile(r"\b(?=[ao])(?:one\s+of|among)\s+the\s+$", re.IGNORECASE)
_VIEWED_BEFORE = re.compile(r"\b(?=[vwsl])(?:viewed|watched|seen|shared|liked)\s+(?:(?:more than|over|about|nearly|almost|some)\s+)?$")
_TIMES_AHEAD = re.compile(r"\s+times\b")
# ... and a small number of times closing a clause or before a period or a purpose: how often someone did a thing ("asked
# the council for cameras 3 times since 2019", "has tried 6 times to cross"), no count (a multiple, "3 times its capacity",
# "3 times as many", goes on to what it multiplies; nor a change by a multiple: "rose roughly 2.3 times.", "grew 3 times")
_GREW_BY_BEFORE = re.compile(r"\b(?=[bfgijmrhlu])(?:rose|risen|rises|rise|increased|grew|grown|grows|jumped|multiplied|fell|fallen|"
                             r"higher|larger|bigger|lower|up|by)\s+(?:(?:about|roughly|some|nearly|almost|around|over|more\s+than)\s+)?$")
_REPEATED_AHEAD = re.compile(r"\s+times\b(?=\s*(?:[,.;:!?\"”’)]|$)|\s+(?:since|before|already|so\s+far|this|last|in\s+(?:the\s+)?(?:past|last)|"
                             r"over|and|but|to|for|without|with|now)\b)")
# ... but a post's spread told over a period of its own is its reach, a figure as a campaign's views are: "The post, shared
# more than 48,000 times on X since last Saturday" (a thread's bare running tally stays page furniture)
_REACH_PERIOD_AHEAD = re.compile(r"\s+times\s+(?:on\s+(?-i:[A-Z])[\w.]*\s+)?(?:since|within|in\s+(?:the\s+)?(?:first|past|last|\w+\s+days?))\b",
                                 re.IGNORECASE)
# views told in prose, as a campaign's or a smuggler's reach, are a figure: "racked up more than 1.3 million views", "drew 40,000
# views" (a post's bare "1,204 views" under it is page furniture)
_VIEWS_AHEAD = re.compile(r"\s+views\b")
# ... but a haul's goods weighed or measured, listed with what was seized: "officers found 46 engines and around 1,200 litres
# of fuel" (a measure of goods seized is a count of the dataset; "pallets weighing 1.1 tonnes each", "300 metres" are none)
_HAUL_MEASURE_AHEAD = re.compile(r"\s?(?:litres|liters|kg|kilos|kilograms|tonnes|tons)\s+of\s+(?!the\b|them\b)[a-z]", re.IGNORECASE)
_HAUL_NEAR = re.compile(r"\b(?=[cfirsI])(?:seized|seizure|found|recovered|confiscated|intercepted|Inside\s+were)\b[^.!?\n]{0,140}$")
# ... or seats offered on a route in a period, a transport capacity as a crossing's lorries a day are ("up to 2,000 seats a
# week on direct flights"; a parliament's or a panel's "12 seats" name no period, and stay no figure)
_SEATS_OFFERED_AHEAD = re.compile(r"\s+(?:[\w-]+\s+)?seats\s+(?:a|per|every|each)\s+(?:day|week|month|year)\b", re.IGNORECASE)
# ... or an "in numbers" piece's heading, the paragraph under it saying what it counts: "2.3 million" alone on its line,
# then "Views of the Home Office's video campaign ..." (a campaign's reach, told in prose)
_HEADED_VIEWS_AHEAD = re.compile(r"[ \t]*\n[ \t]*\n[ \t]*(?-i:Views)\s+of\b")
# ... or views that are a sentence's subject, read as evidence: "Five million views show the message lands" (a page's
# furniture is never followed by a verb saying what the count means)
_VIEWS_TELL_AHEAD = re.compile(r"\s+views\s+(?:tell|told|show|showed|shown|suggest|suggested|prove|proved|mean|meant|say)s?\b")
# (a milestone passed is a reach too: "the campaign passes 18 million views", "has topped 2 million views")
# (and views a campaign owns, after its possessive: "was judged on its 2.1 million views", a page's furniture never has one)
_REACH_BEFORE = re.compile(r"\b(?=[acdeghimnoprstw])(?:(?:racked|clocked|notched|ran)\s+up|drew|drawn|attracted|garnered|amassed|gained|"
                           r"got|had|has|received|reached|more\s+than|over|nearly|almost|some|its|their|"
                           r"pass(?:es|ed|ing)?|tops|topped|surpass(?:es|ed)?|cross(?:es|ed)|exceed(?:s|ed)?)\s+$", re.IGNORECASE)
# an age guessed or compared, not a count: "couldn't have been older than 20.", "looked younger than 16"
# ... or an age by which something is so, opening a sentence or a quote: '"By 17 they have already decided.'
_AGE_BY_BEFORE = re.compile(r"(?:^|[.!?]\s+|[\"“‘]\s*)By\s+(?:the\s+age\s+of\s+)?$")
_AGE_BY_AHEAD = re.compile(r",?\s+(?:they|we|you|he|she|(?:most|many|all)(?:\s+of\s+them)?|kids|children|boys|girls|teenagers|young\s+people)\s+"
                           r"(?:have|has|had|are|were|is|was|already|will|would|must|should|can|could|know|knew)\b")
# tally marks kept on a wall to count days, told as a survivor counted them ("I marked the days on the wall. There were 143
# lines"): a manner of telling time, no count of anything the dataset keeps
_MARKS_AHEAD = re.compile(r"\s+(?:tally\s+)?(?:lines|marks|notches|scratches|strokes)\b")
_MARKED_ON_NEAR = re.compile(r"\b(?=[cmstk])(?:count(?:ed|ing)?|mark(?:ed|ing)?|scratch(?:ed|ing)?|carv(?:ed|ing)|tall(?:ied|ying)|kept)\b"
                             r"[^.!?\n]{0,60}?\b(?:on|into)\s+(?:the|a|my|his|her|our|their)\s+(?:[a-z]+\s+)?"
                             r"(?:walls?|doors?|bed|bunk|ceiling|floor|arm|frame)\b", re.IGNORECASE)
# ... or days a speaker counts by some daily thing, the count told just after: "I count the days by the breakfasts. There
# are 560 of them now." (time waited, no count the dataset keeps)
_DAYS_COUNTED_NEAR = re.compile(r"\b(?=[cC])count(?:s|ed|ing)?\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?"
                                r"(?:days|nights|weeks|months|mornings)\b[^!?\n]{0,80}$", re.IGNORECASE)
_DAYS_SO_FAR_AHEAD = re.compile(r"\s+of\s+them\b|\s+(?:so\s+far|now|already)\b|\s*[.!]")
_WAIT_ANOTHER_BEFORE = EndsOnWords(re.compile(r"\b(?=w)wait(?:s|ed|ing)?\s+(?:(?:for|me|us|them|him|her)\s+)?another\s+$", re.IGNORECASE), ("another",))
# (or told as what the family is: '"My family is eight people"', "our household was nine")
_HOUSEHOLD_HAS_BEFORE = re.compile(r"\b(?=[fh])(?:family|household)\s+(?:has|had|have|numbers|numbered|is|was)\s+(?:only\s+|just\s+)?$",
                                   re.IGNORECASE)
# (or named as the study itself: "her study of 410 asylum files", "a review of 120 case files")
_EXAMINED_BEFORE = re.compile(r"\b(?=[aeirs])(?:examined|reviewed|sampled|audited|inspected|analy[sz]ed|read|"
                              r"(?:study|review|audit|analysis|examination)\s+of)\s+"
                              r"(?:(?:a\s+sample\s+of|some|about|around|more\s+than|over)\s+)?$", re.IGNORECASE)
_SAMPLE_FILES_AHEAD = re.compile(r"\s+(?:case\s+|casework\s+|asylum\s+|applicants[’']\s+)?(?:files|case\s+records)\b", re.IGNORECASE)
# ... or what the writers gathered for their own piece, told in their own voice: "Over the summer we archived 45 of the
# group's recruitment posts" (the piece's material, its method as a sample is; "Investigators collected 45 of the
# group's posts" counts what was done)
# (opening its sentence too, "We kept 31 screenshots of his messages", and kept or copied as saved is)
_WE_GATHERED_BEFORE = EndsOnWords(re.compile(r"\b(?=[wW])[wW]e\s+(?:have\s+|had\s+)?(?:saved|collected|gathered|archived|downloaded|captured|"
                                 r"recorded|analy[sz]ed|reviewed|examined|studied|read|obtained|logged|catalogued|kept|copied|"
                                 r"stored|photographed)\s+"
                                 r"(?:(?:some|about|around|more\s+than|over|nearly|almost)\s+)?$"),
                                 ("saved", "collected", "gathered", "archived", "downloaded", "captured", "recorded", "analysed",
                                  "analyzed", "reviewed", "examined", "studied", "read", "obtained", "logged", "catalogued", "kept",
                                  "copied", "stored", "photographed", "some", "about", "around", "than", "over", "nearly", "almost"))
_GATHERED_ITEMS_AHEAD = re.compile(r"\s+(?:of\s+(?:his|her|their|its|the|these|those)\s+)?(?:[\w’'-]+\s+){0,2}"
                                   r"(?:lists|messages|posts|adverts|advertisements|ads|screenshots|documents|videos|chats|"
                                   r"listings|menus|recordings|voice\s+notes)\b", re.IGNORECASE)
# a text's own items it sets out next: "Here are five of them.", "Below are three of the letters" (the piece's make-up,
# no count of what happened)
_HERE_ARE_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n[^\S\n]*)(?:Here|Below)\s+(?:are|is)\s+(?:(?:just|only)\s+)?$")
_OWN_ITEMS_AHEAD = re.compile(r"\s*(?:[.:]|\s+of\s+(?:them|these|those|the\s+[a-z]+)\b)")
_OLDER_THAN_BEFORE = re.compile(r"\b(?=[oy])(?:older|younger)\s+than\s+$")
# a plan's numbered years, a range in lower case: "funding for years two and three", "years 2 to 4 of the scheme" (a
# stage's number, no count; the capitalised "Year 2" is a _CASED_LABELS label)
_SMALL_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_PLAN_YEARS_BEFORE = re.compile(rf"\b(?=y)years\s+({_SMALL_NUMBER}\s+(?:and|to|or)\s+)?$")
_PLAN_YEARS_RANGE_AHEAD = re.compile(rf"\s+(?:and|to|or)\s+{_SMALL_NUMBER}\b")
_PEOPLE_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:people|men|women|children|officers|migrants)\b")
# a speaker's hope told by a single life: '"If it saves one child, it is worth it"' (a supposed case, no count)
_IF_IT_SAVES_BEFORE = re.compile(r"\b(?=[iI])if\s+(?:it|this|that|they|we|the\s+[a-z]+)\s+(?:saves?|protects?|helps?|stops?|rescues?)\s+"
                                 r"(?:just\s+|only\s+|even\s+)?$", re.IGNORECASE)
# ... or any count in a condition opening its sentence, whose main clause tells what would or will follow: '"If the Home
# Office returned 500 people a month, it would still take years"', "If the boats carried 20 instead of 70, we wouldn't be
# there" (a supposed case, no count; a count in the main clause, "if the pilot succeeds, 500 more officers will be trained",
# is a plan's and stays, as does a count the article told before)
_IF_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?:][’”\"']?\s+|[\"“‘«]\s*)(?:And\s+|But\s+|Even\s+)?[Ii]f\s+[^,.;:!?\n\"“”]{0,90}$")
_THEN_MODAL_AHEAD = re.compile(r"[^.;:!?\n\"“”]{0,90}?,\s+(?:[^.;:!?\n,]{0,50}?\s)?(?:would|will|could|might|should|wouldn[’']t|won[’']t|"
                               r"couldn[’']t|[a-z]+[’']d|[a-z]+[’']ll)\b")
# ... a post's own (a campaign's video "viewed nearly 4 million times" tells the campaign's reach, a figure)
_POST_BEFORE = re.compile(r"\b(?:thread|post|tweet)s?\b[^.!?\n]{0,60}$", re.IGNORECASE)
# ... or the people an inspection or a review spoke to, a list after its verb: "Inspectors spoke to nine children, four
# members of staff and two social workers" (the inspectors' method, no count of what happened)
_INSPECTORS_SPOKE_TO_BEFORE = re.compile(r"\b(?=[aeirAEIR])(?:inspectors?|reviewers?|auditors?|assessors?|evaluators?)\b"
                                         r"[^.;!?\n]{0,100}?\b(?:spoke|talked)\s+(?:to|with)\s+"
                                         r"(?:[^.;!?\n]{0,150}?(?:,|\sand)\s+)?$", re.IGNORECASE)
# ... or told by its verb alone: "our staff interviewed 124 people", "we surveyed about 300 families" (the method; but
# "police interviewed 12 suspects" counts suspects)
_INTERVIEWED_BEFORE = EndsOnWords(re.compile(r"\b(?=[ips])(?:interview(?:ed|ing)|survey(?:ed|ing)|poll(?:ed|ing))\s+(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$",
                                 re.IGNORECASE), ("interviewed", "interviewing", "surveyed", "surveying", "polled", "polling", "some", "about", "around", "nearly", "almost", "over", "than"))
_SUSPECTS_AHEAD = re.compile(r"\s+(?:[a-z]+\s+)?(?:suspects?|witnesses|detainees|defendants|under caution)\b", re.IGNORECASE)
# ... and a second group of the sample: "interviews with 96 returnees ..., and with 23 of their relatives"
# ... or with the preposition left out, right after the first group: "interviews with 61 children and 19 parents"
_SAMPLE_AND_WITH = re.compile(r"\b(?:interviews|conversations|focus groups) (?:with|from)\b(?:[^.;!?]*\band (?:with|from)|"
                              r"\s+(?:\w+\s+)?\d[\d,]*(?:\s+[\w-]+){1,2}\s+and)\s+$", re.IGNORECASE)
# (an international number's area code may be one digit: "+20 2 2792 9250"; a French number is five pairs: "01 44 52 18 60")
# (a mobile's subscriber digits may run to six: "+44 7700 900318")
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}(?:[\s-]\d{1,6}){2,5}(?!\w|,\d)"
                    r"|(?:\+\d{1,3}[\s-]?)?(?:\(0\)\s?)?(?:\d{2,5}(?:[\s-]\d{2,4}){2,4}|0\d{3,4}[\s-]\d{6,7})(?!\w|,\d))")
# what a line's use is counted in: "the helpline took 300 calls", "the hotline had 40 referrals"
_CALLS_COUNTED_AHEAD = re.compile(r"\s+(?:calls|callers|referrals|reports|tip-offs|tips|messages|contacts|enquiries|inquiries)\b",
                                  re.IGNORECASE)
# ... taken or logged by it, whatever the figure model weighs: "the night line logged 52 calls in a week" (its use counted)
_LINE_LOGGED_BEFORE = re.compile(r"\b(?=[afhlrt])(?:took|takes|taken|logged|logs|received|receives|answered|handled|recorded|"
                                 r"fielded)\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?$")
# ... but not the people a line is run by: "the hotline would be staffed by 24 trained operators"
_STAFFED_BY_BEFORE = re.compile(r"\b(?=[amorsw])(?:staffed|manned|run|operated|answered|worked)\s+by\s+(?:(?:about|some|around|up to)\s+)?$",
                                re.IGNORECASE)
# ("phone data from 38 smugglers", "phone records of 12 suspects": what was read from phones, no number to call)
_CALL = re.compile(r"\b(?=[cdhpt])(?:call(?:ing)?|phon(?:e(?!\s+(?:data|records|logs|messages|evidence|analysis|downloads|"
                   # ... or whose numbers were passed on: "the phone numbers of 11 brokers" counts the brokers
                   r"extractions?|contacts|numbers\s+of)\b)|ing)|dial(?:l?ing)?|telephone|tel|hotline|helpline|text(?:ing)?)\b"
                   # ... nor the people who answer a line, the word naming their job: "trained 85 call handlers, including 12
                   # who speak Kurdish", "its helpline staff, 20 of them volunteers" (people counted, no number to call)
                   r"(?!\s+(?:handlers|takers|operators|staff|volunteers|advisers|advisors|workers|counsellors)\b)[^.\n]{0,25}$", re.IGNORECASE)
# a digit first, so the search skips to digits (the look-behind after it is the same "(?<!\d)")
# calls or texts taken or made "on" a number: the number dialled ("answers calls in Arabic on 4411", "text us on 60060")
# ... or someone to contact, ring or reach "on" it: "can contact the police on 114", "ring the station on 4100"
# ... or information given or passed to someone "on" it: "tips can be passed to the coastguard on 999."
# (a short number written in groups too short for a phone number's pattern, each group a part: "the police on 114 14")
_CALLS_ON_BEFORE = re.compile(r"\b(?=[cgprt])(?:calls?|texts?|contact(?:ing)?|ring(?:ing)?|reach(?:ing)?|phon(?:e|ing)|"
                              r"get(?:ting)? in touch with|(?:giv(?:e|en|ing)|pass(?:ed|ing)?)\s+(?:on\s+)?to)\b[^.;\n]{0,40}\bon\s+(?:\d{2,5}\s){0,3}$", re.IGNORECASE)
_DIALLED_AHEAD = re.compile(r"(?:\s\d{2,5}){0,3}(?:\s*(?:[.,;:)]|$)|\s+(?:from|for|or|and|until|between|at|free|any|24|day|round)\b)",
                            re.IGNORECASE)
# the day of a numeric date written with spaces, which the date pattern does not read: "Daily News 20 / 05 / 2026"
_SPACED_DATE_AHEAD = re.compile(r"\s?([/.])\s?\d{1,2}\s?\1\s?(?:19|20)\d\d(?!\d)")
# ... and its month
_SPACED_MONTH_AHEAD = re.compile(r"\s?[/.]\s?(?:19|20)\d\d(?!\d)")
_SPACED_MONTH_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s?[/.]\s?$")
# a number that ends its paragraph: a dateline's year ("Prague | 11. 3. 2026"), whatever noun opens the next
_PARAGRAPH_END_AHEAD = re.compile(r"[^\S\n]*(?:\n[^\S\n]*\n|$)")
# the camps an operation cleared ("cleared three informal migrant camps", "dismantled two camps"), places it spanned as
# "raids in five towns" are
_CAMPS_AHEAD = re.compile(r"\s+(?:(?:informal|makeshift|illegal|unofficial|improvised|migrant|tent|squatter|roadside|forest)\s+){0,3}"
                          r"(?:camps|encampments|squats)\b", re.IGNORECASE)
_CLEARED_BEFORE = re.compile(r"\b(?=[bcdeprs])(?:clear(?:ed|s|ing)?|dismantl(?:ed|es|ing)|raid(?:ed|s|ing)|evacuat(?:ed|es|ing)|razed|"
                             r"demolish(?:ed|es|ing)|bulldoz(?:ed|es|ing)|swept)\s+(?:(?:at\s+least|some|about|around|another)\s+)?$",
                             re.IGNORECASE)
# a statistics release's disclosure threshold: "cells containing fewer than 5", "counts of less than 10" (after words
# that say figures are withheld: "are not published", "suppressed"), no count of anything
_SUPPRESSION_BEFORE = re.compile(r"\b(?=[cfnv])(?:cells?|counts?|values?|numbers?|figures?)\s+(?:that\s+)?(?:contain(?:s|ing)?\s+|of\s+|with\s+|"
                                 r"(?:are|is)\s+)?(?:fewer|less)\s+than\s+$", re.IGNORECASE)
_NOT_PUBLISHED_NEAR = re.compile(r"\b(?:not\s+(?:been\s+)?(?:published|shown|disclosed|released|given)|suppressed|withheld|redacted)\b",
                                 re.IGNORECASE)
# (a digit is first found by its code point, then looked behind for: no decimal digit but 0-9 comes before U+0660, and a
# range is a quicker test for the engine's scan of a text than "\d", a lookup in the Unicode tables at every character)
_ISO_DATE = re.compile(r"[0-9\u0660-\U0010ffff](?<=\d)(?<!\d\d)\d{3}-\d{2}-\d{2}(?!\d)")
_DIGIT_GAP_DIGIT = re.compile(r"[0-9\u0660-\U0010ffff](?<=\d)[\s-]\d")  # in every phone number _PHONE matches
_URL = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+\.\w+")
# "Hiwa Mahmoud, 34,", "the minister, 54,", "the initials M.K., 41,", a name marked as changed "Karwan*, 22,"
_AGE = re.compile(r"[^\W\d][\w’'.-]*[*†]?,\s$")
# ... or closing a sentence after a full name: "The third was Shwan Omar, 22." (not "in Duhok, 22.")
# ... or signing a reader's comment, ending its line: '"Sort the basics first." — PeteFromTheDocks, 46'
_SIGNED_AGE = re.compile(r"[—–]\s?[^\W\d][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2},\s$")
# ... or signing a letter on a paragraph's only line, the writer's town on the next: "Margaret Holloway, 78\nCottingham"
_LETTER_SIGNED_AGE = re.compile(r"\n[^\S\n]*\n[^\S\n]*[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,2},\s$")
_TOWN_LINE_AHEAD = re.compile(r"[^\S\n]*\n[^\S\n]*[A-Z][^\n\d]{0,60}(?:\n|$)")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|$)")
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][\w’'-]+\s[A-Z][\w’'-]+,\s$"
                             # (or a speaker given only a first name, after a verb of saying: '"…," said Bryar, 19.'; not
                             # "in Duhok, 22.", a place)
                             r"|\b(?=[satecw])(?:said|says|told\s+[a-zA-Z]+|added|adds|explained|explains|whispered|"
                             r"recalled|recalls|continued|wrote)\s+[A-Z][a-z][\w’'-]*,\s$")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
# ... or a name's age closing a list set off by dashes: "The dead – Jan Novak, 40, and Ali Karim, 17 – were named" (a full
# name, not a time: "In March, 17 – a record –")
_DASH_CLOSE_AHEAD = re.compile(r"\s?[–—]\s")
_FULL_NAME_BEFORE = re.compile(rf"\b[A-Z][a-z][\w’'-]*\s(?!(?:{_MONTH})\b)[A-Z][a-z][\w’'-]*,\s$")
# a family's size: "a father of two", "mother-of-three" ("of-" is caught as a hyphenated label)
_FAMILY_AHEAD = re.compile(r"\s+(?:[A-Z][\w-]*\s+|young\s+|little\s+)?(?:children|kids|daughters|sons|grandchildren|brothers|sisters)\b")
_PARENT_BEFORE = re.compile(r"\b(?:father|mother|parents?|dad|mum|wife|husband|family)\b[^.;]{0,30}$", re.IGNORECASE)
# ... or a household's size: "a family of four lives on £49 a week", "a Kurdish family of five" (one household, no count)
# (not "the families of two men killed": the men are counted)
_FAMILY_BEFORE = re.compile(r"(?:\b(?=[fgmp])(?:grand)?(?:father|mother|parent)s?|\b(?=[aA])an?\s+(?:[\w-]+\s+)?(?:family|household))\s+of\s+$",
                            re.IGNORECASE)
# ... or the family someone is one of: "one of 12 children", "the youngest of five siblings"
# ("the second of five children", "the middle of three sisters")
_SIBLINGS_BEFORE = re.compile(r"\b(?=[efilmosty])(?:one|eldest|oldest|youngest|first|second|third|fourth|fifth|sixth|seventh|"
                              r"middle|last)\s+of\s+$", re.IGNORECASE)
# ... or the speaker's own family told as a group: "We were 11 brothers and sisters", "we are seven children" (first person
# only: "they were 11 children" may count children found)
_WE_ARE_KIN_BEFORE = re.compile(r"\b(?=[wW])we\s+(?:were|are)\s+$", re.IGNORECASE)
_WE_WERE_SIBLINGS_AHEAD = re.compile(r"\s+(?:children|kids|siblings|brothers|sisters)\b(?!\s+(?:in|on|at|from|who|that)\b)")
_SIBLINGS_AHEAD = re.compile(r"\s+(?:children|siblings|brothers|sisters)\b(?!\s+(?:who|were|are|was|have|had)\b)")
# ... or the kin someone has or leaves: "survived by his parents and three sisters", "has two brothers", "her husband
# and two sons", or the friends someone came with: "sat in the gallery with two friends" (not "two brothers were
# arrested": people counted by what befell them)
_KIN_AHEAD = re.compile(r"\s+(?:(?:little|baby|small|young(?:er)?|old(?:er)?|elder|big)\s+)?"  # "her mother and two little brothers"
                        r"(?:(?:step|half-)?(?:brothers|sisters|siblings|sons|daughters)|grand(?:children|sons|daughters)|"
                        r"nieces|nephews|uncles|aunts|cousins|friends|relatives)\b")
# ... or some of one person's own circle in their own account, an anecdote of their life: "he said two of his classmates
# have left" (not "A dozen of her classmates have written to the Prime Minister", nor "Two of his cousins ... received five
# years", told by the article itself; kin so told as well: "she said two of her cousins had left", as a family's members are)
_CIRCLE_AHEAD = re.compile(r"\s+of\s+(?:his|her|my|our)\s+(?:(?:old|closest|close|best|former|school|university|own)\s+)?"
                           r"(?:friends|classmates|schoolmates|neighbours|neighbors|fellow\s+students|cousins|brothers|sisters|"
                           r"siblings|sons|daughters|nephews|nieces|uncles|relatives)\b"
                           # (or the circle named first, its owner after: "said three friends from his course had gone")
                           r"|\s+(?:friends|classmates|schoolmates|neighbours|neighbors)\s+(?:of|from)\s+(?:his|her|my|our)\b"
                           # (or a teacher's own class: "he said two lads from his lessons had left"; not "two of her pupils
                           # drowned", told as deaths, nor a head's "19 of his former pupils", a school's count)
                           r"|\s+(?:boys|girls|lads|students|pupils|trainees)\s+(?:from|in)\s+(?:his|her|my|our)\s+(?:own\s+)?"
                           r"(?:class|classes|course|courses|lessons|workshop)\b(?!['’])")
# ... or a share of a teacher's own students so told: "she said half of her 20 pupils had gone"
_OWN_STUDENTS_SHARE_AHEAD = re.compile(r"\s+of\s+(?:his|her|my|our)\s+(?:(?:own|former)\s+)?(?:\d{1,3}\s+)?"
                                       r"(?:students|pupils|trainees|apprentices)\b(?!['’])")
# ... and the whole of such a circle, counted inside the share told of it: "she said half of her 20 pupils had left"
_SAID_SHARE_OF_OWN_BEFORE = re.compile(r"\b(?=[st])(?:said|says|told\s+[a-zA-Z]+)\s+(?:that\s+)?(?:[a-z]+|\d{1,3})\s+of\s+"
                                       r"(?:his|her|my|our)\s+(?:(?:own|former)\s+)?$")
_OWN_STUDENTS_AHEAD = re.compile(r"\s+(?:students|pupils|trainees|apprentices|friends|classmates)\b(?!['’])")
_SAID_THAT_BEFORE = re.compile(r"\b(?=[st])(?:said|says|told\s+[a-zA-Z]+)\s+(?:that\s+)?$")
# ... or told in the first person, by a speaker or a letter's writer, with no "said" before: "Two of my former students were
# flown to Erbil in January", "three of our pupils have left" (one life's circle; its deaths stay counted: "two of my
# pupils drowned", as "lost three former pupils to the sea")
_OWN_CIRCLE_AHEAD = re.compile(r" of\s+(?:my|our)\s+(?:(?:old|closest|close|best|former|school|university|own)\s+)?"
                               r"(?:friends|classmates|schoolmates|neighbours|neighbors|fellow\s+students|students|pupils)\b"
                               # (or one person's own partners in a trade, in their own account: "Two of my old partners are
                               # in prison"; only "my": "two of our partners" may be a body's partner agencies)
                               r"| of\s+my\s+(?:(?:old|former|closest|close|own)\s+)?(?:partners|associates|colleagues|"
                               r"business\s+partners)\b"
                               # (or the people of the speaker's own street or class: "Half of the boys on my street talk
                               # about it"; not a neighbourhood's families, a count of a community: "Nearly half of the
                               # families in my neighbourhood, by my own rough count, owe money")
                               r"| of\s+the\s+(?:[a-z]+\s+)?[a-z]+\s+(?:on|in|from)\s+(?:my|our)\s+"
                               r"(?:street|road|block|building|class|course)\b")
# ... or the children a couple or a parent has ("they have three children, the youngest ..."; not "they had two children
# with them", travelling)
# (grown ones too: "he had three grown-up children", "has two adult children")
_CHILDREN_AHEAD = re.compile(r"\s+(?:young\s+|small\s+|little\s+|grown-up\s+|grown\s+|adult\s+|teenage\s+|dependent\s+)?"
                             r"(?:children|kids)\b(?!\s+(?:with\s+them|on\s+board)\b)")
# ... or the children of a person named by kin or by their part in a case, a clause about them between: "his client had
# three children", "His brother, who runs the second site, has four children" (one family's size, in the third person; not
# "The driver, who was arrested, had nine children hidden in the trailer": a driver is no one's kin)
_KIN_HAS_BEFORE = re.compile(r"\b(?=[cbsdfmhwuaCBSDFMHWUA])(?i:client|brother|sister|son|daughter|father|mother|wife|husband|uncle|aunt|"
                             r"cousin)(?:,\s+who\s[^.;!?\n\"“”]{1,50},)?\s+(?:has|had)\s+$")
# ... or the children one's kin lives or waits with: "her daughter had been on the housing list since 2021 with two
# children", "my sister lives in one room with three children" (one family's size; "her son pulled a woman with two
# children from the water" counts whom he rescued)
# ... or the children a person told by a pronoun lives, sleeps or stays with: "She lives in a tent with two children", "I
# sleep in the car with my three children" (one family's size, as with kin; "She shares the camp with 300 children" is
# held to under ten, and "rescued a woman with two children" tells no dwelling)
_ONE_LIVES_WITH_BEFORE = re.compile(r"\b(?:[Ss]he|[Hh]e|I)\s+(?:(?:now|still|also)\s+)?(?:(?:has|had|have)\s+(?:been\s+)?|(?:is|was|am)\s+)?"
                                    r"(?:lives?|lived|living|sleeps?|slept|sleeping|stays?|stayed|staying|shares?|shared|sharing|"
                                    r"squats?|squatted|camps?|camped|camping)\b(?:(?!\b(?:and|but|then|when|as)\b)[^.;!?\n,]){0,60}?"
                                    r"\bwith\s+(?:(?:my|her|his)\s+)?$")
_KIN_LIVES_WITH_BEFORE = re.compile(r"\b(?:her|his|my|their|our|your)\s+(?:daughter|son|sister|brother|mother|father|wife|husband|"
                                    r"cousin|niece|nephew|aunt|uncle)\s+(?:(?:has|had|have)\s+(?:been|lived|stayed)|is|was|"
                                    r"lives|lived|living|stays|stayed|remains|remained)\b[^.;!?\n,]{0,70}?\bwith\s+$",
                                    re.IGNORECASE)
# ... or the children a dead person leaves, in an obituary: "is survived by his wife, Leyla, and four children", "mourned by
# her husband and three children" (a family's size, as the kin of _KIN_OWNER_BEFORE; searched only after "children")
_BEREAVED_BEFORE = re.compile(r"\b(?=[sm])(?:survived|mourned)\s+by\b[^.;\n]{0,60}$", re.IGNORECASE)
# ... or named with a spouse, in one person's profile: "returned with his wife and two children"
# (a judge's "you" too, in sentencing remarks: "you have three children")
_PARENTS_HAVE_BEFORE = re.compile(r"\b(?=[hstwiy])(?:they|he|she|we|I|you)\s+(?:have|has|had)\s+$"
                                  # ... or the children a parent raised: "the flat where she brought up five children"
                                  r"|\b(?=[hstwiy])(?:they|he|she|we|I|you)\s+(?:(?:have|has|had)\s+)?(?:raised|reared|"
                                  r"brought\s+up|is\s+raising|are\s+raising|was\s+raising|were\s+raising)\s+$"
                                  r"|\b(?=[hta])(?:his|her|their|a)\s+(?:wife|husband|partner|spouse)\s+and\s+$"
                                  # ... or a person's spouses told with the children, one household: "My uncle had 3 wives
                                  # and 14 children", "he has two wives and nine kids"
                                  r"|\b(?=[h])(?:has|had|have)\s+(?:a|one|two|three|four|\d)\s+(?:wives|wife|husbands?)\s+and\s+$"

                                  # ... or said of who someone is: "He is a man with four children" (a family's size; not
                                  # "a woman with two children was rescued", people counted)
                                  r"|\b(?=[iwa’'])(?:is|was|am|[’']s)\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?:man|woman|father|mother|"
                                  r"parent|widow|widower|grandfather|grandmother)\s+with\s+$"
                                  # ... or a family told by its children, as "a family of five" by its size: "Iraqi family
                                  # with three children found" (one household, no count)
                                  r"|\b(?=[fF])family\s+with\s+$"
                                  # ... or one person with their children in a speaker's own story: "We had a woman with
                                  # two small children ask us for help", "I met a father with three kids" (one family seen)
                                  r"|\b(?=[wi])(?:we|I)\s+(?:had|got|saw|met|found)\s+(?:a|an|this)\s+(?:[a-z]+\s+){0,2}?"
                                  r"(?:man|woman|mother|father|parent|lady|guy|girl|couple)\s+with\s+$", re.IGNORECASE)
# ... and some of those children, the family told before: "Two of the children were treated for hypothermia" (one
# household's members, no count; not "Two of the children on the boat", when no family was told of)
_OF_THE_CHILDREN_AHEAD = re.compile(r"\s+of\s+(?:the|their)\s+(?:children|kids|sons|daughters|boys|girls)\b(?!\s+(?:on|in|at|from)\b)")
# ... or the parts of a family whose size was just told, the size no figure, nor are its parts: "He has 6 sons; 4 of
# them are in Germany", "I have 7 brothers. 3 are in England, 2 are in Germany", "she had four sons, and three of them had
# left" (where one family's members live or went; not their deaths, "two of them drowned", nor what befell them: "two of
# them were arrested", people counted by what happened)
_FAMILY_SIZE_TOLD_BEFORE = re.compile(r"\b(?=[hH])(?:has|had|have)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|"
                                      r"ten|eleven|twelve)\s+)(?:grown(?:-up)?\s+|adult\s+|young(?:er)?\s+|older\s+)?"
                                      r"(?:sons|daughters|brothers|sisters|siblings|children|kids|nephews|nieces|cousins|"
                                      r"grandchildren)\b[^.!?\n]{0,12}(?:[.;:,]\s+(?:and\s+|but\s+|of\s+them\s+|only\s+|now\s+)?|"
                                      r"\s+(?:and|but)\s+(?:only\s+)?)(?:(?:\d{1,2}|[a-zA-Z]+)\s+(?:of\s+them\s+)?"
                                      r"(?:is|are|was|were|live|lives|lived|have|had|went|left|stay|stayed)\b[^.!?\n]{0,40}?"
                                      r"(?:,\s+(?:and\s+)?|\s+and\s+))*$")
# ... and the size itself, its parts told next: "Saleh has 3 children; 2 of them live in Sweden"
_FAMILY_SPLIT_AHEAD = re.compile(r"\s+(?:sons|daughters|brothers|sisters|siblings|children|kids|nephews|nieces|cousins|"
                                 r"grandchildren)[;:,.]\s+(?:and\s+|but\s+)?(?:\d{1,2}|[a-zA-Z]+)\s+(?:of\s+them\s+)?"
                                 r"(?:is|are|was|were|live|lives|lived|have|had|went|left|stay|stayed|fought|work|works)\b")
_FAMILY_PART_AHEAD = re.compile(r"\s+(?:of\s+them\s+)?(?!(?:were|have\s+been|had\s+been|was)\s+(?:arrested|charged|"
                                r"convicted|jailed|detained|killed|deported|returned|removed|sentenced)\b)"
                                r"(?:is|are|was|were|live|lives|lived|have|had|went|left|stay|stayed|fought|work|works)\b")
# a share guessed loosely, a range out of a round base: "4 or 5 of every 10 flights", "two or three out of every ten
# boats", "3 to 4 in every 10 staff" (a manner of speaking; not "four in every ten arrivals", a ratio told, a figure)
_N_WORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|hundred)"
_LOOSE_SHARE = re.compile(rf"\b{_N_WORD}\s+(?:or|to)\s+{_N_WORD}\s+(?:(?:out\s+)?of|in)\s+(?:every|each)\s+{_N_WORD}\b",
                          re.IGNORECASE)
_LOOSE_SHARE_WORDS = ("every", "each")  # (one of them in every loose share: asked first, as the search runs at every figure)
# a sitting's own business, its chair's words: the speakers still waiting ("20 Members wish to speak", "six noble Lords
# still hope to speak", "12 colleagues have asked to speak") and the questions left ("we have 4 more questions", "three
# questions remaining"); not what members did: "40 Members voted against"
_SITTING_BUSINESS_AHEAD = re.compile(
    r"\s+(?:(?:hon\.?|honourable|right\s+hon\.?|noble)\s+)?(?:Members|members|Lords|Peers|colleagues|speakers|Senators|deputies)"
    r"\s+(?:still\s+|now\s+)?(?:wish(?:es)?|want|hope|have\s+(?:asked|applied|indicated\s+that\s+they\s+wish)|are\s+(?:waiting|hoping))"
    r"\s+to\s+(?:speak|contribute|catch\s+my\s+eye)\b"
    r"|\s+(?:more\s+|further\s+)?questions\s+(?:left|remaining|to\s+go|to\s+get\s+through)\b")
_MORE_QUESTIONS_AHEAD = re.compile(r"\s+(?:more|further)\s+questions\b")
_WE_HAVE_BEFORE = re.compile(r"\b(?:[Ww]e|I)\s*(?:have|[’']ve)\s+(?:got\s+)?(?:[^.;!?\n]{0,30}?\s+and\s+)?$")
# what a speaker's own body or group is, told in the present by its size: '"We are 12 volunteers"', "We are 1,200 member
# companies", '"We are 30 in a small room"', and the counts joined to it: "We are 9 staff and 40 volunteers", "12 in the
# warehouse most days, and 200 over a summer" (who they are, no count of what happened; not a group's journey told in the
# past: '"We were 14 people, with two women and a baby"', a figure)
# (both asked only when the window's last word can end a match: see text.EndsOnWords)
# (or told as "our team": "Our team is 9 researchers and 23 volunteers", as "We are" is)
_WE_ARE = r"\b(?:[Ww]e\s*(?:are|[’']re)|[Oo]ur\s+(?:team|staff|crew)\s+(?:is|are|numbers))"
_WE_ARE_BEFORE = EndsOnWords(re.compile(_WE_ARE + r"\s+(?:only\s+|just\s+|about\s+|around\s+|now\s+|still\s+)?$"),
                             ("re", "are", "is", "numbers", "only", "just", "about", "around", "now", "still"))
_WE_ARE_AND_BEFORE = EndsOnWords(re.compile(_WE_ARE + r"\s+(?:only\s+|just\s+|about\s+|around\s+|now\s+|still\s+)?"
                                            r"\d[\d,]*\s+[^.;:!?\n\"“”]{0,60}?(?:,\s+)?(?:and|or|plus)\s+(?:about\s+|around\s+|up\s+to\s+)?$"),
                                 ("and", "or", "plus", "about", "around", "to"))
_FAMILY_TOLD = re.compile(r"\bfamily\s+(?:of|with)\b", re.IGNORECASE)
_KIN_OWNER_BEFORE = re.compile(r"\b(?:survived\s+by|leaves|left\s+behind|mourned\s+by)\b[^.;\n]{0,60}$"
                               # ... or one person's, named before: "Dara, whose two sisters live in Leeds"
                               r"|\b(?:has|had|have|having|with|whose)\s+$|\b(?:his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,?\s+and\s+$"
                               # ... or a family borrows from: "raised the money by borrowing from three uncles"
                               r"|\bborrow(?:s|ed|ing)?\s+(?:[\w$£€,.]+\s+){0,3}?from\s+$"
                               # ... or a family mourns: "the Hamad family, who lost two sons" (its own dead, no toll)
                               r"|\b(?:family|parents|mother|father)\b[^.;\n]{0,30}\b(?:lost|losing|loses)\s+$",
                               re.IGNORECASE)
# people compared with the speaker, a manner of speaking: "There are a thousand men like me", "hundreds of boys like him"
_LIKE_ME_AHEAD = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2}?\s+like\s+(?:me|us|him|her|them|myself|ourselves)\b")
# those someone lodged with, one household's, no count: "one hotel room with three other men", "shared a flat with two others"
_LODGED_WITH_BEFORE = re.compile(r"\b(?=[bcdfhrst])(?:(?:bed)?rooms?|cells?|tents?|beds?|flats?|caravans?|containers?|dormitor(?:y|ies)|houses?|"
                                 r"shar(?:ed|es|ing|e)(?:\s+[\w’'-]+){0,3}?)\s+with\s+$", re.IGNORECASE)
# (or those met there, not named as others: "a room he shares with five strangers")
_OTHERS_AHEAD = re.compile(r"\s+(?:others?|strangers|flatmates|roommates|housemates|room-mates)\b")
# ... or the place one lived in told first: "I lived in a hostel in Leeds with four other men" ("slept on a mattress in a
# storeroom with six other men")
_LIVED_IN_WITH_BEFORE = re.compile(r"\b(?=[ls])(?:lived|living|stayed|staying|slept|sleeping)\s+(?:in|at|on)\s+[^.;!?\n]{0,45}?\bwith\s+$",
                                   re.IGNORECASE)
# ... or those someone travelled with, in the telling of their own journey: "he crossed the Channel in a dinghy with 61
# other people", "I came in a lorry with 30 others" (a memory of one crossing; "was put on a boat with 58 others" by
# smugglers, or "packed them into a dinghy with 58 other people", is evidence of the crossing a case is about)
# (or waited or hid on the way: "In Istanbul we waited 40 days in a basement with 30 other people")
_OWN_JOURNEY_WITH_BEFORE = re.compile(r"\b(?=[hIswt])(?:he|she|I|we|they)\s+(?:had\s+)?(?:crossed|travelled|traveled|came|sailed|"
                                      r"waited|hid|sheltered)\b"
                                      r"[^.;!?\n]{0,50}?\bwith\s+$"
                                      # ... or went to a meeting with: "I met the consul in Erbil, together with four other
                                      # lawyers" (the speaker's party, no count of anything that happened)
                                      r"|\b(?=[hIswtHSWT])(?:[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey)\s+(?:had\s+)?(?:met|visited|saw|called\s+on)\b"
                                      r"[^.;!?\n]{0,70}?\b(?:together|along)\s+with\s+$")
# ... or those one room or tent is for: "one room for three people", "a single tent between five of us"
_ONE_LODGING_FOR_BEFORE = re.compile(r"\b(?=[oas])(?:one|a|a\s+single|single)\s+(?:(?:bed)?room|tent|bed|cell|caravan|flat|mattress|"
                                     r"container)\s+(?:for|between|among)\s+(?:(?:about|around|some|up\s+to)\s+)?$"
                                     # ... or shared with them, the one place stressed: "Fourteen months in one room with three
                                     # men" (but "raided a flat with four suspects inside" counts those found)
                                     r"|\b(?=[os])(?:one|a\s+single|single)\s+(?:(?:bed)?room|tent|cell|caravan|flat|container)\s+with\s+$",
                                     re.IGNORECASE)
# ... or one thing shared out: "one bottle of water between ten of them", "a single toilet among 40" (but "between 40 and
# 50 migrants" is a range: _RANGE_TO_NUMBER)
_ONE_SHARED_BEFORE = re.compile(r"\b(?=[os])(?:one|single)\s+(?:[a-z-]+\s+){1,3}?(?:between|among(?:st)?)\s+"
                                r"(?:(?:about|around|some|up\s+to)\s+)?$", re.IGNORECASE)
_RANGE_TO_NUMBER = re.compile(r"\s*(?:and|to|-|–)\s*\d", re.IGNORECASE)
# ... or how many a speaker saw crowded into one place: '"They slept on the floor, eleven of them in one room"' (a scene
# told in a quotation; the narrative's "found 20 men, nine of them in one flat" keeps its part of a count)
_OF_THEM_CROWDED_AHEAD = re.compile(r"\s+of\s+(?:them|us)\s+(?:in|to|sharing)\s+(?:one|a\s+single|the\s+same|a)\s+"
                                    r"(?:(?:small|tiny|cramped)\s+)?(?:(?:bed)?room|tent|bed|cell|caravan|flat|mattress|"
                                    r"container)\b", re.IGNORECASE)
# ... or told of the speaker's own group: '"We were 8 in my tent"', '"We were 25 people in one flat for 2 weeks"' (not a
# boat's load, '"We were 53 people in a boat for 25"', a figure)
_WE_WERE_BEFORE = re.compile(r"\b[Ww]e\s+were\s+(?:about\s+|around\s+|maybe\s+)?$")
_CROWDED_IN_AHEAD = re.compile(r"\s+(?:people\s+|men\s+|of\s+us\s+)?(?:in|to|sharing)\s+(?:one|a\s+single|the\s+same|a|my|our)\s+"
                               r"(?:(?:small|tiny|cramped|little)\s+)?(?:(?:bed)?room|tent|bed|cell|caravan|flat|apartment|"
                               r"mattress|container|house)\b", re.IGNORECASE)
# ... or how many of the speaker's own group sleep, live or squeeze in one place: '"Six of us sleep in it"', '"nine of us
# share one room"', '"Four of us slept on the floor"', '"six of us were sleeping under the bridge"' (a crowded scene in the
# speaker's own account; "Six of them were living in the container" told by the article, or any count outside a quotation,
# stays a figure)
_OF_US_SLEEP_AHEAD = re.compile(r"\s+of\s+us\s+(?:(?:were|are)\s+)?(?:sleep|slept|sleeping|live|lived|living|stay|stayed|"
                                r"staying|share|shared|sharing|squeeze|squeezed|squeezing|huddle|huddled|huddling|"
                                r"lie|lay|lying|sit|sat|sitting|crammed|packed)\s+(?:(?:in|on|under|inside|into)\s+)?"
                                r"(?:it|there|here|one|a|the\s+same|(?:the|our|my|his|her|their|that|this)\s+[a-z]+|this|that)\b",
                                re.IGNORECASE)
# ... or how many of the speaker's own group did or suffered anything, the count opening its clause in their own words:
# '"Five of us were sick the whole way"', '"Four of us worked at a car wash"' (an anecdote of one life, as one's own circle
# is, tests/articles/README.md; "There were 58 of us in a boat", a boat's load, "It took four of us" and a quotation
# worked into the reporter's sentence, 'said that "a dozen of us had no air"', open no clause of the speaker's, and any
# count outside a quotation or a turn stays a figure)
# (not what befell them at the authorities' hands or at sea, counted as kin's is: '"Three of us were arrested at the
# station"', "two of us drowned")
_OF_US_OPENS_AHEAD = re.compile(r"\s+of\s+us\s+(?!(?:in|on|at|and|to|for|from|with|by|who|that|had\s+to)\b)"
                                r"(?!(?:(?:were|was|have\s+been|had\s+been|got|are|will\s+be)\s+)?(?:arrested|detained|deported|"
                                r"returned|removed|charged|jailed|convicted|sentenced|caught|stopped|rescued|fined|killed|shot|"
                                r"injured|drowned|died|missing|sent\s+back)\b)[a-z]")
_CLAUSE_START_BEFORE = re.compile(r"(?:^|\n|[.!?:;,][’”\"']?\s+)(?:[\"“‘«]\s*)?$")
# ... or the things just named, each standing for one of something else: "He keeps the receipts. There are six of them,
# one for each trip" (tokens matched one to one, no count the dataset keeps)
_OF_THEM_EACH_AHEAD = re.compile(r"\s+of\s+(?:them|these|those),\s+one\s+(?:for|per)\s+(?:each|every)\b", re.IGNORECASE)
# a prison term with its unit left out: "was jailed for five.", "sentenced to seven", or after a term told before in the
# sentence: "got six years, and his driver got four"
_TERM_ELIDED_BEFORE = re.compile(r"\b(?=[ijls])(?:jailed|imprisoned|locked\s+up|sentenced)\s+(?:for|to)\s+(?:a\s+further\s+)?$",
                                 re.IGNORECASE)
_TERM_GOT_BEFORE = re.compile(r"\b(?=[gr])(?:got|received)\s+$", re.IGNORECASE)
_TERM_EARLIER = re.compile(r"\b(?:years?|months?)\b[^.;!?\n]{0,160}$", re.IGNORECASE)
# the places people were found or kept in: "the 11 men found in two flats" (but "raided three houses" counts raids)
# the party a priced package or ticket is for: "a family deal covering two adults and three children" (an offer's terms)
_PACKAGE_COVERS_BEFORE = re.compile(r"\b(?=[bdfopt])(?:packages?|tickets?|deals?|fares?|offers?|bundles?|prices?)\b[^.;!?\n]{0,60}?"
                                    r"\b(?:cover(?:s|ing|ed)?|admit(?:s|ting)?)\s+(?:[\w-]+\s+(?:adults?|children|kids)\s*(?:,|and|or)\s+)?$",
                                    re.IGNORECASE)
_PARTY_AHEAD = re.compile(r"\s+(?:adults?|children|kids|infants)\b", re.IGNORECASE)
# the places a price buys on a smuggler's trip: "the $9,000 a smuggler asked for three places to Europe", "paid £4,000 for two
# seats on a boat" (a family's purchase, what it owns, no count of what happened)
_PLACES_BOUGHT_AHEAD = re.compile(r"\s+(?:places|seats|spots|berths|passages|tickets)\b", re.IGNORECASE)
_PRICE_ASKED_FOR_BEFORE = re.compile(r"\b(?=[acdpw])(?:ask(?:s|ed)?|charg(?:es|ed|ing)|paid|pays?|demand(?:s|ed)?|want(?:s|ed)?|"
                                     r"costs?)\b[^.;!?\n]{0,40}?\bfor\s+$", re.IGNORECASE)
# the goods one priced unit holds: "a bag of ten flatbreads sells for 1,000 dinars", "1,000 dinars for a bag of ten" (a
# shop's measure, no count of what happened; unpriced, "a bag of 20 passports" found in a car is one)
_PACK_OF_BEFORE = re.compile(r"\b(?=[aeop])(?:an?|one|each|every|per)\s+(?:bag|pack|packet|box|crate|carton|sack|tray|tin|jar|"
                             r"bottle|bundle|loaf|case)\s+of\s+$", re.IGNORECASE)
_PRICED_AHEAD = re.compile(r"[^.;!?\n]{0,40}?\b(?:sells?|sold|costs?|priced|fetch(?:es|ed)?|goes\s+for|went\s+for|retails?)\b",
                           re.IGNORECASE)
_PRICE_FOR_BEFORE = re.compile(r"(?:[£$€]\s?\d[\d,.]*|\d[\d,.]*\s+(?:dinars?|dollars?|pounds?|euros?|liras?))\s+(?:for|per)\s+"
                               r"[a-z]+\s+[a-z]+\s+of\s+$", re.IGNORECASE)
# (or all a country's councils: "caseworkers in all 22 local authorities", administrative units, no count)
_ALL_FORCES_AHEAD = re.compile(r"\s+(?:(?:territorial\s+)?(?:police\s+)?forces|local\s+authorities|councils|health\s+boards)\b")
# plural groups met or seen, sized: "they find groups of 30 or 40 men" (the pair's second too)
_GROUPS_SEEN_BEFORE = EndsOnWords(re.compile(
    r"\b(?=[efms])(?:finds?|found|see|sees|saw|seen|spot(?:s|ted)?|meet|meets|met|encounter(?:s|ed)?)"
    r"\s+(?:small\s+|large\s+|big\s+)?(?:groups|gangs|bands)\s+of\s+(?:(?:up\s+to|about|around|some)\s+)?"
    r"(?:\d{1,3}\s+(?:or|to)\s+)?$", re.IGNORECASE), ("of", "to", "about", "around", "some", "or"))
# a private body's own size told after "with": "a firm with 22 employees", "the Kurdistan Migrants Support Group with
# 2,000 members" (a charity's, a club's or a firm's headcount; "a unit with 40 officers" is the state's, a figure)
_PRIVATE_BODY_WITH_BEFORE = re.compile(r"\b(?=[abcfgnopstuABCFGNOPSTU])(?i:group|network|association|charity|firm|company|business|"
                                       r"organi[sz]ation|union|foundation|society|club|practice|NGO|trust|collective|platform)\s+"
                                       # (or told by its verb: "the foundation has 45 volunteers", "the firm employed 22 staff")
                                       r"(?:with|(?:now\s+|still\s+)?(?:has|had|have|employs|employed))\s+"
                                       r"(?:(?:about|around|some|more\s+than|over|nearly|almost)\s+)?$")
# (a platform's or a company's moderators or engineers too: "the platform had 6,000 moderators")
_OWN_SIZE_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:members|employees|staff|volunteers|workers|moderators|engineers)\b")
# the cities or towns across which something was done, after "in" or "across": "searched 26 apartments in 13 cities"
# (places, as countries are; the count of what was searched is the figure)
_ACROSS_BEFORE = re.compile(r"\b(?=[iat])(?:in|across|throughout)\s+(?:(?:more\s+than|over|at\s+least|some|about|around)\s+)?$")
_PLACES_AHEAD = re.compile(r"\s+(?:different\s+|other\s+|separate\s+)?(?:cities|towns|villages)\b")
# the ports or crossings a body's remit covers, told to say what the body is: "a department within the finance ministry,
# responsible for inspecting freight at 35 land and sea ports" (the body's own reach, as a firm's size is; "scanners were
# installed at 14 land and sea ports" counts)
# (or overseen, managed or in its charge, the places named straight after the verb too: "the commission, which oversees 23
# land, sea and air ports", "is in charge of 11 crossings with Turkey")
_REMIT_BEFORE = re.compile(r"\b(?:responsible\s+for\b[^.;:!?\n]{0,80}?\b(?:at|across|in)|(?:in\s+charge\s+of|oversees|oversaw|"
                           r"overseeing|manages|managing|administers|administering|supervises|supervising)"
                           r"(?:\b[^.;:!?\n]{0,80}?\b(?:at|across|in))?)\s+(?:(?:more\s+than|over|some|about|"
                           r"around|nearly|almost|all)\s+)?$", re.IGNORECASE)
_REMIT_PLACES_AHEAD = re.compile(r"\s+(?:(?:air|sea|river|land|inland|international|border|and|main|major|UK|British),?\s+){0,4}"
                                 r"(?:ports|airports|seaports|crossings|crossing\s+points|border\s+posts|checkpoints)\b",
                                 re.IGNORECASE)
# the wind's strength on the Beaufort scale (0 to 12): "the wind had been force 4", "a force 6 gale" (not "came into force")
_WIND_FORCE_BEFORE = re.compile(r"(?<!into\s)(?<!in\s)\b(?=[bfg])(?:force|Beaufort|gale\s+force)\s+$", re.IGNORECASE)
# ... and where arrests or raids took place: "Nineteen arrested in four cities", "31 arrests in five countries" (the places
# of an operation, not a count the dataset keeps)
_FOUND_IN_BEFORE = re.compile(r"\b(?=[adfhklrst])(?:found|held|kept|hidden|housed|living|lived|staying|sleeping|locked|arrested|"
                              r"arrests|detained|raids|searches)\s+in\s+$", re.IGNORECASE)
# ... but hotels people are housed in are the asylum estate, counted at any size: "families living in two asylum hotels"
_HOUSED_IN_BEFORE = re.compile(r"\b(?=[hls])(?:housed|living|lived|staying|stayed)\s+in\s+$", re.IGNORECASE)
_HOTELS_AHEAD = re.compile(r"\s+(?:asylum\s+|contingency\s+|migrant\s+)?hotels\b", re.IGNORECASE)
_PREMISES_AHEAD = re.compile(r"\s+(?:[A-Za-z]+\s+)?(?:flats|houses|apartments|homes|addresses|properties|premises|rooms|garages|"
                             r"warehouses|buildings|hotels|cities|towns|countries|provinces|regions)\b")
# the phones one person carries or uses, told of him: "told jurors he carried 2 phones", "a smuggler who has 4 phones" (his
# things, as a family's size is no figure; "seized 22 mobile phones" counts what a raid found)
_OWN_PHONES_AHEAD = re.compile(r"\s+(?:(?:different|separate|mobile|burner|cheap|cell)\s+){0,2}(?:phones|mobiles|handsets|SIM\s+cards|SIMs)\b")
_PHONES_HELD_BEFORE = re.compile(r"\b(?=[chkosu])(?:has|had|have|carried|carries|carry|carrying|used|uses|use|using|kept|keeps|keep|"
                                 r"owned|owns|own|changes|changed|switched)\s+(?:(?:at\s+least|up\s+to|about|around)\s+)?$")
# assertions counted by a number word, what was said: "Three claims about the deal, tested" (no count of claims lodged)
_ASSERTIONS_AHEAD = re.compile(r"\s+(?:(?:main|key|central|big)\s+)?claims\s+(?:about|that|on|made|by|in\s+(?:the|its|his|her))\b",
                               re.IGNORECASE)
# one person's or one package's repetitions, no count of what happened: "cancelled after two calls", "includes three
# attempts at the Channel" (but "foiled 2,310 attempts to cross" counts them: digits are read before this)
_REPEATS_BEFORE = re.compile(r"\b(?=[afgiow])(?:after|within|over|includes?|including|included|allows?|allowed|gets?|got|offers?|"
                             r"offered|with)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)
# ... or the offers one person turned down or took, in the telling of their own life: "he had turned down two offers from
# friends to travel again", "I refused three job offers" (a person's own choices, no count the dataset keeps)
_OFFERS_AHEAD = re.compile(r"\s+(?:(?:job|more|other|further)\s+)?(?:offers|invitations|proposals)\b")
_OWN_CHOICE_BEFORE = re.compile(r"\b(?=[IhswHSW])(?:I|he|she|we)\s+(?:had\s+|has\s+|have\s+|'d\s+|’d\s+)?(?:already\s+)?"
                                r"(?:turned\s+down|refused|rejected|declined|ignored|received|got|accepted)\s+$", re.IGNORECASE)
# ... or the tries one person made, told of them: "she made four unsuccessful attempts to reach Italy", "I had made two
# failed attempts" (a person's own tries, as the opened gold traps them; "smugglers made 40 attempts" is no one person's)
_OWN_TRIES_AHEAD = re.compile(r"\s+(?:(?:more|further|other|separate|failed|unsuccessful|abortive|vain)\s+){0,2}(?:attempts|tries)\b")
_ONE_TRIER_BEFORE = re.compile(r"\b(?=[IhsHS])(?:I|he|she)\s+(?:had\s+|has\s+|have\s+|then\s+|also\s+|already\s+){0,2}"
                               r"(?:made|makes|make|tried)\s+$")
_REPEATS_AHEAD = re.compile(r"\s+(?:attempts|tries|goes|calls|sessions|visits|conversations)\b")
# a clock time: "arrested at 2330", "from 9.15" (a count is written "1,500", a year is caught as a year)
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[.:][0-5]\d")
# ... or in words, before a time of day: "at around nine this morning", "just after two tonight" (o'clock is caught after)
_CLOCK_WORD_BEFORE = re.compile(r"\b(?=[abhq])(?:at|after|before|half past|quarter (?:past|to))\s+"
                                r"(?:(?:around|about|roughly|approximately|exactly|precisely)\s+)?$", re.IGNORECASE)
_CLOCK_WORD_AFTER = re.compile(r"\s+(?:(?:this|that|in the|on \w+|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)|tonight|sharp"
                               r"|at\s+night)\b",  # "out at ten at night"
                               re.IGNORECASE)
# ... or a range of hours told so: "between 2 and 4 in the morning", "from nine until eleven in the evening"
_CLOCK_RANGE_BEFORE = re.compile(r"\b(?=[bf])(?:between|from)\s+$", re.IGNORECASE)
_CLOCK_RANGE_AFTER = re.compile(r"\s+(?:and|to|until|till)\s+[\w]+(?=\s+in the\s+(?:morning|afternoon|evening)\b)", re.IGNORECASE)
_CLOCK_RANGE_END_BEFORE = re.compile(r"\b(?=[bf])(?:between|from)\s+[\w]+\s+(?:and|to|until|till)\s+$", re.IGNORECASE)
# ... or a service's opening hours, on a 24-hour clock with no "in the morning": "open on weekdays from 9 to 15"
_HOURS_OPEN_BEFORE = re.compile(r"\b(?=[aoprs])(?:open|opens|staffed|answered|runs|operates)\b[^.;!?\n]{0,40}?\b(?:between|from)\s+"
                                r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:and|to|until|till|-|–)\s*)?$", re.IGNORECASE)
_HOURS_RANGE_AHEAD = re.compile(r"(?:[.:]\d\d)?\s*(?:and|to|until|till|-|–)\s*\d{1,2}(?:[.:]\d\d)?(?![\d,]|\s*(?:%|per\s?cent|[a-z]))",
                                re.IGNORECASE)
_HOURS_END_BEFORE = re.compile(r"\d\s*(?:and|to|until|till|-|–)\s*$")
_HOURS_END_AHEAD = re.compile(r"(?:[.:]\d\d)?(?:\s*(?:[.,;:)]|$)|\s+(?:on|and|or|at|every|daily|each|local\s+time)\b)")
# a number in a name: "the charity Utopia 56.", "volunteered with Utopia 56 for five years", "runs Utopia 56's team"
# (a capitalised word after a lowercase one, and nothing counted after the number)
# ... or an outlet's name in brackets after a dateline: "Baghdad, 22 September (Rafidain 24) –"
# ... a French one's last word after an elision too: "the association Terre d'Accueil 59."
_NAME_NUMBER_BEFORE = re.compile(r"(?:[a-z]\s|\(|\b[dlDL][’'])[A-Z][a-z]+\s$")
_NAME_NUMBER_AFTER = re.compile(r"\s*[.,;:)”\"]|[’']s\b|\s+(?:for|with|and|in|on|at|to|since|who|which|that)\b")
# (a name in quotes too: 'an account called "Safe Road Europe 24"')
# ... but not a place's count in a list of them: "Nineveh recorded 158, Baghdad 96 and Basra 61,"
_PLACE_COUNTS_BEFORE = re.compile(r"\d\s+and\s+[A-Z][a-z]+\s$")
# ... told again where nothing marks it ("Utopia 56 runs a line" after "Utopia 56's team"): the article named it once
_NAME_BEFORE = FirstCharScan(re.compile(r"(?<![\w.’'-])[A-Z][a-z]+\s$"), "[A-Z]")  # (skips to the window's capitals)
# an outlet's name that opens on a number: "964 News", "24 TV" (a capitalised media word right after the digits)
_OUTLET_WORD_AFTER = re.compile(r" (?:News|TV|Television|Radio|FM)\b")
# a radio station's frequency: "Humber Talk 104.2 — Mornings with", "Radio Nawa 98.5 FM"
_FREQUENCY = re.compile(r"\d{2,3}\.\d{1,2}(?=\s*(?:FM\b|MHz\b|[—–|]|\n|$))")
# ... or announced: "It's 10.29, and here's the news"
# the words of a message shown as evidence, quoted as it read: "a WhatsApp message ... which read: \"Twenty passengers, all
# paid\"": the sender's words, not a count the article reports (the quote must open within the window read before a number)
_MESSAGE_READ_BEFORE = re.compile(r"\b(?=[mtnpwcsv])(?:messages?|texts?|notes?|posts?|WhatsApps?|chats?|SMS|voice\s+notes?)\b"
                                  r"[^.;\"“”]{0,80}\b(?:read|reads|reading)\s*:\s*[\"“][^\"“”]{0,40}$")
_CLOCK_BEFORE = re.compile(r"\b(?=[abftiu])(?:at|from|until|till|before|after|by|it[’']s|it\s+is)\s+(?:now\s+)?$", re.IGNORECASE)
# ... hedged: "was found at around 23.40", "at about 0530" (a time written with its point or colon, or with an hour's leading
# zero, as no count is: "stood at around 2000" may be one)
_HEDGED_CLOCK_BEFORE = re.compile(r"\b(?=[abftu])(?:at|from|until|till|before|after|by)\s+(?:around|about|roughly|approximately|"
                                  r"exactly|precisely|just\s+(?:before|after))\s+$", re.IGNORECASE)
_SEPARATED_CLOCK = re.compile(r"\d{1,2}[.:]\d\d|0\d{3}")
# ... the clause going on after it, nothing counted or rated by it ("at around 12.50 per head" is a rate)
_CLOCK_CLAUSE_AHEAD = re.compile(r"\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:when|as|while|on|in|at|and|after|before|local|that|the|"
                                 r"this|last|yesterday|today|tonight)\b", re.IGNORECASE)
# a day, week or year of something, as its label: "on day 3 of the trial", "in year 2 of the programme"
_NTH_OF_BEFORE = re.compile(r"\b(?=[dmwy])(?:day|week|month|year)\s+$", re.IGNORECASE)
# a rank's field, no count: "one of the 3 best players I have coached" (a superlative's top few), "finished 4,812th out of
# 56,000 runners" (a place in a race or a table, its field after it)
_ONE_OF_THE_BEFORE = re.compile(r"\b(?=[oO])one\s+of\s+the\s+$", re.IGNORECASE)
_SUPERLATIVE_AHEAD = re.compile(r"\s+(?:best|worst|most\s+[a-z]+|biggest|largest|greatest|smallest|busiest|oldest|youngest|"
                                r"richest|poorest|deadliest|strongest|fastest|top)\b(?!\s+of\b)")
_PLACE_OUT_OF_BEFORE = re.compile(r"(?:\b\d[\d,]*(?:st|nd|rd|th)|\b(?=[a-z])(?:first|second|third|fourth|fifth|sixth|seventh|"
                                  r"eighth|ninth|tenth|last))\s+(?:place\s+)?out\s+of\s+$", re.IGNORECASE)
# the rest of a group counted before: "The other six were released" (a verb follows, no noun)
_REST_BEFORE = re.compile(r"\b(?=[to])(?:the other|the remaining|of whom)\s+$", re.IGNORECASE)
# (a base is told in digits or words: "Of the nine men arrested, two ...")
_OF_A_BASE_BEFORE = re.compile(rf"(?:^|[.!?]\s+)Of\s+(?:the|those|these)\s+(?:\d[\d,]*|(?:{NUMBER_WORD})\b)\s[^.;!?\n]{{0,80}},\s+"
                               r"(?:(?:only|just|some|about|nearly|almost)\s+)?$")
# ... or in the sentence before, the count opening the next: "only nine of the 23 returnees had been paid. Seven said they
# would leave again" (more of the same base)
# (and "Seven of the nine men were referred ... Two have since gone back")
_BASE_IN_LAST_SENTENCE = re.compile(rf"\bof\s+(?:the|those|these)\s+(?:\d[\d,]*|(?:{NUMBER_WORD})\b)\s[^.!?\n]{{0,160}}[.!?][\"”’]?\s+$")
_SAID_AHEAD = re.compile(r"\s+(?:said|say|told|reported|knew|know|did|do|could|can)\b")
# ... or a later part of that base in the same sentence, after "and" or a comma: "Of the 24 returnees we interviewed, 15
# said they had not been paid, and nine said they would leave again"
_LATER_PART_OF_A_BASE_BEFORE = re.compile(rf"(?:^|[.!?]\s+)Of\s+(?:the|those|these)\s+(?:\d[\d,]*|(?:{NUMBER_WORD})\b)\s[^.;!?\n]{{0,80}},\s+"
                                          rf"(?:(?:only|just|some|about|nearly|almost)\s+)?(?:\d[\d,]*|(?:{NUMBER_WORD})\b)\s"
                                          r"[^.!?\n]{0,200}?(?:,|;|,?\s+and)\s+$")
# ... or a part of a count told earlier in its sentence, after "including", its noun left out and what sets the part apart
# told after it: "18 people were arrested, including six suspected of smuggling", "52 offices, including nine in the
# Kurdistan Region" (not of a duration: "30 years, including two in Baghdad")
_INCLUDING_PART_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?!(?:years?|months?|weeks?|days?|hours?|minutes?|times)\b)"
                                    r"[^.;!?\n]{0,100},\s+including\s+$", re.IGNORECASE)
_PART_TOLD_AHEAD = re.compile(r"\s+(?:(?:suspected|believed|thought|accused|charged|convicted|identified|described)\s+(?:of|to|as|with)\b"
                              r"|(?:in|at|from)\s+(?:the\s+)?(?-i:[A-Z])[a-z]|aged\s+\d|who\s+)")
_OF_A_BASE = re.compile(rf"\s+of\s+(?:the|those|these)\s+(?:\d|(?:{NUMBER_WORD})\b)")
# a number opening its sentence after "At" and followed by its clause's subject is a time of day, whatever the model weighs
_CLAUSE_AFTER_AT_TIME = re.compile(r"\s+(?:the|a|an|we|they|he|she|it|i|you|police|officers)\s", re.IGNORECASE)
# a count opening its sentence after "At", as a time of day would ("At 12 of the 40 we saw, staff said ...")
_AT_OPENS_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)At\s$")
# ... or a hedged count opening its sentence, of people who say what they did ("At least five said they meant to reach
# Britain", "More than 20 told police they had paid"): some of the group just described, their noun left out (a bare
# "Two said the talks had stalled" may be sources, so only with a hedge and "they")
# a speaker's own lot, no count the dataset keeps: those a family borrowed from ("borrowed the money from three people")
_LENDERS_BEFORE = re.compile(r"\b(?=b)borrow(?:s|ed|ing)?\b[^.;!?\n]{0,30}\bfrom\s+$", re.IGNORECASE)
# ... or one person a denial rules out as the cause: "did not die because of one bad decision by one person"
_NOT_BECAUSE_OF_BEFORE = re.compile(r"\b(?:not|n[’']t|never)\s+(?:\w+\s+){0,3}?(?:because\s+of|down\s+to)\s+[^,;.!?\n]{0,40}$")
_HEDGED_OPENER_BEFORE = re.compile(r"(?:^|\n|[.!?][’”\"']?\s+)(?:At\s+least|More\s+than|Nearly|Almost|Some)\s+$")
# ... or set against the group its sentence told first, after "but": "Most of the passengers were Malian, but nine said
# they were Iraqi" (some of that group, their noun left out)
_PEOPLE_THEN_BUT_BEFORE = re.compile(rf"\b(?:{_PERSONS})\b[^.!?;\n]{{0,160}},\s+(?:but|while|whereas|though|although)\s+$",
                                     re.IGNORECASE)
# ... or opening its sentence or clause, people counted just before in its paragraph: "Police held 12 men. Nine told officers
# they were Iraqi; the other three said they were Syrian" (parts of that group, their noun left out)
# (or its clause after a comma and "and": "Five said they were Iraqi, four of them Kurds, and two said they were Iranian")
_PART_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?;][’”\"']?\s+|,\s+(?:and|but|while)\s+)(?:(?:[Tt]he\s+)?(?:other|remaining)\s+)?$")
# (or a part of a group counted first, its noun left out too: "Police say seven of the group told officers they were
# Iraqi, and three said they were Syrian")
_PEOPLE_COUNTED_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?:(?:[\w’'-]+\s+){{0,2}}?(?:{_PERSONS})\b"
                                    r"|of\s+(?:the\s+(?:group|party|passengers|occupants)|them|those)\b)[^\n]{0,300}$",
                                    re.IGNORECASE)
_SAID_THEY_AHEAD = re.compile(r"\s+(?:said|told\s+(?:police|officers|investigators|the\s+court|interviewers|reporters))\s+"
                              r"(?:that\s+)?they\b")
# ... or a hedged count opening its sentence, or its clause after an attribution ("According to her, "), told what was done
# to them: "At least three had been refused asylum", "More than 20 were sent back" (those just described, their noun left
# out; a passive says who it befell, as no duration or sum does)
_HEDGED_DONE_TO_AHEAD = re.compile(r"\s+(?:(?:had|have)\s+been|were)\s+(?:[a-z]+ed|[a-z]+en|sent|held|kept|told|caught|left)\b")
_ATTRIBUTED_HEDGE_BEFORE = re.compile(r"(?:^|\n|[.!?][’”\"']?\s+)According\s+to\s+[^,.;!?\n]{1,40},\s+"
                                      r"(?:at\s+least|more\s+than|nearly|almost|some)\s+$")
# ... and the base itself after its part: "two of the four posts were vacant" (both figures, as "43 of the 120")
_PART_OF_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+of\s+(?:the|those|these)\s+$", re.IGNORECASE)
# ("..., and two near Osnabrück"; "six officers of the Federal Police and two from the BKA": by where they come from)
# (or a body by its initials: "eight Iraqi investigators and two from the NCA", its people left out)
_AT_A_PLACE = re.compile(r"\s+(?:in|near|at|around|outside|from)\s+(?:the\s+)?[A-Z](?:[a-z]|[A-Z]{1,5}\b)")
# ... or at a site described, then its place named: "..., and one at a new post in Basra"
_AT_A_SITE_IN = re.compile(r"\s+(?:in|at)\s+(?:an?|the)\s+(?:[a-z][\w’'-]*\s+){1,3}?(?:in|at)\s+[A-Z](?:[a-z]|[A-Z]{1,5}\b)")
_ELIDED_BEFORE = re.compile(r"(?:,|;|,?\s+and)\s+$")
# ... or the first of a count's parts by place, after a colon: "19 arrests: eight in Germany, five in Belgium"
_BREAKDOWN_BEFORE = re.compile(r"\d(?:[\d,]*\d)?\s+(?:[a-z-]+\s+)?[a-z-]+s:\s+$")
# ... or after a clause telling the count and where they are: "Seven ... officers are posted in Iraq: four in Baghdad"
_COUNT_CLAUSE_COLON_BEFORE = re.compile(rf"(?:^|[.!?]\s+|\n)(?:\d[\d,]*|(?:{NUMBER_WORD}))\s[^.;:!?\n]{{0,100}}:\s+$", re.IGNORECASE)
_VERB_AHEAD = re.compile(r"\s+(?:were|are|was|have|had|will|would)\b")
# ... or after "while" contrasting it with a part counted before: "Twelve of the men were granted asylum, while five have
# returned" (another part of that base, its noun left out)
_WHILE_BEFORE = re.compile(r",?\s+(?:while|whereas|but)\s+$")
# a crew counted after its noun: "a crew of seven", "its volunteer crew of six" (people taking part, as the opened golds
# count them; "a crew of three boats", its own noun after it, is counted by that noun's rules)
_CREW_OF_BEFORE = re.compile(r"\bcrews?\s+of\s+$", re.IGNORECASE)
_CREW_OF_NOUN_AHEAD = re.compile(r"[- ](?:[a-z]+s|hours?|days?|weeks?|months?|years?)\b")
# a sentence opening on a bare count and what was done to them, after a group was split by "Of the 20 arrested, ...": "Of
# the 20 held, eight are Iraqi. Nine have been taken to detention centres" (a part of that base, its noun left out)
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_DONE_TO_PART_AHEAD = re.compile(r"\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?been|were|are)\s+[a-z]+(?:ed|en)\b")
_SPLIT_BASE_BEFORE = re.compile(rf"\b[Oo]f\s+(?:the|those|these)\s+(?:\d[\d,]*|(?:{NUMBER_WORD}))\b[^\n]{{0,300}}[.!?]\s+$",
                                re.IGNORECASE)
# ... or a later part told by what it said of itself, a part out of a base counted earlier in the sentence: "Seven of the
# men said they were Syrian and three said they were Iraqi" (no base before: "It was cold, and two said they saw it" is none)
_SAID_OF_THEMSELVES_AHEAD = re.compile(r"\s+(?:(?:later|also|initially)\s+)?(?:said|told\s+(?:officers|police|staff|us|them)|claimed|"
                                       r"stated|gave\s+(?:their|an?)\s+[a-z]+\s+as)\s+(?:that\s+)?(?:they|their)\b")
# (one told of himself too: "Nine of the men said they were Afghan and one said he was from Iran")
_ONE_SAID_OF_HIMSELF_AHEAD = re.compile(r"\s+(?:(?:later|also|initially)\s+)?(?:said|told\s+(?:officers|police|staff|us|them)|"
                                        r"claimed|stated)\s+(?:that\s+)?(?:he|she|his|her)\b")
# (or the first part opening its sentence with no base, told by what it said of itself too: "Nine said they were Afghan
# and three said they came from Iran")
_PART_SAID_FIRST_BEFORE = re.compile(rf"(?:^|\n|[.!?][’”\"']?\s+)(?:\d[\d,]*|(?:{NUMBER_WORD}))\s+(?:(?:later|also|initially)\s+)?"
                                     r"(?:said|told\s+(?:officers|police|staff|us|them)|claimed|stated)\s+(?:that\s+)?they\b"
                                     r"[^.;!?\n]{0,120}$", re.IGNORECASE)
_PART_COUNTED_EARLIER_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+of\s+(?:the|them|those|these)\b[^.;!?\n]{{0,140}}$",
                                          re.IGNORECASE)
# ... its verb after an aside telling who some of them are: "The other four, among them a former mayor, are wanted"
# (or "remain", where those left are: "The other two, both from Iran, remain in custody")
_ASIDE_VERB_AHEAD = re.compile(r",\s[^.;:!?\n,]{1,80},\s+(?:were|are|was|have|had|will|would|remain(?:s|ed)?)\b")
# ... or the rest told by what they did, a past verb or a "who" clause after the count: "The other seven declined support",
# "the other ten came back from Turkey", "against the other two, who had ..." (when people were counted just before: "the
# other three relied on dogs" of ports is none)
_REST_OPENS_BEFORE = re.compile(r"\b[Tt]he\s+(?:other|remaining)\s+$")
_REST_ACTED_AHEAD = re.compile(r"\s+(?:[a-z]+ed|came|went|left|fled|stayed|chose|took|got|ran|flew|drove|swam|walked|sought|"
                               r"remain(?:ed)?|said|told|refused)\b(?!\s+(?:[a-z]+\s+)?(?:men|women|people|migrants|children|"
                               r"[a-z]+s)\s+(?:were|are|was|had|have)\b)|,\s+who\s")
# someone's clients ("who represents two of the suspects"); a lawyer's, whatever they are ("a lawyer representing two
# Kurdish men", though "men" counts people)
_LAWYER_BEFORE = re.compile(r"\b(?:lawyer|solicitor|barrister|attorney|counsel|advocate)s?\b[^.;\n]{0,40}$", re.IGNORECASE)
# (the wronged side's too: "a lawyer who represents 14 of the families" counts whom one person acts for, not the people an
# event touched, as the accused's lawyer's "two of the suspects" does; tests/articles/README.md)
_CLIENTS_BEFORE = EndsOnWords(re.compile(r"\b(?=[adlr])(?:represents|represented|representing|defends|defended|defending|acts for|acting for|"
                             r"lawyers? for|lawyers? representing)\s+$",
                             re.IGNORECASE), ("represents", "represented", "representing", "defends", "defended", "defending", "for"))
# ... their count hedged: "a solicitor who represents about 40 Kurdish clients", "acting for more than 20 families" (the
# hedge sits between the verb and the number, the clients counted all the same)
_CLIENTS_HEDGED_BEFORE = EndsOnWords(re.compile(
    r"\b(?:represents|represented|representing|defends|defended|defending|acts\s+for|acting\s+for)\s+"
    r"(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least|fewer\s+than|less\s+than|up\s+to)\s+$",
    re.IGNORECASE), ("about", "around", "roughly", "some", "nearly", "almost", "over", "than", "least", "to"))
# one person's caseload, whom they act for as a lawyer's clients are: "I have 46 open cases", "she carries about 30 cases",
# "a caseload of 60", "one adviser can have hundreds of returnees on her books" (not a body's: "the unit has 46 open cases",
# "the agency has 300 drivers on its books" stay figures)
_ONE_CARRIES_BEFORE = re.compile(r"\b(?:I|[Ss]he|[Hh]e)\s+(?:(?:now|still|currently|usually|often|also|only)\s+)?"
                                 r"(?:have|has|had|carry|carries|carried|handle|handles|handled|manage|manages|managed)\s+"
                                 r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|only|just)\s+)?$")
_CASES_AHEAD = re.compile(r"(?:\s+(?:open|active|live|current|ongoing|pending))?\s+(?:cases|clients|case\s?files)\b", re.IGNORECASE)
_CASELOAD_OF_BEFORE = re.compile(r"\bcase\s?loads?\s+of\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?$",
                                 re.IGNORECASE)
_ON_ONES_BOOKS_AHEAD = re.compile(r"(?:\s+of)?(?:\s+[\w-]+){1,3}?\s+on\s+(?:my|his|her)\s+books\b", re.IGNORECASE)


def _caseload(text: str, start: int, end: int) -> bool:
    """Does the number at ``start``..``end`` count one person's caseload ("I have 46 open cases", "hundreds of returnees on
    her books"), whom they act for, no count of what happened?"""
    before = text[max(0, start - 60):start]
    return bool(_ON_ONES_BOOKS_AHEAD.match(text, end)
                or _CASES_AHEAD.match(text, end) and (_ONE_CARRIES_BEFORE.search(before) or _CASELOAD_OF_BEFORE.search(before)))


# ... but not several representatives, each for a group, the groups counted as taking part: "Sheikhs representing more
# than 40 tribes signed", "elders representing 15 clans attended" (a lawyer's clients stay none: "lawyers representing 40
# families")
_DELEGATES_REPRESENTING_BEFORE = re.compile(r"\b(?=[cdeklmrs])(?:sheikhs|elders|delegates|delegations|chiefs|leaders|representatives|"
                                            r"mayors|envoys|mukhtars)\s+(?:[\w-]+\s+)?representing\s+"
                                            r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$",
                                            re.IGNORECASE)
# money a vague plural stands for: "the gangs are making millions", "earned thousands", "laundered millions for
# smugglers" (only money is laundered, embezzled or siphoned off: "moved thousands" may be people)
# ... or blown, or someone's own: "blew his dirty millions on supercars", "squandered thousands" (a fortune, no count)
_EARNING_BEFORE = re.compile(r"\b(?=[bcehilmprstw])(?:mak(?:e|es|ing)|made|earn(?:s|ed|ing)?|rak(?:e|es|ed|ing) in|pocket(?:s|ed|ing)?|"
                             r"cost(?:s|ing)?|paid|pa(?:y|ys|ying)|spen[dt]\w*|los(?:e|es|t|ing)|worth|"
                             r"blew|blown|squander(?:s|ed|ing)?|splash(?:es|ed|ing)?(?: out)?|"
                             r"launder(?:s|ed|ing)?|embezzl(?:e|es|ed|ing)|siphon(?:s|ed|ing)?(?: off)?"
                             r"|(?:his|her|their|its)(?:\s+(?:ill-gotten|dirty|hard-earned|stolen|criminal|hidden|secret|offshore|"
                             r"laundered))?)\s+$", re.IGNORECASE)
# ... or a possessive ("the yacht's two skippers", "the gang’s three leaders"), or an ordinal ("the first two intakes"):
# which ones, not how many
# people counted before and referred back to by "the" and a relative clause: "the two who had been in hospital were
# discharged", "the three who drowned" (listed again, as every mention is; not "the first two who", an order)
_THE_WHO_BEFORE = re.compile(r"\b(?=[tT])the\s+$")
_WHO_DID_AHEAD = re.compile(r"\s+who\s+(?:(?:had|have|has|were|are|was|is|still|later|then)\s+)*(?!to\b)[a-z]+(?:ed|en)?\b")
# the later parts of a group split by nationality, the noun left out: "Of the 14 held, seven were Iraqi nationals, five
# Iranian and two Syrian" (counts of people, as the first part's is)
_NATIONALITY_LEFT_AHEAD = re.compile(r"\s+(?-i:[A-Z][a-z]{2,}(?:an|i|ese|ish|ch))(?=\s*(?:[,.;)]|and\b|$))")
_SPLIT_BY_NATIONALITY_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?:of\s+them\s+)?(?:were|are)\s+"
                                          r"(?-i:[A-Z][a-z]{2,}(?:an|i|ese|ish|ch))\b[^.;!?\n]{0,40}?"
                                          rf"(?:,\s+(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?-i:[A-Z])[a-z]+)*,?\s+(?:and\s+)?$",
                                          re.IGNORECASE)
# ... but "all" after a verb of checking says how far a check reached, a count of what it covered: "officers searched all
# 14 coaches", "will inspect all 60 licensed hostels" (as "searched 14 coaches" is; "thanked all three officers" stays which)
_CHECKED_ALL_BEFORE = re.compile(r"\b(?=[bceisx])(?:check|search|inspect|examin|screen|scan|x-ray|board)(?:s|es|ed|ing|e|ed)?\s+"
                                 r"all\s+$", re.IGNORECASE)
_CHECKED_ALL_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b(?<!times)")
_DETERMINER_BEFORE = re.compile(r"\b(?=[abehiot])(?:the|these|those|both|its|their|our|his|her|every|each|all)\s+"
                                r"(?:(?:first|last|next|final|previous)\s+)?$"
                                r"|\b(?!(?:it|that|there|here|what|who|he|she|let)[’']s)[a-z]+[’']s\s+$", re.IGNORECASE)
# ... but a place's or a body's kit counted after its possessive is how much of it there is, as a bare count is: "the port's
# two new X-ray scanners", "the force's three patrol boats" (people are left out: "the yacht's two skippers" are which ones)
# (so is the first delivery of kit: "the first six vehicle scanners paid for by Britain had reached the crossing" is how
# many arrived, as "the first 36 drones" is; "the first two intakes" are no kit, and stay which ones)
# (and so is kit counted after a bare "the", as every mention of a count is: "to inspect the four scanners, which were
# paid for by Britain" tells how many there are, as "four scanners" does)
_PLACE_OWNS_BEFORE = re.compile(r"\b(?=[abcdfghmoprstu])(?:(?:port|airport|border|force|police|agency|unit|authority|coastguard|"
                                r"ministry|department|directorate|service|government|harbour|terminal|crossing|station|"
                                r"city|country|region)[’']s|the(?:\s+first)?)\s+$", re.IGNORECASE)
_OWNED_KIT_AHEAD = re.compile(r"(?:\s+(?:new|additional|extra|mobile|fixed|modern|fast|[\w-]+-ray|body|thermal))?(?:\s+[\w-]+)?\s+"
                              r"(?:scanners|drones|cameras|vessels|patrol\s+boats|cutters|helicopters|aircraft|vehicles|"
                              r"detectors|machines|kiosks|gates|dogs)\b", re.IGNORECASE)
# a speaker's anecdote of their own, told as a one-off: "I once found four lads in the back of my trailer", "we one night
# pulled three men out" (a memory, no count of what happened)
_ANECDOTE_BEFORE = re.compile(r"\b(?:I|[Ww]e)\s+(?:once|one\s+(?:day|night|time|morning|evening))\s+(?:[a-z]+\s+){0,2}$")
# a number a condition supposes: "If one child remembers", "even if two boats go down"
_IF_BEFORE = re.compile(r"\b(?=[iu])(?:if|unless)\s+(?:only\s+|just\s+|even\s+)?$", re.IGNORECASE)
# a few people described at once by their kinship, their story told next: "Two pupils, a brother and sister, left in
# January", "three children, two sisters and their cousin, moved schools" (not what befell them: "were arrested" counts)
_KIN = r"(?:brothers?|sisters?|siblings|twins|cousins?|sons?|daughters?|mother|father|husband|wife|couple|parents)"
_KIN_APPOSITION_AHEAD = re.compile(rf"\s+[a-z]+,\s+(?:an?|two|three|both)\s+(?:[a-z]+\s+)?{_KIN}(?:\s+and\s+(?:(?:his|her|their|an?)\s+)?"
                                   rf"(?:[a-z]+\s+)?{_KIN})?,\s+(?=[lmsgjf])(?:left|moved|went|stopped|started|joined|fled|"
                                   r"transferred|gave)\b")
# "the" before people counted, named again as suspects or defendants ("the two men were remanded", "The three other
# suspects were bailed", "arrested the five in raids", "joining the four already there"): a figure, each mention
# (or "these", "those": "These six new officers mean", a speaker's pointing at the count just told)
_THE_BEFORE = re.compile(r"\b(?=[t])(?:the|these|those)\s+$", re.IGNORECASE)
_OWN_BODY_BEFORE = re.compile(r"\b(?=[iot])(?:our|its|their)\s+$", re.IGNORECASE)
# ... or a defendant's partners in the crime after "his": "His two accomplices received 15 years each" (people sentenced or
# arrested, counted, as "two accomplices" is; "his two sons" stay one family's)
_PARTNERS_AHEAD = re.compile(r"\s+(?:alleged\s+|suspected\s+)?(?:accomplices|co-?defendants|co-?accused|co-?conspirators|henchmen)\b")
_OFFENDER_OWNS_BEFORE = re.compile(r"\b(?=[hHtT])(?:his|her|their)\s+$", re.IGNORECASE)
# ... or "all" before them: "All seven men were referred", "All seven had travelled" (the group counted earlier, whole)
_ALL_BEFORE = re.compile(r"\b(?=[aA])all\s+(?:the\s+)?$", re.IGNORECASE)
# ... its verb a plain one, the sentence opening on "All": "All six attend school", "All four returned home" (a verb in
# the present or the past, told by its ending or a short list; "All 27 member states" has a noun)
_ALL_OPENS_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n[^\S\n]*)All\s+$")
_ALL_VERB_AHEAD = re.compile(r"\s+(?:(?:now|still|also|later)\s+)?(?:[a-z]{3,}ed|attend|live|work|study|speak|go|went|came|left|"
                             r"say|said|told|spoke|receive|remain)\b(?!\s+(?:by|in\s+which)\b)")
# ... or the whole or the rest of them as the object of what the police or a court did, their noun left out: "remanded
# all four in custody", "released the other two under judicial control" (a count told again, as "the two men" is)
# (or of a court's order, what it ordered done to them told by a participle: "ordered all four held in custody")
_GROUP_OBJECT_BEFORE = re.compile(r"\b(?=[abcdfhjors])(?:arrested|detained|held|charged|released|freed|bailed|remanded|rescued|"
                                  r"deported|returned|jailed|convicted|acquitted|cleared|sentenced|ordered)\s+"
                                  r"(?:all\s+(?:the\s+)?|the\s+(?:other|remaining)\s+)$", re.IGNORECASE)
_ORDERED_DONE_AHEAD = re.compile(r"\s+(?:held|detained|kept|remanded|released|freed|deported|returned|transferred|extradited|jailed)\b")
# a count of people told by where they were posted, with no noun: "one of two posted to Iraq", "the six deployed in Erbil"
_POSTED_ELLIPTIC_AHEAD = re.compile(r"\s+(?:posted|deployed|stationed|seconded|embedded)\s+(?:to|in|at)\s+(?-i:[A-Z])")
# people lost to the crossing, told by one who knew them: "lost three former pupils to the sea" (deaths counted)
_LOST_BEFORE = re.compile(r"\b(?=l)lost\s+$")
_LOST_TO_SEA_AHEAD = re.compile(r"(?:\s+[\w’'-]+){1,3}?\s+to\s+the\s+(?:sea|Channel|crossing|waves|water|Mediterranean|Aegean)\b")
# ... or told as suspected: "the two suspected couriers"; or officers, as newly posted: "the six new liaison officers"
# (or told by what befell them before the noun: "the two detained men", "the three rescued migrants")
_THE_PEOPLE_AHEAD = re.compile(r"\s+(?:(?:suspected|alleged)\s+[a-z]+s\b|(?:new|additional|extra)\s+(?:[a-z]+\s+)?officers\b|"
                               r"(?:other\s+|remaining\s+|(?:detained|arrested|rescued|injured|jailed|convicted|charged)\s+|"
                               # (or by a country's or a body's initials: "the two UK suspects", "the three EU nationals")
                               r"(?-i:[A-Z])[a-z]+\s+|(?-i:[A-Z]{2,3})\s+){0,2}(?:men|women|suspects|(?:co-)?defendants|(?:co-)?accused|"
                               r"smugglers|traffickers|drivers|migrants|survivors|detainees|prisoners|workers|victims|passengers|"
                               # ... or the crew of a boat stopped, named again: "the two skippers had been promised"
                               # (its possessive stays which ones: "the yacht's two skippers")
                               r"skippers|helmsmen|crewmen|"
                               # (or by the crew's own word: "The three crew members, two men from France and ...")
                               r"crew\s+members|"
                               # ... or the minors among them, named again: "nine men, two women and the three children"
                               # (or the grown-ups: "the four adults had crossed from Turkey")
                               r"children|minors|teenagers|adults|"
                               # ... or the craft a rescue or a watch had out: "the two cutters on patrol that night",
                               # "the three lifeboats at the scene" (vessels counted, as a boat's count is)
                               r"(?:cutters|boats|vessels|lifeboats|ships|helicopters)\s+(?:on|at)\s+(?:patrol|duty|station|the\s+scene)|"
                               # ... or the firms sanctioned or raided, named again: "The three businesses handled transfers"
                               # (or by a sanctions list's word: "is among the four entities designated")
                               r"businesses|firms|companies|entities|"
                               # ... or those sanctioned, named again by the release's word: "the nine individuals are
                               # also subject to a travel ban"
                               r"individuals|persons|"
                               # ... or by their nationality's adjective and "nationals" or "citizens": "to interview the
                               # seven Iraqi nationals" (the people found, again)
                               r"nationals|citizens|"
                               # ... or the people found named again by their nationality's plural, as UNIT_NOUNS counts
                               # them: "found seven Iraqi nationals ... The seven Iraqis were taken to a centre"
                               r"(?-i:[A-Z][a-z]{3,}(?:ans|(?<!s)is|ese)|Kurds))\b"
                               r"(?!\s+(?:countries|sides)\b|[’']))")  # (not "the two workers' unions": what they own)
# ... or officers named again by where they were posted, their force's name between: "the six Home Office and NCA liaison
# officers posted to Baghdad", "the four Home Office liaison officers in Erbil" (the officers a posting counts)
# (or working there now: "the two liaison officers now working in Iraq")
# (their kind may take two words: "the two immigration liaison officers now posted in Erbil")
_THE_POSTED_AHEAD = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*(?:\s+and)?){0,5}\s+(?:[a-z]+\s+){0,2}officers\s+(?:(?:now|currently|still)\s+)?"
                               r"(?:posted|deployed|based|stationed|seconded|embedded|(?:working|serving)\s+(?:in|at)\s+(?-i:[A-Z])[a-z]+|"
                               r"in\s+(?-i:[A-Z])[a-z]+|"
                               # (or at the post named as a place of its kind: "the two Iraqi liaison officers at the port")
                               r"at\s+the\s+(?:port|airport|border|embassy|consulate|crossing|docks))\b")
# ... or named again by their death or survival: "one of the four who drowned", "among the nine people who died"
# (a plain people noun only: "the two smugglers who ..." is caught as people named again)
# ... or named again by what then befell them, no noun: "The three were remanded in custody" (those arrested, again)
_THE_PASSIVE_AHEAD = re.compile(r"\s+(?:were|have\s+been|had\s+been|will\s+be)\s+(?:(?:all|later|each|then|subsequently|since)\s+)?"
                                r"(?=[abcdfjqrs])(?:remanded|charged|bailed|released|jailed|convicted|sentenced|deported|detained|"
                                r"acquitted|freed|questioned)\b")
# ... or by a court's order on them, its verb left out: "the judge ordered the five held in custody" (those arrested, again)
_THE_HELD_BARE_AHEAD = re.compile(r"\s+(?:held|kept|remanded|detained)\s+in\s+(?:(?:pre-?trial\s+)?custody|(?:pre-?trial\s+)?detention)\b")
# ... but not the parties to talks, named before by name: "The two men also discussed trade" (the ministers who met, no count;
# "the two men met a courier" may be suspects again, so only the verbs of talks)
# (or agreeing on a step, as ministers who met do: "the two men agreed to form a joint team")
_THE_TALKS_AHEAD = re.compile(r"\s+(?:men|women)\s+(?:(?:also|then|later|briefly|had|have)\s+)?(?=[adhst])(?:discussed|talked|"
                              r"signed|shook\s+hands|held\s+talks|agreed\s+(?:on|to)\b)\b")
# ... or a visiting delegation's size, told first as "the": "hosted a delegation from the ministry. The six officers ..."
# (its members counted for the first time; not "a delegation of six officers ... The six officers", told before)
_DELEGATION_BEFORE = re.compile(r"\b(?=[aA])an?\s+(?:[\w’'-]+\s+){0,2}?(?:delegation|team|mission)\s+(?:from|representing|sent\s+by)\b"
                                r"[^\n]{0,300}$")
_DELEGATES_AHEAD = re.compile(r"\s+(?:[a-z]+\s+)?(?:officers|officials|delegates|members|visitors|inspectors|investigators|"
                              r"experts|prosecutors|judges)\b")


def _delegation_size(text: str, start: int, end: int, words: str) -> bool:
    """Whether "the" and the number at ``start``..``end`` count the members of a delegation just told of, uncounted."""
    before = text[max(0, start - 400):start]
    return bool(_DELEGATES_AHEAD.match(text, end) and (m := _DELEGATION_BEFORE.search(before))
                and not re.search(rf"\b{re.escape(words)}\b", before[m.start():-4], re.IGNORECASE))


_THE_WHO = re.compile(r"(?:\s+(?:people|persons|migrants|men|women|children|passengers))?\s+who(?=\s)")
_THE_ALREADY_AHEAD = re.compile(r"\s+(?:already|still)\s+(?:there|here|in post|in place|deployed|posted|based|stationed|serving|"
                                r"held|in custody)\b")
# the users a vague plural describes: "a business used by thousands of families", "an app trusted by millions"
# (an adverb between told too: "a system used legitimately by millions", "an app trusted daily by thousands")
_CLIENTELE_BEFORE = re.compile(r"\b(?=[rtuvw])(?:used|trusted|relied\s+(?:up)?on|visited|watched|followed)\s+(?:[a-z]+ly\s+)?by\s+$",
                               re.IGNORECASE)
# ... or told as what they do with it: "Millions of ordinary Kurds use it to pay", "thousands of families rely on it"
_CLIENTELE_AHEAD = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){1,3}?(?:use|used|rely\s+(?:up)?on|relied\s+(?:up)?on|trust|trusted)\s+"
                              r"(?:it|them|this|these|such)\b")
# a generic statement, no count of anything that happened: "Every time you arrest a kingpin, two ... take over"
# a part of a duration just told: "spent nine years in the police, the last three of them in Erbil" (years, no people)
_PART_OF_DURATION_BEFORE = re.compile(r"\b(?:years|months|weeks|days|decades)\b[^.;!?\n]{0,80}?\bthe\s+(?:last|first|final|past|"
                                      r"next|other|remaining)\s+$"
                                      # ... or a career's years split after a comma: "I spent 23 years guarding the
                                      # frontier, three of them in Erbil" (its spender the subject, no people counted)
                                      r"|\b(?=[slw])(?:spent|served|worked|lived)\s+(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+"
                                      r"(?:years|months|decades)\b[^.;!?\n\d]{0,60},\s+$", re.IGNORECASE)
_OF_THEM_AHEAD = re.compile(r"\s+of\s+(?:them|those|these)\b|\s*[,.;]|\s+(?:as|in|at|on|with|were|was|he|she|I|we|they)\b")
# ... or a generic "you" supposing what could be done: "You can jail a hundred couriers and ..." (a manner of speaking)
_GENERIC_YOU_BEFORE = re.compile(r"\b[Yy]ou\s+(?:can|could|might|would)\b[^.;!?\n]{0,100}$"
                                 # ... or what nobody would look for: "You don't expect forty engines next to your garage"
                                 r"|\b[Yy]ou\s+(?:don[’']t|do\s+not|never)\s+(?:expect|see|find|get)\s+(?:to\s+(?:see|find)\s+)?$"
                                 # ... or bidding the reader do it: "Ask a hundred families in Ranya why ..."
                                 r"|(?:^|[.!?:]\s+|\n|[“\"‘]\s*)(?:Ask|Take|Pick|Imagine|Put|Talk\s+to|Go\s+and\s+ask)\s+(?:any\s+)?$"
                                 # ... or a quoted speaker's ratio of one told to many untold: '"For every Soran there are
                                 # ten more waiting"' (a manner of speaking, nothing counted)
                                 r"|[“\"‘]\s*For\s+every\s+[\w’'-]+(?:\s+[\w’'-]+)?,?\s+there\s+(?:are|were|is)\s+$")
# a count before another sharing its noun, named by their nationality or force: "nine British and 12 Iraqi officers"
_SHARED_NOUN_AHEAD = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*){1,2}\s+(?:and|or)\s+(?=\d|[a-z])")
# a list of digits whose last names the noun: "Police arrested 3, 6 and 12 people" (the 6 counts people too)
_LISTED_AHEAD = re.compile(r"(?:,\s*\d[\d,.]*){0,4},?\s+(?:and|or)\s+(?=\d)")
_GENERIC_BEFORE = re.compile(r"\b(?:[Ee]very time|[Ee]ach time|[Ww]henever)\b[^.;!?\n]*$")
# ... or a speaker's "one" of each of many, as a manner of speaking: '"Every village here has one son who left, and one who
# came back"' (the second "one" too, after "and"; no count of anything that happened)
_EVERY_HAS_ONE_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+(?:[\w’'-]+\s+){1,5}?(?:has|have|had|knows?|lost)\s+"
                                   r"(?:[^.;!?\n]{0,80}?,?\s+and\s+)?$")
# ... or a typical case a speaker supposes, in the present: "When a boat comes in with 60 people and three of them are
# children, ..." (no boat that came; "When a boat sank in 2019 with 39 people" tells one, its verb in the past)
# (or anyone's: '"When someone wants five outboard motors and ...')
_TYPICAL_CASE_BEFORE = re.compile(r"(?:^|[.!?]\s+|[“\"‘]\s*)(?:When|If|Whenever|Once)\s+(?:an?\s+(?:[a-z-]+\s+){1,2}?|(?:some|any)(?:one|body)\s+)(?!was\b|has\b)"
                                  r"[a-z]{2,}s\s+(?:in\s+|up\s+|ashore\s+)?[^.;!?\n“”\"]{0,50}$"
                                  # ... or a kind of shift a speaker describes: '"On a busy night we have four officers"'
                                  # (how it goes as a rule, no count of one night)
                                  r"|(?:^|[.!?]\s+|[“\"‘]\s*)(?:On|In|During)\s+an?\s+(?:busy|typical|normal|good|bad|quiet|average|"
                                  r"ordinary|usual)\s+(?:night|day|shift|week|weekend|morning|evening)\b[^.;!?\n“”\"]{0,40}$"
                                  # ... or a quotation opening on anyone of a kind and what they do as a rule, in the present:
                                  # '"A boy sees one returnee with a shop and twenty friends abroad"' (no boy counted; "A boy
                                  # was found with ..." tells one)
                                  r"|[“\"‘]\s*An?\s+(?:[a-z-]+\s+)?(?!was\b|has\b|is\b)[a-z]{2,}s\s+[^.;!?\n“”\"]{0,50}$")
# ... or a promise bid as an order and its outcome: "Pay them properly and a third of them will come back" (what would
# follow, no count)
# ... or a blow struck and its futility: "Take out one broker and three more are advertising by the weekend"
_BID_THEN_BEFORE = re.compile(r"(?:^|[.!?]\s+|[“\"‘]\s*)(?:Give|Offer|Pay|Show|Let|Build|Open|Send|Fund|Provide|Find|"
                              r"Take\s+(?:out|down)|Arrest|Jail|Lock\s+up|Shut\s+down|Close|Catch|Remove|Deport)\s+"
                              r"[^.;!?\n“”\"]{0,80}?\band\s+$")
# ... or a speaker's forecast for the next hours or days: "By tonight half of them will be back" (a guess, no count)
_SOON_BEFORE = re.compile(r"(?:^|[.!?]\s+|[“\"‘]\s*)(?:By|Within)\s+(?:tonight|tomorrow|the\s+(?:morning|weekend)|next\s+week|"
                          r"an?\s+(?:hour|day|week)|(?:two|three|a\s+few)\s+(?:hours|days))\s*,?\s+$")
_WILL_AHEAD = re.compile(r"(?:\s+of\s+(?:them|us|those|these))?\s+(?:will|would)\b|\s+more\s+(?:are|will|would|have)\b")
# a speaker's antithesis, one multiplier up and the other down: "has doubled the number of people it interviews and
# halved the value of the people doing it" (a complaint's rhetoric, no ratio measured)
_ANTITHESIS_AHEAD = re.compile(r"[^.;!?\n“”\"]{0,80}?\band\s+(?:has\s+|have\s+)?halved\b")
_ANTITHESIS_BEFORE = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled)\b[^.;!?\n“”\"]{0,80}?\band\s+(?:has\s+|have\s+)?$")
# a penalty's cap told as a share of a firm's takings: "fines of up to £18 million or 10% of worldwide revenue" (a rule's
# size, no count)
# ... or the bodies a sum is divided among: "£2.5 million shared between 43 forces" (how thin it spreads, no count)
_SUM_SHARED_BEFORE = re.compile(r"[£$€]\s?\d[\d.,]*(?:\s?(?:million|billion|bn|m)\b)?\s+(?:[a-z]+\s+){0,2}?(?=[ds])"
                                r"(?:shared|split|divided|spread)\s+(?:between|among(?:st)?|across)\s+$")
_BODIES_AHEAD = re.compile(r"\s+(?:police\s+)?(?:forces|constabularies|councils|(?:local\s+)?authorities|boroughs)\b")
_FINE_BEFORE = re.compile(r"\b(?=[fp])(?:fines?|penalt(?:y|ies))\b[^.;!?\n]{0,50}$", re.IGNORECASE)
# (or of the value of what broke the rule: "a fine of up to £1 million, or 50% of the breach's value", a penalty's size too)
_OF_TAKINGS_AHEAD = re.compile(r"(?:\s?(?:%|per\s?cent\b))?\s+of\s+(?:(?:its|their|a|the|[\w-]+[’']s|qualifying|annual|"
                               r"global|worldwide|total|gross)\s+){0,3}(?:revenue|turnover|income|profits?|takings|value|worth)\b",
                               re.IGNORECASE)
# one of a kind in a hypothetical: "returning one person could take a year", "one child can cost"
_MODAL_AHEAD = re.compile(r"\s+(?:could|can|would|might|may)\s+(?!not\b|have\b)", re.IGNORECASE)
# ("police" as a plural: "Forty-eight airport police and immigration officers")
# (the kind may be told as the same as one named before, its words not counted among the three: "eight of the same
# thermal camera units")
# (or "staff", uncounted in form: "Seventeen Coast Guard and Navy staff", the name keeping it past _unit's three words)
_PLURAL_AHEAD = re.compile(r"(?:\s+of\s+the\s+same)?(?:\s+[\w’'-]+){0,3}?\s+([a-z][\w’'-]*s|aircraft|people|men|women|children|personnel|accused|police|staff)\b")
# ... its noun after two kinds joined: "three separate small-boat and smuggling incidents" (four words between; a wider
# window for any words would reach a clock's "ten past the man who calls")
# ... or after a second count of another kind sharing it: "four Greek and three Bulgarian passports" (each count's kind a
# proper adjective)
# (a kind may be a compound with a capital, and the second a noun's two words: "two mobile X-ray and thermal imaging units")
_COORDINATED_PLURAL_AHEAD = re.compile(r"(?:(?:\s+[a-z][\w’'-]*)?\s+[a-zA-Z][\w’'-]*\s+(?:and|or)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?"
                                       rf"|\s+(?-i:[A-Z])[\w’'-]+\s+(?:and|or)\s+(?:\d[\d,]*|{NUMBER_WORD})\s+(?-i:[A-Z])[\w’'-]+)"
                                       r"\s+([a-z][\w’'-]*s)\b")
# goods told by their maker's and model's names, the model in the plural: "including three Rolex Daytonas," (a seizure's
# items, as "three watches" would be; its clause ends there)
_BRAND_PLURAL_AHEAD = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]+){0,2}\s+((?-i:[A-Z])[a-z]{2,}(?<!ss)s)\b"
                                 r"(?=\s*[,;:)]|\s+(?:worth|valued|seized|found|bought)\b)")
# what a number word before them counts is a manner of speaking, no figure: "two sides", "tell two stories", "for three reasons"
_NOT_COUNTED_NOUNS = frozenset({"times", "ways", "sides", "things", "stories", "tales", "reasons", "lessons", "kinds", "types",
                                "sorts", "faces", "halves", "versions", "minds", "messages", "questions", "answers", "options",
                                "digits", "takeaways",
                                # (and the causes an argument names: "Officials point to three changes", "two factors")
                                "changes", "factors", "explanations",
                                # (and an article's own points: "Three numbers tell the story"; "eleven figures moving
                                # through a field" are people)
                                "numbers", "facts",
                                # goods by their container: "left with two bags of bread", a gift, no count the dataset keeps
                                "bags", "sacks", "boxes", "packets", "parcels", "cups", "glasses", "plates", "bowls", "bottles",
                                "loaves", "trays", "baskets", "suitcases"})
# ... but a speaker's "two networks" taken apart counts what the police did
# (and the routes or crossings a force says it shut: "we have closed three routes")
_ENFORCEMENT_NOUNS = frozenset({"networks", "gangs", "raids", "arrests", "boats", "smugglers", "cells", "routes", "crossings"})
_MORE_AHEAD = re.compile(r"\s+(?:more|extra|additional|further)\b", re.IGNORECASE)
# an organisation's name between a count and its noun ("two National Crime Agency liaison officers")
# (or two joined: "Seven Home Office and National Crime Agency officers")
# (its acronym in brackets after it: "Six additional National Crime Agency (NCA) officers")
_NAME_AHEAD = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*(?:\s+and(?=\s+(?-i:[A-Z])))?){2,5}(?:\s+\((?-i:[A-Z]){2,6}\))?(?=\s+[a-z])")
# ... or in a Title Case headline, where the counted noun is capitalised too: "Port Receives Four Container X-ray Scanners
# with British Support" (the plural closes the capitalised run, a lowercase word or the line's end after it; "Four Seasons
# Hotel" runs on, a name)
_TITLE_PLURAL_AHEAD = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}?\s+((?-i:[A-Z])[a-z][\w’'-]*s)\b(?=\s+[a-z]|\s*(?:\n|$|[,:;]))")
_TITLE_WORDS = re.compile(r"[A-Za-z][\w’'-]{3,}")


def _title_case_line(text: str, start: int) -> bool:
    """Is ``text[start]`` on a Title Case headline's line: a line of its own that ends no sentence, its long words capitalised?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (e := text.find("\n", start)) == -1 else e
    line = text[line_start:line_end].rstrip()
    words = _TITLE_WORDS.findall(line)
    return (len(words) >= 4 and line[-1] not in ".!?”\"’»:;" and len(line) < 200
            and sum(w[0].isupper() for w in words) >= 0.8 * len(words))


# a part of what a named owner has: "stopped two of the Khabur Star Travel company's coaches" (its noun after the name)
_OF_THE_AHEAD = re.compile(r"\s+of\s+the(?=\s+(?-i:[A-Z]))")


def _of_a_named_owner(text: str, end: int) -> re.Match | None:
    """The owner's name in "two of the Khabur Star Travel company's coaches", after the number ending at ``end``."""
    return _NAME_AHEAD.match(text, of.end()) if (of := _OF_THE_AHEAD.match(text, end)) else None


# a headline's count of people and what befell them, at the start of its line (after a time stamp or not)
_HEADLINE_VERB = re.compile(r"\s+(?:arrested|detained|held|charged|jailed|convicted|sentenced|rescued|killed|injured|hurt|"
                            r"dead|missing|deported|removed|returned|released|freed|found|drowned|saved|hospitali[sz]ed|"
                            r"taken\s+to\s+hospital|airlifted|treated"
                            # (or kept by a hospital: "where two were kept in overnight", as "treated" is)
                            r"|kept\s+in\s+(?:overnight|hospital)"
                            # ... or what those counted say of themselves: "14 found in trailer, nine say they are from Iraq"
                            # (people counted by their own account, as "nine told police they were Iraqi" is)
                            r"|(?:say|said|claim|claimed)\s+they)\b", re.IGNORECASE)
# ... or its second clause, after a comma on a line with no full stop: "seize 86 forged passports, two held"
_HEADLINE_CLAUSE_BEFORE = re.compile(r"(?:^|\n)[^\n.!?]{1,120}[,;:]\s+$")
_HEADLINE_REST = re.compile(r"[^\n.!?]{0,80}(?:\n|$)")
# ... or its second sentence, on a standfirst of headline clauses that ends with no full stop: "Driver, 52, remanded in
# custody. Two taken to hospital with hypothermia" (the line's end is read by _HEADLINE_REST)
_HEADLINE_SENTENCE_BEFORE = re.compile(r"(?:^|\n)[^\n]{1,120}[.;]\s+$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:(?:\d{1,2}[.:]\d\d|\d+[hm])(?:\s?(?:am|pm|GMT|BST|CET))?(?:\s+ago)?\s+)?$")


def _headline_count(text: str, start: int, end: int, before: str) -> bool:
    """Is the number at ``text[start:end]`` a headline's count of people and what befell them (_HEADLINE_VERB), opening its
    line or the line's second clause? ``before`` is the text before it (its line start is read from it)."""
    return bool((verb := _HEADLINE_VERB.match(text, end)) and (
        _LINE_START.search(before) or (_HEADLINE_CLAUSE_BEFORE.search(text, max(0, start - 130), start)
                                       or _HEADLINE_SENTENCE_BEFORE.search(text, max(0, start - 130), start))
        and _HEADLINE_REST.match(text, verb.end())))

# ... or the earlier count it is compared with, its noun left out: "14 boats have landed, compared with five in 2025"
# (a hedge between too: "46 caught this summer, compared with just four a year earlier", "up from only two", "up from
# about six": the hedge is the quantity's own, before its number)
# (or set "against" it after a comma, as the comparisons run: "46 boats this year, against just six in 2024"; not "voted
# against", with no comma)
_CHANGE_FROM_BEFORE = re.compile(r"\b(?=[acdu])(?:(?:up|down) from|compared\s+(?:with|to)|(?<=,\s)(?:as\s+)?against)\s+"
                                 r"(?:(?:just|only|a\s+mere|about|around|roughly|approximately|some|nearly|almost|barely|over|under|"
                                 r"(?:more|fewer|less)\s+than|at\s+least)\s+)?(?P<the>the\s+)?$",
                                 re.IGNORECASE)
# ... "the" before it only with its noun left out, a clause or a stop after it: "Four are posted, against the six the pact
# promised" ("compared with the two countries" names which ones)
_COMPARED_NOUN_LEFT_AHEAD = re.compile(r"\s*[.,;:)]|\s+(?:the|an?|that|which|it|they|we|he|she|in|at|on|last|promised|planned|"
                                       r"agreed|pledged|expected|required|needed|due)\b")
# ... or "more" standing for more of them, a verb after it: "two more would be posted", "a dozen more are on the list"
_MORE_VERB_AHEAD = re.compile(r"\s+more\s+(?:(?:would|will|could|may)\s+(?:be|have|soon)|(?:were|are|have|had|remain|face)(?!\s+(?:to|than)\b))\b",
                              re.IGNORECASE)
_DIED_AHEAD = re.compile(r"\s+(?:(?:have\s+|had\s+)?(?:died|drowned|perished|survived)|(?:were|have been|had been)\s+"
                         r"(?:killed|drowned|injured|hurt|missing|rescued|saved|hospitali[sz]ed|airlifted|"
                         # (a hospital named: "taken to Zakho Emergency Hospital", "taken to a local hospital")
                         r"taken\s+to\s+(?:[\w’'-]+\s+){0,4}?hospital))\b",
                         re.IGNORECASE)
# (or a place's clause, of the people just told of: "taken to the hospital, where two were treated for hypothermia")
_CLAUSE_OPENS = re.compile(r"(?:[;:]|[,;]?\s+(?:and|but|while|of whom|of them)|,\s+where)\s+$", re.IGNORECASE)
# (an adverb may stand between: "at least four are still missing", "Two are now in place")
_WERE = re.compile(r"\s+(?:were|are|have been|had been|will be)(?:\s+(?:still|now|also|already|all|later|since|reportedly))?(?=\s)",
                   re.IGNORECASE)
# ... or people counted by where a body has put them, the noun told before: "liaison officers ... Two are now in place"
# (or "based" in or at a place: "Two will be based in Basra", not "were based on interviews")
# (its place may be a named building: "Three will be based at the British Embassy")
_POSTED = re.compile(r"\s+(?:deployed|stationed|in\s+post|in\s+place|based\s+(?:in|at)\s+(?:the\s+)?(?=(?-i:[A-Z]))\b)", re.IGNORECASE)
# a hedge before the count leaves its clause open still: "and at least four are still missing"
# (so does a word adding it to a count just told: "A further two are still missing", "Another three were detained")
_CLAUSE_HEDGE_BEFORE = re.compile(r"\b(?=[aflmnsu])(?:a\s+further|another|an\s+additional|at\s+least|more\s+than|fewer\s+than|less\s+than|"
                                  r"nearly|almost|about|around|some|up\s+to)\s+$", re.IGNORECASE)
_EMERGENCY_NUMBERS = {"999", "911", "112", "111", "101"}
_DIALLED_BEFORE = re.compile(r"\b(?=[cdpr])(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|rang|ring(?:s|ing)?|phon(?:e|es|ed|ing))\s+$",
                             re.IGNORECASE)
# a line's short number before its noun: "the KRG 119 hotline", "the 116 helpline" (one line, not "three hotlines")
_LINE_AHEAD = re.compile(r"\s+(?:hot|help|tip|tip-off|advice|emergency\s|phone\s|tele?phone\s)?line\b(?![s-])", re.IGNORECASE)
# people a verb coordinated with a count just told acts on, their noun left out: "charged six of the men and released
# two on bail", "..., but freed three without charge"
_ELIDED_VERB_BEFORE = re.compile(r"(?:,|;|\b(?:and|but|while))\s+(?:later\s+|also\s+)?(?=[abcdfhjrs])(?:arrested|detained|held|"
                                 r"charged|released|freed|bailed|remanded|rescued|deported|returned|jailed|convicted|acquitted|"
                                 r"cleared|sentenced"
                                 # ... or the gerund, after one count told with it: "convicting 31 defendants and acquitting six"
                                 # (not "charging", a price's verb: "charging 900 each")
                                 r"|(?:arrest|detain|hold|releas|free|bail|remand|rescu|deport|jail|convict|acquitt|clear|sentenc)ing)\s+$",
                                 re.IGNORECASE)
_ELIDED_VERB_AHEAD = re.compile(r"\s*[.,;]|\s+(?:under|on|in|at|without|with|pending|after|before|when|during|to|from|into|"
                                r"and|later)\b", re.IGNORECASE)
_CALL_AHEAD = re.compile(r"\s+(?:calls?|line|number|operators?|services?)\b", re.IGNORECASE)
# the few a court's ruling on an act is about, the act told by a gerund: "the judge ruled that detaining three teenagers ..."
# (a case's claimants, no count of anything that happened)
_RULED_ACT_ON_BEFORE = re.compile(r"\b(?=[dfhr])(?:ruled|found|held|declared|decided)\s+that\s+[a-z]{3,}ing\s+$", re.IGNORECASE)
# the count an alternative replaces, its noun left out: "one blanket instead of two", "a van rather than three"
_INSTEAD_BEFORE = EndsOnWords(re.compile(r"\b(?=[ir])(?:instead\s+of|rather\s+than)\s+$", re.IGNORECASE), ("of", "than"))
_PREP_BEFORE = re.compile(r"\b(?=[bfotw])(?:for|of|to|from|than|with|by)\s+$", re.IGNORECASE)
# a workplace's staff ("now employs three young barbers"): counted only when the dataset counts them (officers, returnees)
# ... and so is what someone owns ("a landlord who owns 23 rental properties"; "owned 12 boats" counts boats)
# one person's own staff: "I have two young men working with me", "he now had three lads working for him" (a small
# business's hands, no count of anything the dataset counts; "two officers working with us" may be a posting, so only
# one person's "me", "him", "her")
_OWN_STAFF_AHEAD = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:men|women|people|workers|boys|girls|lads|employees|staff|hands)\s+"
                              r"(?:(?:who\s+)?(?:are\s+|were\s+)?(?:working|work|works|worked)\s+(?:with|for|under|alongside)|under)\s+"
                              r"(?:me|him|her)\b")
# ... or told with "my": "I pay my two workers", "my three lads" (one person's business; "our" may be a body's officers)
_MY_STAFF_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:workers|employees|staff|lads|hands|apprentices|assistants|helpers)\b")
_EMPLOYS_BEFORE = EndsOnWords(re.compile(r"\b(?=[aeho])(?:employs|employed|employing|has a staff of|a staff of|a workforce of|owns|owned|owning)\s+"
                             r"(?:(?:only|just|about|around|some|nearly|over)\s+)?$", re.IGNORECASE), ("employs", "employed", "employing", "of", "owns", "owned", "owning", "only", "just", "about", "around", "some", "nearly", "over"))
# ... but a public office's or a centre's staff is what it is given to do its work, a figure: "The centre has a staff of 26"
_OFFICE_STAFF_OF_BEFORE = re.compile(r"\b(?:centre|center|office|unit|directorate|agency|department|desk|hub|cell|taskforce|"
                                     r"task\s+force|team)\b[^.;!?\n]{0,90}?\s(?:now\s+|will\s+)?(?:has|had|have|employs|will\s+have)\s+a\s+staff\s+of\s+"
                                     r"(?:(?:about|around|some|nearly|over)\s+)?$", re.IGNORECASE)
# ... and so are the people a scheme or programme gives work to, whom the measure reaches: "a cash-for-work programme employs
# about 150 refugees clearing rubble" (a firm's or a shop's staff stays its size)
_SCHEME_EMPLOYS_BEFORE = re.compile(r"\b(?:scheme|programme|program|project|initiative)\s+(?:now\s+|still\s+|currently\s+)?"
                                    r"(?:employs|employed|has\s+employed)\s+(?:(?:only|just|about|around|some|nearly|over)\s+)?$",
                                    re.IGNORECASE)
# ... and one person's whole workforce told as "all N of his staff": "checks for all 11 of her employees" (a business's size,
# no count of anything the dataset counts; "all 11 of his staff were arrested" counts what befell them; "all" is _ALL_BEFORE)
_OF_ONES_STAFF_AHEAD = re.compile(r"\s+of\s+(?:his|her|my)\s+(?:[a-z-]+\s+)?(?:staff|employees|workers|workforce)\b"
                                  r"(?!\s+(?:were|was|are|is|had|have|has|will|would)\b)")
# ... and a small workplace's headcount told by a bare staff noun ("today he employs four people"): its size, not who
# (a count of who was employed, "employed nine illegal workers", "two young men from his neighbourhood", keeps its noun's words)
_HEADCOUNT_AHEAD = re.compile(r"\s+(?:people|staff|employees)\b(?!\s+(?:who|whom|from)\b)")
# what one speaker or writer has, told in the first person, as kin are no figure: their own hands ("I have three staff",
# "Today I employ six people"; "I have 340 officers" keeps a command's strength, "I had six people in the van" a load), the
# pupils they teach ("I taught two Kurdish boys", "I had 31 pupils in my form"), whom they owe ("I owe money to three people")
_I_HAVE_STAFF_BEFORE = re.compile(r"\bI\s+(?:(?:now|still|only|also|just)\s+)?(?:have|had|employ|employed)\s+"
                                  r"(?:(?:only|just|about|around)\s+)?$")
_I_TAUGHT_BEFORE = re.compile(r"\bI\s+(?:(?:once|also|have|had|still)\s+)?(?:taught|teach|had|have)\s+(?:(?:only|just|about|around)\s+)?$")
_PUPILS_AHEAD = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:pupils|students|schoolchildren)\b")
_TAUGHT_AHEAD = re.compile(r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:pupils|students|schoolchildren|boys|girls|children|kids|teenagers)\b")
# ... and a part of one's own circle told first: "Of my six school friends who left, only one came back" (its deaths
# stay counted: "Of my three cousins, two drowned")
# ... or that circle's whole, told first with "the": "Of the 15 guys who came with me, 14 are working", "Of the 25 men in my
# last class, 2 had been trafficked" (one person's own circle, as "Of my six school friends" is)
_OF_THE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\"“]\s*|\n)Of\s+the\s+$")
_MY_CIRCLE_AHEAD = re.compile(r"\s+[^,.;:!?\n]{1,40}?\b(?:me|my)\b[^,.;:!?\n]{0,20},")
_OF_MY_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\"“]\s*|\n)Of\s+my\s+[^,.;:!?\n]{1,60},\s+(?:only\s+|just\s+|barely\s+)?$")
# ... and a share of the people one speaker meets: "Ninety per cent of the people I speak to came via France"
_PEOPLE_I_MEET_AHEAD = re.compile(r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:people|men|women|families|lads|boys|girls|clients|customers)\s+"
                                  r"(?:that\s+|who\s+|whom\s+)?I\s+(?:(?:have\s+)?(?:speak|spoke|spoken|talk|talked|meet|met|know|knew|see|saw|seen)\b)")
_I_OWE_BEFORE = re.compile(r"\bI\s+(?:(?:still|now|also)\s+)?(?:owe|owed)\s+(?:money\s+|debts?\s+)?to\s+$")
_CREDITORS_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:people|men|women|relatives|friends|smugglers|lenders)\b")

# ... or what one speaker routinely comes upon, told as a habit: "Every week I find 1 or 2 people in the trailers", "I see
# three or four boats a night" (an anecdote of one job, no count; not "Last week we found 12 people", one find)
_ROUTINE_PERIOD = r"(?:day|night|week|month|morning|evening|shift|trip|run|crossing|summer|winter)"
_I_ROUTINELY_FIND_BEFORE = re.compile(rf"(?:\b(?:[Ee]very|[Ee]ach)\s+(?:single\s+)?{_ROUTINE_PERIOD},?\s+)?\b(?:I|we)\s+(?:usually\s+|still\s+|often\s+|always\s+)?"
                                      r"(?:find|see|catch|stop|pick\s+up|meet|pull\s+out)\s+(?:(?:maybe|about|around|perhaps|only|at\s+least)\s+)?"
                                      rf"(?:{_N_WORD}\s+(?:or|to)\s+)?$", re.IGNORECASE)
_ROUTINE_AFTER = re.compile(rf"[^.;!?\n]{{0,60}}?\b(?:every|each|a|per)\s+(?:single\s+)?{_ROUTINE_PERIOD}\b", re.IGNORECASE)


def _routine_find(text: str, start: int, end: int, before: str) -> bool:
    """Is the number at ``start``..``end`` what one speaker finds or sees as a habit ("Every week I find 1 or 2 people")?"""
    found = _I_ROUTINELY_FIND_BEFORE.search(before)
    if not found or not re.search(r"\b(?:I|we)\s", found.group(0)):
        return False
    return bool(re.match(r"(?i)(?:every|each)\s", found.group(0)) or _ROUTINE_AFTER.match(text, end))


def _first_persons_own(text: str, start: int, end: int, before: str, value) -> bool:
    """Is the number at ``start``..``end`` one speaker's own staff, pupils or creditors, told with "I"?"""
    if value < 20 and _I_HAVE_STAFF_BEFORE.search(before) and (_MY_STAFF_AHEAD.match(text, end)
                                                               or _HEADCOUNT_AHEAD.match(text, end) and "employ" in before):
        return True
    if value < 20 and _routine_find(text, start, end, before):
        return True
    if _I_TAUGHT_BEFORE.search(before) and (_PUPILS_AHEAD.match(text, end) or "taught" in before and _TAUGHT_AHEAD.match(text, end)):
        return not _DIED_AHEAD.match(text, _TAUGHT_AHEAD.match(text, end).end())
    return value < 20 and before.endswith("to ") and bool(_I_OWE_BEFORE.search(before)) and bool(_CREDITORS_AHEAD.match(text, end))


# a multiplier of what is no count: "demand for its classes has doubled", "prices tripled" ("cases have tripled" is one)
# (and a penalty's length or size: "sentences will be doubled", "fines were tripled", or a debt's: "the debt has already doubled")
# (or a donation matched by a funder, an appeal's promise: "every gift made before Friday will be doubled")
_NOT_COUNTED_BEFORE = re.compile(r"\b(?=[bcdfgilpqrstw])(?:demand|interest|prices?|costs?|fees?|rents?|wages?|spending|budgets?|funding|pressure|"
                                 # ... or a wait told as a queue's: "queues at the departure hall had doubled" (no count)
                                 r"queues?|waits?|waiting\s+times?|delays?|"
                                 r"sentences?|penalt(?:y|ies)|fines?|(?:jail |prison )?terms?|punishments?|debts?|loans?|bills?|"
                                 r"gifts?|donations?)\b"
                                 r"(?:\s+(?:for|in|of|on|at|made|given|received)\s+[^,;.]{0,40}?)?\s+(?:(?:has|have|had|is|are|was|were|will|would|could|may|shall)\s+)?"
                                 r"(?:(?:be|been)\s+)?"
                                 r"(?:(?:already|now|almost|nearly|more than|roughly|about|expected to|set to)\s+)?$", re.IGNORECASE)
# ... or as the verb's object: "we have doubled the staff", "the charity tripled its budget" (a workplace's size, no count)
_NOT_COUNTED_OBJECT_AHEAD = re.compile(r"\s+(?:the|its|our|their|his|her|my)\s+(?:staff|team|workforce|budget|prices?|fees?|rents?|"
                                       r"wages?|salar(?:y|ies)|capacity|size|spending|funding)\b", re.IGNORECASE)
# "nearly double the figure", "is expected to triple": the base form of a multiplier as a ratio, not "a double murder"
_RATIO_OF = re.compile(r"\s+(?:the|that|those|these|its|their|what)\b", re.IGNORECASE)
_TO_TARGET_AHEAD = re.compile(rf"[^.;:!?\n]{{0,80}}?\s+to\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?"
                              rf"(?:\d|(?:{NUMBER_WORD})\b)", re.IGNORECASE)
_IMPERATIVE_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[“\"‘]\s*)(?:(?:First|Second|Third|Next|Then|Finally|So|Now|Also|"
                                r"Simply|Just|Please|And)(?:ly)?,?\s+)?$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s+(?:(?:have|has|had|been)\s+)?(?:(?:risen|grown|increased|gone\s+up|"
                             r"fallen|dropped|declined|shrunk|rise|grow|increase|fall)\s+)?(?:by\s+)?$", re.IGNORECASE)
# ... or a multiple denied as a noun, the true change told beside it: "a rise of 12%, not a threefold one" (a verdict)
_DENIED_MULTIPLE_BEFORE = re.compile(r"\b(?:not|never|rather\s+than)\s+an?\s+$", re.IGNORECASE)
# (or a speaker's wish for others to: "I'd want them to double the money", "we would like ministers to double it")
# (or a body's plan: "the Home Office plans to double their frequency", "aims to treble it" (a plan, no ratio that happened)
_HOPE_TO_BEFORE = re.compile(r"\b(?=[hwlpai])(?:hopes?|hoped|hoping|(?:wants?|wanted|wanting|wish(?:es|ed)?|like)"
                             r"(?:\s+(?:them|us|him|her|you|it|ministers|the\s+government))?"
                             r"|plans?|planned|planning|aims?|aimed|aiming|intends?|intended|intending)\s+to\s+$", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(r"\b(?=[amn])(?:more than|nearly|almost)\s+$", re.IGNORECASE)
_RATIO_VERB_BEFORE = re.compile(r"\b(?=[cmstw])(?:to|will|would|could|may|might|set to)\s+$", re.IGNORECASE)
# what a vague plural counts when it is no figure: "thousands of miles apart", "hundreds of years", "millions of pounds"
_VAGUE_NOT_FIGURE = re.compile(
    r"\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:miles|kilomet(?:re|er)s|km|met(?:re|er)s|feet|yards|years|months|weeks|days|hours|"
    r"minutes|seconds|times|pounds|dollars|euros|dinars|tonnes|tons|kilos|kilograms|litres|liters|words|pages)\b"
    r"|\s+(?:more\s+)?(?:years|miles|times)\b"
    # ... or after "several hundred": "several hundred metres", "a few thousand pounds"
    r"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+(?:kilomet(?:re|er)s|km|met(?:re|er)s|feet|yards|pounds|dollars|euros|dinars|"
    r"tonnes|tons|kilos|kilograms|litres|liters|words|pages|months|weeks|days|hours)\b"
    # traffic: "thousands of trucks a week"
    rf"|\s+of\s+{_TRAFFIC}",
    re.IGNORECASE)
# a number word in a fixed expression counts nothing: "two cheers", "in two minds", "one or two", "nine times out of ten",
# "kill two birds with one stone", "a hundred per cent sure"
_IDIOM_AHEAD = re.compile(r"\s+(?:cheers|minds|birds\s+with\s+one\s+stone|or\s+two|times\s+out\s+of\s+(?:ten|a\s+hundred))\b"
                          r"|(?:\s?%|\s+per\s?cent)\s+(?:sure|certain|right|behind|committed|confident|convinced|"
                          # ... and an advert's promise: "100% safe trips", "100 per cent guaranteed"
                          r"safe|secure|guaranteed|legal|legit|genuine|honest|reliable|trustworthy|"
                          # ... or a helpline's: "call us 100% anonymously", "100 per cent confidential"
                          r"anonymous(?:ly)?|confidential(?:ly)?|safely|securely|legally|free\s+of\s+charge)\b",
                          re.IGNORECASE)
# ... or a whole hundred per cent as a speaker's assurance closing the quote: "The visa is 100 per cent," he said (a
# boast, no share of anything counted; "the rise was 12 per cent," is one)
_ASSURANCE_AHEAD = re.compile(r"(?:\s?%|\s+per\s?cent)[,.!]?[”\"]")
_ASSURANCE_BEFORE = re.compile(r"\b(?:is|are|was|it[’']s)\s+(?:(?:a|all|totally|just)\s+)?$", re.IGNORECASE)
# ... and a choice among an untold few, hypothetical: "could be any one of a dozen men", "any of 12 suspects"
_IDIOM_BEFORE = EndsOnWords(re.compile(r"\b(?=[aot])(?:one\s+or|times\s+out\s+of|any\s+(?:one\s+)?of)\s+$", re.IGNORECASE), ("or", "of"))
# a kind of firm or household supposed in a speaker's words: "for a small firm with five trucks", "to a family with two
# children" (an example, no count)
_GENERIC_OWNER_BEFORE = EndsOnWords(re.compile(r"\b(?=[ft])(?:for|to)\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:firm|company|business|haulier|operator|"
                                               r"family|household|shop|employer)\s+with\s+(?:only\s+|just\s+)?$", re.IGNORECASE),
                                    ("with", "only", "just"))
# ... or a typical load supposed to work out a sum: "so a boat carrying 60 people can gross about €120,000" (no boat that
# sailed: what one could earn)
# ... or a group supposed by what it could or could never do: "A group of 30 people cannot cross that ridge unseen", "a party
# of ten men could carry it" (no group that came; its present "cannot" a rule, while a past "could not" may tell one)
_SUPPOSED_LOAD_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z-]+\s+){1,2}?(?:carrying|holding|with|packed\s+with|crammed\s+with)\s+$"
                                   r"|\b[Aa]\s+(?:group|party|band|column|convoy|crowd)\s+of\s+$")
_NOUN_THEN_MODAL_AHEAD = re.compile(r"\s+[a-z][\w-]*\s+(?:(?:can|could|would|might|may)\s+(?!not\b|have\b|be\b)|cannot\b|can[’']t\b)")
# matched at a position (pattern.match(text, end)), never on a slice: a slice copies the rest of the article
_OF_AHEAD = re.compile(r"\s+of\b")
# a gerund as a sentence's subject: "Jailing one man does not ..." (not "..., killing one man")
# (its object told first too: "Taking a Lamborghini off one man won't stop the boats")
_GERUND_SUBJECT = re.compile(r"(?:^|\n|[.!?]\s+|[“\"‘(]\s*)[A-Z][a-z]+ing\s+"
                             r"(?:(?:an?|the|his|her|their|its)\s+[\w-]+\s+(?:off|from|away\s+from|out\s+of)\s+)?$")
# one person closing the list of those a writer asked, told by who they are: "We spoke to lawyers, officials and one woman
# who was sent back" (a source, no count; not "interviewed ten witnesses and one man was arrested")
_ASKED_LIST_BEFORE = re.compile(r"\b(?=[aihmst])(?:asked|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|heard\s+from|met)\s+"
                                r"[^.;:!?\n]{0,80}?\band\s+$", re.IGNORECASE)
# (or in intensive care, a state as grave: "three in intensive care"; after a copula too, "where three were still in intensive care")
_OF_THEM_AHEAD_ONE = re.compile(r"\s+of\s+(?:them|whom)\b")
_CONDITION_AHEAD = re.compile(r"\s+in\s+(?:(?:a\s+)?(?:critical|serious|stable|life-threatening|grave)\s+condition|intensive\s+care)\b",
                              re.IGNORECASE)
_DESCRIBED = re.compile(r"\s*(?:,|\s(?:from|who|whose|in his|in her|aged)\b"
                       # ... or by a participle's phrase and then a relative clause: "One woman deported in June, who had
                       # lived in Leeds, ..." (the person the sentence is about, no count; "One man was arrested" counts)
                       r"|\s+(?:[a-z]+ed|taken|held|sent|brought|caught|found|flown)\s[^.;:!?\n,]{0,80},\s+(?:who|whose)\b)")
# what one of a kind costs: "the return of one person costs about £9,000" (a unit cost, no count)
_COSTS_AHEAD = re.compile(r"\s+(?:(?:on average|typically|usually|alone)\s+)?(?:costs?|would cost|will cost|averages?)\b", re.IGNORECASE)
# ... or told before it: "how much it costs to return one person"
_COSTS_TO_BEFORE = re.compile(r"\b(?=[c])(?:costs?|cost\s+of)\s+(?:to\s+)?[a-z]+\s+$", re.IGNORECASE)
# one person whose story is told under a name given for it: "One woman, whom we call Layla, ...", "one man (not his real name)"
_PSEUDONYM_AHEAD = re.compile(r"[^.;!?\n]{0,80}?(?:,\s+(?:whom|who)\s+(?:we|I)\s+(?:will\s+|shall\s+|are\s+|have\s+)?(?:call(?:ed|ing)?|"
                              r"nam(?:e|ed|ing)|refer(?:red)? to as)\b|\bnot\s+(?:his|her|their)\s+real\s+name\b|\b(?:asked|wished|wanted)\s+"
                              r"not\s+to\s+be\s+(?:named|identified)\b)", re.IGNORECASE)
# ... or one person quoted, whatever opens the sentence: "In a statement read to the court, one woman, who was 16 at the
# time, said: ..." (a witness whose words are told, no count)
# ... or as one heard in a witness's story: "one man just kept saying sorry", "one woman was screaming"
_ONE_SPEAKS = re.compile(r"(?:,\s+(?:who|whose|a|an|aged|now|then|himself|herself|\d{1,2})\b[^.;:!?\n\"“]{0,80}?,)?\s+"
                         r"(?:said|says|told|recalled|recalls|described|explained|wrote|added"
                         r"|(?:just\s+)?(?:kept|keeps|was|is)\s+(?:on\s+)?(?:saying|shouting|screaming|crying|begging|praying|asking)"
                         # ... or asks or pleads, a witness's story: '"One woman asked me where we were," he said'
                         # (but not "One man asked for asylum": a claim made, counted)
                         r"|(?:asked|asks|begged|pleaded)(?=\s+(?:me|us|him|her|them|if|whether|where|why|what|how|when)\b)|whispered)\b")
# (not a noun naming the thing after it: "one case file", "one case officer")
_ONE_COUNTED = re.compile(r"\s+(?:person|migrant|child|man|woman|victim|death|case(?!\s+(?:files?|officers?|workers?|studies|study|law|"
                          r"numbers?|notes|load|management|conference)\b))\b", re.IGNORECASE)
# ... or one person told by the state they are left in, after the people counted with them: "Four were taken to hospital,
# and one man remains in intensive care" (how one of those is, no count of its own)
_ONE_STATE_AHEAD = re.compile(r"\s+(?:remains|remained|is\s+still|was\s+still|stays)\s+(?:in\s+(?:an?\s+)?(?:intensive\s+care|"
                              r"hospital|(?:critical|serious|stable)\s+condition|coma)|critical|unconscious)\b"
                              # ... or bereaved: "One man lost his wife and his two daughters" (their deaths are the count; not
                              # "one man lost his life")
                              r"|\s+lost\s+(?:his|her|their)\s+(?!lives?\b)[a-z]", re.IGNORECASE)
# where a count changed from, its end told after: "has grown from one to five officers", "rose from one officer in 2023 to
# four" (both ends are figures; not a scale or a turn: "rated from one to five", "from one day to the next")
_COUNT_CHANGED_FROM_BEFORE = re.compile(r"\b(?=[cdefgijrsuw])(?:rose|risen|grew|grown|increased|fell|fallen|dropped|declined|climbed|"
                                        r"jumped|expanded|went|gone|cut|reduced|up|down)\s+from\s+$", re.IGNORECASE)
_CHANGE_TO_AHEAD = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+to\s+(?:\d[\d,]*|{NUMBER_WORD})\b(?![\d,.]\d)"
                              r"(?!\s*(?:%|per\s?cent|[ap]\.?m\.?|o[’']clock|years?|months?|weeks?|days?|hours?|minutes?)\b)",
                              re.IGNORECASE)
# ... or one of a kind dealt with in turn, a manner of speaking: "one case at a time" ("60 migrants at a time" is a
# boat's load, a figure)
_AT_A_TIME = re.compile(r"\s+at\s+a\s+time\b", re.IGNORECASE)
# the base of a part of a report's items taken up or turned down: "accepted three of its seven recommendations", "two of
# the six proposals" (the items dealt with out of how many, both counts; "makes five recommendations" is its parts)
_PART_OF_OWN_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+of\s+(?:its|their|his|her|the)\s+$", re.IGNORECASE)
_DEALT_ITEMS_AHEAD = re.compile(r"\s+(?:recommendations|proposals|commitments|pledges)\b", re.IGNORECASE)
# some of the people the last sentence counted, told what they have done since: "Nine workers were found. Five have since
# claimed asylum" (a count of its own, their noun told before; the adverb marks what became of those counted)
_SINCE_DONE_AHEAD = re.compile(r"\s+(?:have|had)\s+(?:since|now|already)\s+(?:claimed|applied|sought|returned|left|absconded|"
                               r"disappeared|gone|been)\b", re.IGNORECASE)
_PEOPLE_IN_LAST_SENTENCE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_PERSONS})\b"
                                      r"[^.!?\n]{0,160}[.!?][\"”’]?\s+$", re.IGNORECASE)
# a band of a key or a scale opening its line, a colon after it: "0 to 4: Keep practising.", "10-12: Expert" (a score's
# band, no count; "12 to 15 people: ..." names what it counts and is left to the rules after)
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*$")
_BAND_START_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*\d{1,3}\s*(?:to|-|–)\s*$")
_BAND_COLON_AHEAD = re.compile(r"\s*:[^\S\n]")
_BAND_END_AHEAD = re.compile(r"\s*(?:to|-|–)\s*\d{1,3}\s*:[^\S\n]")
# a sentence opening on "Only" or "Just" and a bare count with its verb, after a sentence counting something: "Staff made 40
# referrals last year. Only six had been decided." (a part of the count told before, its noun left out; not of a time:
# "for six months. Only two ...")
_ONLY_OPENS_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:Only|Just)\s+$")
_COUNT_IN_LAST_SENTENCE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?:[\w’'-]+\s+){{0,2}}?"
                                     r"(?!(?:years|months|weeks|days|hours|minutes|times)\b)[a-z]+s\b[^.!?\n]{0,200}[.!?][\"”’]?\s+(?-i:Only|Just)\s+$",
                                     re.IGNORECASE)
# one of those just counted, its noun left out: "sent two officers to Erbil and one to Basra", "held five men, four of them
# Syrian and one Iraqi" (a count of its own, as "one officer" is; "one long border" names no one)
_ELLIPTIC_ONE_BEFORE = re.compile(rf"(?:\d[\d,]*|\b(?:{NUMBER_WORD}))\s+(?:(?:[\w’'-]+\s+){{0,2}}?(?:{_PERSONS})|of\s+them)\b"
                                  # (not a pair's split told one by one: "two men, one Iraqi and one Syrian")
                                  r"(?:(?!\bone\b)[^.;:!?\n]){0,60}?,?\s+and\s+$", re.IGNORECASE)
# (or more of them, by where they are: "seven of the suspects live in Leeds, and four in and around Hull")
_ELLIPTIC_ONE_AHEAD = re.compile(r"\s+(?:(?:to|in|at|in\s+and\s+around|around|near)\s+[A-Z]|[A-Z][a-z]+\s*[,.;)])")
# one case told as an example: "In one case in August, police found 27 people" (an instance, no count of cases)
_IN_ONE_CASE_BEFORE = re.compile(r"\b[Ii]n\s+$")
_CASE_AHEAD = re.compile(r"\s+(?:case|instance|incident|example)\b")
_PHRASE_END = re.compile(r"\s*(?:[.,;:)]|to\b|and\b)")
# a clause joined after a hedged verb that closes its own: "more than double as ministers meet" (not a comparison's "as many")
_CLAUSE_JOINED_AHEAD = re.compile(r"\s+(?:as|while|amid|despite|but)\s+(?!(?:much|many|large|big|high|long|fast|often)\b)")
# a level a count was told to stand at, its noun told before it: "the number of charter flights, which stood at nine in the
# year" (a bare number word a level verb puts there is the count itself)
_LEVEL_BEFORE = re.compile(r"\b(?=[prst])(?:st(?:ood|ands?)|remain(?:ed|s)?|peaked|totall?(?:ed|s))\s+at\s+$", re.IGNORECASE)
# a verb of harm or rescue with the people it befell as its object, nothing counted after them
# ... or of prosecution, as a headline tells it: "Court jails three over smuggling network", "Police arrest five for ..."
_TOLL_VERB_BEFORE = re.compile(r"\b(?=[acdfjkirsw])(?:kill(?:ed|s|ing)|injur(?:ed|es|ing)|wound(?:ed|s|ing)|rescu(?:ed|es|ing)|sav(?:ed|es|ing)"
                               r"|jail(?:s|ed)?|arrest(?:s|ed)?|detain(?:s|ed)?|charge[sd]|convict(?:s|ed)?|sentence[sd]"
                               # ... or let go, as a court's order tells it: "released four for lack of evidence"
                               r"|releas(?:es|ed)|free[sd])\s+$",
                               re.IGNORECASE)
_TOLL_END = re.compile(r"[^\S\n]*(?:\n|$)|\s+(?:on|in|at|off|near|when|after|last|this|during)\b")
# ... or what they were prosecuted for: "jails three over smuggling", "arrested two for people-smuggling"
_FOR_WHAT_END = re.compile(r"\s+(?:over|for)\s+(?!(?:years?|months?|weeks?|days?|hours?)\b)[a-z]")
# more of those a verb just counted, their noun left out: "detained four more in Erbil", "rescued two more."
_COUNTING_VERB_BEFORE = re.compile(r"\b(?=[acdfhiorsk])(?:arrested|detained|held|charged|rescued|found|intercepted|stopped|returned|"
                                   r"removed|deported|jailed|convicted|identified|caught|killed|injured|saved|"
                                   # (or a court's step: "remanded the four in custody", "sentenced the three on Friday")
                                   r"remanded|sentenced)\s+$", re.IGNORECASE)
_MORE_ELLIPTIC = re.compile(r"\s+more(?=\s*[.,;:)]|\s+(?:in|at|on|near|from|during|over|across|since|last|this|that|the|and|when|"
                            r"after|before|while|by)\b)", re.IGNORECASE)
# an age limit told of a group named before in the clause: "Nearly 70 per cent of migrants stopped last year were under 25"
# (not a count's: "arrests were under 50" names no people; "the number of migrants was under 50" is singular)
# ... or of a share of them, its people told in the sentence before: "27% were under 18 when they were recruited"
_COPULA_LIMIT_BEFORE = re.compile(r"\b(?=[aw])(?:were|are)\s+(?:(?:all|mostly|mainly|largely)\s+)?(?:under|over|below|above|aged)\s+$",
                                  re.IGNORECASE)
_GROUP_BEFORE_LIMIT = re.compile(r"(?:%|\bper\s?cent\b|\b(?:people|persons|migrants|refugees|children|minors|men|women|girls|boys|teenagers|passengers|"
                                 r"victims|survivors|returnees|applicants|recruits|students|Iraqis|Kurds|nationals|those|they|them)\b)"
                                 r"[^.;!?\n]{0,80}$", re.IGNORECASE)
# the numerator of a fraction told in words, left alone when the fraction is no figure: "two thirds of the funding" (the
# fraction itself, where it counts, is read whole: _FRACTION)
_NUMERATOR_AHEAD = re.compile(r"[- ](?:thirds|quarters|fifths|tenths)\b", re.IGNORECASE)
# a debt told by a bare number after "owing": "People arrive owing thousands", "he still owes 4,000" (a sum of money, its
# currency left out; "owing to" is a cause and takes no number)
_OWING_BEFORE = EndsOnWords(re.compile(r"\b(?=[o])(?:owing|owes?)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|up\s+to|"
                                       r"at\s+least|tens\s+of|many)\s+)?$", re.IGNORECASE),
                            ("owing", "owe", "owes", "about", "around", "some", "nearly", "almost", "than", "over", "to", "least", "of",
                             "many"))
# ... or of a share told in words as the clause's subject, its people told sentences before: "Nearly a third were under 21
# when they were first exploited", "half of them were over 60" (an age band, as "27% were under 18"; "a third of the boats
# carried under 21 people" counts people)
_SHARE_WERE_LIMIT_BEFORE = re.compile(r"\b(?=[aohmtf])(?:(?:a|one|two|three|four)[ -](?:half|thirds?|quarters?|fifths?|tenths?)|half|most|many)"
                                      r"(?:\s+of\s+(?:them|these|those))?\s+(?:were|are)\s+(?:(?:all|mostly|mainly|largely|still)\s+)?"
                                      r"(?:under|over|below|above|aged|younger\s+than|older\s+than)\s+$", re.IGNORECASE)
# ... or of a count, hedged or opening its sentence, with no noun of its own: "About 40 were under 18 when they were
# trafficked", "Some 30 were over 60" (an age band of people counted before; "12 boats were over 50" names what it counts)
_COUNT_WERE_LIMIT_BEFORE = re.compile(r"(?:[.!?]\s+|\b(?:about|around|some|roughly|nearly|almost|approximately|more\s+than|"
                                      r"at\s+least|only|just|another)\s+)(?:\d{1,4}|[a-z]+ty(?:-[a-z]+)?|[a-z]+teen|a\s+dozen|dozens|"
                                      r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:were|are)\s+"
                                      r"(?:(?:all|mostly|mainly|largely|still)\s+)?(?:aged\s+)?(?:under|over|below|above|"
                                      r"younger\s+than|older\s+than)\s+$", re.IGNORECASE)
# each pattern with words one of which every match holds (case and all): a quote without any is not searched
_PRODUCER = (
    # "according to the International Organization for Migration (IOM), ..."
    (("ccording to ",), re.compile(r"\b[Aa]ccording to (?:the )?([A-Z][^,.;()\n]*?)(?:\s+(?:figures|data|statistics))?"
                                   r"(?=\s*[,.;(]|\s+(?:which|who)\b|\s+and\s+[a-z]|$)")),
    # "Home Office figures show ..."
    (("figures", "data", "statistics"), re.compile(r"\b((?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s+(?:figures|data|statistics)\s+"
                                                   r"(?:show|showed|shows|released|published|suggest)")),
)


def statistic_candidates(text: str, sentences: list[tuple[int, int]], money: list[tuple[int, int]],
                         reference: str | None = None) -> list[Candidate]:
    """One candidate per reported figure that is not money."""
    periods = [(s, e, p) for s, e, p in find_periods(text, reference)]
    blocked = [*money, *((s, e) for s, e, _ in periods), *_spans(_PHONE, text), *_spans(_URL, text),
               *_spans(_ISO_DATE, text), *furniture_spans(text),  # "Column 1423" (transcripts.py)
               *_withdrawn(text, sentences)]  # "an earlier version said five people had been arrested"
    blocked = Intervals(blocked)
    figures = []
    money_starts = {s for s, _ in money}
    money_ends = {e for _, e in money}
    skip_to = -1  # where a ratio's second number ends ("one in eight")
    for start, end, num_start, quantity in find_quantities(text, vague=True):
        if num_start < skip_to:
            continue
        if text.startswith(("'", "’"), end) and end - num_start <= 3 and text[num_start:end].isdigit() \
                and (grouped := _APOSTROPHE_GROUPS.match(text, end)):
            end = skip_to = grouped.end()  # "1'860 cases": one number, its thousands after an apostrophe
            value = Decimal(text[num_start:end].replace("'", "").replace("’", ""))
            quantity = Quantity(value, quantity.qualifier, text[start:end])
        vague = VAGUE_RE.fullmatch(text, num_start, end)
        if blocked.overlaps(num_start, end):
            continue
        opens = OPENS_SENTENCE.search(text, max(0, start - 4), start) or (
            start and text[start - 1] in _QUOTE_OR_BREAK and _OPENS_QUOTED.search(text, max(0, start - 5), start))
        if (ratio := _ratio(text, end, quantity.value, opens)) is not None:
            if _FULLNESS_AHEAD.match(text, ratio[0]) or _DISCOUNT_BEFORE.search(text, max(0, start - 40), start) \
                    or _DISCOUNT_AHEAD.match(text, ratio[0]) \
                    or _holds(text, max(0, start - 30), ratio[0], _LOOSE_SHARE_WORDS) \
                    and any(m.start() <= start and ratio[0] <= m.end() for m in _LOOSE_SHARE.finditer(text, max(0, start - 30), ratio[0])):
                skip_to = ratio[0]
                continue
            if start == num_start and text[start:ratio[0]].lower() == "one quarter" \
                    and _IN_ONE_BEFORE.search(text, max(0, start - 10), start) and _QUARTER_NOT_OF_AHEAD.match(text, ratio[0]):
                skip_to = ratio[0]
                continue  # "lodged in one quarter and decided in a later one": a period of three months, no share
            end = skip_to = ratio[0]  # "about one in eight arrivals": 0.125, a ratio
            figures.append((start, end, Quantity(ratio[1], quantity.qualifier, text[start:end]), "ratio"))
            continue
        if quantity.value > 1 and not vague and (times := _TIMES_AS.match(text, end)):
            figures.append((start, times.end(), quantity, "ratio"))  # "a little over three times as many": a ratio of 3
            continue
        if not (_is_vague_figure(text, num_start, end) if vague else _is_figure(text, num_start, end, quantity.value)):
            continue
        if (verb := _QUOTED_IMPERATIVE_BEFORE.search(text, max(0, num_start - 30), num_start)) \
                and verb.group(1) not in _NOT_IMPERATIVE and _AND_WILL_AHEAD.match(text, end):
            continue  # a count in a speaker's "if you do this, that follows": a manner of speaking, no figure
        if vague and _vague_contrast(text, sentence_at(sentences, num_start), num_start):
            continue
        if (r := _RANGE_TO.match(text, end)) and r.end() in money_starts:
            continue  # "between 8 and 12 million dinars": the range is money
        unit = named_unit(text, num_start, end)
        if unit is None and quantity.value >= 10 and _sum_compared(text, money_ends, num_start):
            continue  # "$12,000 a head, up from 8,000": the sum's earlier level, its currency left out (money, no figure)
        if unit is None and _DURATION_COMPARED_BEFORE.search(text, max(0, num_start - 60), num_start) \
                and _DURATION_LEFT_AHEAD.match(text, end):
            continue  # "a decision within five working days, down from 12 last year": the wait's earlier length, no count
        if _AT_OPENS_BEFORE.search(text, max(0, num_start - 6), num_start) and _CLAUSE_AFTER_AT_TIME.match(text, end):
            continue  # "At 12 the officers left the port": a time of day opening its sentence, its clause's subject after it
        if unit is None and not _chart_row_count(text, num_start, end, text[max(0, num_start - 40):num_start], quantity.value) \
                and not _spaced_row_count(text, num_start, end, quantity.value) \
                and not _SERVICE_HOURS_AHEAD.match(text, end) and not _flown_hours(text, num_start, end, quantity.value) \
                and not (quantity.value > 1 and (owner := _of_a_named_owner(text, end)) and _PLURAL_AHEAD.match(text, owner.end())) \
                and not (_CALLS_COUNTED_AHEAD.match(text, end) and _LINE_LOGGED_BEFORE.search(text, max(0, num_start - 30), num_start)) \
                and vetoed(text, sentence_at(sentences, num_start), num_start, end) \
                and not (_OF_KINDS_AHEAD.match(text, end) and _PERSON_OF_AGE_BEFORE.search(text, max(0, num_start - 40), num_start)) \
                and not (text[max(0, num_start - 3):num_start].lower() == "at " and _PORTS_AHEAD.match(text, end)) \
                and not _counted_column(text, num_start, end) \
                and not _headline_count(text, num_start, end, text[max(0, num_start - 40):num_start]) \
                and not (_OF_A_BASE.match(text, end) and _AT_OPENS_BEFORE.search(text, max(0, num_start - 6), num_start)) \
                and not (quantity.value == 1 and _ONE_SAID_OF_HIMSELF_AHEAD.match(text, end)):
            # (a count of kinds after "children of" and ports, airports or crossings counted "at" are counts whatever the
            # model weighs: "children of 11 nationalities", "scanners at 12 airports", as the rules before it read them;
            # but a headline's count of people and what befell them is one whatever the model weighs: "15.10 GMT Three
            # charged over ...", its clipped words being rare in the articles it learnt from; so is a count out of a base
            # told with its number, "At 12 of the 40 we saw": the model reads "At 12" as a time of day; and one part told by
            # what he said of himself, which _is_figure has let through only after a part counted first: "and one said he was")
            continue  # no unit named, and the words around the number say by a wide margin that it is none (figure_model.py)
        if text.startswith(("-odd", "–odd"), end) and (odd := _ODD_AHEAD.match(text, end)):
            end = odd.end()  # "40-odd people": about 40, the words as written
            quantity = Quantity(quantity.value, quantity.qualifier or "about", text[start:end])
        if m := _PERCENT.match(text, end):
            if start and text[start - 1] in _OPENING_QUOTES and text.startswith(_CLOSING_QUOTES, m.end()):
                continue  # 'stood by the claim "100%"': a quoted percentage of nothing, a manner of speaking
            if _after_a_sum(text, money_ends, start):
                continue  # "€2.6 million, 80 percent of it from EU funds": the sum's share, money, no count
            if "argin" in text[max(0, start - 70):start] and _MARGIN_BEFORE.search(text, max(0, start - 70), start):
                continue  # "profit margins of between 2% and 4%": a share of a firm's revenue, money, no count
            if (to_sum := _TO_A_SUM_AHEAD.match(text, m.end())) and to_sum.end() in money_starts \
                    and _PRICE_BEFORE.search(text, max(0, start - 100), start):
                continue  # "Shares fell 3.2 per cent to 148p": a price's change, a share of a sum of money, no count
            end = m.end()
        if fold(text[num_start:end].split()[-1]) in MULTIPLIERS and _a_rise_on_a_sum(text, end, money_starts):
            continue  # "a threefold rise on the £5,000 cap": a multiple of a sum of money, no count
        if quantity.qualifier == "more_than" and start - 1 in money_ends and _CAUSAL_OVER.fullmatch(text, start, num_start):
            start, quantity = num_start, Quantity(quantity.value, None, text[num_start:end])  # "fined £5,000 over three men"
        if quantity.qualifier is None and not text[num_start].isascii() and _SCRIPT_AT_LEAST_AHEAD.match(text, end):
            quantity = Quantity(quantity.value, "at_least", quantity.as_written)  # "٢٤٠ مهاجراً على الأقل": at least 240 migrants
        if quantity.qualifier is None and (bound := _BOUND_AFTER_NOUN_AHEAD.match(text, end)):
            # "made for 15 people at most": up to; "40 people at least": at least (not "the children at most risk")
            quantity = Quantity(quantity.value, "up_to" if bound.group(1).lower() == "most" else "at_least", quantity.as_written)
        if quantity.qualifier is None and text.startswith("+", end) and _PLUS_FLOOR_AHEAD.match(text, end):
            quantity = Quantity(quantity.value, "more_than", quantity.as_written)  # a fact box's "Crossings: 36,800+": more than
        figures.append((start, end, quantity, unit))
    lowered = text.lower()  # a quick test: most texts have no "twice", "half" or fraction word, and these scans are slow
    ratio_words = "twice" in lowered or "half" in lowered
    for m in _TWICE_OR_HALF.finditer(text) if ratio_words else ():  # "more than twice as many", "More than half of that": ratios told in words
        if not blocked.overlaps(*m.span()) and not (quoted(text, m.start()) and (_bid_outcome(text, m.start(), m.end())
                                                                                 or _OWN_CASES_AHEAD.match(text, m.end("word"))
                                                                                 # a share of the speaker's own circle
                                                                                 or _OWN_CIRCLE_AHEAD.match(text, m.end("word")))) \
                and not _said_share_of_own_circle(text, m.start(), m.end("word")) \
                and not _PAID_SHARE_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                and not _after_a_sum(text, money_ends, m.start()) \
                and not _share_of_a_sum_told_before(text, figures, money_ends, m.start(), m.end("word")):
            value = Decimal(2) if m.group("word").lower() == "twice" else Decimal("0.5")
            qualifier = _QUALIFIER_OF[fold(m.group("q"))] if m.group("q") else None
            figures.append((m.start(), m.end("word"), Quantity(value, qualifier, m.group(0)), "ratio"))
    for m in _MULTIPLYING_NOUN.finditer(text) if "bling" in lowered or "pling" in lowered else ():
        if not blocked.overlaps(m.start("word"), m.end()):  # "That comparison does show a trebling": a ratio, told as a noun
            qualifier = _QUALIFIER_OF[fold(m.group("q"))] if m.group("q") else None
            value = Decimal(_MULTIPLYING[m.group("word").split()[-1].lower()])
            figures.append((m.start("word"), m.end(), Quantity(value, qualifier, m.group("word")), "ratio"))
    shares = "half" in lowered or any(f"a {word}" in lowered for word in ("quarter", "third", "fifth", "tenth", "ninth", "eighth", "sixth", "seventh"))
    # "Half had found no paid work", "Almost a quarter said": a share of those counted; "fell by about a fifth": a change
    for m in chain(_SHARE_WHO.finditer(text), _SHARE_BY.finditer(text), _SHARE_MORE_THAN.finditer(text),
                   _SHARE_PREDICATE.finditer(text), _SHARE_BRACKETED.finditer(text)) if shares else ():
        first = m.start("q") if m.group("q") else m.start("word")
        if not blocked.overlaps(first, m.end("word")) and not any(f[0] <= m.start("word") < f[1] for f in figures) \
                and not (quoted(text, first) and _bid_outcome(text, first, m.end("word"))) \
                and not _said_share_of_own_circle(text, first, m.end("word")) \
                and not (m.re is _SHARE_WHO and m.group("came") and not _share_of_a_count(figures, money_ends, first)) \
                and (not _is_next_one(text, m) if m.re is _SHARE_WHO  # a change "by a fifth" is no ordinal
                     # (up to the share's first word: a verb's object counts too, "raise fees by a third")
                     else not _SHARE_BY_NOT_COUNTED.search(text, max(0, m.start() - 60), first)):
            word = m.group("word").lower()
            if word[2:] in _ORDINAL_TOO and not text.startswith(" of ", m.end("word")):
                continue  # "a seventh will be posted", "A ninth person was released": the next one, no share
            value = Decimal("0.5") if word == "half" else 1 / Decimal(_DENOMINATORS[word.split()[-1]])
            qualifier = _QUALIFIER_OF[fold(m.group("q"))] if m.group("q") else None
            figures.append((first, m.end("word"), Quantity(value, qualifier, text[first:m.end("word")]), "ratio"))

    out = []
    figures.sort(key=lambda f: f[0])
    periods.sort(key=lambda p: p[0])
    period_starts = [p[0] for p in periods]
    for i, (start, end, quantity, unit) in enumerate(figures):
        if (supposed := _IF_SUPPOSED_BEFORE.search(text, max(0, start - 20), start)) and (
                supposed.group("even") or unit == "ratio" or text[start:end].endswith(("%", "cent"))):
            continue  # "If even half of them came back", "if only one in ten is", "if 10% were moved": supposed, no count
        if text[start:end].endswith(("%", "cent")) and (digit := _DIGIT.search(text, start, end)) \
                and (_THRESHOLD_RATE_BEFORE.search(text, max(0, start - 90), digit.start())
                     or _NEEDED_AHEAD.match(text, end) and _A_RATE_BEFORE.search(text, max(0, start - 60), digit.start())):
            continue  # "countries with a recognition rate below 20%", "where the rate falls below 25%": a rule's threshold
        sentence = sentence_at(sentences, start)
        following = figures[i + 1][0] if i + 1 < len(figures) else sentence[1]
        nxt = following if following < sentence[1] else sentence[1]
        period = _period_for(periods, period_starts, sentence, start, end, nxt)
        if period and period[2] is not None and future_tense(text, sentence, max(end, period[0])):
            period = (*period[:2], _future(text[period[0]:period[1]], reference) or period[2])  # "will train 500 in March"
        cand = Candidate("statistics", 0, 0, {"value": quantity.value, "qualifier": quantity.qualifier, "unit": unit},
                         {"value": (start, end)})
        if period:
            cand.values["period"] = period[2].edtf if period[2] else None
            cand.spans["period"] = period[:2]
        cand.start, cand.end = clause_around(text, sentence, min(start, period[0] if period else start),
                                             max(end, period[1] if period else end))
        producer = _producer(text, (cand.start, cand.end))
        if producer:
            cand.spans["producer"] = producer
        out.append(cand)
    return out


# a share or count a condition supposes: "If even half of them came back", "If only one in ten is", "if even 300 came",
# "if 10% of them were moved" (a share after a bare "if"; not "Even if 1,200 have been returned", a fact conceded)
_IF_SUPPOSED_BEFORE = EndsOnWords(re.compile(r"(?<!\bEven )(?<!\beven )\b(?=[iuIU])(?i:if|unless)\s+(?:(?P<even>even|only|just)\s+)?$"),
                                  ("if", "unless", "even", "only", "just"))  # (asked at every figure: see text.EndsOnWords)


# a threshold a rule sets on a rate, the rate any one's ("countries with a recognition rate below 20%", "any nationality
# with a grant rate of under 5%"), needed ("a rate below 20% would be needed") or told in a condition ("where a country's
# rate falls below 25%"); not a rate measured: "the grant rate fell below 20% last year", "Iraq has a rate of under 30%"
_THRESHOLD_RATE_BEFORE = re.compile(
    r"(?i:\b(?:any|with\s+(?:a|an|any))\s+(?:[\w-]+\s+){0,2}?(?:rate|share|proportion)"
    r"|\b(?:where|when|whenever|once|if|unless)\s+[^.;:!?\n]{0,60}?\b(?:rate|share|proportion)\s+(?:for\s+[^.;:!?\n]{0,40}?\s+)?"
    r"(?:falls?|drops?|rises?|goes|is|sits?|stays?))"
    r"\s+(?:of\s+)?(?:below|under|above|over|beneath|exceeding|(?:less|more|lower|higher|fewer)\s+than)\s+$")
_DIGIT = re.compile(r"\d")
_A_RATE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:rate|share|proportion)\s+(?:of\s+)?(?:below|under|above|over|"
                            r"(?:less|more|lower|higher)\s+than)\s+$", re.IGNORECASE)
_NEEDED_AHEAD = re.compile(r"\s+(?:would|will|could|should|must|is|was)\s+(?:be\s+|have\s+been\s+)?(?:needed|required|necessary)\b")


# a round number told loosely, its rest left out: "40-odd people", "twenty-odd boats" (about the number)
_ODD_AHEAD = re.compile(r"[-–]odd\b(?![-–])")
# a bare number compared with a duration just told, its unit left out: "within five working days, down from 12", "in
# three hours, compared with eight before" (the time's other length: a duration, no figure)
# (a length, not a period a count is told in: "38 found in the past 12 months, up from 21" counts people)
_DURATION_COMPARED_BEFORE = re.compile(r"(?<![\w-])(?<!\bpast\s)(?<!\blast\s)(?<!\bprevious\s)(?<!\bfirst\s)(?<!\bnext\s)"
                                       r"(?<!\brecent\s)(?<!\bthe\s)[\w-]+\s+(?:working\s+|calendar\s+)?"
                                       r"(?:days|weeks|months|years|hours|minutes)\s*,?\s+(?:(?:up|down|cut|reduced|rising|"
                                       r"falling)\s+from|compared\s+(?:with|to)|against)\s+(?:(?:just|only|about|around|some|"
                                       r"nearly|almost|more\s+than|over)\s+)?$", re.IGNORECASE)
# ... its noun left out after it: a stop, or words that date or place the earlier length ("12 under the old rules")
_DURATION_LEFT_AHEAD = re.compile(r"\s*[.,;:)]|\s+(?:under|before|previously|earlier|now|at|in|on|last|a\s+year|the|when|"
                                  r"currently|today)\b")
# the thousands written after apostrophes, as Swiss copy writes them: "1'860 cases", "2'400'000" (one number)
_APOSTROPHE_GROUPS = re.compile(r"(?:['’]\d{3})+(?![\w'’]|[.,]\d)")
# "over" straight after a sum is its cause, no hedge: "a firm fined £20,000 over four men found in its trailer" counts four
_CAUSAL_OVER = re.compile(r"over\s+", re.IGNORECASE)
# a bare number compared with a sum just told, its currency left out: "now charge $12,000, up from 8,000", "ten thousand
# dollars, where last year it was seven thousand" (the sum's other level: money, no figure)
_SUM_COMPARED_GAP = re.compile(r"(?:,\s*|\s+)(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against)\s+$"
                               r"|\b(?:it|that|the\s+(?:price|fare|fee|rate|cost))\s+(?:was|is|had\s+been|used\s+to\s+be)\s+"
                               r"(?:only\s+|just\s+)?$", re.IGNORECASE)


def _sum_compared(text: str, money_ends: set[int], start: int) -> bool:
    """Whether the bare number at ``start`` is compared with a sum ending at most 60 characters before it in the same
    clause, no other number between (_SUM_COMPARED_GAP)."""
    if not (gap := _SUM_COMPARED_GAP.search(text, max(0, start - 40), start)):
        return False
    return any(gap.start() - 60 <= e <= gap.start() and not _NUMBER_OR_STOP.search(text, e, gap.start()) for e in money_ends)


_NUMBER_OR_STOP = re.compile(r"[\d.;!?\n]")


# Arabic writes "at least" after the count and its noun: "٢٤٠ مهاجراً على الأقل" (a noun's tanween is no \w)
_SCRIPT_AT_LEAST_AHEAD = re.compile(r"(?:\s+[^\s\d.,;:!?\"«»()]{1,20})?\s+على\s+ال[أا]قل(?!\w)")
# English too may write the bound after the count and its noun, closing the phrase: "a boat made for 15 people at most",
# "40 people at least" (not a superlative's "at most risk", a word after it)
_BOUND_AFTER_NOUN_AHEAD = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2}?,?\s+at\s+(?:the\s+)?(most|least)\b(?![^\S\n]*[\w(])", re.IGNORECASE)
# a plus sign closing a count, as fact boxes and charts write a floor: "Arrests: 1,250+" (more than; not a sum's "2+3")
_PLUS_FLOOR_AHEAD = re.compile(r"\+(?![\w+])")
_OPENING_QUOTES = "\"“‘'«"
_CLOSING_QUOTES = ("\"", "”", "’", "'", "»")
# a ratio: "one in eight arrivals", "one in every ten", "three in 10"
# a fraction's denominator after its numerator: "two-thirds", "three quarters", "two fifths"
_DENOMINATORS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
                 "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
# (those four read as the next one of a series unless a share "of" something follows: "a seventh will be posted")
_ORDINAL_TOO = frozenset(("sixth", "seventh", "eighth", "ninth"))
# (not of a time or a prison term: "the third quarter of the year", "will serve two-thirds of his sentence")
_FRACTION = re.compile(rf"(?!{_PERIOD_QUARTERS})[- ](thirds?|quarters?|fifths?|tenths?)\b(?!\s+of\s+(?:the|that|this|his|her|their|its|a)\s+(?:[\w-]+\s+)?"
                       r"(?:year|century|decade|final|sentence|term|jail|prison|time|month|week|day"
                       # (nor a share of a sum of money: "around two thirds of the funding will go to Duhok", the money
                       # table's, no count of people or things)
                       r"|funding|budget|money|grant|spending|expenditure)s?\b"
                       # (nor a quarter of a year named by when it was: "in one quarter of last year", "a quarter of 2025";
                       # "a quarter of 2025's arrivals" is a share)
                       r"|\s+of\s+(?:last|next)\s+(?:financial\s+)?year\b|\s+of\s+(?:19|20)\d\d\b(?![’']s))", re.IGNORECASE)
# ... a fraction telling how full something is: "left the airport two-thirds empty" (no share of anything counted)
_FULLNESS_AHEAD = re.compile(r"\s+(?:empty|full|occupied|booked|finished|built|complete)\b", re.IGNORECASE)
# ... or the share a court takes off a sentence for a guilty plea: "received credit of one quarter", "a one-third discount"
# (a sentence's arithmetic, no share of anything counted)
_DISCOUNT_BEFORE = re.compile(r"\b(?=[cdr])(?:credit|discount|reduction)\s+(?:of\s+)?(?:(?:about|around|only|just|a\s+full|the\s+full)\s+)?$",
                              re.IGNORECASE)
_DISCOUNT_AHEAD = re.compile(r"\s+(?:credit|discount|reduction)\b", re.IGNORECASE)
# (its noun may stand between: "one family in five", "one migrant in every ten")
_RATIO_IN = re.compile(r"\s+(?:(?:famil(?:y|ies)|households?|persons?|people|m[ae]n|wom[ae]n|child(?:ren)?|migrants?|adults?|"
                       r"respondents?|returnees?)\s+)?in\s+(?:every\s+)?")
# ... and "N in M" of no noun: "four in five were men", "two in three said so" (but "two in three raids" counts raids)
# (or ending its sentence, or followed by what they went on to do: "Four in five stayed.", "two in three returned home")
_NO_NOUN_AHEAD = re.compile(r"\s*[,;:)]|\s*[.!?](?!\d)|\s+(?:were|are|was|is|had|have|said|say|told|reported|did|do|could|can|would|will|"
                            r"of|came|arrived|live|lived|want|wanted|plan|planned|stayed|stay|remained|remain|left|returned|"
                            r"survived|died|succeeded|failed|refused|agreed)\b", re.IGNORECASE)
# a ratio opening a quotation opens its sentence too: 'He said: "Three in four stayed."'
_OPENS_QUOTED = re.compile(r"(?:^|\n|[.!?:,][’”\"']?\s+)[\"“‘«]$")
_QUOTE_OR_BREAK = "\"“‘«\n"  # (what a window _OPENS_QUOTED finds can end on, "$" matching before a last line break too)
# ... or a multiple of a quantity compared: "three times as many", "2.5 times higher", "four times the number" (not "three times a week")
_TIMES_AS = re.compile(r"\s+times(?=\s+(?:as\s+(?:many|much|high|large|big|great|likely)|more|higher|greater|larger|bigger|"
                       r"the\s+(?:number|figure|level|rate|total|size|amount)|(?:its|their|the)\s+capacity|that\s+of|what|"
                       # ... or of what is usual: "more than ten times the usual fare", "five times the normal price"
                       r"the\s+(?:usual|normal|average|typical|standard|going|regular)\b|"
                       # ... or of a sum told after it: "more than three times the £1.6 billion it spent in 2019-20"
                       r"the\s+(?:[£$€]|US\$)\s?\d+|(?:that|this)(?=\s+(?:to|in|of|for|on|from)\b|[.,;]))\b)",
                       re.IGNORECASE)  # "owe ten times that to smugglers" (not "called five times that night")
# "twice" and "half" as ratios of something named: "more than twice as many as a year earlier", "More than half of that"
# (not a half of a time: "the first half of the year", nor one side of a pair: "the other half of the partnership")
# ... but not a count's ratio to another group's, named by what was done to it, with no time to trace a change over: "4,100
# crossed, nearly twice the number deported" compares two counts the dataset keeps as they are ("twice the number
# deported a year earlier" is a change)
_OTHER_GROUP = (r"(?:[a-z]+ed|sent|brought|taken|caught|held|kept|given|seen|found|thrown|driven|flown)\b"
                r"(?!(?: [\w-]+){0,3} (?:(?:19|20)\d\d|earlier|before|ago|last|previous)\b)")
_TWICE_OR_HALF = re.compile(r"\b(?<!first )(?<!second )(?<!the )(?<!a )(?<!other )(?:(?P<q>more than|over|nearly|almost|about|around|roughly|"
                            r"less than|fewer than|just over|just under|close to|up to) )?(?P<word>twice|half)(?= (?:as (?:many|much|high|large)|"
                            rf"the (?:number|figure|level|rate|total)(?! {_OTHER_GROUP})|(?:its|their|the) capacity|"
                            # ... or of what is usual, as _TIMES_AS takes it: "about twice the usual number", "half the normal
                            # level" (not a wait's or a journey's length: "half the usual time" is a duration)
                            r"the (?:usual|normal|average|typical|regular) (?!(?:time|wait|waiting|journey|delay)s?\b)|"
                            # ... or of an earlier period's count, named by its possessive: "less than half the previous
                            # summer's", "twice last year's" (a change over time, as "twice the number a year earlier" is; not
                            # a part of that period's thing: "half last year's holiday")
                            r"(?:the (?:previous|preceding) |last )(?:year|summer|winter|spring|autumn|quarter|month|week)[’']s"
                            r"(?![\w-]| (?!(?:and|or|but|when|while|figure|total|level|number|count|tally)\b)[a-z])|"
                            # ... or of what was asked or counted before, as _TIMES_AS takes "three times what": "twice what
                            # they charged in 2022", "half what it was" (a change over time)
                            r"what (?:they|it|we|he|she|smugglers|the [a-z]+) (?:[a-z]+ )?(?:[a-z]+ed|was|were|had|did|paid|asked|charged|cost|made|took|got)\b|"
                            # ... or of the cases or claims a body handled, told by a clause: "half the files that reached
                            # the court", "half the claims we received" (a share of what was counted)
                            r"the (?:files|cases|applications|claims|appeals|referrals) (?:that|which|we|they) |"
                            # ... or of a count told after it: "nearly twice the 300 beds it was built for"
                            r"the \d[\d,]*(?! (?:years?|months?|weeks?|days?|hours?|minutes?)\b)(?![\d,.%])|of (?:that|those|them|all|its|their|the (?!(?:[\w-]+ )?(?:year|"
                            r"month|week|day|decade|century|season|period|term|sentence|job|battle|story|problem|answer|solution|picture|"
                            # (nor a share of a sum paid or promised to one: "received only half of the grant he was
                            # promised", money of one life, no count; nor of what a body spent: "nearly half of the spending,
                            # about £6m, went on ...", the money table's sum, no count)
                            r"grant|payment|money|sum|fee|wage|salary|allowance|loan|budget|price|cost|spending|funding|"
                            r"expenditure)s?\b)))\b)", re.IGNORECASE)
# ... but not a speaker's share of the people they meet in their own work: '"Half of the families I see in my surgery have a
# son in Erbil"' (an impression of one caseload, no count of the dataset)
_OWN_CASES_AHEAD = re.compile(r" of (?:the|my|our) (?:[a-z-]+ ){0,2}?(?:I|we)(?: (?:now|still|usually|often))? (?=[smtrw])"
                              r"(?:see|meet|treat|teach|represent|speak to|talk to|work with)\b")
# ... or a share of the people just counted, told by what they did or said: "Half had found no paid work", "Almost a quarter
# said they had been held" (not "half the time", "a quarter of the year")
# (a ceiling too: "up to a fifth of them", "as many as half of those stopped")
# (and a floor: "at least a quarter of them women", at_least as "at least 40" is)
_SHARE_WHO_QUALIFIERS = (r"[Mm]ore than|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Rr]oughly|[Jj]ust over|[Jj]ust under|"
                         r"[Ll]ess than|[Ff]ewer than|[Cc]lose to|[Uu]p to|[Aa]s many as|[Aa]t least")
# (a ceiling said of people counted too: "fewer than half have come to trial", less_than as "less than half")
# (its qualifier may open a quotation: '"Nearly a third of them were women"'; a bare quoted '"Half of them ..."' is left)
# ... or a share told in words with its percentage in brackets before "of": "Nearly half (47%) of the claims were refused",
# "a third (33 per cent) of those stopped" (both are figures, as the opened golds list them; a share of a sum, "half (45%)
# of the funding", is none)
_SHARE_BRACKETED = re.compile(rf"(?:^|(?<=[\s(\"“‘«]))(?:(?P<q>{_SHARE_WHO_QUALIFIERS}) )?(?P<word>[Hh]alf|[Aa] (?:quarter|third|fifth|tenth))"
                              r"(?= \(\d{1,2}(?:\.\d)?(?:%| per cent)\) of\b(?! (?:the|its|their|that|this) (?:[\w-]+ )?"
                              r"(?:grant|payment|money|sum|fee|budget|price|cost|spending|funding|funds|cash|income|revenue)s?\b))")
_SHARE_WHO = re.compile(rf"(?:^|(?<=[\s(])|(?<=[\"“‘«])(?=(?:{_SHARE_WHO_QUALIFIERS}) ))(?:(?P<q>{_SHARE_WHO_QUALIFIERS}) )?(?P<word>[Hh]alf|[Aa] (?:quarter|third|fifth|sixth|seventh|eighth|ninth|tenth))"
                        # (not a share of a price: "Half had to be paid up front", "a third was paid in cash")
                        # (or what they knew or wanted, as a survey tells it: "more than half knew someone who had left")
                        r"(?= (?:had|have|were|are|said|say|told|reported|found|did|do|could|can|would|will|lost|lived|live|"
                        r"knew|know|wanted|want"
                        # ... or where those counted came from: "Almost a third came from parents in Iraq" (a share of the
                        # calls or people just counted; not of a sum told last: "£4 million ... half came from the EU")
                        r"|(?P<came>(?:came|comes|come)(?= from\b)"
                        # ... or what the cases just counted were about: "Of the 900 cases, about a third involved
                        # children" (a share of that count; guarded as "came" is, a count told before it)
                        r"|involved|involves|involve)"
                        # ... or where they stood, as a consultation's or a poll's answers tell it: "more than half backed the
                        # plan", "a third opposed it" (not a share of a sum backed by a body: "half backed by the EU")
                        r"|backed|supported|opposed|favou?red|agreed|disagreed|rejected|welcomed)\b(?! by\b)"
                        # (but "had paid" is what those counted did: "nearly half had paid a smuggler", a share of people)
                        r"(?! (?:to be |been )paid\b)(?:(?<=\bhad)|(?<=\bhave)|(?! paid\b))"
                        # ... or of people named by their noun with no "of": "more than half the migrants had debts", "half
                        # the room raised a hand" (the people in it)
                        rf"| the (?:[\w’'-]+ )?(?:{_PERSONS}|families|households|room|hall|audience|crowd)\b(?![’'])"
                        # ... doing something, as a clause's subject (not "than half the people who write it", a gibe)
                        r"(?= (?:had|have|were|are|said|say|told|raised|[a-z]+ed)\b)"
                        # ... or of those counted, named again: "about a third of those stopped", "a quarter of them"
                        r"| of (?:those|them|these|all)\b"
                        # ... or of a count compared, named by its noun: "1,118 arrivals, roughly a ninth of the number
                        # claimed" (a ratio, as "half the number" is)
                        r"| of (?:the|that) (?:number|figure|total|count|tally)\b"
                        # ... or of what was counted, told by a clause: "less than a fifth of what was seized", "a third of
                        # what were flagged" (a ratio, as "half what it was" is; not of a sum: "a third of what was paid")
                        r"| of what (?:was|were|had been|has been|have been) (?!(?:paid|spent|owed|charged|earned|raised|pledged|"
                        r"promised|budgeted|needed|asked|requested|allocated|invested|lost)\b)(?:[a-z]+ed|seen|found|taken|caught)\b"
                        # ... or of people named by their noun: "nearly a third of the migrants stopped", "half of the Iraqi
                        # families it helps" (a share of people; "half of the budget", "a third of the year" are none)
                        # (or with no determiner: "nearly a third of refused applicants", "half of Iraqi returnees"; not
                        # their possessive: "a third of new officers' time")
                        # (a workplace's possessive may stand between, and a workforce be named by its job: "around a
                        # quarter of the port's inspectors", "a third of the agency's employees")
                        rf"| of (?:(?:the|its|their) )?(?:[\w’'-]+ ){{0,2}}?(?:{_PERSONS}|families|households|inspectors|employees|"
                        r"guards|police(?:men|women)?)\b(?![’'])"
                        # ... or by their nationality's plural, capitalised, with no determiner: "fewer than a third of
                        # Syrians", "nearly half of Iraqis" (a share of people; not "a third of Afghanistan")
                        rf"| of (?:(?i:{_PERSONS})|[A-Z][a-z]{{3,}}(?:ans|(?<!s)is|ese))\b(?![’'])"
                        # ... or of a scheme's places kept for a group: "A quarter of the places will be reserved for
                        # returnees" (a share of the people it takes)
                        r"| of (?:the|its|their) (?:places|slots|spots|seats)(?= (?:will|would|are|were|is|was|have|has|had) "
                        r"(?:be |been )?(?:reserved|set aside|kept|allocated|ring-fenced)\b))")
# ... or a change told as a share of what changed: "arrivals fell by about a fifth", "cut by a third" (not "by a third party")
# ... or by its noun: "a fall of nearly a third", "a rise of about a quarter"
# (the verb may take what it changes first: "would lift the firm's revenue for the year by nearly a quarter", a few words)
# (a cut too: "the scheme has cut arrivals from Erbil by a quarter"; "cut its budget by a third" is money's, no figure)
_SHARE_BY = re.compile(r"\b(?=[abcdfgijlrsu])(?:(?:rose|risen|fell|fallen|dropped|declined|grew|grown|increased|decreased|shrank|shrunk|"
                       r"climbed|jumped|slumped|cut|reduced|down|up)\s+by|(?:lift|lifts|lifted|lifting|boost|boosts|boosted|boosting|"
                       r"raise|raises|raised|raising|cut|cuts|cutting|reduce|reduces|reduced|reducing)\s+(?:[\w’'-]+\s+){1,8}?by|an?\s+(?:fall|drop|rise|increase|decrease|decline|"
                       r"reduction|cut|jump)\s+of)\s+(?:(?P<q>more than|over|nearly|almost|about|around|"
                       r"roughly|just over|just under|less than|close to|up to|as much as) )?(?P<word>half|a (?:quarter|third|fifth|tenth))\b"
                       r"(?![-\w]|\s+(?:of|party|parties|way|again)\b)", re.IGNORECASE)
# ... or told as the share more or fewer than another count: "nearly a quarter more than the year before", "a third fewer
# than in 2023" (not "a third more officers than", a count of officers to come)
_SHARE_MORE_THAN = re.compile(r"(?<![\w-])(?:(?P<q>more than|over|nearly|almost|about|around|roughly|just over|just under|"
                              r"close to|as much as) )?(?P<word>a (?:quarter|third|fifth|tenth)) (?:more|fewer|less|higher|lower) "
                              r"than\b", re.IGNORECASE)
# ... or a share told as what those counted were, hedged, closing its clause: "In 2023 returns were fewer than half", "they
# made up nearly a third" (the group counted before it; a bare "was half" and a sum's share, "the fee was less than half",
# are left)
_SHARE_PREDICATE = re.compile(r"\b(?:were|was|are|is|made up|make up|makes up|accounted for|account for|accounts for) "
                              r"(?P<q>more than|over|nearly|almost|about|around|roughly|just over|just under|less than|"
                              r"fewer than|close to|under) (?P<word>half|a (?:quarter|third|fifth|tenth))(?=[.;!?]|,\s|\s*$)",
                              re.IGNORECASE | re.MULTILINE)
# ... but not of what the dataset counts no figure of: "the budget was cut by half", "fees rose by a third"
# (a fare, toll or tariff is a price: "the bus fare from Dohuk rose by about a quarter", a share of a sum of money; "Bookings
# on the ferry fell by nearly a third" stays a figure)
_SHARE_BY_NOT_COUNTED = re.compile(r"\b(?:demand|interest|prices?|costs?|fees?|fares?|tolls?|tariffs?|rents?|wages?|salar(?:y|ies)|"
                                   r"spending|budgets?|funding|fines?|sentences?|terms?|penalt(?:y|ies))\b[^,;.!?\n]{0,40}$",
                                   re.IGNORECASE)
# ... nor a share of a sum paid or offered: "A smuggler can offer him half of that", "paid them twice the fee" (money, no ratio
# of anything counted)
_PAID_SHARE_BEFORE = re.compile(r"\b(?=[bceops])(?:offer|pay|paid|earn|charge|cost|owe|spend|spent|bribe)(?:s|ed|ing)?\s+"
                                r"(?:(?:him|her|them|us|me|you|it)\s+)?(?:(?:more\s+than|over|nearly|almost|about|around|roughly|"
                                r"less\s+than|just\s+over|just\s+under|close\s+to)\s+)?$", re.IGNORECASE)
# ... nor what a sum just told is of: "move £12 million, half of the pact's budget" (the sum's share, money, no count)
# ... nor a price's change, told with the sum it went to or from: "Shares fell 3.2 per cent to 148p" (a share of a sum of
# money; "Arrivals fell 12 per cent to 4,100" stays a figure, and so does a firm's takings' change, "Its revenue fell 9% to $186
# million", as the opened gold counts it)
_TO_A_SUM_AHEAD = re.compile(r"\s+(?:to|from)\s+(?:(?:about|around|some|nearly|almost|just\s+(?:over|under))\s+)?")
_PRICE_BEFORE = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|[Ss]hare\s+price|[Pp]rices?|[Ff]ares?|[Ff]ees?)\b[^.;!?\n]{0,80}$")
_APPOSITION_GAP = re.compile(r",\s*(?:(?:more\s+than|nearly|almost|about|around|roughly|over|just\s+over|just\s+under)\s+)?$",
                             re.IGNORECASE)


# ... nor a multiple of a sum of money: "a threefold rise on the £5,000 cap" ("a threefold rise on the 300 arrests" stays)
_RISE_ON_AHEAD = re.compile(r"\s+(?:increase|rise|jump|hike|cut|reduction|drop|fall)\s+(?:on|from|over|in)\s+")


# a firm's or a trade's margin told before its percentage ("operating margins in the trade of between 2% and 4%", "a profit
# margin of 6 per cent"): a share of its revenue, a sum of money (README: a share of a sum is no figure)
_MARGIN_BEFORE = re.compile(r"\b(?:[Pp]rofit|[Oo]perating|[Gg]ross|[Nn]et|[Tt]rading)?\s?[Mm]argins?\b[^.;:,\n]{0,60}$")


def _a_rise_on_a_sum(text: str, end: int, money_starts: set[int]) -> bool:
    """Whether the multiplier ending at ``end`` is a rise on a sum of money told within a few words after it."""
    if not (m := _RISE_ON_AHEAD.match(text, end)):
        return False
    return any(at in money_starts and not any(ch in text[m.end():at] for ch in ".,;:!?\n")
               for at in range(m.end(), min(len(text), m.end() + 40)))


def _after_a_sum(text: str, money_ends: set[int], start: int) -> bool:
    """Whether the words at ``start`` follow a sum of money and a comma: "£12 million, half of the budget"."""
    gap = _APPOSITION_GAP.search(text, max(0, start - 30), start)
    return bool(gap) and len(text[:gap.start()].rstrip()) in money_ends


# a share of "that" or "it" is of what was told last: a sum of money ("We were promised $300 a week. We got less than half of
# that": a wage's share, money, no count), not a count ("They expected 300 people. Less than half of that came")
_OF_THAT_AHEAD = re.compile(r"\s+of\s+(?:that|it|this)\b")


def _share_of_a_sum_told_before(text: str, figures: list, money_ends: set[int], start: int, end: int) -> bool:
    """Whether the share at ``start``..``end`` is "of that" with a sum of money the last number told before it, in its
    paragraph and the 200 characters before."""
    if not _OF_THAT_AHEAD.match(text, end):
        return False
    lo = max(start - 200, text.rfind("\n", 0, start) + 1)
    last_sum = max((e for e in money_ends if lo <= e <= start), default=-1)
    return last_sum >= 0 and not any(last_sum < f[1] <= start for f in figures)


def _share_of_a_count(figures: list, money_ends: set[int], start: int) -> bool:
    """Whether the last number told in the 250 characters before ``start`` is a count, not a sum of money: what a share
    that "came from" somewhere is of ("3,412 calls ... Almost a third came from parents"; not "£4 million ... Half came
    from the EU", nor a share with nothing counted before it)."""
    lo = start - 250
    last_count = max((f[1] for f in figures if lo <= f[1] <= start), default=-1)
    return last_count >= 0 and not any(last_count < e <= start for e in money_ends if e >= lo)


# a multiplier as a noun, shown or seen (not wished for: "calls for a doubling of the budget")
_MULTIPLYING = {"doubling": 2, "trebling": 3, "tripling": 3, "quadrupling": 4}
_MULTIPLYING_NOUN = re.compile(r"\b(?=[abdimrs])(?:shows?|showed|shown|is|was|were|marks?|marked|represents?|represented|amounts?\s+to|"
                               r"amounted\s+to|saw|seen|sees|recorded|records)\s+(?:(?P<q>more than|nearly|almost|roughly|about) )?"
                               r"(?P<word>an?\s+(?:doubling|trebling|tripling|quadrupling))\b(?![-\w])", re.IGNORECASE)
_QUALIFIER_OF = {word: qualifier for qualifier, words in QUALIFIERS.items() for word in words}
# "a third" after a count of two of something, in the same sentence, is one more of them, not a share: "two liaison
# officers in Erbil; a third would be posted to Baghdad" (so "a fifth" after four, "a tenth" after nine)
# (their force's name between: "Two Home Office immigration liaison officers ..., and a third will")
_ONE_FEWER = {"third": "two|2", "fifth": "four|4", "tenth": "nine|9"}
_COUNT_OF_ONE_FEWER = {word: re.compile(rf"\b(?:{n})\s+(?:[\w’'-]+\s+){{0,5}}?[a-z]+s\b[^.!?]{{0,160}}$", re.IGNORECASE)
                       for word, n in _ONE_FEWER.items()}
# ... or after the ordinal one fewer, its clause closed first: "A second officer starts in May, and a third will join in
# June" (one more of them; "A second survey found a third said ..." keeps its share, no clause closed between)
_ORDINAL_ONE_FEWER = {"third": "second", "fifth": "fourth", "tenth": "ninth"}
_ORDINAL_OF_ONE_FEWER = {word: re.compile(rf"\b(?:a|the)\s+{n}\s+[a-z][^.!?]{{0,160}}[,;]\s+(?:and\s+|but\s+|while\s+)?$",
                                          re.IGNORECASE)
                         for word, n in _ORDINAL_ONE_FEWER.items()}


def named_unit(text: str, num_start: int, end: int) -> str | None:
    """The unit the words at and after the number at ``text[num_start:end]`` name: "percent" ("12%"), "ratio" ("tripled"),
    a counted noun's ("hundreds of migrants": persons), or None."""
    if _PERCENT.match(text, end):
        return "percent"
    if (last := fold(text[num_start:end].split()[-1])) in MULTIPLIERS or last in BASE_MULTIPLIERS:
        return "ratio"
    if VAGUE_RE.fullmatch(text, num_start, end) and (of := _OF_AHEAD.match(text, end)):
        return _unit(text, of.end())  # "hundreds of migrants"
    if _STRONG_AHEAD.match(text, end) or "toll" in text[max(0, num_start - 40):num_start] \
            and _TOLL_BEFORE.search(text, max(0, num_start - 40), num_start) \
            or _elliptic_one(text, num_start, end) or _part_said(text, num_start, end) or _posted_part(text, num_start, end) \
            or _SINCE_DONE_AHEAD.match(text, end) \
            and _PEOPLE_IN_LAST_SENTENCE.search(text, max(0, num_start - 220), num_start):
        return "persons"  # "a 50-strong gang", "the death toll, now 31": people counted, their noun elsewhere
    if _WERE_PEOPLE_AHEAD.match(text, end) and (num_start == 0 or _CLAUSE_OPENS_BEFORE.search(text, max(0, num_start - 6), num_start)):
        return "persons"
    if _days_counted(text, num_start, end):  # "arrived on just 52 days": days counted, no duration
        return _ON_DAYS_AHEAD.match(text, end).group("unit").lower()
    if _occasions_tallied(text, num_start, end):
        return "occasions"  # "on at least 14 occasions": occasions tallied
    return (_unit(text, end) or _shared_unit(text, end) or _died_unit(text, end) or _unit_after_name(text, end)
            or _unit_before_level(text, num_start))


def _part_said(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` opens its clause with what its people said, people counted just before
    (_PART_OPENS_BEFORE): "Nine told officers they were Iraqi; the other three said ..."."""
    return (_SAID_THEY_AHEAD.match(text, end) is not None and _PART_OPENS_BEFORE.search(text, max(0, start - 20), start) is not None
            and _PEOPLE_COUNTED_BEFORE.search(text, max(0, start - 300), start) is not None)


# a count posted by place, its noun left out, then its parts by place: "Four will be stationed in Erbil, two in Duhok and
# one at a new office in Zakho" (each part is people posted, as the first count is)
_POSTED_SPLIT_BEFORE = re.compile(rf"\b(?:\d+|{NUMBER_WORD})\s+(?:will\s+be|were|are|have\s+been)\s+(?:deployed|stationed|posted|based)"
                                  r"\s+(?:in|at|to)\s+[^.;:!?\n]{1,100}?(?:,|,?\s+and)\s+$", re.IGNORECASE)


def _posted_part(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` a part by place of a count posted just before (_POSTED_SPLIT_BEFORE)?"""
    return bool((_AT_A_PLACE.match(text, end) or _AT_A_SITE_IN.match(text, end))
                and _POSTED_SPLIT_BEFORE.search(text, max(0, start - 140), start))


def _elliptic_one(text: str, start: int, end: int) -> bool:
    """Is the "one" at ``text[start:end]`` one more of the people just counted, their noun left out (_ELLIPTIC_ONE_BEFORE)?
    A number word above one is so too ("seven officers to Erbil and three to Basra"): more of them, by where they went."""
    return ((fold(text[start:end]) == "one" or text[start:end].isalpha()) and _ELLIPTIC_ONE_AHEAD.match(text, end) is not None
            and _ELLIPTIC_ONE_BEFORE.search(text, max(0, start - 140), start) is not None)


def _unit_before_level(text: str, num_start: int) -> str | None:
    """The unit of a level its counted noun was told before: "Weekly arrests were under 50" (arrests)."""
    return _unit_of(m.group(1)) if (m := _NOUN_AT_LEVEL_BEFORE.search(text, max(0, num_start - 50), num_start)) else None


# a counted noun, then the level it stood at (a qualifier's words between): "arrests were under", "crossings stood at"
_NOUN_AT_LEVEL_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:were|was|stood\s+at|totalled|totaled|numbered)\s+(?:[a-z]+\s+){0,2}$")


def _unit_after_name(text: str, end: int) -> str | None:
    """The unit of a count whose noun comes after an organisation's name: "4 National Crime Agency officers" (persons)."""
    return _unit(text, name.end()) if (name := _NAME_AHEAD.match(text, end)) else None


_STRONG_AHEAD = re.compile(r"-strong\b")
_TOLL_BEFORE = re.compile(r"\btoll\b[^.;!?\n]{0,30}$")  # (its literal "toll" asked of the window first: see named_unit)


def _is_next_one(text: str, m: re.Match) -> bool:
    """Whether the share ``m`` (of _SHARE_WHO) is an ordinal: the next one of a count just told."""
    word = m.group("word").lower().split()[-1]
    return not m.group("q") and any(pattern.search(text, max(0, m.start() - 200), m.start())
                                    for pattern in (_COUNT_OF_ONE_FEWER.get(word), _ORDINAL_OF_ONE_FEWER.get(word)) if pattern)


# what a corrections column says the article it corrects told: "The article also said 4,100 ...", "A picture caption
# with the same article gave the age of ... as 17"
_CORRECTED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:same|picture|photo|photograph)\s+)?(?:article|caption|headline)"
                        r"(?:\s+(?:with|on|in|of)\s+the\s+same\s+article)?\s+(?:also\s+)?(?:(?:wrongly|incorrectly|mistakenly)\s+)?"
                        r"(?:said|stated|gave|reported|misstated|put|described)\b")


def _withdrawn(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rest of each sentence in which a correction says what an earlier version of the article said:
    its numbers were withdrawn, no figures."""
    found = [(m.end(), sentence_at(sentences, m.start())[1]) for m in WITHDRAWN.finditer(text)] if "version" in text else []
    if "orrection" in text:  # only a correction tells what "the article" said wrongly; a news story's "the article said" reports
        for m in _CORRECTED.finditer(text):  # ... up to the clause that sets it right: "; the correct figure is 870"
            end = sentence_at(sentences, m.start())[1]
            found.append((m.end(), semi if (semi := text.find(";", m.end(), end)) >= 0 else end))
    return found


# seats on a flight or a boat, not in a chamber: "Around one in four seats went unused" (a share of them, a ratio; "one
# in four seats in parliament", "seats on the council", "seats won" are a vote's)
_CARRIED_SEATS_AHEAD = re.compile(r" seats\b(?!\s+(?:(?:in|on)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:[Pp]arliament|[Aa]ssembly|"
                                  r"[Cc]hamber|[Hh]ouse|[Cc]ouncil|[Ss]enate|[Ll]egislature|[Bb]oard|[Cc]ommittee|[Bb]ench)|"
                                  r"(?:won|held|contested|up\s+for\s+election))\b)")


# "quarter" after "in one" is a quarter of a year, no share: "a claim lodged in one quarter is decided in a later one", "rose
# in one quarter alone" (a share names what it is of: "in one quarter of the cases" stays 0.25)
_IN_ONE_BEFORE = re.compile(r"\b(?:in|during|within|over|for)\s+$", re.IGNORECASE)
_QUARTER_NOT_OF_AHEAD = re.compile(r"(?!\s+of\b)")


def _ratio(text: str, end: int, value, opens=None) -> tuple[int, Decimal] | None:
    """(end, value) of a ratio "N in M" whose first number ends at ``end`` ("one in eight": 0.125, "three in 10": 0.3),
    or of a fraction ("two-thirds": 2/3, "three quarters": 0.75); None if there is none. ``opens``: whether the
    quantity opens its sentence."""
    if (f := _FRACTION.match(text, end)) and 0 < value < (whole := _DENOMINATORS[f.group(1).lower()]):
        return f.end(), (Decimal(value) / whole).normalize()
    if not (m := _RATIO_IN.match(text, end)) or not (n := NUMBER_RE.match(text, m.end())) or n.group("mag"):
        return None
    words = n.group(0)
    if len(words) == 4 and words.isdigit() or "," in words and not words.replace(",", "").isdigit():
        return None  # "12 in 2023": a year; "5 in 1,2": no number
    try:
        whole = parse_number(words)
    except ParseError:
        return None
    if not 0 < value < whole or whole > 1000 or _NOT_FIGURE_AFTER.match(text, n.end()) \
            and not (text.startswith(" seats", n.end()) and _CARRIED_SEATS_AHEAD.match(text, n.end())):
        return None  # "12 in 24 hours": a time (a share of a flight's seats is a ratio: "one in four seats went unused")
    if value != 1 and not m.group(0).rstrip().endswith("every") and whole not in (10, 100, 1000) \
            and not _NO_NOUN_AHEAD.match(text, n.end()) and not opens:
        return None  # "two in three raids" counts raids; "one in five", "three in 10", "two in every five" are ratios
        # (and so is one opening its sentence, its noun its subject: "Three in four Iraqi survivors were ...")
    return n.end(), (Decimal(value) / whole).normalize()


def _future(words: str, reference: str | None):
    """The period ``words`` name in a sentence about the future ("in March": the next March), or None if unread."""
    try:
        return parse_period(words, reference=reference, future=True)
    except ParseError:  # relative to another period ("the previous year"): as find_periods read it
        return None


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    if pattern is _URL and not ("://" in text or "www." in text or "@" in text):
        return []  # every URL or e-mail address holds one of these: skip the slow scan without them
    if pattern is _PHONE and not _DIGIT_GAP_DIGIT.search(text):
        return []
    found = []
    for m in pattern.finditer(text):
        if pattern is not _PHONE or sum(c.isdigit() for c in m.group(0)) >= 9:
            found.append(m.span())
    return found


_SECTION_NUMBER = re.compile(r"\d{1,2}\.[1-9]\d?")
# a bare paragraph number, as an audit report numbers its summary: "1 In November 2024 ..." (one of a run: _numbered_sibling)
_PARAGRAPH_MARK = re.compile(r"[ \t]+(?-i:[A-Z])")


def _line_opens_on(text: str, label: str) -> bool:
    """Whether a line of ``text`` opens on ``label``, a space and a capital, as a numbered paragraph does."""
    mark = f"\n{label} "
    at = text.find(mark)
    while at >= 0:
        if text[at + len(mark):at + len(mark) + 1].isupper():
            return True
        at = text.find(mark, at + len(mark))
    return False


def _numbered_sibling(text: str, number: int, section: str = "") -> bool:
    """Whether a line of ``text`` opens on the number before or after ``number`` and a capital, as numbered paragraphs run
    (a headline's "3 Iraqis held at Dover" has no such neighbour); ``section`` is the "4." of a paragraph numbered "4.2"."""
    return any(k > 0 and _line_opens_on(text, f"{section}{k}") for k in (number - 1, number + 1))


# a report's section cited by its number ("Source for 4.1 and 4.4:", "as set out in 3.2 above"): the number of a paragraph
# the text opens a line with, no count; a number heading its own line is _numbered_sibling's, one with a unit a figure
_SECTION_CITED_AHEAD = re.compile(r"[ \t]*(?:[,;:)]|\.(?!\d)|$)|[ \t]+(?:and|or|to|above|below|of|in|is|are|sets?|shows?|comes?|came|draws?)\b")


# the sites a campaign's posters or screens are put up at ("screens on the ring road and at three bus stations will show
# the films"), places it spans as "arrests in five towns" are: no count of what was done
_VENUES_AHEAD = re.compile(r"\s+(?:(?:shopping|bus|railway|train|metro|petrol|busy|main|big|central|local)\s+)?"
                           r"(?:centres|centers|malls|markets|bazaars|squares|stations|universities|mosques|cinemas|venues|"
                           r"roundabouts|junctions|crossroads)\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_DISPLAYED_NEAR = re.compile(r"\b(?:billboards?|posters?|(?:digital\s+|big\s+|video\s+)?screens|hoardings?|banners?|adverts?|"
                             r"advertisements?|displayed|exhibited|put\s+up|shows?|showing|will\s+show|be\s+shown)\b", re.IGNORECASE)
# (but premises an operation went into are a figure: "raided shops at three shopping centres")
_OPERATION_NEAR = re.compile(r"\b(?:raid\w*|arrest\w*|search\w*|detain\w*|seiz\w*|inspect\w*|checks?|checked|stopp?\w*)\b",
                             re.IGNORECASE)
_SENTENCE_BEFORE = re.compile(r"[^.!?\n]{0,200}$")
_SENTENCE_AHEAD = re.compile(r"[^.!?\n]{0,200}")


def _campaign_venues(text: str, start: int, end: int, before: str) -> bool:
    """Whether the number at ``start``, after "at", counts the venues a campaign's posters or screens are put up at."""
    if not (_AT_BEFORE.search(before) and _VENUES_AHEAD.match(text, end)):
        return False
    head = _SENTENCE_BEFORE.search(text, max(0, start - 200), start)
    tail = _SENTENCE_AHEAD.match(text, end)
    return bool(_DISPLAYED_NEAR.search(text, head.start(), tail.end())) \
        and not _OPERATION_NEAR.search(text, head.start(), tail.end())


def _section_cited(text: str, start: int, end: int, words: str, before: str) -> bool:
    """Whether ``words``, a number such as "4.4" inside a line, names a paragraph of ``text`` that a line opens with."""
    if not _SECTION_NUMBER.fullmatch(words) or _LIST_ITEM.search(before) or not _SECTION_CITED_AHEAD.match(text, end):
        return False
    return _line_opens_on(text, words)


def _named_elsewhere(text: str, name: str, number: str) -> bool:
    """Whether the article tells "<name><number>" somewhere as a name (a possessive, a full stop or a preposition after it)."""
    for m in re.finditer(re.escape(name) + re.escape(number) + r"(?![\d.,]\d)", text):
        if _NAME_NUMBER_AFTER.match(text, m.end()) and _NAME_NUMBER_BEFORE.search(text, max(0, m.start() - 2), m.start() + len(name)):
            return True
    return False


# the rooms or flats people were in, a place ("in two rooms above the kitchen"), not how many a building has ("The
# hotel's 96 rooms house 160 men")
_IN_BEFORE = re.compile(r"\b(?=i)in\s+$", re.IGNORECASE)
_ROOMS_AHEAD = re.compile(r"\s+(?:(?:small|tiny|cramped|separate|different|adjoining|back)\s+)?(?:rooms|flats|apartments)\b")
# ... or the premises such rooms were over or under: "found living in cramped rooms above two car washes" (a place)
_LODGED_OVER_BEFORE = re.compile(r"\b(?:rooms?|flats?|apartments?|living|lived|lives|sleeping|slept|sleeps|housed|kept)\s+"
                                 r"(?:above|below|beneath|behind)\s+$", re.IGNORECASE)

# a count just told split by place, one each: "Two officers arrived in May, one in Erbil and one in Baghdad" (the two are
# the figure; each "one" is a part of it)
_PLACE_NAMED = r"(?:in|at|to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}"
_ONE_EACH_FIRST_BEFORE = re.compile(r"(?:,|:|[–—])\s+$")
_ONE_EACH_FIRST_AHEAD = re.compile(rf"\s+{_PLACE_NAMED},?\s+and\s+one\s+(?:in|at|to|for)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
_ONE_EACH_SECOND_BEFORE = re.compile(rf"(?:,|:|[–—])\s+one\s+{_PLACE_NAMED},?\s+and\s+$", re.IGNORECASE)
_ONE_EACH_SECOND_AHEAD = re.compile(rf"\s+{_PLACE_NAMED}\b", re.IGNORECASE)


def _one_each_by_place(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() != "one":
        return False
    before = text[max(0, start - 80):start]
    return bool(_ONE_EACH_FIRST_AHEAD.match(text, end) and _ONE_EACH_FIRST_BEFORE.search(before)
                or _ONE_EACH_SECOND_AHEAD.match(text, end) and _ONE_EACH_SECOND_BEFORE.search(before))


def _bid_outcome(text: str, start: int, end: int) -> bool:
    return bool(_WILL_AHEAD.match(text, end) and (_BID_THEN_BEFORE.search(text, max(0, start - 100), start)
                                                  or _SOON_BEFORE.search(text, max(0, start - 40), start)))


def _chart_row_count(text: str, start: int, end: int, before: str, value) -> bool:
    """Whether a number after a month's label is a count of a chart's row ("Jan 96 | Feb 118"), its row told by a bar."""
    if not value > 31 or value != int(value) or _YEAR_DIGITS.fullmatch(text, start, end):
        return False
    if not (_ROW_ITEM_AHEAD.match(text, end) and _MONTH_ROW_BEFORE.search(before)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return "|" in text[line_start:line_end if line_end >= 0 else len(text)]


# a text table's column heading that says its cells are counts: "Boats (No.)", "Number of arrests" (not "Ref. No.")
_COUNT_HEADING = re.compile(r"\((?:No\.?|number|count)\)$|^(?:Number|No\.) of\b", re.IGNORECASE)


def _counted_column(text: str, start: int, end: int) -> bool:
    """Whether a number is a cell of a plain-text table whose column is headed as a count ("Boats (No.)" over
    "Piraeus      12      240"), whatever the model weighs of the words around it."""
    header = column_header(text, start, end)
    return header is not None and bool(_COUNT_HEADING.search(header.strip()))


def _spaced_row_count(text: str, start: int, end: int, value) -> bool:
    """Whether a number is a count in a plain-text table's row led by a month ("November     84     131"), its columns
    set apart by wide gaps and a row of the same kind next to it."""
    if value != int(value) or _YEAR_DIGITS.fullmatch(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not (line_start < start and _SPACED_MONTH_ROW.fullmatch(text, line_start, line_end)):
        return False
    if value <= 31 and len(re.findall(_SPACED_CELL, text[line_start:line_end])) < 2:
        return False  # "March     14": a day set out in a column, unless the row counts more than one thing
    above = text[:max(0, line_start - 1)].rpartition("\n")[2] if line_start else ""
    below = text[line_end + 1:].partition("\n")[0]
    return any(_SPACED_ROW.fullmatch(row) for row in (above, below) if row)


# a part of the things named just before, told by "of which": "bought new X-ray units, eight of which were deployed" (not
# a report's own parts, "in 12 chapters, two of which", nor a duration's, "six years, two of which")
# (or a verb of coming into use: "new scanners, six of which came into service last autumn", "entered service")
_OF_WHICH_AHEAD = re.compile(r"\s+of\s+which\s+(?:were|are|was|is|had|have|has|will|would|could|can|remain|remained|"
                             r"came\s+into|went\s+into|entered|arrived)\b")
# the things a body bought, gave or installed, told by the one of them a sentence names: "is one of four paid for by Britain",
# "one of six donated by the EU" (a count of them; not one of a family's children: "one of three raised by their grandmother")
# (or told by where or since when they were put: "one of two installed at the port since May", "one of four delivered in March")
_ONE_OF_SUPPLIED_AHEAD = re.compile(r"\s+(?:paid\s+for|bought|purchased|funded|financed|donated|supplied|provided|delivered|"
                                    r"installed|gifted|handed\s+over)\s+(?:by|under|through|with|at|in|on|since|across|along|"
                                    r"last|this)\b"
                                    # (or by who got them, the "that" left out: "one of two the ministry bought last year",
                                    # "one of three the road police received", the count's noun left out before its buyer)
                                    r"|\s+(?:that\s+|which\s+)?(?:the|its|their|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,4}?"
                                    r"(?:bought|purchased|received|acquired|ordered)\b")
_NOUN_COMMA_BEFORE = re.compile(r"\b([a-z][\w’'-]*s),\s+$")
# a count just told split by place after a colon: "six scanners: four at the port and two at the crossing" (each part
# counts the same things, as "six scanners" does; "one in Erbil and one in Baghdad" are left out, _one_each_by_place)
_SPLIT_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
_SPLIT_AT_PLACE_AHEAD = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[\w’'-]")
_SPLIT_FIRST_BEFORE = re.compile(rf"\b{_SPLIT_COUNT}\s+(?:[a-z][\w-]*\s+){{0,2}}([a-z][\w’'-]*s):\s+$", re.IGNORECASE)
_SPLIT_NEXT_BEFORE = re.compile(rf"\b{_SPLIT_COUNT}\s+(?:[a-z][\w-]*\s+){{0,2}}([a-z][\w’'-]*s):\s+{_SPLIT_COUNT}\s+(?:at|in)\s+"
                                r"[^.;:\n]{1,70}?(?:,|\s+and)\s+$", re.IGNORECASE)


def _plan_year(text: str, end: int, before: str) -> bool:
    """Either number of "years two and three" (a plan's years), unless people are counted after the range."""
    m = _PLAN_YEARS_BEFORE.search(before)
    if m is None:
        return False
    if not m.group(1) and (m := _PLAN_YEARS_RANGE_AHEAD.match(text, end)) is None:
        return False
    return not _PEOPLE_AHEAD.match(text, m.end() if m.re is _PLAN_YEARS_RANGE_AHEAD else end)


# the words every match of a long case-blind search before a number holds: a window without any (most) is not searched
_SAMPLE_AND_WITH_WORDS = ("interviews", "conversations", "focus groups")
_SPOKE_WORDS = ("spoke", "talked")  # (_INSPECTORS_SPOKE_TO_BEFORE)
_SAMPLE_WORDS = ("interviews", "conversations", "focus groups", "testimon", "checked", "verified", "corroborated", "survey",
                 "poll", "study", "questionnaire", "sample", "respondents")  # (_SAMPLE_BEFORE)


def _holds(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[lo:hi]`` holds any of ``words`` (lowercase) as re.IGNORECASE compares (``fold``): a quick test, far
    cheaper than a search of some 250 characters with re.IGNORECASE (tests/test_drafting_fast_paths.py)."""
    window = fold(text[lo:hi])
    return any(w in window for w in words)


# a duration whose unit was told just before and is left out: '"would take us there in one day. We were at sea for three."'
# (after being, staying or going somewhere, not "cared for three.", those someone acted for)
_UNIT_LEFT_OUT_AHEAD = re.compile(r"[.,;!?\"”’]")
_LASTED_FOR_BEFORE = re.compile(r"\b(?:was|were|been|be|stayed|stay|waited|wait|walked|sailed|drifted|travelled|lasted|hid|"
                                r"lived|slept)\b(?:\s+(?![\w-]+ing\b)[\w’'-]+){0,3}?\s+for\s+$", re.IGNORECASE)
_TIME_UNIT_BEFORE = re.compile(r"\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b", re.IGNORECASE)


def _said_share_of_own_circle(text: str, start: int, end: int) -> bool:
    """A share of one speaker's own circle in their reported words: "she said half of her pupils had left" (an
    anecdote of one life, as the count "said three of her classmates" is; "two of her pupils drowned" stays counted)."""
    return bool(_SAID_THAT_BEFORE.search(text, max(0, start - 30), start)
                and (circle := _CIRCLE_AHEAD.match(text, end) or _OWN_STUDENTS_SHARE_AHEAD.match(text, end))
                and not _DIED_AHEAD.match(text, circle.end()))


# the offences one defendant was convicted of or charged with: "convicted in May of three offences of ...", "pleaded guilty
# to two charges" (an indictment's counts, as "two counts of", no count of what happened; "police recorded 64 offences" stays)
_OFFENCES_AHEAD = re.compile(r"\s+(?:further\s+|separate\s+|related\s+|other\s+|more\s+)?(?:offences|offenses|charges)\b", re.IGNORECASE)
_CONVICTED_OF_BEFORE = re.compile(r"\b(?:convicted|found\s+(?:not\s+)?guilty|acquitted|cleared|charged|accused|pleaded\s+(?:not\s+)?guilty|"
                                  r"admitted|admits|denied|denies|faces|facing|sentenced)"
                                  r"(?:\s+(?:in|on|at|last|earlier|later|this|jointly|separately|also|month|week|year|yesterday|today|(?-i:[A-Z][a-z]+)|(?:19|20)\d\d))*"
                                  r"\s+(?:of|to|with|for)\s+$", re.IGNORECASE)
# a place's fittings told in a list of things it had: "a container which had two electric heaters, a kettle and no toilet"
# (how a room was kitted out, no count; "the lorry held 12 men, a dog ..." counts people and stays)
_FITTINGS_LIST_AHEAD = re.compile(r"(?:\s+[a-z-]+){1,3},\s+(?:an?|no|one)\s+[a-z-]+(?:\s+[a-z-]+)?(?:,\s+|\s+and\s+|,\s+and\s+)"
                                  r"(?:an?|no)\s+[a-z-]+")
_HAD_FITTINGS_BEFORE = re.compile(r"\b(?:had|has|have|with|contained|contains|containing|held|holds|there\s+(?:was|were))\s+$",
                                  re.IGNORECASE)


# a speaker's one set against a round many in the same sentence: '"A grant for one man does not create jobs for a hundred"',
# "one family helped, a thousand left waiting" (a saying that weighs the few against the many, no count of either)
_ONE_AGAINST_MANY_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:man|woman|person|family|child|boy|girl|youth|returnee|house|shop|job|"
                                     r"business|village|grant|loan)\b[^.;!?\n“”\"]{1,60}?\b(?:an?|for|to)\s+"
                                     r"(?:a\s+)?(?:hundred|thousand|million)s?(?=\s*[,.;!?\"”])")


# a military unit named by its number, the unit's word capitalised after it: "flew with 617 Squadron", "No 1 Group" (a
# name, no count; "14 squadron members" in lower case counts them)
_NUMBERED_UNIT_AHEAD = re.compile(r"\s+(?-i:Squadron|Group|Wing|Brigade|Regiment|Battalion|Commando|Flotilla|Division|Corps)\b"
                                  r"(?!\s+(?-i:[A-Z])[a-z]+s\b)")
# the charges of one indictment, told by the verdict or the charge: "was convicted of three charges under the Act",
# "faces five charges of fraud" (the case's own counts, no count of what happened; "police brought 40 charges of
# smuggling in 2025" counts them)
_INDICTMENT_CHARGES_AHEAD = re.compile(r"\s+(?:further\s+|separate\s+|more\s+)?charges?\s+(?:of|under)\b")
_INDICTMENT_VERB_BEFORE = re.compile(r"\b(?:guilty\s+(?:\w+\s+){0,2}(?:of|to)|convicted\s+(?:\w+\s+){0,2}of|acquitted\s+of|cleared\s+of|"
                                     r"admitt?(?:ed|s)|denie[sd]|den(?:y|ying)|faces?|facing|charged\s+with)\s+(?:all\s+)?$")


def _is_figure(text: str, start: int, end: int, value) -> bool:
    words = text[start:end]
    before = text[max(0, start - 40):start]
    last = EndsOnWords.last_word(before)  # (the wrappers' word test, once for the some twenty searched of before)
    if words[:1].isdigit() and _NUMBERED_UNIT_AHEAD.match(text, end):
        return False  # "aircraft from 617 Squadron": the unit's number, no count
    if _INDICTMENT_CHARGES_AHEAD.match(text, end) and _INDICTMENT_VERB_BEFORE.search(text, max(0, start - 60), start):
        return False  # "found guilty yesterday of three charges under the Act": the indictment's counts, no count
    if before.endswith(" for ") and _UNIT_LEFT_OUT_AHEAD.match(text, end) and _LASTED_FOR_BEFORE.search(before) \
            and _TIME_UNIT_BEFORE.search(text, max(0, start - 150), start):
        return False  # "in one day ... at sea for three.": for how long, the unit left out (a duration, no figure)
    if before.endswith("at ") and _campaign_venues(text, start, end, before):
        return False  # "screens ... at two bus stations will show the films": the sites a campaign spans, no count
    if "." in words and _section_cited(text, start, end, words, before):
        return False  # "Source for 4.1 and 4.4: Home Office": paragraphs of the report cited, no count
    if _BODIES_AHEAD.match(text, end) and _SUM_SHARED_BEFORE.search(text, max(0, start - 60), start):
        return False  # "£2.5 million shared between 43 forces": the sum's share-out, no count of what happened
    if _OF_TAKINGS_AHEAD.match(text, end) and _FINE_BEFORE.search(text, max(0, start - 60), start):
        return False  # "fines of up to 10% of qualifying worldwide revenue": a penalty's cap
    if quoted(text, start) and (_TYPICAL_CASE_BEFORE.search(text, max(0, start - 90), start)
                                or _bid_outcome(text, start, end)
                                or fold(words.split()[-1]) in MULTIPLIERS and (_ANTITHESIS_AHEAD.match(text, end)
                                                                               or _ANTITHESIS_BEFORE.search(text, max(0, start - 100), start))):
        return False  # a speaker's "When a boat comes in with 60 people", "has doubled ... and halved ...": no count
    if _NOUN_THEN_MODAL_AHEAD.match(text, end) and _SUPPOSED_LOAD_BEFORE.search(before):
        return False  # "a boat carrying 60 people can gross ...", "a group of 30 people cannot ...": supposed, no count
    if value < 20 and _GENERIC_OWNER_BEFORE.search_ending(last, before) and quoted(text, start):
        return False  # a speaker's "for a small firm with five trucks": a kind of firm supposed, no count
    if _DEALT_ITEMS_AHEAD.match(text, end) and _PART_OF_OWN_BEFORE.search(before):
        return True  # "accepted four of its nine recommendations": the base the part taken up is out of
    if _NOT_FIGURE_AFTER.match(text, end) and not (_VIEWS_AHEAD.match(text, end) and _REACH_BEFORE.search(before)
                                                   or _VIEWS_TELL_AHEAD.match(text, end)
                                                   or _HEADED_VIEWS_AHEAD.match(text, end) and (not before or before[-1] == "\n")
                                                   or _flown_hours(text, start, end, value)
                                                   or _days_counted(text, start, end)
                                                   or _occasions_tallied(text, start, end)
                                                   or _HAUL_MEASURE_AHEAD.match(text, end)
                                                   and _HAUL_NEAR.search(text, max(0, start - 150), start)
                                                   or _SEATS_OFFERED_AHEAD.match(text, end)) \
            and not _spaced_row_count(text, start, end, value) \
            or _not_figure_before(before, last) and not (_AGE_LIST_THEN_COUNT_BEFORE.search(before)
                                                   and (_VERB_AHEAD.match(text, end) or _AGE_THEN_PEOPLE_AHEAD.match(text, end))
                                                   or words[0].isalpha() and _MONTH_OPENS_BEFORE.search(before)
                                                   or _IN_MONTH_BEFORE.search(before) and _unit(text, end) is not None
                                                   or _COUNTS_VERB_BEFORE.search(before) and _unit(text, end) is not None
                                                   or _chart_row_count(text, start, end, before, value)
                                                   or _spaced_row_count(text, start, end, value)):
        return False
    if _ROUNDED_TO_BEFORE.search_ending(last, before) or value < 100 and (
            _CONFIDENCE_AHEAD.match(text, end)
            or _LEVEL_AHEAD.match(text, end) and _CONFIDENCE_NEAR.search(text, max(0, start - 80), start)):
        return False  # "rounded to the nearest 100", "a 95% confidence interval": a method's precision, no count
    if value <= 100 and (_PENSION_RATE_AHEAD.match(text, end) or _PENSION_RATE_BEFORE.search(before)):
        return False  # "28% employer pension contribution": a term of a job, no count
    if value == 100 and _WHOLE_END.match(text, end) and _SUMS_TO_BEFORE.search(before):
        return False  # "shares may not sum to 100": the whole, no count
    if _OWN_ITEMS_AHEAD.match(text, end) and _HERE_ARE_BEFORE.search(before):
        return False  # "Here are six of them.": the items a text sets out next
    if value < 120 and _AGE_END.match(text, end) and _OLDER_THAN_BEFORE.search(before):
        return False  # "couldn't have been older than 20."
    if _WAIT_ANOTHER_BEFORE.search_ending(last, before) and _unit(text, end) is None:
        return False  # "don't make me wait another 27": a wait's length, its years told before (a duration)
    if value < 30 and _HOUSEHOLD_HAS_BEFORE.search(before):
        return False  # '"Our family has nine people living on ...': a household's size, no count of what happened
    if value < 11 and _plan_year(text, end, before):
        return False  # "funding for years two and three": a plan's numbered years
    # (its "if" looked for first: few numbers have one before them)
    if (text.find("if", max(0, start - 120), start) != -1 or text.find("If", max(0, start - 120), start) != -1) \
            and _IF_CLAUSE_OPENS_BEFORE.search(text, max(0, start - 120), start) and _THEN_MODAL_AHEAD.match(text, end) \
            and not re.search(rf"(?<![\w,.]){re.escape(words)}(?![\w,.]\w)", text[:start], re.IGNORECASE):
        # "If the Home Office returned 500 people a month, it would still take years": a supposed case (not a count the
        # article told before, named again in the condition: "six men were found ... If a gang can get six men into a
        # sealed reefer, I would like ...", the same men)
        return False
    if value == 1 and _ONE_AGAINST_MANY_AHEAD.match(text, end) and quoted(text, start):
        return False  # '"A grant for one man does not create jobs for a hundred"': the few weighed against the many
    if value == 1 and _IF_IT_SAVES_BEFORE.search(before) and quoted(text, start):
        return False  # '"If it saves one child, I can wait"': a supposed case
    if _SAMPLE_FILES_AHEAD.match(text, end) and _EXAMINED_BEFORE.search(before):
        return False  # "Inspectors examined 120 case files": an inspection's sample, its method
    # (the last word's test first: the items ahead are looked for after every number, the writers' verb is seldom there)
    if _WE_GATHERED_BEFORE.search_ending(last, before) and _GATHERED_ITEMS_AHEAD.match(text, end) and not quoted(text, start):
        return False  # "we archived 45 of the group's recruitment posts": the writers' own material, its method
    if value < 100 and _OFFENCES_AHEAD.match(text, end) and _CONVICTED_OF_BEFORE.search(text, max(0, start - 80), start):
        return False  # "convicted in May of three offences of ...": one defendant's charges, as "two counts of"
    if value < 20 and _FITTINGS_LIST_AHEAD.match(text, end) and _HAD_FITTINGS_BEFORE.search(before) \
            and _unit(text, end) != "persons":
        return False  # "which had two electric heaters, a kettle and no toilet": a room's fittings, no count
    if value == 1 and _one_each_by_place(text, start, end):
        return False  # "two officers, one in Erbil and one in Baghdad": the parts of a count just told
    if _ROOMS_AHEAD.match(text, end) and _IN_BEFORE.search(before):
        return False  # where people were kept or slept: "slept on mattresses in two rooms", "locked in two rooms"
    if before.endswith(("above ", "below ", "beneath ", "behind ")) and _LODGED_OVER_BEFORE.search(before):
        return False  # "living in rooms above two car washes": the premises people lived over, a place, no count of them
    if _OF_THEM_AHEAD.match(text, end) and _PART_OF_DURATION_BEFORE.search(text, max(0, start - 120), start):
        return False  # "eleven years at the ministry, the last four of them as deputy": a part of a duration
    if _IDIOM_AHEAD.match(text, end) or _IDIOM_BEFORE.search_ending(last, before) or _LIKE_ME_AHEAD.match(text, end) \
            or value == 100 and _ASSURANCE_AHEAD.match(text, end) and _ASSURANCE_BEFORE.search(before):
        return False  # "Two cheers for the plan", "one or two", "a hundred per cent sure", "a thousand men like me"
    if value < 120 and _OTHERS_AHEAD.match(text, end) and _OWN_JOURNEY_WITH_BEFORE.search(text, max(0, start - 110), start):
        return False  # "he crossed the Channel in a dinghy with 61 other people": one traveller's companions
    if value < 20 and _OTHERS_AHEAD.match(text, end) and (
            _LODGED_WITH_BEFORE.search(before) or _LIVED_IN_WITH_BEFORE.search(text, max(0, start - 70), start)):
        return False  # "a room with three other men": one household's lodgers
    if _INSTEAD_BEFORE.search_ending(last, before) and _unit(text, end) is None and not _PERCENT.match(text, end):
        return False  # "one blanket instead of two": the count an alternative replaces
    if value < 20 and _RULED_ACT_ON_BEFORE.search(before):
        return False  # "ruled that placing two brothers in an adult hotel was unlawful": the claimants, no count
    if value < 20 and _ONE_LODGING_FOR_BEFORE.search(before):
        return False  # "one room for three people": one household's crowding, no count
    if value < 100 and _ONE_SHARED_BEFORE.search(before) and not _RANGE_TO_NUMBER.match(text, end):
        return False  # "one bottle of water between ten of them": a ration, how many shared it, no count
    if value < 100 and _OF_THEM_CROWDED_AHEAD.match(text, end) and quoted(text, start):
        return False  # '"eleven of them in one room"': a crowded scene a speaker saw, no count
    if value < 100 and _CROWDED_IN_AHEAD.match(text, end) and _WE_WERE_BEFORE.search(before) and quoted(text, start):
        return False  # '"We were 8 in my tent"', '"We were 25 people in one flat"': a crowded scene, as "eleven of them in one room"
    if value < 100 and _OF_US_SLEEP_AHEAD.match(text, end) and quoted(text, start):
        return False  # '"Six of us sleep in it"': how many a speaker's room holds, a crowded scene, no count
    if value < 20 and _OF_US_OPENS_AHEAD.match(text, end) and _CLAUSE_START_BEFORE.search(before) \
            and (quoted(text, start) or _in_turn(text, start)):
        return False  # '"Five of us were sick the whole way"': the speaker's own group in their own account, no count
    if value < 100 and _OF_THEM_EACH_AHEAD.match(text, end):
        return False  # "six of them, one for each trip": tokens standing for something else, no count
    if value < 100 and _PHRASE_END.match(text, end) and (
            _TERM_ELIDED_BEFORE.search(before)
            or _TERM_GOT_BEFORE.search(before) and _TERM_EARLIER.search(text, max(0, start - 200), start)):
        return False  # "got six years, and Lee, 33, was jailed for five.": a prison term, its "years" left out
    if value <= 12 and _PARTY_AHEAD.match(text, end) and _PACKAGE_COVERS_BEFORE.search(text, max(0, start - 100), start):
        return False  # "a family package for £6,000, covering two adults and two children": what a price buys, no count
    if value <= 12 and before.endswith("for ") and _PLACES_BOUGHT_AHEAD.match(text, end) and _PRICE_ASKED_FOR_BEFORE.search(before):
        return False  # "the $9,000 a smuggler asked for three places": the places a family bought, no count
    if value <= 100 and _PACK_OF_BEFORE.search(before) and (_PRICED_AHEAD.match(text, end) or _PRICE_FOR_BEFORE.search(
            text, max(0, start - 70), start)):
        return False  # "a pack of 20 cigarettes costs 3,000 dinars": what one priced unit holds
    if _ALL_FORCES_AHEAD.match(text, end) and _ALL_BEFORE.search(before):
        return False  # "involved all 43 police forces": the whole of a country's forces, how many there are, no count
    if value < 1000 and _GROUPS_SEEN_BEFORE.search_ending(last, before):
        return False  # "when they find groups of 30 or 40 men": how large a group tends to be, no count
    if _OWN_SIZE_AHEAD.match(text, end) and _PRIVATE_BODY_WITH_BEFORE.search(before):
        return False  # "a firm with 22 employees", "the foundation has 45 volunteers": a private body's size
    if _PLACES_AHEAD.match(text, end) and _ACROSS_BEFORE.search(before):
        return False  # "searched 26 flats in 13 cities": where an operation or a group was, no count
    if _REMIT_PLACES_AHEAD.match(text, end) and _REMIT_BEFORE.search(text, max(0, start - 120), start):
        return False  # "responsible for inspecting freight at 35 land and sea ports": the body's reach, no count
    if value <= 12 and _WIND_FORCE_BEFORE.search(before):
        return False  # "the wind was force 5": a reading on a scale, no count
    if value < 100 and _PREMISES_AHEAD.match(text, end) and _FOUND_IN_BEFORE.search(before) \
            and not (_HOTELS_AHEAD.match(text, end) and _HOUSED_IN_BEFORE.search(before)):
        # (a hundred or more is an estate's size, no scene: "29,850 people were housed in 197 hotels")
        return False  # "found in two flats": where, not how many of anything the dataset counts
    if words.isalpha() and value < 20 and _ASSERTIONS_AHEAD.match(text, end):
        return False  # "Three claims about the deal": what was said, counted, no claims lodged
    if value < 10 and _OWN_PHONES_AHEAD.match(text, end) and _PHONES_HELD_BEFORE.search(before):
        return False  # "he carried 2 phones", "a smuggler who has 4 phones": one person's things, no count of what was seized
    # in each test the one-position match after the number goes first: it fails at most numbers, a search costs more
    if _LIST_MARK.match(text, end) and _LIST_ITEM.search(before) or (
            len(words) <= 2 and _INLINE_LIST_MARK.match(text, end) and _INLINE_LIST_ITEM.search(before)):
        return False  # "1. The agreement signed ..."
    if len(words) <= 2 and words.isdigit() and _PARAGRAPH_MARK.match(text, end) and _LIST_ITEM.search(before) \
            and _numbered_sibling(text, int(words)):
        return False  # a report's numbered paragraph, its number bare: "3 Of the 3,140 people returned, ..." after "2 The ..."
    if "." in words and (_SECTION_HEADING_AHEAD.match(text, end) or _CLOCK.fullmatch(words) and _STAMP_AHEAD.match(text, end)) \
            and _LIST_ITEM.search(before):
        return False  # "3.1 The year in numbers", or a log's time stamp: "21.40 Sailed Dover."
    # ... or a report's numbered paragraph running on as a sentence, its neighbours numbered alike ("4.1 In 2025 ...", "4.2
    # Iraqi nationals made up ..."; "3.1 million people crossed" has no "3.0" or "3.2" line)
    if _SECTION_NUMBER.fullmatch(words) and _PARAGRAPH_MARK.match(text, end) and _LIST_ITEM.search(before) \
            and _numbered_sibling(text, int(words.split(".")[1]), words.split(".")[0] + "."):
        return False
    if words.isdigit() and before.endswith(("[", "(")) and (
            before[-1] == "[" and text.startswith("]", end)
            or text.startswith(") ", end) and _LIST_ITEM.search(before[:-1])):
        return False  # a note's mark ("on record [2].", "[2] Home Office, ...") or a minute's numbered paragraph ("(3) Ms Lee said")
    if text.startswith(")", end) and _AGE_IN_BRACKETS.search(before) and value < 120:
        return False
    if _REJECTED_BEFORE.search(before) or text.find("N", max(0, start - 100), start) != -1 \
            and _NOT_REACHED_BEFORE.search(text, max(0, start - 100), start):  # (its "Neither", "None", "No" looked for first)
        return False  # "41%, not 90%", "Neither number gets you to 90%": a figure denied
    if _THRESHOLD_BEFORE.search_ending(last, before) or "if " in before and _BREAK_EVEN_BEFORE.search(text, max(0, start - 120), start):
        return False  # "those that pass 100,000 are debated": a threshold
    if _ALONE_AHEAD.match(text, end) and _ALONE_BEFORE.search(before) and quoted(text, start) \
            and not (fold(words) in MULTIPLIERS and before.rstrip(_ECHO_STRIP).lower().endswith(words.lower())):
        return False  # (but a word said again for stress is the figure said again: 'have doubled. Doubled!')
    if _SCORED_BEFORE.search_ending(last, before) and _unit(text, end) is None:
        return False
    if _EXAM_AHEAD.match(text, end) or _MARK_OF_BEFORE.search_ending(last, before) and _unit(text, end) is None \
            and _SCHOOL_NEAR.search(text, max(0, start - 100), start):
        return False
    if words.isdigit() and len(words) <= 4 and _STREET_FIRST_BEFORE.search(before):
        return False
    if value < 100 and _COPULA_LIMIT_BEFORE.search(before) and _AGE_END.match(text, end) \
            and _GROUP_BEFORE_LIMIT.search(text, max(0, start - 120), start):
        return False  # "70 per cent of migrants stopped last year were under 25, he said": an age limit of the people counted
    if _NUMERATOR_AHEAD.match(text, end):
        return False  # "two thirds of the funding", "two thirds of his sentence": a fraction's numerator, its fraction declined
    if _OWING_BEFORE.search_ending(last, before) and _unit(text, end) is None and not _PERCENT.match(text, end):
        return False  # "People arrive owing thousands": a debt, a sum of money whose currency is left out, no count
    if value < 100 and _AGE_END.match(text, end) \
            and (_SHARE_WERE_LIMIT_BEFORE.search(before) or _COUNT_WERE_LIMIT_BEFORE.search(before)):  # (the anchored match first)
        return False  # "Nearly a third were under 21 when they were first exploited": the age band of a share of people
    if _RATE_OF_BEFORE.search_ending(last, before) and not _PERCENT.match(text, end):
        return False  # "well above the official rate of 1,300": a currency's price
    if _TALLY_TO_AHEAD.match(text, end) and _TALLY_OF_BEFORE.search(before):
        return False  # "a vote of six to three": a tally, no count of the dataset
    if _MAJORITY_OF_BEFORE.search_ending(last, before) and _MAJORITY_END_AHEAD.match(text, end) \
            and _VOTED_NEAR.search(text, max(0, start - 200), start):
        return False  # "voted by 331 votes to 219, a majority of 112.": the tally's difference, nothing counted
    if _SCORE_ITEM_AHEAD.match(text, end) and _SCORE_LIST_BEFORE.search(text, max(0, start - 240), start):
        return False  # "Final score: Prime Minister 2, bereaved families 0": a score kept, nothing counted
    if _SAMPLE_NOUN_AHEAD.match(text, end) and _STUDY_NEAR.search(text, max(0, start - 200), start) \
            or _SAMPLE_CONDUCTED_AHEAD.match(text, end) or _SAMPLE_PART_BEFORE.search_ending(last, before) or _TOP_BEFORE.search_ending(last, before) \
            or _RANK_AHEAD.match(text, end) and _RANKED_AMONG_BEFORE.search(before):
        return False  # "is based on 212 interviews", "an analysis of 1,400 adverts", "the top five nationalities"
    if _AREAS_AHEAD.match(text, end) and _REVIEW_IN_BEFORE.search(text, max(0, start - 200), start):
        return False  # "a review of the care given ... in seven local authorities": the review's scope, no count
    if _DWELLINGS_AHEAD.match(text, end) and _KEPT_IN_BEFORE.search(text, max(0, start - 90), start):
        return False  # "the men were found in two rented houses": where they were, no count
    if value < 20 and words.isdigit() and _REPEATED_AHEAD.match(text, end) and not _VIEWED_BEFORE.search(before) \
            and not _GREW_BY_BEFORE.search(before):
        return False  # "we've asked the council 3 times since 2019": how often one did a thing, no count of what happened
    if _TIMES_AHEAD.match(text, end) and _VIEWED_BEFORE.search(before) and _POST_BEFORE.search(text, max(0, start - 80), start) \
            and not _REACH_PERIOD_AHEAD.match(text, end):
        return False  # "viewed more than 380,000 times": a post's views, page furniture
    if _SOURCES_BEFORE.search(before) and (_unit(text, end) != "persons" or _STUDY_NEAR.search(text, max(0, start - 200), start)):
        return False
    if _EVIDENCE_TAKEN_AHEAD.match(text, end):
        return False  # "received 41 pieces of written evidence": an inquiry's method
    if value < 30 and _AGE_BY_AHEAD.match(text, end) and _AGE_BY_BEFORE.search(before):
        return False  # '"By 17 they have already decided.': an age
    if _MARKS_AHEAD.match(text, end) and _MARKED_ON_NEAR.search(text, max(0, start - 160), start):
        return False  # "There were 143 lines" after "counted the days on the wall": tally marks
    if _DAYS_SO_FAR_AHEAD.match(text, end) and _DAYS_COUNTED_NEAR.search(text, max(0, start - 120), start):
        return False  # "I count the days by the breakfasts. There are 560 of them now.": days waited
    if _AGE_LIMIT.search_ending(last, before) and not _PERCENT.match(text, end) \
            or _holds(text, max(0, start - 40), start, _TALLY_WORDS) and _TALLY_BEFORE.search(before) \
            or _holds(text, max(0, start - 130), start, _SAMPLE_WORDS) and _SAMPLE_BEFORE.search(text, max(0, start - 130), start) \
            or _holds(text, max(0, start - 250), start, _SAMPLE_AND_WITH_WORDS) \
            and _SAMPLE_AND_WITH.search(text, max(0, start - 250), start):
        return False
    if _INTERVIEWED_BEFORE.search_ending(last, before) and not _SUSPECTS_AHEAD.match(text, end):
        return False  # "researchers interviewed 124 people": a study's sample
    if _holds(text, max(0, start - 280), start, _SPOKE_WORDS) \
            and _INSPECTORS_SPOKE_TO_BEFORE.search(text, max(0, start - 280), start) and not _SUSPECTS_AHEAD.match(text, end):
        return False  # "inspectors spoke to nine children and four staff": an inspection's sample
    if value < 120 and _PERSON_OF_AGE_BEFORE.search(before) and _unit(text, end) is None and not _PERCENT.match(text, end) \
            and not _OF_KINDS_AHEAD.match(text, end):
        return False  # "a boy of 19", "boys of 16 or 17": an age
    if words.isdigit() and _DIGIT_GROUP_AHEAD.match(text, end) and _LINE_IS_BEFORE.search(before):
        return False  # "the line for information is 612 3000": a number to call
    if words.isdigit() and _DIGITS_BEFORE.search(before):
        return False  # "a number ending 4471": digits, no count
    if words.isdigit() and before.endswith(", ") and text.startswith(",", end) and _LINE_VERB_AHEAD.match(text, end) \
            and _LINE_APPOSED_BEFORE.search(text, max(0, start - 90), start):
        return False  # "its hotline for reporting fraud, 1717, took 300 calls": the line's number, set between commas
    if words[0].isdigit() and (_code_before(before) or len(words) > 1 and words[0] == "0" and words[1].isdigit()):
        return False  # a reference: "HCWS 187", "UI-2024-004512"
    if _HYPHEN_BEFORE.search(before) and _unit(text, end) is None and not _PERCENT.match(text, end):
        return False
    if (value < 120 and _AGE_END.match(text, end) and _WAS_AGE.search(before)) or _SUPPOSED_BEFORE.search_ending(last, before):
        return False
    if value < 120 and _AGES_GO_ON_AHEAD.match(text, end) and _AGED_LIST_BEFORE.search(before):
        return False  # "aged 23, 30, 47 and 61": each an age
    if value < 120 and _WERE_AGE.search(before) and (_AGE_END.match(text, end) or _AGE_PAIR_AHEAD.match(text, end)):
        return False  # "most of these boys are 18 or 19": their ages
    if value < 120 and _WHEN_WAS_AGE.search(before) and _unit(text, end) is None and not _PERCENT.match(text, end):
        return False  # "when he was 16": an age
    if value < 10 and before.endswith("for ") and _EMPLOYERS_AHEAD.match(text, end) \
            and _OWN_WORK_FOR_BEFORE.search(text, max(0, start - 70), start):
        return False  # "who sells tickets for two ferry companies": one person's employers, no count
    if value < 10 and before.endswith("list of ") and _EMPLOYERS_AHEAD.match(text, end) and _OWN_LIST_BEFORE.search(before):
        return False  # "she left with a list of six firms to ring": one person's own job hunt, no count
    if value < 10 and _OFFERS_AHEAD.match(text, end) and _OWN_CHOICE_BEFORE.search(before):
        return False  # "he said he had turned down two offers from friends": one person's own choices, no count
    if value < 10 and _KINDS_AHEAD.match(text, end) and _KINDS_COPULA_BEFORE.search(text, max(0, start - 80), start):
        return False  # "are two different crimes": kinds told, no count
    if value < 120 and "turn" in before and _TURNED_AGE_BEFORE.search(before) \
            and (_AGE_END.match(text, end) or _TURNED_AGE_AHEAD.match(text, end)):
        return False  # "since turning 18,": an age reached
    if value < 120 and _AGE_END.match(text, end) and _SAID_WAS_AGE.search(before) and _unit(text, end) is None \
            and not _PERCENT.match(text, end):
        return False  # "Two said they were 16 and were taken into care": an age claimed
    if value < 120 and text.startswith(",", end) and _AGE_HEDGED_BEFORE.search(text, max(0, start - 70), start):
        return False  # "a man, believed to be 34,": an age
    if value < 120 and ((text.startswith(",", end) and _AGE_OF_MANY.search(before))
                        or _AGE_END.match(text, end) and _NAME_AGED.search(before)
                        or ((_AGE_END.match(text, end) or _TO_DO_AHEAD.match(text, end)) and _AT_AGE.search(before))):
        return False
    if words[0].isdigit() and "," not in words and _CALL.search(before) and not _CALLS_COUNTED_AHEAD.match(text, end) \
            and not _STAFFED_BY_BEFORE.search(before):
        return False  # "call Kent Police on 101" (but "the helpline took 300 calls" counts them; "a helpline run by three
        # volunteers": a number word is no number to call)
    if words.isdigit() and _DIALLED_AHEAD.match(text, end) and _CALLS_ON_BEFORE.search(text, max(0, start - 60), start) \
            and _unit(text, end) is None:
        return False  # "the line takes calls free of charge on 7070 from May": the number dialled
    if words.isdigit() and len(words) <= 2 and (_SPACED_DATE_AHEAD.match(text, end)
                                                or _SPACED_MONTH_AHEAD.match(text, end) and _SPACED_MONTH_BEFORE.search(before)):
        return False
    if _BORDER_SECURED_AT_BEFORE.search(before) and _PORTS_AHEAD.match(text, end):
        return False  # "a command securing the border at 140 sea and airports": the places a service spans, no count
    if "camp" in text[end:end + 50] and _CAMPS_AHEAD.match(text, end) and _CLEARED_BEFORE.search(before):
        return False  # "police cleared three informal camps": the places an operation spanned, no count
    if "than" in before and _SUPPRESSION_BEFORE.search(before) and _NOT_PUBLISHED_NEAR.search(text, max(0, start - 160), start):
        return False  # "not published, as some cells contain fewer than 5 people": a disclosure threshold, no count
    if words.isdecimal() and len(words) == 4 and int(words) // 100 in (19, 20) and _PARAGRAPH_END_AHEAD.match(text, end):
        return False  # a year that ends its paragraph ("Prague | 11. 3. 2026"): the next paragraph's noun is not its unit
    if words.isdecimal() and len(words) == 4 and int(words) // 100 in (19, 20) and _unit(text, end) is None:
        return False  # a year ("the 2012 law", "Law No. ٢٨ of ٢٠٢٥": int() reads any script's digits); "1990 people" would be a figure
    if words.isdecimal() and len(words) == 4 and int(words) // 100 in (19, 20) and _YEAR_ADJECTIVE_BEFORE.search(before):
        return False  # "before the 2024 arrests": a year naming events told before (a count that large is written "2,024")
    if words.isdecimal() and len(words) == 4 and int(words) // 100 in (19, 20) and _YEAR_GROUP_BEFORE.search(before):
        return False  # "two girls from the class of 2021 left": a school's year group, whatever verb follows it
    if words.isdigit() and len(words) == 4 and words[:2] in ("15", "16", "17", "18") and _EARLY_YEAR_BEFORE.search(before) \
            and _unit(text, end) is None and not _PERCENT.match(text, end):
        return False  # an older year: "opened in 1826" (a count that large is written "1,826")
    if text.startswith(",", end) and _AGE.search(text[max(0, start - 30):start]) and value < 120:
        return False  # "Hiwa Mahmoud, 34, ..."
    if value < 120 and _DASH_CLOSE_AHEAD.match(text, end) and _FULL_NAME_BEFORE.search(before):
        return False
    if value < 120 and _LINE_END.match(text, end) and _SIGNED_AGE.search(before):
        return False
    if value < 120 and text.startswith("\n", end) and _TOWN_LINE_AHEAD.match(text, end) and _LETTER_SIGNED_AGE.search(before):
        return False  # a letter's signature: the writer's age, no count
    if value < 120 and _SENTENCE_END.match(text, end) and _AGE_AFTER_NAME.search(before):
        return False
    if value < 120 and _AGE_END.match(text, end) and (_AGE_WAS.search(before) or _AGE_OF_GROUP.search(before)):
        return False
    if value < 20 and (_FAMILY_BEFORE.search(before) or _SIBLINGS_AHEAD.match(text, end) and _SIBLINGS_BEFORE.search(before)):
        return False
    if value < 20 and _WE_WERE_SIBLINGS_AHEAD.match(text, end) and _WE_ARE_KIN_BEFORE.search(before):
        return False  # "We were 11 brothers and sisters": the speaker's own family, its size
    if value < 20 and _KIN_AHEAD.match(text, end) and _KIN_OWNER_BEFORE.search(text, max(0, start - 80), start):
        return False  # "survived by his parents and three sisters": one family's members
    if value < 20 and (circle := _CIRCLE_AHEAD.match(text, end)) and _SAID_THAT_BEFORE.search(before) \
            and not _DIED_AHEAD.match(text, circle.end()):
        return False
    if value < 100 and (circle := _OWN_STUDENTS_AHEAD.match(text, end)) and _SAID_SHARE_OF_OWN_BEFORE.search(before) \
            and not _DIED_AHEAD.match(text, circle.end()):
        return False  # "he said half of his 18 students had found work": the whole of one teacher's own circle, its share told
    if value < 20 and text.startswith(" of ", end) and (circle := _OWN_CIRCLE_AHEAD.match(text, end)) \
            and not _DIED_AHEAD.match(text, circle.end()):
        return False  # "Two of my former students were flown to Erbil": a first-person account of one's own circle
    if value < 20 and _CHILDREN_AHEAD.match(text, end) \
            and (_PARENTS_HAVE_BEFORE.search(before) or _BEREAVED_BEFORE.search(text, max(0, start - 80), start)
                 or _KIN_HAS_BEFORE.search(text, max(0, start - 90), start)):
        return False  # "they have three children", "survived by his wife and four children": a family's size
    if value < 10 and before.endswith("with ") and _CHILDREN_AHEAD.match(text, end) \
            and _KIN_LIVES_WITH_BEFORE.search(text, max(0, start - 130), start):
        return False  # "her daughter had been on the waiting list since 2021 with two children": one family's size
    if value < 10 and _CHILDREN_AHEAD.match(text, end) and _ONE_LIVES_WITH_BEFORE.search(text, max(0, start - 110), start):
        return False  # "She lives in a tent with two children": one family's size, as with kin
    if value < 20 and _FAMILY_PART_AHEAD.match(text, end) and not _DIED_AHEAD.match(text, end) \
            and _FAMILY_SIZE_TOLD_BEFORE.search(text, max(0, start - 140), start):
        return False  # "He has 6 sons; 4 of them are in Germany": a part of one family just counted, as its size is no figure
    if value < 20 and before.endswith(("has ", "had ", "have ")) and _FAMILY_SPLIT_AHEAD.match(text, end):
        return False  # "Saleh has 3 children; 2 of them live in Sweden": a family's size, its parts told next
    if _holds(text, max(0, start - 40), end + 40, _LOOSE_SHARE_WORDS) \
            and any(m.start() <= start and end <= m.end() for m in _LOOSE_SHARE.finditer(text, max(0, start - 40), end + 40)):
        return False  # "4 or 5 of every 10 flights leave late": a loose guess at a share, none of its numbers a count
    if value < 200 and (_SITTING_BUSINESS_AHEAD.match(text, end)
                        or _MORE_QUESTIONS_AHEAD.match(text, end) and _WE_HAVE_BEFORE.search(text, max(0, start - 50), start)):
        return False  # "20 Members wish to speak", "We have 4 more questions": a sitting's own business, no count
    if _WE_ARE_BEFORE.search_ending(last, before) or _WE_ARE_AND_BEFORE.search(text, max(0, start - 90), start):
        return False  # '"We are 12 volunteers"', "We are 9 staff and 40 volunteers": a speaker's own body, its size, no count
    if value < 10 and _OF_THE_CHILDREN_AHEAD.match(text, end) and _FAMILY_TOLD.search(text, max(0, start - 1500), start):
        return False
    if value <= 3 and _FAMILY_AHEAD.match(text, end) and _PARENT_BEFORE.search(before) and quoted(text, start):
        return False  # a speaker's "two British children": one family's, no count of anything that happened
    if _CLOCK.fullmatch(words) and _CLOCK_BEFORE.search(before) and _unit(text, end) is None and not _PERCENT.match(text, end):
        return False
    if _CLOCK.fullmatch(clock := words.split()[-1]) and _SEPARATED_CLOCK.fullmatch(clock) \
            and _HEDGED_CLOCK_BEFORE.search(text, max(0, start - 60), end - len(clock)) \
            and _CLOCK_CLAUSE_AHEAD.match(text, end):
        return False  # "discovered at around 23.40": a time of day, its hedge read with it or before it
    if _OF_AHEAD.match(text, end) and _NTH_OF_BEFORE.search(before):
        return False
    if before.endswith(("the ", "of ")) and (_ONE_OF_THE_BEFORE.search(before) and _SUPERLATIVE_AHEAD.match(text, end)
                                             or _PLACE_OUT_OF_BEFORE.search(before)):
        return False  # "one of the 3 best", "finished 4,812th out of 56,000": a rank and its field, no count
    if text.find("read", max(0, start - 60), start) >= 0 and _MESSAGE_READ_BEFORE.search(text, max(0, start - 160), start):
        return False
    if words.isdigit() and len(words) <= 4 and _STREET_AHEAD.match(text, end) and _AT_ADDRESS_BEFORE.search(before):
        return False  # a house number: "the flat above the shop at 112 Hilltown", "lived at 4 Clepington Road"
    if words.isdigit() and len(words) <= 4 and _ON_STREET_AHEAD.match(text, end) and _DWELLING_NUMBER_BEFORE.search(before):
        return False
    if words.isdigit() and len(words) <= 4 and _LINE_ON_BEFORE.search_ending(last, before) and _unit(text, end) is None:
        return False  # a number to call: "passed to West Yorkshire Police on 101", "the helpline on 116 006"
    if value < 10 and _RIVAL_PROTESTS_AHEAD.match(text, end):
        return False  # "kept two rival protests apart": the sides of a stand-off, no people or things counted
    if _audience_mail(text, start, end):
        return False  # "readers have sent us hundreds of questions": what a piece is made from, no count of the story's
    if words.isdigit() and len(words) <= 4 and _NUMBER_CLOSES_AHEAD.match(text, end) \
            and _REPORT_TO_ON_BEFORE.search(text, max(0, start - 110), start):
        return False  # "can report smuggling to the coastguard on 112.": the body's number to call, no count
    if _CITED_IN_BEFORE.search_ending(last, before) and _CITATIONS_AHEAD.match(text, end):
        return False  # "cited in 40 judgments"
    if _EMPLOYS_BEFORE.search_ending(last, before) and (_unit(text, end) is None or value < 20 and _HEADCOUNT_AHEAD.match(text, end)) \
            and not _OFFICE_STAFF_OF_BEFORE.search(text, max(0, start - 130), start) \
            and not _SCHEME_EMPLOYS_BEFORE.search(text, max(0, start - 90), start):
        return False
    if value < 20 and _OWN_STAFF_AHEAD.match(text, end):
        return False
    if before.endswith("all ") and _ALL_BEFORE.search(before) and _OF_ONES_STAFF_AHEAD.match(text, end):
        return False  # "checks for all 11 of his staff": one business's whole workforce, its size
    if value < 20 and before.endswith("my ") and _MY_STAFF_AHEAD.match(text, end):
        return False  # '"Now I pay my two workers"': a speaker's own hands, one life's anecdote as kin are
    if value < 50 and "I " in before and _first_persons_own(text, start, end, before, value):
        return False  # '"I have three staff"', "I taught two Kurdish boys", "I owe money to three people": one life's anecdote
    if (words.endswith(("%", "cent")) and _PEOPLE_I_MEET_AHEAD.match(text, end)
            or (pct := _PERCENT.match(text, end)) and _PEOPLE_I_MEET_AHEAD.match(text, pct.end())):
        return False  # "Ninety per cent of the people I speak to came via France": one speaker's acquaintance, no survey
    if value < 100 and before.endswith("Of the ") and _OF_THE_OPENS_BEFORE.search(before) and _MY_CIRCLE_AHEAD.match(text, end):
        return False  # "Of the 15 guys who came with me, 14 are working": one person's own circle, its whole
    if value < 20 and ", " in before[-14:] and _OF_MY_OPENS_BEFORE.search(text, max(0, start - 90), start) \
            and not _DIED_AHEAD.match(text, end):
        return False  # "Of my six school friends who left, only one came back": a part of one's own circle, as the circle is
    if _CLIENTS_BEFORE.search_ending(last, before) and (_unit(text, end) is None or _LAWYER_BEFORE.search(text, max(0, start - 80), start)) \
            and not _DELEGATES_REPRESENTING_BEFORE.search(text, max(0, start - 60), start):
        return False
    if _caseload(text, start, end):
        return False  # "I have 46 open cases": one person's caseload, whom they act for
    if before.endswith(" ") and _CLIENTS_HEDGED_BEFORE.search_ending(last, before) \
            and (_unit(text, end) is None or _LAWYER_BEFORE.search(text, max(0, start - 90), start)) \
            and not _DELEGATES_REPRESENTING_BEFORE.search(text, max(0, start - 60), start):
        return False  # "a solicitor who represents about 40 Kurdish clients": whom one person acts for, hedged
    if value <= 12 and _CLOCK_WORD_AFTER.match(text, end) and _CLOCK_WORD_BEFORE.search(before):
        return False  # "landed at around nine this morning"
    if value <= 12 and (_CLOCK_RANGE_AFTER.match(text, end) and _CLOCK_RANGE_BEFORE.search(before)
                        or _CLOCK_WORD_AFTER.match(text, end) and _CLOCK_RANGE_END_BEFORE.search(before)):
        return False  # "between 2 and 4 in the morning"
    if value <= 24 and _HOURS_OPEN_BEFORE.search(text, max(0, start - 70), start) and (
            _HOURS_RANGE_AHEAD.match(text, end) or _HOURS_END_AHEAD.match(text, end) and _HOURS_END_BEFORE.search(before)):
        return False  # "the line is open on weekdays from 9 to 15": hours of the day, no count
    if words in _EMERGENCY_NUMBERS and (_CALL_AHEAD.match(text, end) or _DIALLED_BEFORE.search(before)):
        return False  # "after the first 999 call", "a passer-by called 999": a number dialled
    if words.isdigit() and _LINE_AHEAD.match(text, end):
        return False  # "the KRG 119 hotline": the line's number
    if words[0].isdigit() and _NAME_NUMBER_AFTER.match(text, end) and _NAME_NUMBER_BEFORE.search(before) \
            and not _PLACE_COUNTS_BEFORE.search(before):
        return False  # "the charity Utopia 56."
    if words[0].isdigit() and (name := _NAME_BEFORE.search(before)) and not _PLACE_COUNTS_BEFORE.search(before) \
            and _named_elsewhere(text, name.group(0), words):
        return False  # "Utopia 56 runs an emergency line", the article having told "Utopia 56's team"
    if words.isdigit() and _OUTLET_WORD_AFTER.match(text, end):
        return False  # "Dhi Qar – 964 News", "told 964 News": a number opening an outlet's name
    if (freq := _FREQUENCY.match(text, start)) and freq.end() == end and _NAME_BEFORE.search(before):
        return False  # "Humber Talk 104.2 — Mornings with …": a station's frequency
    if value < 20 and (_OUR_OWN_AHEAD.match(text, end) or _TOOK_TO_DO_AHEAD.match(text, end) and _IT_TOOK_BEFORE.search(before)
                       or (_OF_THEM_UNABLE_AHEAD.match(text, end) or _PEOPLE_STATE_AHEAD.match(text, end)
                           or value == 1 and _ONE_PERSON_STATE_AHEAD.match(text, end)
                           or _ONE_INJURED_AHEAD.match(text, end) or _GROUP_INJURED_AHEAD.match(text, end)
                           or before.endswith(", ") and _OF_THEM_AGED_AHEAD.match(text, end))
                       and (quoted(text, start) or _in_turn(text, start))):
        return False  # "Two of our associate fellows", "It took four of us to get them out", '"Two women had collapsed'
    if _JURY_OF_BEFORE.search_ending(last, before) \
            or _ATTENDED_FROM_BEFORE.search_ending(last, before) and _MEMBERS_AHEAD.match(text, end):
        return False  # "a jury of seven women and five men", "delegations from eleven countries": who sat, no count of what happened
    if _SEATS_AHEAD.match(text, end) and _BODY_OF_BEFORE.search(before):
        return False  # "a subcommittee of three members": a body's seats
    if " of " in before[-20:] and (group := _ONE_GROUP_OF_BEFORE.search(before)) \
            and (_CLASS_MEMBERS_AHEAD if group.group("fixed") else _GROUP_MEMBERS_AHEAD).match(text, end):
        return False  # "my class of 40 students", "groups of more than 200 members": one group's size
    if _unit(text, end) is None and not _PERCENT.match(text, end) and (
            _GROUP_SIZE_BEFORE.search(before) or _ELIDED_DURATION_BEFORE.search(text, max(0, start - 60), start)):
        return False
    # (the unit guessed last: both patterns hold "of", a cheap test before either is searched)
    if value < 100 and "of" in before and (_GROUP_RANGE_BEFORE.search(before)
                                           or _GROUP_SIZE_BEFORE.search(before) and _unit(text, end) == "persons"):
        return False  # "they operate in cells of three or four people": each group's size, no count (its range's far end too)
    if value < 20 and _FAMILY_AHEAD.match(text, end) and _PARENT_WHOSE_BEFORE.search(text, max(0, start - 70), start):
        return False
    if value < 1000 and (_BAND_COLON_AHEAD.match(text, end) and _BAND_START_BEFORE.search(before)
                         or _BAND_END_AHEAD.match(text, end) and _LINE_START_BEFORE.search(before)):
        return False  # a key's band opening its line: "0 to 4: Keep practising." (a quiz's or a survey's scale, no count)
    if words[0].isdigit():
        return True
    if _REPEATS_AHEAD.match(text, end) and _REPEATS_BEFORE.search(before):
        return False  # "after two calls"
    if _OWN_TRIES_AHEAD.match(text, end) and _ONE_TRIER_BEFORE.search(before):
        return False  # "she made four unsuccessful attempts to reach Italy": one person's own tries
    if (last := fold(words.split()[-1])) in MULTIPLIERS:  # "doubled"
        if _NEGATED_BEFORE.search(before) or _DENIED_MULTIPLE_BEFORE.search(before):
            return False  # a claim's ratio denied: "they have not risen threefold" (a verdict, no ratio measured)
        return not (_NOT_COUNTED_BEFORE.search(text, max(0, start - 80), start) or _NOT_COUNTED_OBJECT_AHEAD.match(text, end))
    if last in BASE_MULTIPLIERS:  # "double" only as a ratio of something named: "nearly double the figure"
        if _IMPERATIVE_BEFORE.search(before):
            return False  # a demand opening its sentence: "First, double the charter flights." (no ratio that happened)
        if _HOPE_TO_BEFORE.search(before):
            return False  # "volunteers hope to double the number of films": a wish, no ratio of anything that happened
        if _TO_TARGET_AHEAD.match(text, end):
            return False  # "will double the number of its officers to eight": a plan whose figure is its target (a past
            # "doubled over the year, to 1,210" is a ratio told with its result: both are figures)
        # ... or as a hedged verb closing its clause or a headline: "as arrests more than double", "crossings nearly treble in a year"
        # (or a headline's, another clause joined after it: "Arrivals more than double as Athens turns to Erbil")
        return bool(_RATIO_OF.match(text, end) or _RATIO_VERB_BEFORE.search(before)
                    or _HEDGE_BEFORE.search(before) and (_PHRASE_END.match(text, end) or _TOLL_END.match(text, end)
                                                         or _CLAUSE_JOINED_AHEAD.match(text, end)))
    # Number words are often just words: keep them where they count something.
    if _CREW_OF_BEFORE.search(before) and not _CREW_OF_NOUN_AHEAD.match(text, end):
        return True  # "the volunteer crew of seven reached the dinghy": a crew's size told after it, people taking part
    if _GENERIC_YOU_BEFORE.search(text, max(0, start - 110), start):
        return False  # "You can arrest a hundred drivers and they hire a hundred more": no count of anything that happened
    if _shared_unit(text, end) is not None:
        return True  # "staffed by nine British and 12 Iraqi officers": a count sharing the noun of the count after it
    if _OF_A_BASE.match(text, end) or (_ELIDED_BEFORE.search(before) or _BREAKDOWN_BEFORE.search(before)
                                       or _COUNT_CLAUSE_COLON_BEFORE.search(text, max(0, start - 130), start)) \
            and (_AT_A_PLACE.match(text, end) or _AT_A_SITE_IN.match(text, end)):
        return True  # a count out of a base ("Twenty-two of the 36 said"), a count of a list by place ("..., and two near Osnabrück")
    if _VERB_AHEAD.match(text, end) and (_REST_BEFORE.search(before) or _ELIDED_BEFORE.search(before)) \
            or _ASIDE_VERB_AHEAD.match(text, end) and _REST_BEFORE.search(before):
        return True  # "the other two were freed", "..., and five have since been granted asylum" (of those just counted)
    if _WHILE_BEFORE.search(before) and _VERB_AHEAD.match(text, end) \
            and _PART_COUNTED_EARLIER_BEFORE.search(text, max(0, start - 160), start):
        return True  # "Twelve of the men were granted asylum, while five have returned": another part of that base
    if value > 1 and _SENTENCE_OPENS_BEFORE.search(before) and _DONE_TO_PART_AHEAD.match(text, end) \
            and _SPLIT_BASE_BEFORE.search(text, max(0, start - 300), start):
        return True  # "Of the 20 held, eight are Iraqi. Nine have been taken to detention centres": a part of that base
    if value > 1 and _REST_ACTED_AHEAD.match(text, end) and _REST_OPENS_BEFORE.search(before) \
            and _PEOPLE_COUNTED_BEFORE.search(text, max(0, start - 400), start):
        return True  # "Twelve of the men were referred. The other seven declined support": the rest of those counted
    if _ELIDED_BEFORE.search(before) and (_SAID_OF_THEMSELVES_AHEAD.match(text, end)
                                          or value == 1 and _ONE_SAID_OF_HIMSELF_AHEAD.match(text, end)) \
            and (_PART_COUNTED_EARLIER_BEFORE.search(text, max(0, start - 160), start)
                 or _PART_SAID_FIRST_BEFORE.search(text, max(0, start - 160), start)):
        return True  # "Seven of the men said they were Syrian and three said they were Iraqi": a later part, its noun left out
    if _MORE_ELLIPTIC.match(text, end) and _COUNTING_VERB_BEFORE.search(before):
        return True  # "detained four more in Erbil the same day": more of those just counted, their noun left out
    if value > 1 and _ELIDED_VERB_BEFORE.search(before) and _ELIDED_VERB_AHEAD.match(text, end) \
            and _unit(text, end) is None:
        return True  # "charged six of the men and released two on bail": more of the people counted, their noun left out
    if (m := _CHANGE_FROM_BEFORE.search(before)) and (not m.group("the") or _COMPARED_NOUN_LEFT_AHEAD.match(text, end)) \
            or _MORE_VERB_AHEAD.match(text, end):
        return True  # the count just told, before or after: "seven officers, up from two a year ago", "and two more would be posted"
    if value > 1 and _ALL_BEFORE.search(before) and (_THE_PEOPLE_AHEAD.match(text, end) or _VERB_AHEAD.match(text, end)):
        return True  # "All seven men were referred", "All seven had travelled": the whole of a count told before, again
    if value > 1 and _ALL_VERB_AHEAD.match(text, end) and _ALL_OPENS_BEFORE.search(before):
        return True  # "All six attend college": the whole of a count told before, its verb a plain one
    if value > 1 and (_ELIDED_VERB_AHEAD.match(text, end) or _ORDERED_DONE_AHEAD.match(text, end)) \
            and _GROUP_OBJECT_BEFORE.search(before):
        return True  # "remanded all four in custody", "released the other two on bail": those counted before, acted on again
    if value > 1 and _POSTED_ELLIPTIC_AHEAD.match(text, end):
        return True  # "one of two posted to Iraq under the pact": officers counted by their posting, their noun left out
    if _LOST_TO_SEA_AHEAD.match(text, end) and _LOST_BEFORE.search(before):
        return True  # a speaker's "I lost three former pupils to the sea": deaths, no manner of speaking
    if value > 1 and _THE_BEFORE.search(before) and not _THE_TALKS_AHEAD.match(text, end) and (
            _THE_PEOPLE_AHEAD.match(text, end) or _THE_ALREADY_AHEAD.match(text, end)
            or _THE_POSTED_AHEAD.match(text, end)
            or _THE_PASSIVE_AHEAD.match(text, end)
            or _THE_HELD_BARE_AHEAD.match(text, end)
            or (who := _THE_WHO.match(text, end)) and _DIED_AHEAD.match(text, who.end())
            or _COUNTING_VERB_BEFORE.search(text, max(0, start - 60), start - 4) and _TOLL_END.match(text, end)):
        return True  # the people counted before, named again: "the two men were jailed", "arrested the five in raids"
    if value > 1 and _THE_BEFORE.search(before) and _delegation_size(text, start, end, words):
        return True  # "hosted a team from the ministry. The six officers ...": the delegation's size, told first
    if value > 1 and _THE_BEFORE.search(before) and _BARE_BACK_REFERENCE_AHEAD.match(text, end) \
            and _counted_people_before(text, start, words):
        return True  # "The six, all men from Duhok, ...", "whose brother was among the six.": people counted before, named again
    if value > 1 and _ALL_OPENS_BEFORE.search(before) and _BARE_BACK_REFERENCE_AHEAD.match(text, end) \
            and _counted_people_before(text, start, words):
        return True  # "All six, who had ...": a sentence opening on the whole of the people counted before, noun left out
    if (_VERB_AHEAD.match(text, end) or _SAID_AHEAD.match(text, end)) and (
            _OF_A_BASE_BEFORE.search(text, max(0, start - 120), start)
            or _BASE_IN_LAST_SENTENCE.search(text, max(0, start - 220), start)
            or _ELIDED_BEFORE.search(before) and text.find("Of ", max(0, start - 320), start) >= 0
            and _LATER_PART_OF_A_BASE_BEFORE.search(text, max(0, start - 320), start)):
        return True  # "Of the 48 families visited, only nine had seen the adverts": a count out of a base told first
        # (and a later part of it: "..., and nine said they would leave again")
    if value < 1000 and _PART_TOLD_AHEAD.match(text, end) and _INCLUDING_PART_BEFORE.search(text, max(0, start - 140), start):
        return True  # a part of the count just told: "including six suspected of working for smugglers"
    if value < 100 and _LENDERS_BEFORE.search(text, max(0, start - 50), start):
        return False  # "borrowed the money from three people": a speaker's own debt, no count
    if value > 1 and _SAID_THEY_AHEAD.match(text, end) and _HEDGED_OPENER_BEFORE.search(text, max(0, start - 20), start):
        return True  # "At least five said they meant to reach Britain": some of those just told of
    if value > 1 and _HEDGED_DONE_TO_AHEAD.match(text, end) and (
            _HEDGED_OPENER_BEFORE.search(text, max(0, start - 20), start)
            or _ATTRIBUTED_HEDGE_BEFORE.search(text, max(0, start - 80), start)):
        return True  # "According to her, at least three had been refused asylum": some of those just told of
    if value > 1 and _SAID_THEY_AHEAD.match(text, end) and _PEOPLE_THEN_BUT_BEFORE.search(text, max(0, start - 220), start):
        return True  # "Most of the passengers were Malian, but nine said they were Iraqi": part of the group just told
    if _NATIONALITY_LEFT_AHEAD.match(text, end) and _SPLIT_BY_NATIONALITY_BEFORE.search(text, max(0, start - 140), start):
        return True  # "seven were Iraqi, five Iranian and two Syrian": the next parts of a group split by nationality
    if value > 1 and _part_said(text, start, end):
        return True  # "Police held 12 men. Nine said they were Iraqi; the other three said they were Syrian": parts of them
    if value > 1 and _THE_POSTED_AHEAD.match(text, end) and _OWN_BODY_BEFORE.search(before):
        return True  # a body's own officers by their posting: "our two liaison officers in Erbil" (a deployment's size)
    if value > 1 and _PART_OF_BEFORE.search(before) and _unit(text, end) is None and (
            _PLURAL_AHEAD.match(text, end) or _VERB_AHEAD.match(text, end)):
        # (or those counted before, their noun left out: "two of the six have since been charged")
        return True  # the base of a part just told: "two of the four posts"
    if value > 1 and _OWNED_KIT_AHEAD.match(text, end) and _PLACE_OWNS_BEFORE.search(before):
        return True  # a place's or a body's kit: "the port's two new X-ray scanners" (how much it has, as "two scanners" is)
    if quoted(text, start) and _ANECDOTE_BEFORE.search(before):
        return False  # a speaker's own story: '"I once found four lads in the back of my trailer"' (no count of what happened)
    if value < 20 and words[0].isalpha() and _IF_BEFORE.search(before):
        return False  # a supposed case: "If one child remembers that number", "if two boats go down" (nothing counted)
    if value <= 3 and _KIN_APPOSITION_AHEAD.match(text, end):
        return False  # "Two pupils, a brother and sister, left in January": a family's story, who they are told, no count
    if value > 1 and _PARTNERS_AHEAD.match(text, end) and _OFFENDER_OWNS_BEFORE.search(before):
        return True  # "His two accomplices received 15 years each": those tried with him, counted
    if value > 1 and _THE_WHO_BEFORE.search(before) and _WHO_DID_AHEAD.match(text, end):
        return True  # "after the two who had been in hospital were discharged": those counted before, referred back to
    if value == 1 and (of := _OF_THEM_AHEAD_ONE.match(text, end)) and _CONDITION_AHEAD.match(text, of.end()) \
            and _CLAUSE_OPENS_BEFORE.search(before):
        return True  # "Four were taken to hospital, one of them in a critical condition": the one counted by their state
    if value > 1 and before.endswith("all ") and _CHECKED_ALL_BEFORE.search(before) and _CHECKED_ALL_AHEAD.match(text, end):
        return True  # "officers searched all 14 coaches": what the check covered, counted
    if _DETERMINER_BEFORE.search(before) or _OF_AHEAD.match(text, end) and value == 1:
        return False
    if _GENERIC_BEFORE.search(text, max(0, start - 80), start):
        return False
    if value == 1 and quoted(text, start) and _EVERY_HAS_ONE_BEFORE.search(text, max(0, start - 160), start):
        return False  # '"Every family has one person who went"': a manner of speaking, no count
    if value > 1 and words.isalpha() and _SINCE_DONE_AHEAD.match(text, end) and OPENS_SENTENCE.search(before) \
            and _PEOPLE_IN_LAST_SENTENCE.search(text, max(0, start - 220), start):
        return True  # "Nine workers were found. Five have since claimed asylum": some of those just counted
    if value > 1 and _ONLY_OPENS_BEFORE.search(before) and _VERB_AHEAD.match(text, end) \
            and _COUNT_IN_LAST_SENTENCE.search(text, max(0, start - 260), start):
        return True  # "Staff made 40 referrals. Only six had been decided.": the few of those just counted, their noun left out
    if _elliptic_one(text, start, end):
        return True  # "two officers to Erbil and one to Basra": one (or more) of those just counted, its noun left out
    if value == 1 and _CHANGE_TO_AHEAD.match(text, end) and _COUNT_CHANGED_FROM_BEFORE.search(before):
        return True  # "has grown from one to five officers": where a change started, a count as its end is
    if value == 1 and _headline_count(text, start, end, before) and _HEADLINE_REST.match(text, _HEADLINE_VERB.match(text, end).end()):
        return True  # a headline's count of one, its line with no full stop: "One missing, 40 saved as boat capsizes off Dunkirk"
    if value == 1:  # ... but not one acted on in general: "Jailing one man will not stop them" (a gerund as subject),
        # nor one person a sentence opens on and describes, whose story it tells: "One man from Cardiff was taken off the
        # flight" (but "One man was arrested in May" counts an arrest)
        return bool((one := _ONE_COUNTED.match(text, end)) and not _MODAL_AHEAD.match(text, one.end())
                    and not _COSTS_AHEAD.match(text, one.end()) and not _PSEUDONYM_AHEAD.match(text, one.end())
                    and not _COSTS_TO_BEFORE.search(before)
                    and not _NOT_BECAUSE_OF_BEFORE.search(text, max(0, start - 80), start)
                    and not _GERUND_SUBJECT.search(text, max(0, start - 70), start)
                    and not ((OPENS_SENTENCE.search(before) or _ASKED_LIST_BEFORE.search(text, max(0, start - 110), start))
                             and _DESCRIBED.match(text, one.end()))
                    and not _ONE_SPEAKS.match(text, one.end()) and not _ONE_STATE_AHEAD.match(text, one.end())
                    and not _AT_A_TIME.match(text, one.end())
                    and not (_CASE_AHEAD.match(text, end) and _IN_ONE_CASE_BEFORE.search(before)))
    if value >= 100 or _unit(text, end) or _OF_PEOPLE.match(text, end) or _PERCENT.match(text, end):
        return True  # "Thirty per cent of the people landing at Dover"
    if _CONDITION_AHEAD.match(text, end):
        return True  # people counted by their state: "11 were taken to hospital, three in a critical condition"
    if _headline_count(text, start, end, before):
        return True  # a headline or key event's line: "Two arrested at Stansted protest", "15.10 GMT Three charged"
    opener = before[:hedge.start()] if (hedge := _CLAUSE_HEDGE_BEFORE.search(before)) else before
    if (were := _WERE.match(text, end)) and (_HEADLINE_VERB.match(text, were.end()) or _POSTED.match(text, were.end())
                                             or _CONDITION_AHEAD.match(text, were.end())) and (
            OPENS_SENTENCE.search(opener) or _CLAUSE_OPENS.search(opener)):
        return True  # a sentence or a clause opening on people counted by what befell them: "Nine were detained in al-Qaim"
        # (or by their state: "..., where two were still in a critical condition")
    if _DIED_AHEAD.match(text, end) and (OPENS_SENTENCE.search(opener) or _CLAUSE_OPENS.search(opener)):
        return True  # a clause opening on people counted by their death or survival: "...; nine drowned", "and two survived"
    more = _MORE_AHEAD.match(text, end)  # "post two more Home Office liaison officers": the noun after "more"
    if more and _NOT_FIGURE_AFTER.match(text, more.end()):
        return False  # "for two more weeks": a duration, as "two weeks" is
    # ... or after an organisation's name: "two National Crime Agency liaison officers"
    # (and both: "Two more National Crime Agency liaison officers")
    after = more.end() if more else end
    name = (value > 1 and _of_a_named_owner(text, after)) or _NAME_AHEAD.match(text, after)
    after = name.end() if name else after
    ahead = _PLURAL_AHEAD.match(text, after) or _BRAND_PLURAL_AHEAD.match(text, end) or _COORDINATED_PLURAL_AHEAD.match(text, after)
    if ahead and ahead.group(1) not in _NOT_COUNTED_NOUNS:
        # a speaker's "two" or "three" of things no unit names is a manner of speaking: "fight them with two wallets"
        # (but not a body's officers named by it: "We have put three National Crime Agency liaison officers into Erbil")
        return not (value <= 3 and quoted(text, start) and ahead.group(1) not in _ENFORCEMENT_NOUNS
                    and not (name and ahead.group(1) == "officers"))

    if _OF_WHICH_AHEAD.match(text, end) and (named := _NOUN_COMMA_BEFORE.search(before)) \
            and named.group(1) not in _NOT_COUNTED_NOUNS \
            and not _NOT_FIGURE_AFTER.match(text, start - len(before) + named.start(1) - 1):
        # (the noun's place in the text, not in the window before: read there, the test looked at the article's opening)
        return True  # "new scanners, six of which were installed": a count of the things just named, as "six scanners" is

    if value > 1 and before.endswith("one of ") and _ONE_OF_SUPPLIED_AHEAD.match(text, end):
        return True  # "The scanner is one of four paid for by Britain": the things bought or given, the one named among them

    if value > 1 and _SPLIT_AT_PLACE_AHEAD.match(text, end) and (
            (split := _SPLIT_FIRST_BEFORE.search(before))
            or (split := _SPLIT_NEXT_BEFORE.search(text, max(0, start - 130), start))) \
            and split.group(1).lower() not in _NOT_COUNTED_NOUNS:
        return True  # "six scanners: four at the port and two at the crossing": the parts of a count just told

    if (title := _TITLE_PLURAL_AHEAD.match(text, end)) and title.group(1).lower() not in _NOT_COUNTED_NOUNS \
            and _title_case_line(text, start):
        return True  # a Title Case headline's count: "Port Receives Four Container X-ray Scanners with British Support"

    # "a boat meant for ten.", "rose from nine to twelve": a bare number closing a phrase; "sinking that killed eight" closing
    # a headline or "killed eight on Tuesday": the people a verb of harm or rescue befell
    return bool(_PHRASE_END.match(text, end) and _PREP_BEFORE.search(before)
                or (_PHRASE_END.match(text, end) or _TOLL_END.match(text, end)) and _LEVEL_BEFORE.search(before)
                or _TOLL_VERB_BEFORE.search(before) and (_PHRASE_END.match(text, end) or _TOLL_END.match(text, end)
                                                         or _FOR_WHAT_END.match(text, end)))


# a decision's or a report's citations: "will be cited in dozens of similar appeals", "cited in 40 judgments" (how far it
# reaches, no count of what happened; "will guide hundreds of appeals" counts the appeals it decides)
_CITED_IN_BEFORE = EndsOnWords(re.compile(r"\b(?=[cmqr])(?:cited|quoted|referred\s+to|mentioned)\s+in\s+(?:(?:about|some|over|more\s+than|at\s+least)\s+)?$",
                              re.IGNORECASE), ("in", "about", "some", "over", "than", "least"))
_CITATIONS_AHEAD = re.compile(r"(?:\s+of)?(?:\s+[a-z-]+)?\s+(?:cases|appeals|judgments|judgements|decisions|rulings|determinations|"
                              r"papers|articles|reports|studies)\b", re.IGNORECASE)
# ... or the social-media posts something is shown in: "a Rolex flaunted in dozens of Instagram posts" (how it was shown
# off, no count of what happened; "found hundreds of WhatsApp messages" counts evidence)
# ... or posted by someone: "posted dozens of glossy snaps of the cars"
_SHOWN_IN_BEFORE = re.compile(r"\b(?=[aipsu])(?:in|across|posted|shared|uploaded)\s+$", re.IGNORECASE)
_POSTS_AHEAD = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:posts|videos|photos|photographs|pictures|selfies|clips|reels|tweets|snaps|images|shots)\b",
                          re.IGNORECASE)
# a cause blamed for driving an untold many to act: "joblessness is driving thousands to risk their lives" (a claim of a
# trend, no count; "send thousands of young Iraqis towards Europe every year" counts them)
# the size of the groups people were moved in: "led off in groups of five" (how, not how many)
# (a smuggling gang's cells too, a range's first number told: "they operate in cells of three or four people")
_GROUP_SIZE_BEFORE = re.compile(r"\b(?=i)in\s+(?:small\s+)?(?:groups|batches|pairs|teams|waves|convoys|cells|units|squads)\s+of\s+"
                                r"(?:(?:up\s+to|about|around|some)\s+)?$", re.IGNORECASE)
_GROUP_RANGE_BEFORE = re.compile(rf"\b(?=i)in\s+(?:small\s+)?(?:groups|batches|pairs|teams|waves|convoys|cells|units|squads)\s+of\s+"
                                 rf"(?:\d{{1,3}}|{NUMBER_WORD})\s+(?:or|to)\s+$", re.IGNORECASE)
# the hands a task took, in a witness's telling: "It took four of us to get them out" (how hard, no count of what happened)
_IT_TOOK_BEFORE = re.compile(r"\b(?=[iI])it\s+(?:took|takes|would\s+take|had\s+taken)\s+$", re.IGNORECASE)
_TOOK_TO_DO_AHEAD = re.compile(r"(?:\s+of\s+(?:us|them)|\s+(?:[a-z-]+\s+)?(?:men|women|officers|people|firefighters|paramedics|"
                               r"guards|staff))\s+to\s+(?:get|lift|carry|pull|drag|hold|free|move|restrain|bring|push)\b", re.IGNORECASE)
# ... or a few of those a witness found, told by what they could not do: "Two of them could not stand" (their state)
# (or of a group just counted, named again by its noun, and found barely conscious: '"two of the children were barely
# conscious," the spokesman said' — a witness's aside on people already counted, no count of its own)
_OF_THEM_UNABLE_AHEAD = re.compile(r"\s+of\s+(?:us|them|the\s+(?:children|kids|babies|boys|girls|women|men|people|passengers|others))"
                                   r"\s+(?:could\s+not|couldn[’']t|can\s*not|can[’']t|were\s+unable|"
                                   # (or how bad their state was: '"Two of the boys were very cold when we found them"')
                                   r"were\s+(?:too|very|so|extremely|badly|severely|dangerously)\s+"
                                   r"(?:weak|ill|cold|sick|frail|dehydrated|hypothermic|exhausted)"
                                   r"|were\s+(?:barely|hardly|half|semi-?|un)\s*conscious|could\s+(?:barely|hardly)\s+breathe"
                                   # ... or a speaker's friends lost, no time nor event told: "Two of them are not alive any more"
                                   r"|(?:are|were)\s+(?:not\s+alive\s+any\s?more|no\s+longer\s+alive)"
                                   # ... or turned away when they sought help: "Three of them were sent home by the police"
                                   r"|(?:were|had\s+been)\s+(?:sent\s+(?:home|away)|turned\s+away))\b", re.IGNORECASE)
# ... or a part of those a witness found, told in an aside by their ages: '"found nine men, two of them believed to be aged
# 16 and 17, behind the pallets"' (the found are the count; outside a quotation "three of them aged 16 or 17" is a figure)
_OF_THEM_AGED_AHEAD = re.compile(r"\s+of\s+(?:them|the\s+[a-z]+)\s+(?:(?:were\s+|was\s+)?(?:believed|thought|said|understood|"
                                 r"reported|estimated)\s+to\s+be\s+|(?:were|are)\s+)?aged\s+(?:about\s+|around\s+|between\s+)?\d",
                                 re.IGNORECASE)
# a bodily state or a scene's weeping, as an aside on people a witness saw tells it (shared by the rules for a few and for one)
_BODILY_STATE = (r"\s+(?:(?:had|has|have)\s+(?:already\s+)?)?(?:collapsed|fainted|passed\s+out|blacked\s+out|"
                 r"(?:were|was)\s+(?:(?:barely|hardly|half|semi-?|un)\s*conscious|vomiting|fainting|shaking|"
                 # (or how they felt or wept in that scene: '"Two women were crying the whole time"', "Two of the children
                 # had a fever")
                 r"crying|weeping|screaming|sobbing|praying|feverish)|"
                 r"(?:had|has)\s+(?:a\s+)?(?:fever|high\s+temperature|temperature)|"
                 r"could\s+(?:not|no\s+longer|barely|hardly)\s+(?:stand|walk|breathe|move|speak)|"
                 r"couldn[’']t\s+(?:stand|walk|breathe|move|speak))\b")
# ... or a few people a witness saw, named by their noun, told by their bodily state: '"Two women had collapsed."' (an
# aside on those already counted; "Two women died" or "were taken to hospital" stays a figure, as does any count
# outside a quotation)
_PEOPLE_STATE_AHEAD = re.compile(r"(?:\s+of\s+(?:us|them|the\s+[a-z]+)|\s+(?:(?:young|elderly|older|pregnant)\s+)?"
                                 r"(?:children|kids|babies|boys|girls|women|men|people|passengers|migrants|others))" + _BODILY_STATE,
                                 re.IGNORECASE)
# the places a border service spans, told with the border it secures: "securing the border at 140 sea and airports",
# "guards the country's frontier at 30 crossings" (its reach, as the places an operation spanned; "officers at three ports
# found 40 people" and "linking 8 border crossings" keep their counts)
_BORDER_SECURED_AT_BEFORE = re.compile(r"\b(?:secur(?:e|es|ed|ing)|guard(?:s|ed|ing)?|polic(?:e|es|ed|ing)|protect(?:s|ed|ing)?|"
                                       r"patrol(?:s|led|ling)?|man(?:s|ned|ning)?|staff(?:s|ed|ing)?)\s+"
                                       r"(?:(?:the|our|its|their|[A-Z][a-z]+[’']s|the\s+[A-Z]+[’']s|the\s+country[’']s)\s+)?"
                                       r"(?:borders?|frontiers?)\s+at\s+(?:(?:more\s+than|over|some|about|around|nearly)\s+)?$")
_PORTS_AHEAD = re.compile(r"\s+(?:(?:sea|air|land|river)\s+(?:and\s+(?:sea|air|land|river)\s*)?)?(?:ports|airports|seaports|"
                          r"crossings|crossing\s+points|border\s+crossings|points\s+of\s+entry|entry\s+points)\b", re.IGNORECASE)
# ... or one person a witness saw, told so by their bodily state: '"One child had a fever"', '"One woman had fainted"' (an
# aside on those already counted, as two people's state is; "One child was taken to hospital" stays a figure, as does any
# count outside a quotation)
_ONE_PERSON_STATE_AHEAD = re.compile(r"\s+(?:(?:young|elderly|older|pregnant|little|small)\s+)?(?:child|kid|baby|boy|girl|woman|man|"
                                     r"person|passenger|migrant)" + _BODILY_STATE, re.IGNORECASE)
# ... or one person a witness saw, told by an injury they bore: '"One man had a broken wrist and was too frightened to see a
# doctor"' (an aside on those already counted; "One man was taken to hospital" stays a figure, as does any count outside a
# quotation)
_ONE_INJURED_AHEAD = re.compile(r"\s+(?:(?:young|elderly|older|pregnant)\s+)?(?:child|kid|baby|boy|girl|woman|man|person|passenger|"
                                r"migrant|worker|picker)\s+(?:had|has)\s+(?:a\s+)?(?:broken|fractured|cracked|swollen|bleeding|infected)\s+"
                                r"(?:wrist|arm|leg|ankle|hand|foot|rib|ribs|nose|jaw|finger|fingers|toe|toes|knee|shoulder|hip)\b",
                                re.IGNORECASE)


# ... or several of a group a witness saw, told by the injuries they bore: '"Three of the men had burns on their legs"',
# '"two women had deep cuts"' (an aside on those already counted, as one injured person is; "Three men were treated for
# burns" and any count outside a quotation stay figures)
_GROUP_INJURED_AHEAD = re.compile(r"(?:\s+of\s+(?:us|them|the\s+[a-z]+)|\s+(?:(?:young|elderly|older|pregnant)\s+)?"
                                  r"(?:children|kids|babies|boys|girls|women|men|people|passengers|migrants|others|lads|workers))"
                                  r"\s+(?:had|have|were\s+covered\s+in|were\s+nursing)\s+(?:(?:bad|severe|deep|nasty|terrible|fresh|open|"
                                  r"infected|swollen|bleeding|chemical|fuel)\s+)?(?:burns|cuts|wounds|bruises|blisters|gashes|"
                                  r"sores|fractures|injuries|(?:broken|fractured|cracked|swollen)\s+[a-z]+)\b", re.IGNORECASE)


def _in_turn(text: str, start: int) -> bool:
    """Is ``start`` inside a labelled turn's words in a transcript ("MARCUS HOLLINS: … Two of them could not stand"), a
    speaker's words as a quotation's are?"""
    return ":" in text and any(c.words is not None and c.words[0] <= start < c.words[1] for c in contributions(text))


# a few of the writing body's own people: "Two of our associate fellows sent the following letter" (its authors, no count)
_OUR_OWN_AHEAD = re.compile(r"\s+of\s+our\s+(?:(?:associate|senior|research|visiting|former)\s+)?(?:fellows|researchers|colleagues|"
                            r"trustees|authors|analysts|staff\s+members|team\s+members|board\s+members)\b", re.IGNORECASE)
# a body's make-up: "a jury of seven women and five men", a gathering's: "drew delegations from eleven countries and four
# international organisations"
# ... or a board's or a panel's: "The fund's board, made up of five donor and two UN representatives" (its seats, no count
# of what happened)
# (only a make-up told so: "a panel of a dozen officials" counts those who will do the work, as gold has it)
# ... or each working unit's: "Each team is made up of a handler and two dogs" (what one unit holds, no count; "The unit is
# made up of 40 officers" keeps its count)
_JURY_OF_BEFORE = EndsOnWords(re.compile(r"\b(?=[bcjpe])(?:jury\s+of|(?:jury|board|panel|committee|council|commission)\s*,?\s+(?:comprising|made\s+up\s+of|composed\s+of)"
                             r"|(?:each|every)\s+(?:[\w-]+\s+)?(?:team|unit|squad|crew|patrol)\s+(?:is|was|will\s+be)\s+(?:made\s+up\s+of|composed\s+of))\s+"
                             r"(?:[\w-]+\s+(?:[\w-]+\s+){0,2}?(?:wom[ae]n|m[ae]n|[a-z]+s|[\w-]+(?=\s+and\b))\s*(?:,|\s+and)\s+)?$",
                             re.IGNORECASE), ("of", "comprising", ",", "and"))
# ... or a committee's size told by its members: "a subcommittee of three members will visit the port" (its seats, no
# count of what happened; "a panel of a dozen officials" names those doing the work, above)
_BODY_OF_BEFORE = re.compile(r"\b(?:sub-?)?(?=[bcp])(?:committee|commission|council|board|panel)\s+of\s+$", re.IGNORECASE)
_SEATS_AHEAD = re.compile(r"\s+members\b", re.IGNORECASE)
# ... or one class's, tribe's or chat group's size: "In my class of 40 students", "his tribe of 4,000 families", "WhatsApp
# groups of more than 200 members" (how big a group is, no count of anything that happened; "a group of 40 families
# arrived" counts arrivals, so a group is sized only by its members or followers; a class is one's own only after a
# possessive: "He taught a class of 30 pupils" counts those taught)
_ONE_GROUP_OF_BEFORE = re.compile(r"\b(?:(?:my|his|her|our|their|your|its)\s+(?P<fixed>class|tribe|clan)|(?=[cg])(?:groups?|chats?|channels?))\s+of\s+"
                                  r"(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?$", re.IGNORECASE)
_GROUP_MEMBERS_AHEAD = re.compile(r"\s+(?:members|followers|subscribers)\b(?!\s+of\b)")
_CLASS_MEMBERS_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+)?(?:members|families|students|pupils|households|followers|people)\b(?!\s+of\b)")
_ATTENDED_FROM_BEFORE = EndsOnWords(re.compile(r"\b(?=[dpr])(?:delegations|delegates|participants|representatives)\s+from\s+"
                                   r"(?:(?:more\s+than|over|some|about|around)\s+)?"
                                   r"(?:[\w-]+\s+(?:countries|nations|states)\s*(?:,|and)\s+)?$", re.IGNORECASE),
                                   ("from", "than", "over", "some", "about", "around", ",", "and"))
_MEMBERS_AHEAD = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:countries|nations|states|organi[sz]ations|agencies|bodies|institutions)\b",
                            re.IGNORECASE)
_JOB_CANDIDATES_AHEAD = re.compile(r"\s+of\s+(?:[\w-]+\s+)?(?:candidates|applicants|job-?seekers|jobseekers|CVs)\b")
# a duration told again with its unit left out: "up to 10 years, rising to 15", "in twelve years, or in a hundred"
_ELIDED_DURATION_BEFORE = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?)\b[^.;!?\n]{0,25}?[,\s]\s*(?:(?:or|rising|increasing|extended)"
                                     # ("up" only as "up to": "and broke up 46 networks" is no duration)
                                     r"\s+(?:(?:to|in|for|after)\s+)?|up\s+to\s+)$"
                                     # ... or a journey's to another place: "Germany in 10 days, UK in 15"
                                     r"|\b(?:years?|months?|weeks?|days?|hours?),\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,2}in\s+$"
                                     # ... or a stay's length at each place, the second's unit left out: "spent 21 days in
                                     # Turkey and 40 in Germany", "waited three months in Libya, two in Italy"
                                     r"|\b(?:spent|spend|spends|spending|stayed|lived|waited|worked|held|kept)\s+(?:[\w.,-]+\s+){1,2}"
                                     r"(?:years?|months?|weeks?|days?|hours?)\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s?){1,2}"
                                     r"(?:,\s+|\s+and\s+|,\s+and\s+)$"
                                     # ... or a time cut or stretched, its second end bare: "from 60 days to 12" (its first end
                                     # told as a rough one too: "from about 90 days to less than 30")
                                     r"|\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?[\w.,]+\s+"
                                     r"(?:(?:working|calendar|business)\s+)?(?:years|months|weeks|days|hours)\s+"
                                     r"(?:down\s+|up\s+)?to\s+(?:(?:just|only|about|around|under|fewer\s+than|less\s+than)\s+)?$"
                                     # ... or in the next sentence, as a journey's length put right: "They told us two hours.
                                     # It was more than ten."
                                     r"|\b(?:years?|months?|weeks?|days?|hours?)\b[^.;!?\n]{0,30}[.;!?]\s+(?:it|that)\s+(?:was|took|lasted)\s+"
                                     r"(?:(?:more|less)\s+than\s+|over\s+|under\s+|nearly\s+|almost\s+|about\s+|closer\s+to\s+)?$",
                                     re.IGNORECASE)
# a parent's children: "a mother from Zakho whose three sons left for Germany" (one family's, no count of what happened)
_PARENT_WHOSE_BEFORE = re.compile(r"\b(?:father|mother|parents?|widow(?:er)?)\b[^.;!?\n]{0,40}\bwhose\s+$", re.IGNORECASE)
_DRIVES_BEFORE = re.compile(r"\b(?=[cdefilpt])(?:driv(?:es|ing)|push(?:es|ing)|forc(?:es|ing)|lead(?:s|ing)|prompt(?:s|ing)|"
                            r"compel(?:s|ling)|tempt(?:s|ing)|encourag(?:es|ing)|lur(?:es|ing))\s+$", re.IGNORECASE)
_TO_ACT_AHEAD = re.compile(r"\s+to\s+(?!the\b|an?\b|their\b|its\b)[a-z]+\b")
# a critic's claim of what a pact or policy ("it") has done to an untold many: "saying it has sent thousands of people back"
# (a charge against it, no count; "the gangs send hundreds of young Kurds each month" counts them)
_IT_HAS_SENT_BEFORE = re.compile(r"\b(?=i)it\s+(?:has|had)\s+(?:sent|returned|deported|removed|forced|pushed|left)\s+$", re.IGNORECASE)
# ... or of those it acts on as a rule, told in a relative clause: "what happens to hundreds of people it flies back to Iraq"
# (a charge of what it does, no count of a period; "the hundreds it flew back last year" is past)
_IT_SENDS_AHEAD = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:people|persons|migrants|men|women|children|families|returnees|"
                             r"deportees|refugees|asylum\s+seekers|[A-Z][a-z]+is|Kurds)\s+(?:(?:that|whom|who)\s+)?it\s+"
                             r"(?:sends|flies|returns|deports|removes|puts|pushes|forces)\b")
# an idiom of complaint: "we keep hearing millions this, millions that"
_THIS_THAT_AHEAD = re.compile(r"\s+this,\s+[\w-]+\s+that\b")
_THIS_THAT_BEFORE = re.compile(r"\b[\w-]+\s+this,\s+$")


def _is_vague_figure(text: str, start: int, end: int) -> bool:
    """A vague plural ("hundreds of migrants", "Dozens of passports") counts something, unless what it counts
    is a distance, a time, money ("making millions", but "lost hundreds of young people" counts them) or repetitions."""
    return not (_VAGUE_NOT_FIGURE.match(text, end) or _THIS_THAT_AHEAD.match(text, end)
                or _TO_ACT_AHEAD.match(text, end) and _DRIVES_BEFORE.search(text, max(0, start - 20), start)
                or text.startswith(" that", end) and _THIS_THAT_BEFORE.search(text, max(0, start - 30), start)
                or _EARNING_BEFORE.search(text, max(0, start - 30), start) and not _OF_AHEAD.match(text, end)
                # a debt: "People arrive owing thousands" (money whose currency is left out, no count)
                or _OWING_BEFORE.search(text, max(0, start - 30), start) and not _OF_AHEAD.match(text, end)
                # a business's or a service's users in a vague plural: how it is described, no count of what happened
                or _CLIENTELE_BEFORE.search(text, max(0, start - 30), start) or _CLIENTELE_AHEAD.match(text, end)
                # a firm's hiring: "her firm had interviewed dozens of candidates" (but a researcher who "has interviewed
                # dozens of returnees" counts them)
                or _JOB_CANDIDATES_AHEAD.match(text, end) and _INTERVIEWED_BEFORE.search(text, max(0, start - 40), start)
                or _IT_HAS_SENT_BEFORE.search(text, max(0, start - 20), start) or _audience_mail(text, start, end)
                or _IT_SENDS_AHEAD.match(text, end)
                or _caseload(text, start, end)  # "hundreds of returnees on her books": one person's caseload
                or _CITATIONS_AHEAD.match(text, end) and _CITED_IN_BEFORE.search(text, max(0, start - 40), start)
                or _POSTS_AHEAD.match(text, end) and _SHOWN_IN_BEFORE.search(text, max(0, start - 10), start)
                # a speaker's habit of a crowd: '"thousands of people cross every day to work"' (how things go, no count)
                or _HABIT_AHEAD.match(text, end) and quoted(text, start)
                # ... or a speaker's likening: '"would have gone through, like hundreds of others"' (a manner of speaking)
                or text[max(0, start - 5):start].lower() == "like " and quoted(text, start)
                # ... or people likened to the one the story is about: "there are hundreds like him" (a manner of
                # speaking, as "a thousand men like me" is for a number)
                or _LIKE_ME_AHEAD.match(text, end)
                # ... or a speaker's "millions" of a whole people: '"a rule that punishes millions of Syrians"' (a nation's
                # scale, no count of what happened; the article's own "millions of" is judged as any vague plural)
                or _MILLIONS_WORD.fullmatch(text, start, end) and quoted(text, start))


# the vague plurals of a nation's scale, beyond any count a story of smuggling or returns tells
_MILLIONS_WORD = re.compile(r"(?i:millions|billions)")


# a vague plural and what it does as a rule, in the same clause: "thousands of people cross every day" (not past a comma,
# where the next clause's "every week" is its own: "dozens of them, and the gangs move every week"; nor a flow told going
# on, by a progressive or participle, a rate the speaker saw: "are still crossing every month", "walking in every week")
_HABIT_AHEAD = re.compile(r"(?:(?![a-z]+ing\s)[^.,;!?\n“”\"]){0,40}?\b(?:every|each)\s+(?:day|night|morning|week|month|year)\b",
                          re.IGNORECASE)


def _vague_contrast(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Whether the vague plural at ``start`` is one of two a speaker sets against each other in one quoted sentence ("a good
    start for a few hundred people in a city where tens of thousands are unemployed"): a manner of speaking, no count."""
    return quoted(text, start) and any(m.start() != start and quoted(text, m.start())
                                       for m in VAGUE_RE.finditer(text, *sentence))


def _died_unit(text: str, end: int) -> str | None:
    """"persons" for people named by their death or survival after the number ending at ``end`` ("the four who drowned")."""
    return "persons" if (who := _THE_WHO.match(text, end)) and _DIED_AHEAD.match(text, who.end()) else None


# "the six" closing a phrase, its noun left out (only where that many people were counted before: see below)
# ... or before a verb, or where they were sent: "each of the six had paid", "will return the six to Erbil"
_BARE_BACK_REFERENCE_AHEAD = re.compile(r"\s*[,.;]|\s+(?:were|are|was|have|had|will|would|to|into|back\s+to)\b")


@lru_cache(maxsize=256)
def _people_count_re(words: str) -> re.Pattern:
    # (or by what they said, their noun left out: "..., but nine said they were Iraqi", then "the nine")
    return re.compile(rf"\b{re.escape(words)}(?:\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSONS})\b|(?={_SAID_THEY_AHEAD.pattern}))",
                      re.IGNORECASE)


def _counted_people_before(text: str, start: int, words: str) -> bool:
    """Whether as many people were counted, noun and all (or as saying what they are), in the article's last few
    paragraphs before ``start``."""
    return bool(_people_count_re(words).search(text, max(0, start - 3000), start))


def _shared_unit(text: str, end: int) -> str | None:
    """The unit of a count after the number ending at ``end`` that shares its noun ("nine British and 12 Iraqi officers",
    "3, 6 and 12 people")."""
    if (shared := _SHARED_NOUN_AHEAD.match(text, end) or _LISTED_AHEAD.match(text, end)) \
            and (n := NUMBER_RE.match(text, shared.end())):
        return _unit(text, n.end())
    return None


@lru_cache(maxsize=64)  # pure, and asked again of the same number: _is_figure's rules, then named_unit
def _unit(text: str, end: int) -> str | None:
    """Best guess at what is counted, from the noun up to three words after the number."""
    if _OF_PEOPLE.match(text, end):
        return "persons"
    if text.startswith(("\"", "”"), end) and _SCARE_QUOTED_COUNT.search(text, max(0, end - 30), end):
        end += 1  # 'helped identify "at least a dozen" smuggling suspects': a count quoted as said, its noun after the quote
    words = ahead.group(0) if (ahead := _WORDS_AHEAD.match(text, end)) else ""
    if "\n" in words and _LABEL_NUMBER_END.search(text, max(0, end - 40), end):
        words = _PARAGRAPH_BREAK.split(words, 1)[0]
    for word in _WORD.findall(words):
        if word.lower() in _PHRASE_BREAK:  # the noun counted comes before "in", "from", "who", ...
            break
        if unit := _unit_of(word):
            return unit
    return None


@lru_cache(maxsize=4096)  # pure, and asked again for the same few words after every number
def _unit_of(word: str) -> str | None:
    return next((unit for pattern, unit in _UNIT_RE if pattern.fullmatch(word)), None)


def _period_for(periods, starts, sentence, start, end, next_figure):
    """The period a figure is read with: the first after it (before the next figure) in its sentence,
    else the last before it, else the first after it. `periods` are sorted by start (`starts`)."""
    s0, s1 = sentence
    first_after = None
    for p in periods[bisect_left(starts, end):]:
        if p[0] >= s1:
            break
        if p[1] <= s1:
            first_after = p
            break
    if first_after is not None and first_after[0] < next_figure:
        return first_after
    for k in range(bisect_left(starts, start) - 1, -1, -1):
        p = periods[k]
        if p[0] < s0:
            break
        if p[1] <= start and p[1] <= s1:
            return p
    return first_after


# words that open "New figures show ..." without naming who made the figures
_NOT_PRODUCER = re.compile(r"(?:(?:New|Latest|Recent|Official|Provisional|Final|The|These|Those|Its|Their|Other|Such)(?:\s+|$))+")


def _producer(text: str, quote: tuple[int, int]) -> tuple[int, int] | None:
    for words, pattern in _PRODUCER:
        if all(text.find(w, *quote) == -1 for w in words):
            continue  # the pattern's scan costs far more than str.find, and most quotes name no producer
        for m in pattern.finditer(text, *quote):
            start, end = m.span(1)
            if lead := _NOT_PRODUCER.match(text, start, end):
                start = lead.end()
            return (start, end) if end > start else None
    return None
