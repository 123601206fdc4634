"""Parse numbers as news articles write them: digits, number words, magnitudes, qualifiers.

Pure standard library, so the drafting tool and the build share one parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .errors import ParseError

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# (a state's revenue or a budget in dinars runs to trillions: "2.3 trillion dinars")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
# A count noun multiplies like "hundred": "a dozen" 12, "two dozen" 24, "half a dozen" 6.
DOZEN = 12
# Vague plurals ("hundreds of", "tens of thousands") name no number, only a floor: at least two of
# each unit ("hundreds" is 200 or more), so they are read as that floor with the qualifier at_least.
VAGUE_PLURALS = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000,
}
# Scale words written after Arabic-Indic or Persian digits ("٣٠٠ ألف" is 300,000, never 300):
# Arabic singular and plural, Persian, Kurdish (Sorani).
SCRIPT_SCALES = {
    "ألف": 1_000, "الف": 1_000, "آلاف": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000,
    "مليار": 1_000_000_000, "مليارات": 1_000_000_000,
    "هزار": 1_000, "میلیون": 1_000_000, "میلیارد": 1_000_000_000,
    "هەزار": 1_000, "ملیۆن": 1_000_000, "ملیار": 1_000_000_000,
}
# Abbreviated magnitudes as in "$5m", "£12.3bn", "€40k".
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
MULTIPLIERS = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": Decimal("0.5"),
               # (not "twofold": "the problem is twofold" tells two parts)
               "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9,
               "tenfold": 10}
# Their base forms, a ratio too ("nearly double the figure", "expected to treble"), but often no number at all
# ("a double murder"): read when written, not counted as numeric mentions of a text (parsing/mentions.py).
BASE_MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}

# Normalised qualifier -> the words that express it. Longest phrases first when matching.
QUALIFIERS = {
    # a verb of exceeding is a floor too: "unemployment exceeds 20 percent", "arrivals surpassed 1,000"
    # ... and so is passing one: "crossings pass 36,000"
    "more_than": ("more than", "over", "above", "in excess of", "upwards of", "exceeds", "exceeded", "exceeding", "surpassed",
                  "surpasses", "surpassing", "topped", "tops", "topping", "pass", "passes", "passed", "passing", "just over",
                  "a little over", "a little more than", "slightly over", "slightly more than"),
    # a floor said by denying less: "no less than EUR 12 million", "not fewer than 300" (never less_than)
    "at_least": ("at least", "no less than", "no fewer than", "not less than", "not fewer than"),
    "nearly": ("nearly", "almost", "just under", "close to"),
    "up_to": ("up to", "as many as", "as much as", "no more than", "not more than"),
    # a writer's own hedge is approximate too: "nearer £2 million", "closer to 500", "in the region of", "something like"
    # ... and so is an estimate named before its amount: "at an estimated cost of 9 billion dinars", "the estimated £1.3m"
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "the estimated", "nearer", "nearer to", "closer to",
              "in the region of", "something like", "maybe", "perhaps", "an estimated cost of", "an estimated value of",
              "an estimated total of", "an estimated price of", "an estimated bill of"),
    "less_than": ("less than", "fewer than", "under", "below"),
}
_QUALIFIER_WORDS = sorted(
    ((w, q) for q, words in QUALIFIERS.items() for w in words), key=lambda p: -len(p[0])
)


# re.IGNORECASE matches these to ASCII letters, but str.lower() keeps (or, for İ, lengthens) them:
# fold() maps them first, so a word the patterns matched is always found in the word tables.
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i"})  # ſ ı İ


def fold(word: str) -> str:
    """``word`` in lower case as re.IGNORECASE compares it ("ſix" -> "six", "MıLLION" -> "million")."""
    if "\u017f" in word or "\u0131" in word or "\u0130" in word:  # rare; translate() is slow on a whole article
        word = word.translate(_FOLD)
    return word.lower()


def word_alternation(words) -> str:
    """A regex matching exactly ``words``, written as a trie ("seven(?:t(?:een|y))?" for seven,
    seventeen, seventy): a longer word is still tried before its prefix, as with the words sorted
    longest first, but a position that starts none of them fails after one character instead of
    one try per word, which is most of the time spent finding numbers and money in running text."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # the word may also end here: try the longer words first (greedy ?)
            body = f"(?:{body})?"
        return body

    return emit(tree)


