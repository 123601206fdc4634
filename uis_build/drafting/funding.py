"""Funding candidates: every amount of money, with its qualifier (before it, or a hedge after it: "£1,500 or so"),
a bracketed conversion and a purpose."""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from functools import lru_cache

from ..parsing import ParseError, parse_money
from ..parsing.columns import column_money
from ..parsing.money import (
    BARE_DINAR,
    BARE_FROM_ARTICLE,
    bare_dinar,
    find_money,
    find_range_ends,
    find_range_starts,
    names_no_dinar,
)
from ..parsing.numbers import qualifier_after, qualifier_before
from .candidates import Candidate
from .text import EndsOnWords, clause_around, is_heading, phrase_after, sentence_at

_CONVERTED = re.compile(r"\s*\(([^()]{1,60})\)")
# what follows a conversion inside its brackets: "(about $1.4 million at $1.29 to the pound)"
_CONVERSION_TAIL = re.compile(r"\s+(?:at|using|with|on)\s+.*$")
# an exchange rate, not an amount: "$1.27 to the pound", "1,310 dinars to the dollar", "€1.21 per pound"
# (RATE_TAIL is statistics' too: "pegged at 1,300 to the dollar" is no figure)
# (a symbol with an amount after it other than one is a range's far end: "€3,000 to €7,000", but "€1.18 to £1" a rate)
# (a rate per hundred after "per" only, as Iraqi exchange quotes run: "143,500 dinars per $100"; "£50 to £100" is a range)
RATE_TAIL = (r"\s+(?:to|per|against)\s+(?:the|one|a|each|every)?\s*(?:(?:pound|dollar|euro|dinar|US dollar)s?\b|[£$€](?!\s?\d)"
             r"|[£$€]\s?1(?:00(?<=per\s[£$€]100)|00(?<=per\s[£$€]\s100))?(?!\w|[.,]\d|\s+(?:million|billion|thousand)\b))")
_RATE_AFTER = re.compile(RATE_TAIL, re.IGNORECASE)
# ... or the first of rates sharing the one a currency is priced in: "rates of $1.26 and 1,650 dinars to the pound"
_RATE_PAIR_AFTER = re.compile(rf"\s+(?:and|or)\s+[£$€]?\d[\d.,]{{0,12}}(?:\s?(?:dinars?|dollars?|euros?|pounds?|(?-i:[A-Z]{{3}})))?{RATE_TAIL}",
                              re.IGNORECASE)
# ... or a currency's price in another: "the pound fell to $1.21", "One dollar buys about 1,310 dinars", "dollars change
# hands at about 1,450 dinars"
_RATE_BEFORE = EndsOnWords(re.compile(r"\b(?:pound|sterling|dollar|euro|dinar)s?\s+(?:(?:has|had)\s+)?(?:fell|fallen|rose|risen|traded|stood|slipped|"
                          r"chang(?:e|es|ed|ing)\s+hands|trades?|trading|sells?|selling|sold|"
                          r"climbed|dropped|buys|bought|fetches|fetched|is worth|was worth|equals|equalled)\s+(?:(?:to|at|for|about|around|"
                          r"roughly|nearly|almost)\s+)*$", re.IGNORECASE), ("fell", "fallen", "rose", "risen", "traded", "stood", "slipped", "hands", "trade", "trades", "trading", "sell", "sells", "selling", "sold", "climbed", "dropped", "buys", "bought", "fetches", "fetched", "worth", "equals", "equalled", "to", "at", "for", "about", "around", "roughly", "nearly", "almost"))
