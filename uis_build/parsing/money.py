"""Parse money as written ("£75 million", "($380,000)", "300,000 pounds", "$5m") into amount + ISO 4217."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pycountry

from uk_iraq_security.entities import WITHDRAWN_CURRENCIES  # withdrawn for the euro, still in old sums

from .errors import ParseError
from .numbers import (
    A_NUMBER,
    DIGITS,
    HALF_SUFFIX,
    MAGNITUDE,
    NUMBER_RE,
    NUMBER_WORD,
    SCALES,
    SCRIPT_NUMBER,
    SHORT_SCALES,
    WORD_NUMBER,
    fold,
    parse_number,
    qualifier_before,
    split_qualifier,
    split_qualifier_after,
    word_alternation,
)

# No symbol opens another, in any case, so their alternation may take any order ("US$" is found where it starts, before
# its "$" is reached; a test keeps it so). "JD" is the Jordanian dinar's ("JD2.2 million"), in capitals and not inside a word;
# "Dh" the UAE dirham's, as Gulf outlets write it ("Dh4.6 million"), so cased and not inside a word ("Dh" opens names).
SYMBOLS = {"US$": "USD", "£": "GBP", "€": "EUR", "$": "USD", "¥": "JPY", "₹": "INR", "JD": "JOD", "Dh": "AED"}
# the symbols matched in their own case only: a lower-case "jd" or "dh" is no currency
_CASED_SYMBOLS = ("JD", "Dh")
# Several countries' currency is a dinar: a bare "dinar(s)" is read as Iraq's (the dataset's country) from the words
# alone, and as the one dinar its article names by the build and the drafter (bare_dinar)
DINARS = {"iraqi": "IQD", "jordanian": "JOD", "kuwaiti": "KWD", "bahraini": "BHD", "libyan": "LYD", "serbian": "RSD"}
BARE_DINAR = "IQD"
# Norway's, Sweden's and Denmark's currency is a krone (krona in Sweden): with its country the name says which
# ("Norwegian kroner" NOK, "Swedish kronor" SEK, "Danish krone" DKK); a bare "kroner" names no single country, so it is
# read as the krone country its article names, or names far most often (bare_krone), and stays unknown (None) when the
# article names none, or several with none far ahead. Until then its currency is BARE_KRONE, which is no ISO 4217
# code: the funding table's pattern [A-Z]{3} and its iso4217 check refuse it, so a bare "kroner" never reaches the data
# unread.
KRONER = {"norwegian": "NOK", "swedish": "SEK", "danish": "DKK"}
KRONE_WORDS = ("kroner", "kronor", "krone", "krona")
BARE_KRONE = "kroner"
# Switzerland's currency is a franc, as are a dozen others (West and Central Africa's, Rwanda's, Congo's): a bare
# "francs" is read as the Swiss franc when its article names Switzerland ("Swiss", "CHF") and stays unknown otherwise
# (bare_franc), as a bare krone does; BARE_FRANC, like BARE_KRONE, is no ISO 4217 code
FRANCS = {"swiss": "CHF"}
FRANC_WORDS = ("francs", "franc")
BARE_FRANC = "francs"
# Saudi Arabia's and Qatar's currency is a riyal: with its country the name says which ("Qatari riyals" QAR); a bare
# "riyals", as Gulf stories write a sum, is read as the riyal country its article names (bare_riyal) and stays unknown
# otherwise, as a bare franc does; BARE_RIYAL, like BARE_FRANC, is no ISO 4217 code
RIYALS = {"saudi": "SAR", "qatari": "QAR"}
RIYAL_WORDS = ("riyals", "riyal")
BARE_RIYAL = "riyals"
NAMES = {
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    # (named with its country, as foreign outlets' English writes the pound beside their own currency: "900 British pounds")
    "british pounds": "GBP", "british pound": "GBP",
    "euros": "EUR", "euro": "EUR", "us dollars": "USD", "dollars": "USD", "dollar": "USD",
    **{f"{country} dinar{s}": code for country, code in DINARS.items() for s in ("s", "")},
    "dinars": BARE_DINAR, "dinar": BARE_DINAR,
    "turkish liras": "TRY", "turkish lira": "TRY", "liras": "TRY", "lira": "TRY",
    # Poland's, as Polish outlets write it in English, with or without its letter ł ("1.6 billion złoty", "zlotys")
    "polish złoty": "PLN", "polish zloty": "PLN", "złotys": "PLN", "złoty": "PLN", "zlotys": "PLN", "zloty": "PLN",
    # ... and its sign "zł", which Polish copy writes after the sum ("bought for 12 million zł"); "zl" is left out
    "zł": "PLN",
    # the other currencies of the Balkan route, as the region's outlets name them in English: Hungary's forint, Romania's
    # leu (plural lei; Moldova's is a leu too, so only "Moldovan lei" is its), Bulgaria's lev (plural leva), the Czech
    # koruna ("crowns" only with "Czech": a bare crown is any of several)
    "hungarian forints": "HUF", "hungarian forint": "HUF", "forints": "HUF", "forint": "HUF",
    "moldovan lei": "MDL", "moldovan leu": "MDL", "romanian lei": "RON", "romanian leu": "RON", "lei": "RON", "leu": "RON",
    "bulgarian leva": "BGN", "bulgarian lev": "BGN", "leva": "BGN", "lev": "BGN",
    # Georgia's lari (plural lari, or "laris" in some English copy), as Georgian outlets name it beside the euro or pound
    # they convert ("€7,000 (about 20,500 lari)")
    "georgian lari": "GEL", "georgian laris": "GEL", "laris": "GEL", "lari": "GEL",
    # ... and its neighbours', as their outlets convert a sum they name ("£350,000 (about 175 million drams)"): Armenia's
    # dram (a bare singular "dram" is left out, for "a dram" is a measure of whisky) and Azerbaijan's manat
    # (Turkmenistan's is a manat too, but only "Turkmen manat" names it, not listed)
    "armenian drams": "AMD", "armenian dram": "AMD", "drams": "AMD",
    "azerbaijani manats": "AZN", "azerbaijani manat": "AZN", "manats": "AZN", "manat": "AZN",
    # North Macedonia's denar (plural denars or denari), as Gevgelija's outlets name it: the only denar, so bare too
    "macedonian denars": "MKD", "macedonian denari": "MKD", "macedonian denar": "MKD", "denars": "MKD", "denari": "MKD",
    "denar": "MKD",
    # ... and Bosnia and Herzegovina's convertible mark by its name (its "KM" after a sum: _KM)
    "convertible marks": "BAM", "convertible mark": "BAM",
    "czech korunas": "CZK", "czech koruna": "CZK", "czech crowns": "CZK", "korunas": "CZK", "koruna": "CZK", "korun": "CZK",
    # Russia's rouble (or "ruble", as American copy spells it), as the Eastern route's outlets quote smugglers' fees in it
    # ("asked 90,000 roubles a head"): a bare one is Russia's, as a bare dinar is Iraq's; Belarus's only with its name
    "russian roubles": "RUB", "russian rouble": "RUB", "russian rubles": "RUB", "russian ruble": "RUB",
    "belarusian roubles": "BYN", "belarusian rouble": "BYN", "belarusian rubles": "BYN", "belarusian ruble": "BYN",
    "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB",
    **{f"{country} {word}": code for country, code in KRONER.items() for word in KRONE_WORDS},
    **{word: BARE_KRONE for word in KRONE_WORDS},
    **{f"{country} {word}": code for country, code in FRANCS.items() for word in FRANC_WORDS},
    **{word: BARE_FRANC for word in FRANC_WORDS},
    **{f"{country} {word}": code for country, code in RIYALS.items() for word in RIYAL_WORDS},
    **{word: BARE_RIYAL for word in RIYAL_WORDS},
}
_SYMBOL = "|".join(rf"(?-i:{s})(?<![\w]{s})" if s in _CASED_SYMBOLS else re.escape(s) for s in SYMBOLS)


def symbol_code(symbol: str) -> str:
    """The ISO 4217 code of a currency symbol as matched ("us$" as "US$"; a cased one only in its own case)."""
    return SYMBOLS[symbol] if symbol in SYMBOLS else SYMBOLS[symbol.upper()]


_NAME = word_alternation(NAMES)
_SHORT = "|".join(SHORT_SCALES)  # "m" before "mn" is fine: \b after it sends the match on to "mn"
# An amount ends where its number does: "£5,000,00" and "3.5.6 euros" are no amount, not £5,000 or 5.6 euros.
_WHOLE = r"(?![.,٫٬]?\d)"
# digits and scale may be hyphened into an adjective, and so may the currency after them: "a $5-million deal", "a
# 4.2-million-euro contract" (a bare "10-pound" is no adjective of money: "a 10-pound bag" weighs it)
_AMOUNT = (rf"(?:(?:{SCRIPT_NUMBER})|(?:{DIGITS})(?:\s*(?:{_SHORT})\b|(?:\s*|-){MAGNITUDE})?"
           rf"|(?:{WORD_NUMBER}{HALF_SUFFIX}|{A_NUMBER})(?:\s+{MAGNITUDE})?){_WHOLE}")
_START = r"(?<![\w.,٫٬])"  # nor does a word end in one: "often pounds" is not ten pounds
# digits in brackets, as state agencies write them before a currency's name: "(5) million pounds sterling"
_BRACKETED = rf"\((?:{DIGITS})\)(?:\s*{MAGNITUDE})?{_WHOLE}"

# Names and amounts in any case; a code only in capitals (ISO 4217 codes are written so, and a
# lower-case "for" or "and" before a number is no currency): codes are matched case-sensitively,
# so the search does not stop at every three-letter word.
_CODE = "(?-i:[A-Z]{3})"
# Bosnia and Herzegovina's convertible mark as its outlets write it after a sum ("41,000 KM", "1.2 million KM"): in
# capitals only, for "km" is a kilometre
_KM = "(?-i:KM)"
# ... and before a sum, as some write it ("KM 1.4 million", "KM 250,000"): only scaled or comma-grouped, for "KM 45"
# is as often a kilometre marker; find_money keeps it only in a text that names Bosnia or its convertible mark
_KM_FIRST = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s+(?:million|billion)\b|\d+(?:\.\d+)?(?:m|mn|bn)\b)"
_SCALE_HYPHEN = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))-"
# ... or digits hyphened to a currency that weighs nothing: "the 25,000-dinar filing fee", "a 50-euro fine" ("10-pound" weighs)
_NAME_HYPHEN = r"(?<=\d)-(?=(?:dinars?|euros?|dollars?|liras?)\b)"
# a price in pence, as the business pages write share prices and dividends ("4.1p a share", "closed at 212p", "50
# pence"), an amount in pounds; not inside a word or a number ("A20p", "1.5p" of "21.5p"), nor a time ("2p.m."), nor a
# video's lines ("1080p")
_PENCE = r"(?<![\w.,£$€])(?!(?:480|720|1080|1440|2160)p)(?P<pn>\d{1,4}(?:\.\d{1,2})?)(?:p|\s?pence)\b(?![.]\w)"
MONEY_RE = re.compile(
    rf"(?P<sym>{_SYMBOL})\s?(?P<a1>{_AMOUNT})|{_PENCE}"
    rf"|\b(?P<km1>{_KM})\s?(?P<a4>{_KM_FIRST}){_WHOLE}"
    rf"|(?P<code1>\b{_CODE})\s?(?P<a2>(?:{DIGITS})(?:\s*(?:{_SHORT})\b|\s+{MAGNITUDE})?{_WHOLE})"
    rf"|{_START}(?P<a3>{_AMOUNT}|{_BRACKETED})(?:\s+|{_SCALE_HYPHEN}|{_NAME_HYPHEN})"
    rf"(?:(?P<name>{_NAME})\b|(?P<code2>{_CODE})\b|(?P<km>{_KM})\b)",
    re.IGNORECASE,
)
# The symbol branch alone: what MONEY_RE finds in a text with no currency name and no ISO 4217
# code in it, for the other branches need one (a non-ISO "NCA" or "KRG" would be rejected anyway).
# Most articles have neither, and this branch is several times faster to search.
# every match opens with a symbol's first character or a digit (pence), looked ahead for first: most characters fail on that
# one test instead of every symbol and the pence form, and a scan costs about half
_SYMBOL_FIRSTS = "".join(re.escape(c) for c in sorted({s[0] for s in SYMBOLS}))
SYMBOL_MONEY_RE = re.compile(rf"(?=[\d{_SYMBOL_FIRSTS}])(?:(?P<sym>{_SYMBOL})\s?(?P<a1>{_AMOUNT})|{_PENCE})", re.IGNORECASE)
_CAPITALS = re.compile(r"[A-Z]{3,}")
_UNKNOWN_WORD = re.compile(rf"(?:{_AMOUNT})\s+(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class Money:
    """An amount in an ISO 4217 currency, with its qualifier and the words as written."""

    amount: Decimal
    currency: str
    qualifier: str | None
    as_written: str


def currency_code(code: str) -> str:
    """Return ``code`` if it is an ISO 4217 currency, else raise a ParseError saying so."""
    if not _is_currency(code):
        raise ParseError(f"unknown currency {code!r}: expected an ISO 4217 code such as GBP, USD or EUR")
    return code


def _match_to_money(m: re.Match, qualifier: str | None, as_written: str) -> Money:
    if m.group("sym"):
        return Money(parse_number(m.group("a1")), symbol_code(m.group("sym")), qualifier, as_written)
    if m.group("pn"):
        return Money(parse_number(m.group("pn")) / 100, "GBP", qualifier, as_written)
    if m.group("code1"):
        return Money(parse_number(m.group("a2")), currency_code(m.group("code1")), qualifier, as_written)
    if m.group("name"):
        return Money(parse_number(m.group("a3")), NAMES[fold(m.group("name"))], qualifier, as_written)
    if m.group("km1"):
        return Money(parse_number(m.group("a4")), "BAM", qualifier, as_written)
    if m.group("km"):
        return Money(parse_number(m.group("a3")), "BAM", qualifier, as_written)
    return Money(parse_number(m.group("a3")), currency_code(m.group("code2")), qualifier, as_written)


def parse_money(text: str) -> Money:
    """Parse one amount of money, optionally qualified and in brackets: "up to £300,000", "($380,000)"."""
    s = text.strip()
    qualifier, rest = split_qualifier(s)
    hedge, rest = split_qualifier_after(rest)
    qualifier, rest = qualifier or hedge, rest.strip()
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()
    m = MONEY_RE.fullmatch(rest)
    if not m:
        # A number followed by an unrecognised currency word: say which word.
        w = _UNKNOWN_WORD.fullmatch(rest)
        if w and not NUMBER_RE.fullmatch(rest):  # "three hundred" is a number with no currency at all
            raise ParseError(
                f"unknown currency {w.group(1)!r} in {text!r}: expected a symbol (£ $ €), a name "
                f"(pounds, euros, dollars) or an ISO 4217 code"
            )
        raise ParseError(f"expected an amount of money such as '£75 million' or '300,000 pounds', got {text!r}")
    return _match_to_money(m, qualifier, s)


def find_money(text: str):
    """Yield (start, end, Money) for every amount of money in ``text``. A three-letter word that is
    no ISO 4217 code ("for", "and") does not hide an amount after it: "for 300,000 pounds" is found."""
    pattern = MONEY_RE if _may_name_a_currency(text) else SYMBOL_MONEY_RE
    # a "KM" before a sum is the convertible mark only where the text says it is in Bosnia (_KM_FIRST)
    bosnian = pattern is MONEY_RE and "KM" in text and ("Bosnia" in text or "convertible mark" in text.lower())
    pos = 0
    while m := pattern.search(text, pos):
        code = m.group("code1") or m.group("code2") if pattern is MONEY_RE else None
        if code and not _is_currency(code) or pattern is MONEY_RE and m.group("km1") and not bosnian:
            pos = m.start() + 1
            continue
        yield m.start(), m.end(), _match_to_money(m, None, m.group(0))
        pos = m.end()


def _may_name_a_currency(text: str) -> bool:
    """Does ``text`` hold a currency name or an ISO 4217 code, which MONEY_RE's other branches need?"""
    # fold() compares letters as re.IGNORECASE does (ſ is s, ı and İ are i), one character for one, so a
    # name MONEY_RE would match is in the folded text exactly when `in` finds it there, far faster
    low = fold(text)
    named = any(name in low for name in NAMES)
    # every three capitals in a row, overlapping ("XUSD" holds "XUS" and "USD")
    return named or "KM" in text or any(_is_currency(run[i:i + 3]) for run in _CAPITALS.findall(text) for i in range(len(run) - 2))