# the characters besides a lowercase letter's two cases that re.IGNORECASE takes for it (tests/test_parsing_tables.py checks)
FOLDED_TO = {"i": "İı", "k": "\u212a", "s": "ſ"}


def case_blind_starts(starts: list[str]) -> str:
    """``starts`` (lowercase) as an alternation that ignores case, grouped by first character and each letter written with
    all it matches ignoring case, in a case-sensitive group: the engine skips a case-sensitive branch on one test of its
    first character, and tries every branch of a case-blind alternation"""
    def both(s: str) -> str:
        return "".join(f"[{c.upper()}{c}{FOLDED_TO.get(c, '')}]" if c.isalpha() else re.escape(c) for c in s)
    first: dict[str, list[str]] = {}
    for start in starts:
        first.setdefault(start[0], []).append(start[1:])
    return "(?-i:" + "|".join(both(c) + "(?:" + "|".join(both(rest) for rest in rests) + ")" for c, rests in first.items()) + ")"


NUMBER_WORD = word_alternation([*UNITS, *TENS])
# the words in _QUALIFIER_WORDS' order (longest first), each followed by a space: one match, not a loop
_QUALIFIER_START = re.compile("(" + "|".join(re.escape(w) for w, _ in _QUALIFIER_WORDS) + ") ")
_QUALIFIER_OF = dict(_QUALIFIER_WORDS)


def _digits(d: str, group: str, point: str) -> str:
    return rf"{d}{{1,3}}(?:{group}{d}{{3}})+(?:{point}{d}+)?|{d}+(?:{point}{d}+)?"


# Digits of one script in one number: ASCII with "," and "."; Arabic-Indic (٠-٩) or Persian (۰-۹)
# with the Arabic separators ٬ and ٫ or the ASCII ones. Other scripts' digits (and a mix, "1٣") are
# no number here: Python's \d would take them, and a part read alone is a wrong value.
SCRIPT_DIGITS = "|".join(_digits(d, "[,٬]", "[.٫]") for d in ("[٠-٩]", "[۰-۹]"))
# Continental and agency copy groups thousands with a space ("EUR 386 000", "at least 1 400 people"): groups of exactly
# three digits after one to three, so a year never opens one ("in 2019 100 people" is two numbers), and "12 3456" is 12;
# not after "+" nor from a 0, as telephone numbers are written ("+32 470", "0 800")
SPACED_DIGITS = "(?<!\\+)(?!0)[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])"
DIGITS = f"{SPACED_DIGITS}|{_digits('[0-9]', ',', '[.]')}|{SCRIPT_DIGITS}"
_TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.", "٬, \u00a0\u202f")
_SCRIPT_SCALE = "|".join(SCRIPT_SCALES)  # each is followed by (?!\w): "مليار" does not stop "مليارات"
SCRIPT_NUMBER = rf"(?:{SCRIPT_DIGITS})(?:\s+(?:{_SCRIPT_SCALE})(?!\w))?"
# "and" joins number words only after "hundred" ("one hundred and twenty"); elsewhere it joins two numbers
# ("between two and three million" is a range, never five million)
# A number word spaced from the next opens no number with it when that one opens a compound ("eight four-wheel-drive
# vehicles" are eight, not twelve; "one hundred and twenty-five" is one number)
WORD_NUMBER = (rf"(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}|hundred|dozen)| (?:{NUMBER_WORD})(?!-(?!{NUMBER_WORD})[a-z])| (?:hundred|dozen)"
               rf"|(?<=hundred)[- ]and)*")