# ... or a wire story's rate line: "($1 = 0.79 pounds)", "(£1 = €1.17)"
_EQUALS_AFTER = re.compile(r"\s*=\s*[£$€\d]")
_EQUALS_BEFORE = re.compile(r"[£$€]?\d[\d.,]*\s*=\s*$")
_RATE_UNIT_AHEAD = re.compile(r"\s+(?:buys|bought|fetches|fetched|is worth|was worth|equals|equalled)\b")
# a sum set right and refused: "has committed £14.5 million, not £24 million" (the refused sum was never committed)
_REFUSED_BEFORE = re.compile(r"(?:,|;|\s[—–])\s+not\s+(?:the\s+)?$")
# ... or a cited article's headline, in brackets with its date and page: "(Pact's first year cost £24m, 3 February,
# page 14)": a title, as a corrections column cites the article it corrects
_CITED_OPEN = re.compile(r"\([^()\n]{0,100}$")
_CITED_CLOSE = re.compile(r"[^()\n]{0,100}?,\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?,\s+(?:page|p\.)\s?\d{1,3}\)")
# banknotes of a value, plural: their denomination, not an amount
_DENOMINATION_AHEAD = re.compile(r"\s+(?:bank)?notes\b", re.IGNORECASE)
# a hedge before a range's first amount hedges the range: "(about £4,300 to £6,400)"; but after "from" the amounts are
# two points of a change ("risen from about $8,000 to $11,000"), so the far one is as stated
_RANGE_GAP = re.compile(r"\s?(?:to|[-–])\s?$")
_CHANGE_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# The purpose follows "to"/"for" after the amount and runs to the end of the clause.
_PURPOSE_START = re.compile(r"[^,;.()]{0,40}?\b(?:to|for)\s+(?!the same\b)")
_PURPOSE_END = re.compile(
    r"[,;.]|\s(?:and|while|as)\s(?=the same|a further|another|an additional|[£$€\d])|\s[—–]\s|$"
)


# a value put on goods by an estimate: "a car estimated at €35,000", "a boat estimated to be worth $9,000" (an approximate
# sum; the amount's words stay its span, as the dataset quotes them)
_ESTIMATED_AT_BEFORE = re.compile(r"\bestimated\s+(?:to\s+be\s+(?:worth\s+)?|at\s+)$", re.IGNORECASE)
# ... or an estimate's own noun, its sum told after a short clause: "the estimated value when the tender was advertised was
# £45 million", "an estimated cost of £3m" (a forecast, not the sum paid)
_ESTIMATED_VALUE_BEFORE = EndsOnWords(re.compile(r"\bestimated\s+(?:total\s+)?(?:value|cost|worth|price)\b[^.;:!?\n]{0,50}?\s(?:was|is|of|at|stood\s+at)\s+$",
                                     re.IGNORECASE), ("was", "is", "of", "at"))
# a headline's verb of exceeding in the present, after a plural: "Clandestine fines top £14m" (a floor, as "topped" is; the
# parsing's qualifier words leave "top" out: "the top 10" ranks)
# (a headline's "fines top £3.1m" over a body's "paid £3.1m" is the total the body states: a floor only when the body's
# sum is another, "top £14m" over "almost £14.6 million")
_TOP_BEFORE = re.compile(r"\b[a-z]{3,}s\s+top\s+$")
# a fact box's line labelling its sum a maximum: "Maximum grant: £3,000", "- Max. award per family: $1,500" (a ceiling,
# as "up to" is; the label's line only, not prose that names a maximum earlier on)
_MAXIMUM_LABEL_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]*)?(?:Maximum|Max\.)[^\n:]{0,40}:[^\S\n]*$")
# the top of the sums a trade took, told by what they reached: "selling fake permits for sums reaching 4,000 euros", "fees
# reaching $9,000 a head" (up to; a total that reached a level, "the fund reaching £5 million", keeps none)
_SUMS_REACHING_BEFORE = re.compile(r"\b(?=[abcfpsu])(?:sums|prices|fees|fares|amounts|payments|charges|bribes)\s+reaching\s+$",
                                   re.IGNORECASE)