@lru_cache(maxsize=1024)  # asked for every three-letter word before a number
def _is_currency(code: str) -> bool:
    """An ISO 4217 code in capitals, or one withdrawn for the euro (entities.WITHDRAWN_CURRENCIES)."""
    return code == code.upper() and (code in WITHDRAWN_CURRENCIES or pycountry.currencies.get(alpha_3=code) is not None)


# -- the first amount of a range, which shares the other end's scale and currency ----------------------

_NUM = rf"(?:{DIGITS}|(?:{NUMBER_WORD})(?:-(?:{NUMBER_WORD}))?)"
# (a bare first amount may write its own scale: "between 4 billion and 6 billion euros", the currency shared)
_FIRST = re.compile(rf"(?P<sym>{_SYMBOL})?\s?(?P<num>{_NUM})(?:\s*(?P<num_short>{_SHORT})\b|\s+(?P<num_mag>{MAGNITUDE}))?{_WHOLE}",
                    re.IGNORECASE)
_OPENER = re.compile(r"(?<![\w-])(?P<word>between|from)\s+$", re.IGNORECASE)
_SEPARATOR = r"\s*[–—-]\s*|\s+(?:and|to)\s+"
# ... or two prices offered as alternatives, the currency named once after the second: "3,000 or 4,000 dollars" (a range's
# first amount only, so grouped, worded or scaled as a bare "to" must be: "in 2019 or 12 million dinars" no range)
_FIRST_SEPARATOR = rf"{_SEPARATOR}|\s+or\s+"