# "a hundred", "a dozen", "half a million", "a couple of" ("a couple" alone is two people, not a count)
# ... "a quarter of a million", "three quarters of a billion"
# ("a dozen four-wheel-drive vehicles" are twelve: nothing is added to a dozen, and a number word opening a compound opens
# no number with the one before, as in WORD_NUMBER)
A_NUMBER = (rf"(?:half\s+|(?:a|one|three)\s+quarters?\s+of\s+)?a\s+(?:(?:hundred|thousand|million|billion|trillion)"
            rf"(?:[- ](?:(?:{NUMBER_WORD})(?!-(?!{NUMBER_WORD})[a-z])|hundred|and))*|dozen)"
            r"|a\s+couple\s+of\b")
MAGNITUDE = r"(?:hundred|thousand|million|billion|trillion)\b"
# a half added to words before a scale, as speech says an amount written "6.5 million": "six and a half million"
# (only before a scale: "six and a half years" is a duration, read as such after the number)
HALF_SUFFIX = r"(?:\s+and\s+a\s+half(?=\s+(?:thousand|million|billion|trillion)\b))?"
# what a number can start with (digits of the three scripts, a number word's first four letters, "a" and "half" of
# A_NUMBER): a scan tests this once at a position, not every form of number there ("the", "for", "said" fail it)
_NUMBER_AHEAD = rf"(?=(?-i:[0-9٠-٩۰-۹]|[Aa]\s)|{case_blind_starts(sorted({w[:4] for w in [*UNITS, *TENS, 'half']}))})"
# A number as written: digits or words, optionally followed by a magnitude word (digits may run on into it, as tabloids
# write "2million")
NUMBER_RE = re.compile(
    rf"(?<![\w.]){_NUMBER_AHEAD}(?P<num>{SCRIPT_NUMBER}|{DIGITS}|{WORD_NUMBER}{HALF_SUFFIX}|{A_NUMBER})(?:(?:(?<=[0-9])\s*|\s+)(?P<mag>{MAGNITUDE}))?(?![\w])",
    re.IGNORECASE,
)
# "hundreds of", "tens of thousands", "dozens"; "scores" only before "of" ("test scores" count nothing); a scale word after
# "several" or "a few" is one too ("several hundred cards", "a few thousand people": at least two of the scale)
VAGUE_RE = re.compile(
    r"(?<![\w-])(?:(?:(?P<outer>tens|dozens|hundreds)\s+of\s+)?"
    r"(?P<plural>dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b))"
    r"|(?:several|a\s+few)\s+(?P<scale>hundred|thousand|million|billion))(?![\w-])",
    re.IGNORECASE,
)
# the words VAGUE_RE's group "plural" matches, one of which is in every match ("tens" is only an outer word)
_VAGUE_PLURAL_WORDS = [word for word in VAGUE_PLURALS if word != "tens"]


@dataclass(frozen=True)
class Quantity:
    """A parsed number: value, normalised qualifier (or None), and the words as written."""

    value: Decimal
    qualifier: str | None
    as_written: str


def words_to_number(text: str) -> int:
    """Turn English number words ("nine", "twenty-five", "three hundred", "a dozen", "half a million")
    into an int."""
    tokens = [t for t in re.split(r"[\s-]+", fold(text).strip()) if t and t != "and"]
    if tokens == ["a", "couple", "of"]:
        return 2
    if tokens[:2] == ["half", "a"] and len(tokens) == 3 and tokens[2] in (*SCALES, "dozen"):
        return (DOZEN if tokens[2] == "dozen" else SCALES[tokens[2]]) // 2
    if len(tokens) == 5 and tokens[1] in ("quarter", "quarters") and tokens[2:4] == ["of", "a"] and tokens[4] in SCALES:
        return SCALES[tokens[4]] * (3 if tokens[0] == "three" else 1) // 4
    if tokens[:2] in (["a", scale] for scale in (*SCALES, "dozen")):
        tokens[0] = "one"  # "a hundred", "a dozen"
    if not tokens:
        raise ParseError(f"no number words in {text!r}")
    total = current = 0
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token == "dozen":
            current = (current or 1) * DOZEN
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            raise ParseError(f"{token!r} is not a number word (in {text!r})")
    return total + current