# what a sum "can reach" is its ceiling, the most it runs to: "the fee, which can reach £4,000", "costs can reach $6,000"
# (up to; a total that "reached" or "could reach" a level tells it reached or a forecast, no ceiling)
_CAN_REACH_BEFORE = re.compile(r"\bcan\s+reach\s+$")
# a limit every such sum is held to, not a hedged sum: "every transfer above $10,000 is checked", "any payment over £500",
# "all contracts over £5m" (the limit is the sum the words state; "transfers over $1m reached the gang" keeps its floor)
_EVERY_SUM_BEFORE = re.compile(r"\b(?=[aAeE])(?:[Ee]very|[Ee]ach|[Aa]ny|[Aa]ll)\s+(?:[a-z]+\s+)?(?:transfers?|payments?|transactions?|deposits?|"
                               r"withdrawals?|remittances?|purchases?|donations?|sums?|amounts?|contracts?|invoices?|claims?)\s+$")
# ... or the most a ban lets a person carry or move: "banned from carrying more than £1,000 in cash", "barred from sending
# over $500 a month" (the rule's limit is the sum; "was caught carrying more than £1,000" keeps its floor)
_BANNED_FROM_MOVING_BEFORE = re.compile(r"\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?|forbid(?:s|ding)?|"
                                        r"forbidden|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:\w+\s+){0,2}?from\s+"
                                        r"(?:carrying|holding|keeping|possessing|sending|moving|transferring|withdrawing|"
                                        r"depositing|taking)\s+$", re.IGNORECASE)