def _scaled(name: str) -> str:
    """A number with its own scale or none ("7", "7 million", "7m"), its groups named ``name``, ``name_short``, ``name_mag``."""
    return rf"(?P<{name}>{_NUM})(?:\s*(?P<{name}_short>{_SHORT})\b|\s+(?P<{name}_mag>{MAGNITUDE}))?{_WHOLE}"


def _scale(short: str | None, mag: str | None) -> Decimal:
    return Decimal(SHORT_SCALES[fold(short)] if short else SCALES[fold(mag)] if mag else 1)


# the far end: a number with its scale and the range's currency, a symbol before or a name or code after
_FAR_END = re.compile(
    rf"(?P<sep>{_FIRST_SEPARATOR})(?P<sym>{_SYMBOL})?\s?{_scaled('far')}(?:\s+(?:(?P<name>{_NAME})\b|(?P<code>{_CODE})\b))?",
    re.IGNORECASE,
)
# the last character or word of every _FIRST_SEPARATOR but its spaces: a window ending on none is not searched
_DASHES, _RANGE_WORDS = "–—-", frozenset(("and", "to", "or"))
# a number (or a symbol and number) just before a range's separator, looked for behind an amount found
_FIRST_BEFORE = re.compile(rf"{_START}(?P<sym>{_SYMBOL})?\s?(?P<amt>(?P<num>{_NUM})(?:\s*(?:{_SHORT})\b|\s+{MAGNITUDE})?)"
                           rf"(?:{_FIRST_SEPARATOR})$", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked of each amount twice, for the range it may start and the one it may end
def _first_before(text: str, start: int) -> re.Match | None:
    """The first amount of a range and its separator, just before ``start`` (_FIRST_BEFORE)."""
    window = text[max(0, start - 40):start]
    last = window.rstrip()[-1:]
    if not last or last not in _DASHES and not (window[-1:].isspace() and fold(window.rsplit(None, 1)[-1]) in _RANGE_WORDS):
        return None  # (every separator ends on a dash, or on "and", "to" or "or" and spaces: most windows end on another word)
    return _FIRST_BEFORE.search(text, max(0, start - 40), start)


_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def range_start(text: str, start: int, end: int) -> Money | None:
    """The amount of ``text[start:end]``, a bare number ("8") or one with a currency symbol ("£2") that opens
    a range whose other end gives its scale and currency: "between 8 and 12 million dinars" 8,000,000 IQD,
    "from £2 to £3 million" and "$5–7 million" 2,000,000 GBP and 5,000,000 USD. A qualifier before the range
    ("about £2–3 million", "nearly between 8 and 12 million dinars") hedges both ends; it may open the cited words
    ("about £2"). ``as_written`` is the range's words, qualifier included. None when the words are no such range: no
    currency at either end ("between 8 and 12 people"), nothing shared ("£2 to £3"), different currencies, a
    far end below the first ("from 2019 to 12 million dinars"), "and" without "between", or a bare
    "to" with no symbol before the first number (which could be a year or a count)."""
    found = _range_from(text, start, end)
    return found[0] if found else None


def _range_from(text: str, start: int, end: int) -> tuple[Money, int] | None:
    """range_start's Money, and where the range's words end."""
    _, rest = split_qualifier(text[start:end])
    start = end - len(rest)
    first = _FIRST.fullmatch(text, start, end)
    far = _FAR_END.match(text, end)
    if first is None or far is None:
        return None
    opener = _OPENER.search(text, max(0, start - 12), start)
    word = fold(opener.group("word")) if opener else None
    sep = fold(far.group("sep").strip())
    # a number word before a bare "to" is no year, and a far end with a scale and a currency makes it no count:
    # "four to six thousand dollars"
    worded = first.group("num")[0].isalpha() and (far.group("far_short") or far.group("far_mag")) and not first.group("sym")
    # ... nor is a number written in thousands' groups, its far end also grouped and named a currency: "15,000 to 20,000
    # dollars" (a year has no comma, and a count would name its own noun, not the far end's currency)
    grouped = bool(_GROUPED.fullmatch(first.group("num")) and _GROUPED.fullmatch(far.group("far"))) and not first.group("sym")
    # ... nor is a number with its own scale, its far end scaled and named a currency too: "1.5 million to 2 million
    # dinars" (no year is "1.5 million")
    scaled = bool((first.group("num_short") or first.group("num_mag")) and (far.group("far_short") or far.group("far_mag")))
    if (sep == "and" and word != "between") or (sep in ("to", "or") and word != "from" and not first.group("sym") and not worded
                                                 and not grouped and not scaled):
        return None
    code = far.group("code")
    if code and not _is_currency(code):
        return None
    ends = {symbol_code(s) for s in (first.group("sym"), far.group("sym")) if s}
    ends |= {NAMES[fold(far.group("name"))]} if far.group("name") else set()
    ends |= {code} if code else set()
    scale = _scale(far.group("far_short"), far.group("far_mag"))
    own = _scale(first.group("num_short"), first.group("num_mag"))
    # "£2 to £3" shares nothing: two amounts, each stated; nor "£2 million to £3 million" (the first writes its own scale
    # and currency); "between 4 billion and 6 billion euros" shares the currency alone
    shares = not first.group("sym") or (scale != 1 and own == 1)
    low = parse_number(first.group("num")) * (own if own != 1 else scale)
    high = parse_number(far.group("far")) * scale
    if len(ends) != 1 or not shares or low >= high:
        return None
    qualifier, words = qualifier_before(text, opener.start() if opener else start)
    return Money(low, ends.pop(), qualifier, text[words:far.end()]), far.end()


def range_stated_end(text: str, start: int, end: int) -> Money | None:
    """The amount of ``text[start:end]``, the far end of a qualified range that writes its own scale and currency
    ("12 million dinars" of "nearly between 8 and 12 million dinars", "£3 million" of "about £2 to £3 million"):
    stated, but hedged by the range's qualifier, with the range's words. None for any other words, an unqualified
    range's far end included (it is stated, qualifier and all)."""
    before = _first_before(text, start)
    found = before and _range_from(text, before.start(), before.end("amt"))
    if not found or found[1] != end or found[0].qualifier is None:
        return None
    money = parse_money(text[start:end])
    return Money(money.amount, money.currency, found[0].qualifier, found[0].as_written)


# -- the far end of a range with the currency only on the first amount: "7 million" of "$5–7 million" --------

_BARE_FAR = re.compile(rf"(?:{_SEPARATOR}){_scaled('far')}", re.IGNORECASE)
_SCALED = re.compile(_scaled("far"), re.IGNORECASE)
# the first amount, with its symbol and maybe a scale of its own, and the separator, just before the far end
# (or its ISO code before it, as a symbol: "ISK 1 million to 1.37 million", "CHF 2,000 to 3,500")
_SYMBOL_BEFORE = re.compile(rf"(?:(?P<sym>{_SYMBOL})\s?|(?<![\w-])(?P<code>{_CODE})\s)(?:{_scaled('first')})(?P<sep>{_SEPARATOR})$",
                            re.IGNORECASE)
_OWN_CURRENCY = re.compile(rf"\s+(?:{_NAME})\b|\s+{_CODE}\b", re.IGNORECASE)
# ... or a count of its own, a plural noun after it: "seats for £2,500 to 48,000 followers" (to whom, not how much)
_COUNTED_AHEAD = re.compile(r"\s+(?!(?:is|was|has|its|his|this|as|us|plus|less|thus|always|whereas|besides|across|apiece)\b)"
                            r"[a-z]{2,}(?<!ss)s\b", re.IGNORECASE)


def range_end(text: str, start: int, end: int) -> Money | None:
    """The amount of ``text[start:end]``, a number with no currency of its own ("7 million") that closes a range
    whose first amount has a currency symbol: "$5–7 million" 7,000,000 USD, "from £2 to 3 million" 3,000,000 GBP.
    ``as_written`` is the range's words. None when the words are no such range: a currency at the far end (it is
    stated), no symbol on the first amount, a far end not above the first, or "and" without "between". A qualifier before
    the range ("about £2–3 million") hedges both ends and is part of ``as_written``."""
    far = _SCALED.fullmatch(text, start, end)
    first = _SYMBOL_BEFORE.search(text, max(0, start - 40), start)
    if far is None or first is None or _OWN_CURRENCY.match(text, end) or _COUNTED_AHEAD.match(text, end):
        return None
    opener = _OPENER.search(text, max(0, first.start() - 12), first.start())
    if fold(first.group("sep").strip()) == "and" and not (opener and fold(opener.group("word")) == "between"):
        return None
    high_scale = _scale(far.group("far_short"), far.group("far_mag"))
    own = _scale(first.group("first_short"), first.group("first_mag"))
    low = parse_number(first.group("first")) * (own if own != 1 else high_scale)
    high = parse_number(far.group("far")) * high_scale
    if low >= high:
        return None
    qualifier, words = qualifier_before(text, opener.start() if opener else first.start())
    currency = symbol_code(first.group("sym")) if first.group("sym") else first.group("code")
    return Money(high, currency, qualifier, text[words:end])


# a part of a sum, its currency the sum's: "12 billion dinars, of which 4 billion comes from ..."
_WHOLE_BEFORE = re.compile(rf"{_START}(?P<sym>{_SYMBOL})?\s?{_scaled('first')}(?:\s+(?:(?P<name>{_NAME})\b|(?P<code>{_CODE})\b))?"
                           rf",\s+of\s+which\s+$", re.IGNORECASE)
_PART_FAR = re.compile(rf",\s+of\s+which\s+{_scaled('far')}", re.IGNORECASE)
# ... but a share of the sum is no sum: "£2,400,000, of which 70% went on salaries" (a percentage, no currency)
_SHARE_AHEAD = re.compile(r"\s?%|\s*per\s?cent\b|\s+pc\b", re.IGNORECASE)


def part_of_sum(text: str, start: int, end: int) -> Money | None:
    """The amount of ``text[start:end]``, a number with no currency of its own after "of which" that parts the sum
    just before: "4 billion" of "12 billion dinars, of which 4 billion comes from ..." 4,000,000,000 IQD. None when
    the part writes a currency, is not below the sum, or the sum has a scale the part does not write ("12 billion
    dinars, of which 4 ..." could be a count)."""
    far = _SCALED.fullmatch(text, start, end)
    whole = _WHOLE_BEFORE.search(text, max(0, start - 60), start)
    if far is None or whole is None or _OWN_CURRENCY.match(text, end) or _SHARE_AHEAD.match(text, end):
        return None
    code = whole.group("code")
    if (code and not _is_currency(code)) or not (whole.group("sym") or whole.group("name") or code):
        return None
    currency = symbol_code(whole.group("sym")) if whole.group("sym") else NAMES[fold(whole.group("name"))] if whole.group("name") else code
    total = parse_number(whole.group("first")) * _scale(whole.group("first_short"), whole.group("first_mag"))
    own = _scale(far.group("far_short"), far.group("far_mag"))
    part = parse_number(far.group("far")) * own
    if own == 1 and total != parse_number(whole.group("first")) or part >= total:
        return None
    return Money(part, currency, None, text[start:end])


def find_range_ends(text: str, found) -> list[tuple[int, int, Money]]:
    """(start, end, Money) of every range's far end read with its range, given the amounts ``found`` in ``text``
    (find_money): a far end without a currency of its own (range_end), whose first amount with its symbol is among
    them ("$5" of "$5–7 million"), and a qualified range's stated far end (range_stated_end), itself among them."""
    out = []
    for start, end, _ in found:
        if (far := _BARE_FAR.match(text, end)) and (m := range_end(text, far.start("far"), far.end())):
            out.append((far.start("far"), far.end(), m))
        elif (part := _PART_FAR.match(text, end)) and (m := part_of_sum(text, part.start("far"), part.end())):
            out.append((part.start("far"), part.end(), m))
        elif m := range_stated_end(text, start, end):
            out.append((start, end, m))
    return out


def find_range_starts(text: str, found) -> list[tuple[int, int, Money]]:
    """(start, end, Money) of every range's first amount (range_start), given the amounts ``found`` in ``text``
    (find_money): a range's far end with a currency is among them ("12 million dinars"), and so is a
    first amount with a symbol ("$5" of "$5–7 million")."""
    out = {}
    for start, end, _ in found:
        if (m := range_start(text, start, end)) is not None:
            out[start] = (start, end, m)
        elif (b := _first_before(text, start)) and (m := range_start(text, b.start(), b.end("amt"))):
            out[b.start()] = (b.start(), b.end("amt"), m)
    return sorted(out.values())


# a country's dinar named in the text, with or without an amount: "Jordanian dinars", "JD2.2 million", "IQD 500"
_NAMED_DINAR = re.compile(rf"\b(?P<country>{'|'.join(DINARS)})\s+dinars?\b|(?<!\w)(?P<code>(?-i:JD|IQD|JOD|KWD|BHD|LYD|RSD))\s?\d",
                          re.IGNORECASE)
_DINAR_CODES = {"JD": "JOD", **{code: code for code in DINARS.values()}}


# a dateline in Jordan ("AMMAN —", "Aqaba (Reuters) -"): a story filed there counts in Jordanian dinars, as its writer
# does, when it names no dinar by its country
_JORDAN_DATELINE = re.compile(r"(?m)^(?-i:AMMAN|Amman|AQABA|Aqaba|IRBID|Irbid|ZARQA|Zarqa)\b[^\n—–-]{0,30}?\s[—–-]{1,2}\s")
# ... and so does a story filed in Serbia, whose dinar is the other one in the news of the route: "SUBOTICA, 9 October
# 2025 (Novosti Sever) —", "BELGRADE —" (its dateline's date and outlet may run longer than Jordan's wire tags)
SERBIAN_DATELINE_TOWNS = ("Belgrade", "Subotica", "Novi Sad", "Sombor", "Kikinda", "Preševo", "Presevo")
# ... or a dateline on a line of its own, the town in capitals and the date after its comma: "SUBOTICA, 20.05.2026. 13:47 |
# Vojvodina Info"
_SERBIA_DATELINE = re.compile(rf"(?m)^(?-i:{'|'.join(t for town in SERBIAN_DATELINE_TOWNS for t in (town, town.upper()))})\b"
                              r"[^\n—–-]{0,50}?\s[—–-]{1,2}\s"
                              rf"|^(?-i:{'|'.join(town.upper() for town in SERBIAN_DATELINE_TOWNS)}),[^\S\n]*\d[^\n]{{0,60}}$")


def bare_dinar(text: str) -> str | None:
    """The currency a bare "dinar(s)" stands for in an article's ``text``: the one dinar the text names by its country
    or code ("Jordanian dinars", "JD2.2 million", "IQD 500"); Iraq's (IQD) when it names none, for the dataset is about
    Iraq, or Jordan's when the story is filed from Jordan (its dateline); None (unknown) when it names two, say Iraq's and
    Jordan's."""
    named = {_DINAR_CODES[m.group("code")] if m.group("code") else DINARS[m.group("country").lower()]
             for m in _NAMED_DINAR.finditer(text)}
    if not named:
        if _JORDAN_DATELINE.search(text):
            return "JOD"
        return "RSD" if _SERBIA_DATELINE.search(text) else BARE_DINAR
    return named.pop() if len(named) == 1 else None


def names_no_dinar(words: str) -> bool:
    """Do an amount's ``words`` end in a bare "dinar(s)", no country named ("1.5 million dinars", not "Iraqi dinars")?"""
    w = words.rstrip(")").lower().split()
    return w[-1:] in (["dinar"], ["dinars"]) and not (len(w) > 1 and w[-2] in DINARS)


# a krone country named in the text: by its name or its people's ("Norway", "Swedish"), or by its currency's code
KRONE_COUNTRIES = {"norway": "NOK", "norwegian": "NOK", "norwegians": "NOK", "sweden": "SEK", "swedish": "SEK",
                   "swedes": "SEK", "denmark": "DKK", "danish": "DKK", "danes": "DKK"}
_NAMED_KRONE = re.compile(rf"\b(?P<country>{'|'.join(KRONE_COUNTRIES)})\b|\b(?P<code>(?-i:NOK|SEK|DKK))\b", re.IGNORECASE)


def bare_krone(text: str) -> str | None:
    """The currency a bare "kroner" ("kronor", "krone", "krona") stands for in an article's ``text``: the krone of the
    krone country the text names, by the country ("Norway", "Norwegian police", "Swedish kronor") or by its code ("NOK
    500"). When it names several, the one it names far most often: at least three times, and at least twice as often as
    all the others together (a Danish outlet's story that names Denmark and the Danes eight times and Sweden four), for
    that is the country the story is set in, whose currency its writer counts in; a country named once or twice against
    another's once sets no story. Unlike a bare dinar, which is Iraq's when no dinar is named, a bare krone has no
    default: None (unknown) when the text names no krone country, or several with none named far most often (say Sweden
    twice and Denmark once), and the build refuses it then. Before any country, though: a krone the text writes as money
    by its code or country ("DKK 25 million", "18,000 Danish kroner"), when it so writes one krone only, for the writer
    counts in the currency they name with their sums, whatever other krone countries the story goes on to name (a
    Danish story's migrants heading on to Sweden and Norway)."""
    if len(named := {m.group("code") or KRONER[m.group("country").lower()] for m in _KRONE_AS_MONEY.finditer(text)}) == 1:
        return named.pop()
    return _named_far_most_often(text, _NAMED_KRONE, KRONE_COUNTRIES)


# a krone written as money: its code before a sum ("DKK 25 million") or its name with its country ("Danish kroner")
_KRONE_AS_MONEY = re.compile(rf"\b(?P<code>(?-i:NOK|SEK|DKK))\s?\d|\b(?P<country>{'|'.join(KRONER)})\s+(?:{'|'.join(KRONE_WORDS)})\b",
                             re.IGNORECASE)


# a franc country named in the text, by its name or its people's, or by its currency's code
FRANC_COUNTRIES = {"switzerland": "CHF", "swiss": "CHF"}
_NAMED_FRANC = re.compile(rf"\b(?P<country>{'|'.join(FRANC_COUNTRIES)})\b|\b(?P<code>(?-i:CHF))\b", re.IGNORECASE)


def bare_franc(text: str) -> str | None:
    """The currency a bare "francs" stands for in an article's ``text``: the Swiss franc when the text names
    Switzerland ("Swiss police", "CHF 3 million"); None (unknown) when it names no franc country, for a franc may be
    any of a dozen countries' (the build refuses it then)."""
    return _named_far_most_often(text, _NAMED_FRANC, FRANC_COUNTRIES)


# a riyal country named in the text, by its name or its people's, or by its currency's code
RIYAL_COUNTRIES = {"saudi": "SAR", "saudis": "SAR", "qatar": "QAR", "qatari": "QAR", "qataris": "QAR"}
_NAMED_RIYAL = re.compile(rf"\b(?P<country>{'|'.join(RIYAL_COUNTRIES)})\b|\b(?P<code>(?-i:SAR|QAR))\b", re.IGNORECASE)


def bare_riyal(text: str) -> str | None:
    """The currency a bare "riyals" stands for in an article's ``text``: the riyal of the riyal country the text names
    ("Qatar's delegation" QAR, "Saudi police" SAR), or names far most often; None (unknown) when it names none, or both
    with neither far ahead (the build refuses it then)."""
    return _named_far_most_often(text, _NAMED_RIYAL, RIYAL_COUNTRIES)


# each placeholder of a currency name that names no country, and how its article's text says whose it is
BARE_FROM_ARTICLE = {BARE_KRONE: bare_krone, BARE_FRANC: bare_franc, BARE_RIYAL: bare_riyal}


def _named_far_most_often(text: str, pattern: re.Pattern, countries: dict[str, str]) -> str | None:
    named = Counter(m.group("code") or countries[m.group("country").lower()] for m in pattern.finditer(text))
    if not named:
        return None
    (top, count), *rest = named.most_common()
    return top if not rest or count >= max(3, 2 * sum(n for _, n in rest)) else None