_DIGITS_SHORT = re.compile(rf"({DIGITS})\s*({'|'.join(SHORT_SCALES)})?", re.IGNORECASE)
# digits may run on into their scale word, as tabloids write it: "£15million", or be hyphened to it: "a $5-million deal"
_WITH_MAGNITUDE = re.compile(rf"(?:({DIGITS})(?:\s*|-)|({WORD_NUMBER}|{A_NUMBER})\s+)({MAGNITUDE})", re.IGNORECASE)
_HALF_WITH_MAGNITUDE = re.compile(rf"({WORD_NUMBER})\s+and\s+a\s+half\s+({MAGNITUDE})", re.IGNORECASE)
_WITH_SCRIPT_SCALE = re.compile(rf"({SCRIPT_DIGITS})\s+({_SCRIPT_SCALE})")
_BRACKETED = re.compile(rf"\(({DIGITS})\)")
_WORDS_ONLY = re.compile(rf"(?:{WORD_NUMBER}|{A_NUMBER})(?:\s+{MAGNITUDE})*", re.IGNORECASE)


@lru_cache(maxsize=4096)  # pure, and news copy repeats its numbers and number words: read each once
def parse_number(text: str) -> Decimal:
    """Parse one number as written: "3,041", "12.3", "nine", "75 million", "5m", "a dozen",
    "٣٠٠ ألف" (Arabic-Indic or Persian digits, with the Arabic separators ٬ and ٫)."""
    s = text.strip()
    if s.startswith("(") and (m := _BRACKETED.match(s)):
        s = m.group(1) + s[m.end():]  # "(5) million", as state agencies write numbers: 5 million
    m = _DIGITS_SHORT.fullmatch(s)
    if m:
        value = Decimal(m.group(1).translate(_TO_ASCII))
        return value * SHORT_SCALES[fold(m.group(2))] if m.group(2) else value
    m = _WITH_SCRIPT_SCALE.fullmatch(s)
    if m:
        return parse_number(m.group(1)) * SCRIPT_SCALES[m.group(2)]
    m = _HALF_WITH_MAGNITUDE.fullmatch(s)
    if m:  # "six and a half million"
        return (parse_number(m.group(1)) + Decimal("0.5")) * SCALES[fold(m.group(2))]
    m = _WITH_MAGNITUDE.fullmatch(s)
    if m:
        return parse_number(m.group(1) or m.group(2)) * SCALES[fold(m.group(3))]
    if _WORDS_ONLY.fullmatch(s):
        return Decimal(words_to_number(s))
    raise ParseError(f"expected a number such as '3,041', 'nine' or '75 million', got {text!r}")


def vague_floor(m: re.Match) -> Decimal:
    """The floor of a vague plural VAGUE_RE matched: two of its unit ("hundreds" 200, "dozens" 24),
    or two of the outer unit's ("tens of thousands" 20,000)."""
    if m.group("scale"):
        return Decimal(2 * SCALES[fold(m.group("scale"))])  # "several hundred": 200
    unit = VAGUE_PLURALS[fold(m.group("plural"))]
    return Decimal(2 * unit * VAGUE_PLURALS[fold(m.group("outer"))] if m.group("outer") else 2 * unit)


def split_qualifier(text: str) -> tuple[str | None, str]:
    """Split a leading qualifier ("over", "nearly", "up to") from the rest of the text."""
    s = text.strip()
    m = _QUALIFIER_START.match(fold(s))
    if m:
        return _QUALIFIER_OF[m.group(1)], s[len(m.group(1)):].strip()
    return None, s