def funding_candidates(text: str, sentences: list[tuple[int, int]]) -> list[Candidate]:
    """One candidate per amount of money; an amount in brackets right after another is its conversion. A bare
    "dinar(s)" is the article's dinar (bare_dinar), and a bare "kroner" the krone of the krone country the article
    names, or names far most often (bare_krone; None, unknown, when it names none, or several with none far ahead), and a
    bare "francs" the Swiss franc in an article naming Switzerland (bare_franc; else unknown), as the build reads them
    (amount_basis currency_from_article). A bare number in a text table whose column header names a currency ("Value
    (£)"), or else whose caption names one and a scale ("(£ million)"), is a sum of that currency, scaled (amount_basis
    currency_from_table_heading)."""
    found = money_in(text)
    dinar = bare_dinar(text) if "dinar" in text.lower() else BARE_DINAR
    from_article = {m.currency: BARE_FROM_ARTICLE[m.currency](text) for _, _, m, _ in found if m.currency in BARE_FROM_ARTICLE}
    starts = [f[0] for f in found]
    converted_at = set()
    is_rate = _rate_flags(text)
    rates = [(s, e) for (s, e, _, _), rate in zip(found, is_rate) if rate]
    out = []
    hedged_end = -1  # where the last amount hedged "about" and not after "from" ends
    for (start, end, money, basis), rate in zip(found, is_rate):
        if start in converted_at or rate or _is_unit_of_rate(text, start, end, money, rates):
            continue
        if _is_refused(text, start, end):
            continue
        if _DENOMINATION_AHEAD.match(text, end) and money.amount <= 1000:
            continue  # "a wad of £50 notes": the notes' denomination, no sum ("a single €50 note" is one)
        # a column's bare number is its cell alone: the build reads nothing else of its row
        qstart = start if basis == "currency_from_table_heading" else qualifier_before(text, start)[1]
        if basis == "stated":
            end = qualifier_after(text, end)[1]  # "£1,500 or so"
        # the words the build will parse, qualifier included; a range's end is read as the build reads it
        parsed = _money_or_none(text[qstart:end]) if basis == "stated" else money
        if parsed is None:
            qstart, parsed = start, _money_or_none(text[start:end]) or money
        if parsed.qualifier == "more_than" and qstart < start and _EVERY_SUM_BEFORE.search(text, max(0, qstart - 50), qstart):
            qstart, parsed = start, _money_or_none(text[start:end]) or money  # a limit, no floor: "any payment over £500"
        if parsed.qualifier == "more_than" and qstart < start and _BANNED_FROM_MOVING_BEFORE.search(text, max(0, qstart - 60), qstart):
            qstart, parsed = start, _money_or_none(text[start:end]) or money  # a ban's limit: "banned from carrying more than £1,000"
        qualifier = parsed.qualifier
        if qualifier is None and basis == "stated" and 0 <= start - hedged_end <= 4 and _RANGE_GAP.search(text, hedged_end, start):
            qualifier = "about"
        if qualifier is None and basis == "stated" and (_ESTIMATED_AT_BEFORE.search(text, max(0, qstart - 24), qstart)
                                                        or _ESTIMATED_VALUE_BEFORE.search(text, max(0, qstart - 90), qstart)):
            qualifier = "about"
        if qualifier is None and basis == "stated" and (_MAXIMUM_LABEL_BEFORE.search(text, max(0, qstart - 60), qstart)
                                                        or _SUMS_REACHING_BEFORE.search(text, max(0, qstart - 30), qstart)
                                                        or _CAN_REACH_BEFORE.search(text, max(0, qstart - 16), qstart)):
            qualifier = "up_to"
        if qualifier is None and basis == "stated" and _TOP_BEFORE.search(text, max(0, qstart - 24), qstart) \
                and not any(m.amount == money.amount and m.currency == money.currency for s, _, m, _ in found if s != start):
            qualifier = "more_than"  # ... unless the article states that very sum again: the total reached, no floor
        hedged_end = end if parsed.qualifier == "about" and not _CHANGE_FROM_BEFORE.search(text, max(0, qstart - 6), qstart) else -1
        bare = _is_bare_dinar(parsed) or parsed.currency in BARE_FROM_ARTICLE
        currency = from_article.get(parsed.currency) if parsed.currency in BARE_FROM_ARTICLE else dinar if bare else parsed.currency
        cand = Candidate("funding", 0, 0, {"amount": parsed.amount, "currency": currency,
                                           "qualifier": qualifier,
                                           "amount_basis": "currency_from_article" if bare and basis == "stated" else basis},
                         {"amount": (qstart, end)})
        # the purpose follows the range's words, not its first amount ("$5 to 7 million to train ...")
        tail = end if basis == "stated" else max(end, _words_end(text, start, money.as_written))
        if (m := _CONVERTED.match(text, end)) and (conv := _conversion(text, m)):
            conv, conv_span = conv
            cand.values |= {"converted_amount": conv.amount, "converted_currency": from_article.get(conv.currency) if conv.currency in BARE_FROM_ARTICLE
                           else dinar if _is_bare_dinar(conv) else conv.currency}
            cand.spans["converted"] = conv_span
            k = bisect_left(starts, m.start(0))
            while k < len(starts) and starts[k] < m.end(0):  # the amounts inside the brackets
                converted_at.add(starts[k])
                k += 1
            tail = m.end(0)
        sentence = sentence_at(sentences, qstart)
        # a headline's words are no purpose: the body says what the money is for
        purpose = None if is_heading(text, sentence) else phrase_after(text, tail, sentence[1], _PURPOSE_START, _PURPOSE_END, 3)
        if purpose:
            cand.spans["purpose"] = purpose
        cand.start, cand.end = clause_around(text, sentence, qstart, max(tail, purpose[1] if purpose else tail))
        out.append(cand)
    out.extend(_elided_sums(text, sentences, found))
    return out


# a price just told, its currency with it: "a place to Germany cost 9,500 dollars", "they charged €4,000"
_PRICE_BEFORE = EndsOnWords(re.compile(r"\b(?=[cfpt])(?:cost|costs|costing|charged?|charges|paid|pays?|price\s+(?:was|is)|fare\s+(?:was|is)|"
                           r"fees?\s+(?:was|is|were|are))\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?$",
                           re.IGNORECASE), ("cost", "costs", "costing", "charge", "charged", "charges", "paid", "pay", "pays", "was", "is", "were", "are", "about", "around", "roughly", "nearly", "almost", "some", "over", "than"))
