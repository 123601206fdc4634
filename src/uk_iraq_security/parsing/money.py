"""Parse money as written ("£75 million", "($380,000)", "300,000 pounds", "$5m") into amount + ISO 4217."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import pycountry

from .errors import ParseError
from .numbers import DIGITS, MAGNITUDE, NUMBER_RE, SHORT_SCALES, WORD_NUMBER, parse_number, split_qualifier

# Longest first so "US$" wins over "$".
SYMBOLS = {"US$": "USD", "£": "GBP", "€": "EUR", "$": "USD", "¥": "JPY", "₹": "INR"}
NAMES = {
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "euros": "EUR", "euro": "EUR", "us dollars": "USD", "dollars": "USD", "dollar": "USD",
    "iraqi dinars": "IQD", "dinars": "IQD", "dinar": "IQD",
}
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_NAME = "|".join(sorted(NAMES, key=len, reverse=True))
_SHORT = "|".join(sorted(SHORT_SCALES, key=len, reverse=True))
_AMOUNT = rf"(?:{DIGITS})(?:\s*(?:{_SHORT})\b|\s+{MAGNITUDE})?|(?:{WORD_NUMBER})(?:\s+{MAGNITUDE})?"

MONEY_RE = re.compile(
    rf"(?P<sym>{_SYMBOL})\s?(?P<a1>{_AMOUNT})"
    rf"|(?P<code1>\b[A-Z]{{3}})\s?(?P<a2>{DIGITS}(?:\s*(?:{_SHORT})\b|\s+{MAGNITUDE})?)"
    rf"|(?P<a3>{_AMOUNT})\s+(?:(?P<name>{_NAME})\b|(?P<code2>[A-Z]{{3}})\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    """An amount in an ISO 4217 currency, with its qualifier and the words as written."""

    amount: Decimal
    currency: str
    qualifier: str | None
    as_written: str


def currency_code(code: str) -> str:
    """Return ``code`` if it is an ISO 4217 currency, else raise a ParseError saying so."""
    if pycountry.currencies.get(alpha_3=code.upper()) is None or code != code.upper():
        raise ParseError(f"unknown currency {code!r}: expected an ISO 4217 code such as GBP, USD or EUR")
    return code


def _match_to_money(m: re.Match, qualifier: str | None, as_written: str) -> Money:
    if m.group("sym"):
        return Money(parse_number(m.group("a1")), SYMBOLS[m.group("sym").upper()], qualifier, as_written)
    if m.group("code1"):
        return Money(parse_number(m.group("a2")), currency_code(m.group("code1")), qualifier, as_written)
    if m.group("name"):
        return Money(parse_number(m.group("a3")), NAMES[m.group("name").lower()], qualifier, as_written)
    return Money(parse_number(m.group("a3")), currency_code(m.group("code2")), qualifier, as_written)


def parse_money(text: str) -> Money:
    """Parse one amount of money, optionally qualified and in brackets: "up to £300,000", "($380,000)"."""
    s = text.strip()
    qualifier, rest = split_qualifier(s)
    rest = rest.strip()
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()
    m = MONEY_RE.fullmatch(rest)
    if not m:
        # A number followed by an unrecognised currency word: say which word.
        w = re.fullmatch(rf"(?:{_AMOUNT})\s+(\w+)", rest, re.IGNORECASE)
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
    pos = 0
    while m := MONEY_RE.search(text, pos):
        code = m.group("code1") or m.group("code2")
        if code and not _is_currency(code):
            pos = m.start() + 1
            continue
        yield m.start(), m.end(), _match_to_money(m, None, m.group(0))
        pos = m.end()


@lru_cache(maxsize=1024)  # asked for every three-letter word before a number
def _is_currency(code: str) -> bool:
    return code == code.upper() and pycountry.currencies.get(alpha_3=code) is not None