def parse_quantity(text: str) -> Quantity:
    """Parse a qualified number or multiplier: "over 5,000", "nearly 650,000", "almost doubled";
    a vague plural ("hundreds of") is its floor with the qualifier at_least unless one is written."""
    qualifier, rest = split_qualifier(text)
    low = fold(rest)
    if low in MULTIPLIERS or low in BASE_MULTIPLIERS:
        return Quantity(Decimal(MULTIPLIERS.get(low) or BASE_MULTIPLIERS[low]), qualifier, text.strip())
    # Trailing unit nouns ("3,041 deaths", "25 cases") are allowed: the number comes first.
    m = NUMBER_RE.match(rest)
    if m:
        return Quantity(parse_number(m.group(0)), qualifier, text.strip())
    if v := VAGUE_RE.match(rest):
        return Quantity(vague_floor(v), qualifier or "at_least", text.strip())
    raise ParseError(f"expected a number, optionally qualified ('over 5,000'), got {text!r}")


# -- finding quantities in running text (used by the drafting tool) --------------------------

# the words as a trie, behind a look ahead for their first letters: searched before every number, this fails at most
# positions after one test (no two words end alike after one another's letters, so each match holds the same word)
_QUALIFIER_BEFORE = re.compile(
    rf"(?<![\w-])(?=[{''.join(sorted({w[0] for w, _ in _QUALIFIER_WORDS}))}])(?P<q>{word_alternation(w for w, _ in _QUALIFIER_WORDS)})\s+$",
    re.IGNORECASE,
)
# the last word of every qualifier: a window before a number ending on another word, spaces after it, is not searched
# (every match ends on spaces after one, and its words are ASCII letters: tests/test_drafting_fast_paths.py checks it)
_QUALIFIER_LAST_WORDS = frozenset(w.rsplit(" ", 1)[-1] for w, _ in _QUALIFIER_WORDS)
# ... nor before a half of a scale: "six and a half million" is one number (HALF_SUFFIX)
_AND_SPLIT = re.compile(r"(?<!hundred)(?<!thousand)(?<!million)(?<!billion)(?<!trillion)[- ]and(?:[- ]|$)(?!a\s+half\b)", re.IGNORECASE)
_MULTIPLIER_RE = re.compile(rf"(?<![\w-])(?:{'|'.join([*MULTIPLIERS, *BASE_MULTIPLIERS])})(?![\w-])", re.IGNORECASE)


# "over" of a verb, no qualifier: "handed over €12,000", "forked over $500", "turned over 25 scanners"
_VERB_OVER = re.compile(r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|fork(?:s|ed|ing)?|sign(?:s|ed|ing)?)\s+$", re.IGNORECASE)
# "up to" of a sum's verb: what the parts total, no ceiling ("the entries added up to £186,400", "it adds up to 300");
# "would add up to £5m" and "adding up to £40,000 for interpreters" are a ceiling on what is added, so not those forms
_SUM_UP_TO = re.compile(r"\b(?:add(?:s|ed)|tot(?:s|ted)|summed)\s+$", re.IGNORECASE)
# ... and of a rise told done: the level reached, no ceiling ("the price has gone up to €9,000", "fares went up to $500");
# "fines can go up to £5,000" is one, so not the bare or present forms
_RISEN_UP_TO = re.compile(r"\b(?:gone|went|shot|climbed|jumped|crept|moved)\s+$", re.IGNORECASE)
# ... but people moved are a ceiling on those moved ("is said to have moved up to 700 people"), no level reached
_PEOPLE_MOVED_AHEAD = re.compile(r"[\d,.]{1,12}\s+(?:people|persons|migrants|refugees|men|women|children)\b", re.IGNORECASE)
# ... but an amount added for a purpose is what was added, a ceiling ("It later added up to £3 million (about $3.9 million)
# for a programme")
_ADDED_FOR_AHEAD = re.compile(r"\S{1,20}(?:\s+(?:million|billion|thousand|m|bn))?(?:\s*\([^()\n]{0,40}\))?\s+(?:for|towards)\b",
                              re.IGNORECASE)