# ... or a sum told per head: "Greece was $5,000 a head"
_PER_HEAD_AHEAD = re.compile(r"\s+(?:a|per)\s+(?:head|person|passenger|seat)\b")
# ... and the next sentence a fragment parallel to it, its sum's currency left out: "To England, the whole way, around
# 13,000." (an opening word and a comma, no verb, the bare number closing it)
# ... or a place's price set beside it, its verb kept and a comparison before the sum: "Greece was $5,000 a head. Germany
# was more, maybe 8,000."
_ELIDED_SUM_SENTENCE = re.compile(r"(?:(?:To|For|From|And|Now|Today|Then|Later|Nowadays)\b[^\d.;:!?\n£$€]{0,60},\s+"
                                  r"|(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?\s+(?:was|is|cost|costs)\s+"
                                  r"(?:(?:more|less|higher|lower|cheaper|dearer|double)\s*,?\s+))"
                                  r"(?P<q>(?:about|around|roughly|nearly|almost|some|over|more\s+than|up\s+to|maybe|perhaps|probably)\s+)?"
                                  r"(?P<n>\d{1,3}(?:,\d{3})+|\d{2,3})[.!]?\s*$")


def _elided_sums(text: str, sentences: list[tuple[int, int]], found: list) -> list[Candidate]:
    """A sum whose currency the sentence before gives with its price ("a place to Germany cost 9,500 dollars. To England,
    the whole way, around 13,000."): that currency's money, as the reader takes it (amount_basis by_reference, its
    currency being the sum's before it), no figure."""
    out = []
    for start, end, money, basis in found:
        if basis != "stated" or not money.currency or not (_PRICE_BEFORE.search(text, max(0, start - 40), start)
                                                           or _PER_HEAD_AHEAD.match(text, end)):
            continue
        here = sentence_at(sentences, start)
        k = sentences.index(here) if here in sentences else -1
        if k < 0 or k + 1 >= len(sentences) or any(here[1] <= s < sentences[k + 1][1] for s, *_ in found):
            continue
        if (m := _ELIDED_SUM_SENTENCE.fullmatch(text, *sentences[k + 1])) is None:
            continue
        qualifier = qualifier_before(text, m.start("n"))[0] if m.group("q") else None
        qstart = m.start("q") if m.group("q") else m.start("n")
        cand = Candidate("funding", 0, 0, {"amount": Decimal(m.group("n").replace(",", "")), "currency": money.currency,
                                           "qualifier": qualifier, "amount_basis": "by_reference"},
                         {"amount": (qstart, m.end("n"))})
        cand.start, cand.end = clause_around(text, sentences[k + 1], qstart, m.end("n"))
        out.append(cand)
    return out


@lru_cache(maxsize=8)
def money_in(text: str) -> list:
    """(start, end, Money, amount_basis) of every amount of money in ``text``, by position; computed once per text.
    A range's first amount ("8" of "between 8 and 12 million dinars", "$5" of "$5–7 million") is read with the
    scale and currency it shares with the range's other end, and a far end with no currency of its own ("7 million"
    of "$5–7 million") with the first's currency (basis shared_from_range), and a bare number in a text table whose
    column header or caption names a currency with it, scaled by the caption (basis currency_from_table_heading), as the
    build reads them."""
    found = sorted(find_money(text), key=lambda f: f[0])
    # a table's sums whose currency is in its column header ("Value (£)") or caption ("(£ million)"): the build reads
    # it from there
    column = [(*c, "currency_from_table_heading") for c in column_money(text)
              if not any(s < c[1] and c[0] < e for s, e, _ in found)]
    shared = {f[0]: (*f, "shared_from_range") for f in [*find_range_starts(text, found), *find_range_ends(text, found)]}
    kept = [(*f, "stated") for f in found if f[0] not in shared]
    return sorted([*kept, *shared.values(), *column], key=lambda f: f[0])


def _is_refused(text: str, start: int, end: int) -> bool:
    """Is the amount at ``text[start:end]`` a sum set right ("…, not £24 million") or a cited headline's?"""
    return bool(_REFUSED_BEFORE.search(text, max(0, start - 12), start)
                or _CITED_CLOSE.match(text, end) and _CITED_OPEN.search(text, max(0, start - 100), start))


def refused_amounts(text: str) -> list[tuple[int, int]]:
    """Where the text gives a sum it refuses or a cited headline's (_is_refused): money, so no figure, but no funding."""
    return [(start, end) for start, end, _, _ in money_in(text) if _is_refused(text, start, end)]


def _is_bare_dinar(money) -> bool:
    return money.currency == BARE_DINAR and names_no_dinar(money.as_written)


def _words_end(text: str, start: int, words: str) -> int:
    """Where ``words``, which hold ``text[start]``, end in ``text``."""
    return text.find(words, max(0, start - len(words))) + len(words)


def exchange_rates(text: str) -> list[tuple[int, int]]:
    """Where the text gives an exchange rate ("$1.27 to the pound", "$1.34 to £1"): amounts that are neither
    funding nor a figure."""
    found = money_in(text)
    rates = [(start, end) for (start, end, _, _), rate in zip(found, _rate_flags(text)) if rate]
    return sorted(rates + [(start, end) for start, end, money, _ in found if _is_unit_of_rate(text, start, end, money, rates)])


@lru_cache(maxsize=8)
def _rate_flags(text: str) -> tuple[bool, ...]:
    """Whether each amount of money_in(text) is an exchange rate (_is_rate): computed once per text, for the funding and the
    rates both ask."""
    return tuple(_is_rate(text, end, basis, start) for start, end, _, basis in money_in(text))


def _is_rate(text: str, end: int, basis: str, start: int) -> bool:
    # "£2 to £3 million" reads like a rate ("$1.27 to £1") but is a range
    return basis == "stated" and (_RATE_AFTER.match(text, end) is not None or _EQUALS_AFTER.match(text, end) is not None
                                  or _RATE_PAIR_AFTER.match(text, end) is not None
                                  or _RATE_BEFORE.search(text, max(0, start - 60), start) is not None
                                  or _EQUALS_BEFORE.search(text, max(0, start - 20), start) is not None)


def _is_unit_of_rate(text: str, start: int, end: int, money, rates: list[tuple[int, int]]) -> bool:
    # a rate's other side, one unit of a currency: "£1" of "$1.34 to £1", whose words the rate's own end inside
    # (the "£3 million" of the range "£2 to £3 million" is no unit), or "One dollar buys ...", or a hundred after "per"
    return money.amount in (1, 100) and (money.amount == 1 and _RATE_UNIT_AHEAD.match(text, end) is not None
                                         or any((m := _RATE_AFTER.match(text, e)) and m.start() < start < m.end() for _, e in rates))


def _conversion(text: str, m: re.Match):
    """(Money, span) of the amount a bracket after an amount converts it to: "(about $1.5 million)",
    "(£4.2 million)", "(about $1.4 million at $1.29 to the pound)"; None if it holds no amount."""
    whole = m.group(0).lstrip()
    if conv := _money_or_none(whole):  # "($380,000)": the brackets too, as the articles' annotations cite it
        return conv, (m.end(0) - len(whole), m.end(0))
    inner_start, inner = m.start(1), m.group(1)
    for words in (inner, _CONVERSION_TAIL.sub("", inner)):
        if conv := _money_or_none(words):
            return conv, (inner_start, inner_start + len(words.rstrip()))
    return None


def _money_or_none(words: str):
    try:
        return parse_money(words)
    except ParseError:
        return None