# "over" of a case or a quarrel: what it is about, no floor ("faces justice over £1.6m racket", "a row over 300 jobs") ...
_ABOUT_OVER = re.compile(r"\b(?:justice|charges|trial|row|dispute|probe|inquiry|investigation|scandal|case)\s+$", re.IGNORECASE)
# ... and of a verb of prosecution before money, the sum the case is about ("jailed over £2m fraud"); before a count it is
# a floor ("arrested over 300 people", "jailed over 20 smugglers")
# (a hearing's questions too, with who asked them: "minister grilled by MPs over £42m deal" is the deal's sum)
# (or where the case is heard or whence a suspect is sent: "broker extradited to Britain over £4m visa scam", "jailed in
# Leeds over £2m fraud")
_PROSECUTED_OVER = re.compile(r"\b(?:charged|jailed|convicted|tried|prosecuted|sued|arrested|questioned|extradited|investigated|"
                              r"grilled|quizzed|pressed|challenged|criticised|criticized|censured)(?:\s+(?:by|from|to|in)(?:\s+[\w’'-]+){1,3})?\s+$",
                              re.IGNORECASE)
_MONEY_AHEAD = re.compile(r"[£$€]|(?:GBP|USD|EUR|IQD)\b")
# "passed" of a thing handed on: "passed 40 files to the police", "passes a dozen cases on to prosecutors"; not a range
# ("Passes from 5 to 7 million", whose "to" is followed by a number)
_PASS_WORDS = ("pass", "passes", "passed", "passing")
_HANDED_ON_AHEAD = re.compile(r"[^\s.;]{1,20}(?:\s+[\w’'-]+){1,3}\s+(?:on\s+)?to\s+(?!date\b|reach\b|set\b|become\b|make\b|[\d£$€])",
                              re.IGNORECASE)
# "pass" of people got through a check: "trying to pass 11 travellers with forged visas", "passed six migrants through the
# checkpoint" (a smuggler's act on those people, no floor; "crossings pass 36,000" keeps its floor)
_PASSED_PEOPLE_AHEAD = re.compile(r"[^\s.;]{1,20}\s+(?:[\w-]+\s+)?(?:people|persons|passengers|travell?ers|migrants|men|women|children|"
                                  r"families|Iraqis|Kurds)\s+(?:with|through|across|into|over|off\s+as|as|on\s+(?:forged|fake|false))\b",
                                  re.IGNORECASE)
# a qualifier written after an amount: "£1,500 or so", "$900 or thereabouts", "$10,000 or more", "500 or fewer"
QUALIFIERS_AFTER = {"so": "about", "thereabouts": "about", "more": "at_least", "over": "at_least", "above": "at_least",
                    "less": "up_to", "fewer": "up_to", "under": "up_to", "below": "up_to"}
_HEDGE_AFTER = rf"\s+or\s+(?P<after>{'|'.join(QUALIFIERS_AFTER)})(?![\w-])"
_QUALIFIER_AFTER = re.compile(_HEDGE_AFTER, re.IGNORECASE)
_ENDS_WITH_HEDGE = re.compile(rf"{_HEDGE_AFTER}\s*$", re.IGNORECASE)


def qualifier_after(text: str, end: int) -> tuple[str | None, int]:
    """The qualifier written just after ``text[:end]`` ("£1,500 or so": about, "$10,000 or more": at_least):
    (normalised qualifier, where its words end), or (None, end)."""
    m = _QUALIFIER_AFTER.match(text, end)
    return (QUALIFIERS_AFTER[fold(m.group("after"))], m.end()) if m else (None, end)


def split_qualifier_after(text: str) -> tuple[str | None, str]:
    """Split a trailing qualifier ("or so", "or more") from the rest of the text."""
    m = _ENDS_WITH_HEDGE.search(text)
    return (QUALIFIERS_AFTER[fold(m.group("after"))], text[:m.start()]) if m else (None, text.rstrip())


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier written just before ``text[start:]`` ("up to £5m", "nearly 650,000"):
    (normalised qualifier, where its words start), or (None, start)."""
    window = text[max(0, start - 30):start]
    last = window.rsplit(None, 1)[-1] if window[-1:].isspace() and not window.isspace() else ""
    if not last or last.isalpha() and fold(last) not in _QUALIFIER_LAST_WORDS:
        return None, start  # (no qualifier ends the window: most numbers follow "of", "the", a verb)
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    if not m or _VERB_OVER.search(text, max(0, m.start() - 12), m.start()) and fold(m.group("q")) == "over":
        return None, start
    if fold(m.group("q")) == "over" and (_ABOUT_OVER.search(text, max(0, m.start() - 16), m.start())
                                          or _PROSECUTED_OVER.search(text, max(0, m.start() - 40), m.start())
                                          and _MONEY_AHEAD.match(text, start)):
        return None, start  # "to face justice over £1.6m racket", "jailed over £2m fraud": what the case is about, no floor
    if fold(m.group("q")) == "up to" and _SUM_UP_TO.search(text, max(0, m.start() - 10), m.start()) \
            and not _ADDED_FOR_AHEAD.match(text, start):
        return None, start
    if fold(m.group("q")) == "up to" and _RISEN_UP_TO.search(text, max(0, m.start() - 8), m.start()) \
            and not _PEOPLE_MOVED_AHEAD.match(text, start):
        return None, start
    if fold(m.group("q")) in _PASS_WORDS and _HANDED_ON_AHEAD.match(text, start):
        return None, start  # "has passed a dozen cases to prosecutors": handed on, no floor
    if fold(m.group("q")) in _PASS_WORDS and _PASSED_PEOPLE_AHEAD.match(text, start):
        return None, start  # "trying to pass 11 travellers with forged visas": people got through a check, no floor
    return _QUALIFIER_OF[fold(m.group("q"))], m.start()


# parse_quantity is pure (a Quantity is frozen) and running text repeats its numbers: each is read once. Only here,
# where every argument is a string from the text, never a value from YAML
_parse_quantity_once = lru_cache(maxsize=4096)(parse_quantity)


def find_quantities(text: str, vague: bool = False):
    """Yield (start, end, number_start, Quantity) for every number or multiplier ("doubled") in
    ``text``, with the qualifier written before it; ``start`` includes the qualifier's words.
    With ``vague``, also every vague plural ("hundreds of", "tens of thousands"): off by default,
    for such words are often no figure ("thousands of miles apart")."""
    found = []
    for m in NUMBER_RE.finditer(text):
        # "and" joins number words only after a scale ("one hundred and twenty"); elsewhere it
        # joins two numbers ("between two and three") or ends the number ("nine and").
        piece_start = m.start()
        for a in _AND_SPLIT.finditer(m.group()):
            found.append((piece_start, m.start() + a.start()))
            piece_start = m.start() + a.end()
        found.append((piece_start, m.end()))
    # each word of these two patterns is in the folded text wherever they match (fold() compares letters as
    # re.IGNORECASE does): most articles hold none, and a test with `in` costs far less than a scan with the pattern
    low = fold(text)
    if any(word in low for word in (*MULTIPLIERS, *BASE_MULTIPLIERS)):
        found += [(m.start(), m.end()) for m in _MULTIPLIER_RE.finditer(text)]
    # a vague plural is read from its own match, not its words alone ("scores" is one only before "of")
    may_be_vague = vague and any(word in low for word in (*_VAGUE_PLURAL_WORDS, "several", "a few"))
    floors = {m.span(): vague_floor(m) for m in VAGUE_RE.finditer(text)} if may_be_vague else {}
    for num_start, end in sorted([*found, *floors]):
        qualifier, start = qualifier_before(text, num_start)
        if (num_start, end) in floors:
            yield start, end, num_start, Quantity(floors[num_start, end], qualifier or "at_least", text[start:end])
            continue
        try:
            quantity = _parse_quantity_once(text[start:end])
        except ParseError:
            continue
        yield start, end, num_start, quantity
