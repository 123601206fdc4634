"""Every entry of every word, scale, multiplier and symbol table, against a list written here by hand:
a changed entry fails the equality test and the parser tests over the hand-written list."""

import re
import string
from datetime import date
from decimal import Decimal
from itertools import islice

import pytest

from uis_build.parsing import (
    ParseError,
    geography,
    instruments,
    money,
    numbers,
    parse_money,
    parse_number,
    parse_quantity,
    periods,
)
from uis_build.parsing.money import find_money
from uis_build.parsing.numbers import FOLDED_TO, find_quantities, qualifier_before, words_to_number

UNITS = dict(zero=0, one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10, eleven=11, twelve=12,
             thirteen=13, fourteen=14, fifteen=15, sixteen=16, seventeen=17, eighteen=18, nineteen=19)
TENS = dict(twenty=20, thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90)
SCALES = dict(hundred=100, thousand=1000, million=10**6, billion=10**9, trillion=10**12)
SHORT_SCALES = dict(k=1000, m=10**6, mn=10**6, bn=10**9, b=10**9)
MULTIPLIERS = dict(doubled=2, tripled=3, trebled=3, quadrupled=4, halved=Decimal("0.5"), threefold=3, fourfold=4, fivefold=5,
                   sixfold=6, sevenfold=7, eightfold=8, ninefold=9, tenfold=10)
BASE_MULTIPLIERS = dict(double=2, triple=3, treble=3, quadruple=4)
VAGUE_PLURALS = dict(tens=10, dozens=12, scores=20, hundreds=100, thousands=1000, millions=10**6, billions=10**9)
SCRIPT_SCALES = {"ألف": 1000, "الف": 1000, "آلاف": 1000, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9,
                 "مليارات": 10**9, "هزار": 1000, "میلیون": 10**6, "میلیارد": 10**9, "هەزار": 1000, "ملیۆن": 10**6,
                 "ملیار": 10**9}
QUALIFIERS = {
    "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
    "upwards of": "more_than", "exceeds": "more_than", "exceeded": "more_than", "exceeding": "more_than",
    "surpassed": "more_than", "surpasses": "more_than", "surpassing": "more_than", "topped": "more_than",
    "tops": "more_than", "topping": "more_than", "pass": "more_than", "passes": "more_than", "passed": "more_than",
    "passing": "more_than", "just over": "more_than", "a little over": "more_than", "a little more than": "more_than",
    "slightly over": "more_than", "slightly more than": "more_than",
    "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least", "not less than": "at_least",
    "not fewer than": "at_least", "no more than": "up_to", "not more than": "up_to", "nearly": "nearly", "almost": "nearly", "just under": "nearly",
    "close to": "nearly", "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "some": "about", "an estimated": "about", "the estimated": "about",
    "nearer": "about", "nearer to": "about", "closer to": "about", "in the region of": "about", "something like": "about",
    "maybe": "about", "perhaps": "about", "an estimated cost of": "about", "an estimated value of": "about",
    "an estimated total of": "about", "an estimated price of": "about", "an estimated bill of": "about",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
}
SYMBOLS = {"US$": "USD", "£": "GBP", "€": "EUR", "$": "USD", "¥": "JPY", "₹": "INR", "JD": "JOD", "Dh": "AED"}
NAMES = {"pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR", "euro": "EUR",
         "british pounds": "GBP", "british pound": "GBP",
         "us dollars": "USD", "dollars": "USD", "dollar": "USD", "iraqi dinars": "IQD", "iraqi dinar": "IQD",
         "jordanian dinars": "JOD", "jordanian dinar": "JOD", "kuwaiti dinars": "KWD", "kuwaiti dinar": "KWD",
         "bahraini dinars": "BHD", "bahraini dinar": "BHD", "libyan dinars": "LYD", "libyan dinar": "LYD",
         "serbian dinars": "RSD", "serbian dinar": "RSD",
         "dinars": "IQD", "dinar": "IQD", "turkish liras": "TRY", "turkish lira": "TRY", "liras": "TRY", "lira": "TRY",
         "polish złoty": "PLN", "polish zloty": "PLN", "złotys": "PLN", "złoty": "PLN", "zlotys": "PLN", "zloty": "PLN",
         "zł": "PLN",
         "hungarian forints": "HUF", "hungarian forint": "HUF", "forints": "HUF", "forint": "HUF",
         "moldovan lei": "MDL", "moldovan leu": "MDL", "romanian lei": "RON", "romanian leu": "RON", "lei": "RON", "leu": "RON",
         "bulgarian leva": "BGN", "bulgarian lev": "BGN", "leva": "BGN", "lev": "BGN",
         "macedonian denars": "MKD", "macedonian denari": "MKD", "macedonian denar": "MKD", "denars": "MKD",
         "denari": "MKD", "denar": "MKD",
         "convertible marks": "BAM", "convertible mark": "BAM",
         "czech korunas": "CZK", "czech koruna": "CZK", "czech crowns": "CZK", "korunas": "CZK", "koruna": "CZK", "korun": "CZK",
         # the krone: a name with its country says which; a bare one is its article's (money.bare_krone)
         "norwegian kroner": "NOK", "norwegian kronor": "NOK", "norwegian krone": "NOK", "norwegian krona": "NOK",
         "swedish kroner": "SEK", "swedish kronor": "SEK", "swedish krone": "SEK", "swedish krona": "SEK",
         "danish kroner": "DKK", "danish kronor": "DKK", "danish krone": "DKK", "danish krona": "DKK",
         "kroner": "kroner", "kronor": "kroner", "krone": "kroner", "krona": "kroner",
         # the rouble: a bare one is Russia's; Belarus's only by name
         "russian roubles": "RUB", "russian rouble": "RUB", "russian rubles": "RUB", "russian ruble": "RUB",
         "belarusian roubles": "BYN", "belarusian rouble": "BYN", "belarusian rubles": "BYN", "belarusian ruble": "BYN",
         "roubles": "RUB", "rouble": "RUB", "rubles": "RUB", "ruble": "RUB",
         # the franc: the Swiss one by name; a bare one is its article's (money.bare_franc)
         "swiss francs": "CHF", "swiss franc": "CHF", "francs": "francs", "franc": "francs",
         # the riyal: Saudi Arabia's or Qatar's by name; a bare one is its article's (money.bare_riyal)
         "saudi riyals": "SAR", "saudi riyal": "SAR", "qatari riyals": "QAR", "qatari riyal": "QAR",
         "riyals": "riyals", "riyal": "riyals",
         # the Caucasus' currencies, named as a bracketed conversion names them (a bare singular "dram" is no money)
         "georgian lari": "GEL", "georgian laris": "GEL", "laris": "GEL", "lari": "GEL",
         "armenian drams": "AMD", "armenian dram": "AMD", "drams": "AMD",
         "azerbaijani manats": "AZN", "azerbaijani manat": "AZN", "manats": "AZN", "manat": "AZN"}
KRONER = {"norwegian": "NOK", "swedish": "SEK", "danish": "DKK"}
KRONE_WORDS = ("kroner", "kronor", "krone", "krona")
MONTHS = dict(january=1, february=2, march=3, april=4, may=5, june=6, july=7, august=8, september=9, october=10,
              november=11, december=12)
MONTH_ABBREVIATIONS = dict(jan=1, feb=2, mar=3, apr=4, may=5, jun=6, jul=7, aug=8, sep=9, sept=9, oct=10, nov=11, dec=12)
WEEKDAYS = dict(monday=0, tuesday=1, wednesday=2, thursday=3, friday=4, saturday=5, sunday=6)


def test_the_tables_are_the_hand_written_ones():
    assert numbers.UNITS == UNITS and numbers.TENS == TENS and numbers.SCALES == SCALES
    assert numbers.SHORT_SCALES == SHORT_SCALES and numbers.MULTIPLIERS == MULTIPLIERS
    assert numbers.BASE_MULTIPLIERS == BASE_MULTIPLIERS
    assert numbers.VAGUE_PLURALS == VAGUE_PLURALS and numbers.SCRIPT_SCALES == SCRIPT_SCALES and numbers.DOZEN == 12
    assert {w: q for q, words in numbers.QUALIFIERS.items() for w in words} == QUALIFIERS
    assert money.SYMBOLS == SYMBOLS and money.NAMES == NAMES
    assert periods.MONTHS == MONTHS and periods.MONTH_ABBREVIATIONS == MONTH_ABBREVIATIONS
    assert periods.WEEKDAYS == WEEKDAYS


# -- numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, value", [*UNITS.items(), *TENS.items()])
def test_every_number_word(word, value):
    assert parse_number(word) == parse_number(word.upper()) == words_to_number(word) == value
    assert parse_quantity(f"over {word} people") == numbers.Quantity(Decimal(value), "more_than", f"over {word} people")
    if value:
        assert parse_number(f"{word} hundred") == value * 100
        assert parse_number(f"{word} thousand") == value * 1000


@pytest.mark.parametrize("tens, unit", [(t, u) for t in TENS for u in list(UNITS)[1:10]])
def test_every_compound_number_word(tens, unit):
    value = TENS[tens] + UNITS[unit]
    assert parse_number(f"{tens}-{unit}") == parse_number(f"{tens} {unit}") == value
    assert parse_number(f"three hundred and {tens}-{unit}") == 300 + value


@pytest.mark.parametrize("scale, value", SCALES.items())
def test_every_scale_word(scale, value):
    assert parse_number(f"five {scale}") == parse_number(f"5 {scale}") == 5 * value
    assert parse_number(f"a {scale}") == value and parse_number(f"half a {scale}") == value // 2
    assert type(words_to_number(f"half a {scale}")) is int  # a count stays whole: no float from halving
    assert parse_number(f"2.5 {scale.upper()}") == Decimal("2.5") * value
    assert parse_money(f"£5 {scale}").amount == 5 * value
    assert parse_money(f"twelve {scale} pounds").amount == 12 * value


@pytest.mark.parametrize("text, value", [
    ("five thousand", 5000), ("three hundred and twenty", 320), ("a hundred and twenty", 120), ("seventy", 70),
    ("nine hundred ninety-nine", 999), ("a dozen", 12), ("two dozen", 24), ("half a dozen", 6),
    ("a couple of", 2), ("a couple of hundred", 200), ("a hundred thousand", 100_000), ("half a million", 500_000), ("a quarter of a million", 250_000), ("three quarters of a billion", 750_000_000),
    ("zero", 0), ("twenty thousand", 20_000),
])
def test_number_phrases(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value", [
    ("five thousand", 5000), ("thousand", 1000), ("a thousand", 1000), ("two million three hundred thousand and five", 2_300_005),
    ("one billion two million", 1_002_000_000), ("hundred", 100), ("a hundred and twenty", 120), ("a dozen", 12), ("dozen", 12), ("three dozen", 36), ("forty-two", 42),
])
def test_words_to_number(text, value):
    assert words_to_number(text) == value


@pytest.mark.parametrize("text, value", [("75 million people", 75_000_000), ("two hundred thousand migrants", 200_000),
                                         ("3,041 deaths", 3041), ("a hundred thousand", 100_000), ("٣٠٠ ألف شخص", 300_000)])
def test_a_quantity_takes_its_magnitude_before_the_noun(text, value):
    assert parse_quantity(text).value == value


def test_qualifiers_are_matched_longest_first():
    # "more" before "more than" would leave "than 5" to parse: the phrases are tried longest first
    lengths = [len(words) for words, _ in numbers._QUALIFIER_WORDS]
    assert lengths == sorted(lengths, reverse=True) and len(lengths) == len(QUALIFIERS)


@pytest.mark.parametrize("text", ["hundred", "a", "a couple", "dozen", "and", "", "eleventy", "five hundreds",
                                  "half a couple of", "1٣", "३००", "٣٠٠۳"])
def test_not_numbers(text):
    with pytest.raises(ParseError, match="expected a number|no number words|not a number word"):
        parse_number(text)


@pytest.mark.parametrize("short, value", SHORT_SCALES.items())
def test_every_short_scale(short, value):
    assert parse_number(f"5{short}") == parse_number(f"5 {short}") == parse_number(f"5{short.upper()}") == 5 * value
    assert parse_money(f"$5{short}").amount == 5 * value  # "$5mn" is five million, never 0 or 5
    assert parse_money(f"€1.5{short}") == money.Money(Decimal("1.5") * value, "EUR", None, f"€1.5{short}")


@pytest.mark.parametrize("word, value", [*MULTIPLIERS.items(), *BASE_MULTIPLIERS.items()])
def test_every_multiplier(word, value):
    assert parse_quantity(word) == numbers.Quantity(Decimal(value), None, word)
    assert parse_quantity(f"almost {word.title()}").value == value
    assert [(q.value, q.qualifier) for *_, q in find_quantities(f"Arrests nearly {word}.")] == [(value, "nearly")]


@pytest.mark.parametrize("words, qualifier", QUALIFIERS.items())
def test_every_qualifier(words, qualifier):
    assert parse_quantity(f"{words} 5,000").qualifier == qualifier
    assert parse_quantity(f"{words.upper()} 5,000").value == 5000
    text = f"they said {words} 650,000 came"
    assert qualifier_before(text, text.index("650")) == (qualifier, text.index(words))
    assert parse_money(f"{words} £5m").qualifier == qualifier


@pytest.mark.parametrize("plural, unit", VAGUE_PLURALS.items())
def test_every_vague_plural_is_its_floor_at_least(plural, unit):
    if plural != "tens":  # "tens" only counts tens of something: "tens of thousands"
        assert parse_quantity(f"{plural} of people") == numbers.Quantity(Decimal(2 * unit), "at_least",
                                                                         f"{plural} of people")
        assert parse_quantity(f"more than {plural} of").qualifier == "more_than"  # a written qualifier wins
    else:
        with pytest.raises(ParseError):
            parse_quantity("tens of people")
    text = f"It said {plural} of thousands of families fled."
    found = [(text[s:e], q.value, q.qualifier) for s, e, _, q in find_quantities(text, vague=True)]
    if plural in ("tens", "dozens", "hundreds"):  # the plurals that count thousands
        assert found == [(f"{plural} of thousands", 2 * unit * 1000, "at_least")]
    else:
        assert found == [(plural, 2 * unit, "at_least"), ("thousands", 2000, "at_least")]
    assert [q for *_, q in find_quantities(text)] == []  # off by default


def test_vague_plurals_in_running_text():
    text = ("Hundreds died, scores of boats sank, test scores rose, about a dozen men and dozens of women fled; "
            "a couple of boats, a couple from Ranya, tens of thousands left.")
    found = [(text[s:e], q.value, q.qualifier) for s, e, _, q in find_quantities(text, vague=True)]
    assert found == [("Hundreds", 200, "at_least"), ("scores", 40, "at_least"), ("about a dozen", 12, "about"),
                     ("dozens", 24, "at_least"), ("a couple of", 2, None), ("tens of thousands", 20_000, "at_least")]


# -- other scripts' digits ------------------------------------------------------------------------

@pytest.mark.parametrize("i", range(10))
def test_every_arabic_indic_and_persian_digit(i):
    arabic, persian = chr(0x660 + i), chr(0x6F0 + i)
    assert parse_number(arabic) == parse_number(persian) == i
    assert parse_number(f"{arabic}{arabic}٫{arabic}") == parse_number(f"{persian}{persian}.{persian}") == Decimal(f"{i}{i}.{i}")
    assert parse_number(f"١٬{arabic}{arabic}{arabic}") == parse_number(f"۱,{persian}{persian}{persian}") == 1000 + 111 * i


@pytest.mark.parametrize("word, value", SCRIPT_SCALES.items())
def test_every_script_scale_word(word, value):
    assert parse_number(f"٣٠٠ {word}") == parse_number(f"۳۰۰ {word}") == 300 * value
    text = f"قال ٣٠٠ {word} شخص"
    assert [(text[s:e], q.value) for s, e, _, q in find_quantities(text)] == [(f"٣٠٠ {word}", 300 * value)]
    assert parse_money(f"$٣٠٠ {word}").amount == 300 * value  # never $300


def test_digits_of_other_scripts_are_not_read_in_part():
    text = "٣٠٠ and ١٬٢٠٠٫٥ and ۴۵ and ३०० and 1٣ and ٣٠٠۳"
    assert [(text[s:e], q.value) for s, e, _, q in find_quantities(text)] == [
        ("٣٠٠", 300), ("١٬٢٠٠٫٥", Decimal("1200.5")), ("۴۵", 45)]
    from uis_build.parsing.mentions import find_mentions

    # every run of digits is a mention for the coverage audit, read or not
    assert [m.text for m in find_mentions(text)] == ["٣٠٠", "١٬٢٠٠٫٥", "۴۵", "३००", "1٣", "٣٠٠۳"]


# -- money ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("symbol, code", SYMBOLS.items())
def test_every_currency_symbol(symbol, code):
    assert parse_money(f"{symbol}5") == money.Money(Decimal(5), code, None, f"{symbol}5")
    assert parse_money(f"({symbol}300,000)").currency == code
    text = f"It gave {symbol}75 million."
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == [(f"{symbol}75 million", 75 * 10**6, code)]


@pytest.mark.parametrize("name, code", NAMES.items())
def test_every_currency_name(name, code):
    assert parse_money(f"300,000 {name}") == money.Money(Decimal(300_000), code, None, f"300,000 {name}")
    assert parse_money(f"five {name.upper()}").currency == code
    text = f"It gave 2 million {name.title()}."
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == [(f"2 million {name.title()}", 2 * 10**6, code)]


@pytest.mark.parametrize("text", ["(£5m", "£5m)", "((£5m)", "£", "£5,000,00", "3.5.6 euros", "£5m pounds extra"])
def test_money_in_half_brackets_or_cut_numbers_is_refused(text):
    with pytest.raises(ParseError):
        parse_money(text)


@pytest.mark.parametrize("text, found", [
    ("often pounds", []), ("5,000,00 pounds", []), ("a1,200 pounds", []), ("3.5.6 euros", []),
    ("NCA 300 pounds", [("300 pounds", 300, "GBP")]), ("KRG KRG 5 USD", [("5 USD", 5, "USD")]),
    ("ABC 5 and XYZ 7 euros", [("7 euros", 7, "EUR")]), ("half a million pounds", [("half a million pounds", 500_000, "GBP")]),
    ("a quarter of a million pounds", [("a quarter of a million pounds", 250_000, "GBP")]),
])
def test_find_money_takes_whole_amounts_only_and_moves_on(text, found):
    # islice: a finder stuck on one match would repeat it, not end
    assert [(text[s:e], m.amount, m.currency) for s, e, m in islice(find_money(text), 10)] == found


# -- places and instruments -----------------------------------------------------------------------

def test_every_alias_and_instrument_type():
    assert geography.ALIASES == {
        "uk": "GB", "britain": "GB", "great britain": "GB", "british": "GB", "the uk": "GB", "kri": "IQ-KR",
        "krg": "IQ-KR", "kurdistan region": "IQ-KR", "kurdistan region of iraq": "IQ-KR", "iraqi kurdistan": "IQ-KR",
        "iraqi": "IQ", "iraqis": "IQ"}
    for alias, code in geography.ALIASES.items():
        assert geography.lookup_code(f" {alias.title()} ") == code
    assert geography.lookup_code("Iraq") == "IQ" and geography.lookup_code("Atlantis") is None
    assert geography.code_name("IQ-KR") and geography.code_name("GB") == "United Kingdom"
    assert geography.code_name("XX") is None and geography.code_name("IQ-XX") is None
    assert [kind for _, kind in instruments.INSTRUMENT_TYPES] == [
        "joint_statement", "memorandum_of_understanding", "declaration_of_intent", "treaty"]
    for text, kind in [("a Joint Statement", "joint_statement"), ("an MoU", "memorandum_of_understanding"),
                       ("memoranda of understanding", "memorandum_of_understanding"), ("a memorandum", "memorandum_of_understanding"),
                       ("letter of intent", "declaration_of_intent"), ("the Treaty", "treaty"), ("treatyless", None)]:
        assert instruments.instrument_type(text) == kind


# -- the krone ----------------------------------------------------------------------------------------------------------


def test_the_krone_tables_are_the_hand_written_ones():
    assert money.KRONER == KRONER and money.KRONE_WORDS == KRONE_WORDS and money.BARE_KRONE == "kroner"
    assert money.KRONE_COUNTRIES == {"norway": "NOK", "norwegian": "NOK", "norwegians": "NOK", "sweden": "SEK", "swedish": "SEK",
                                     "swedes": "SEK", "denmark": "DKK", "danish": "DKK", "danes": "DKK"}


@pytest.mark.parametrize("word, code", [("norway", "NOK"), ("norwegian", "NOK"), ("norwegians", "NOK"), ("sweden", "SEK"),
                                        ("swedish", "SEK"), ("swedes", "SEK"), ("denmark", "DKK"), ("danish", "DKK"),
                                        ("danes", "DKK")])
def test_every_krone_country_word_decides_a_bare_krone(word, code):
    assert money.bare_krone(f"They heard of {word.title()} and got 9,000 kroner.") == code
    assert money.bare_krone(f"They heard of {word}s2 and got 9,000 kroner.") is None  # a whole word only




@pytest.mark.parametrize("code", sorted(set(KRONER.values())))
def test_every_krone_code_is_an_iso_4217_code_the_funding_table_takes(code):
    import pycountry
    assert money.currency_code(code) == code and pycountry.currencies.get(alpha_3=code) is not None
    text = f"The grant was {code} 40,000 or 40,000 {code}."
    assert [(m.amount, m.currency) for _, _, m in find_money(text)] == [(40_000, code), (40_000, code)]
    # the bare krone's placeholder is no code at all: the build's [A-Z]{3} pattern and its iso4217 check refuse it
    assert pycountry.currencies.get(alpha_3=money.BARE_KRONE.upper()) is None and not money.BARE_KRONE.isupper()


@pytest.mark.parametrize("code, known", [("GBP", True), ("BGN", True), ("HRK", True), ("bgn", False), ("Gbp", False),
                                         ("XYZ", False)])
def test_a_currency_code_is_iso_4217_or_withdrawn_for_the_euro_in_capitals(code, known):
    if known:
        assert money.currency_code(code) == code
    else:
        with pytest.raises(ParseError, match="unknown currency"):
            money.currency_code(code)


def test_the_franc_tables_are_the_hand_written_ones():
    assert money.FRANCS == {"swiss": "CHF"} and money.FRANC_WORDS == ("francs", "franc") and money.BARE_FRANC == "francs"
    assert money.FRANC_COUNTRIES == {"switzerland": "CHF", "swiss": "CHF"}
    assert money.BARE_FROM_ARTICLE == {"kroner": money.bare_krone, "francs": money.bare_franc, "riyals": money.bare_riyal}
    import pycountry
    # the bare franc's placeholder is no code at all: the build's [A-Z]{3} pattern and its iso4217 check refuse it
    assert pycountry.currencies.get(alpha_3=money.BARE_FRANC.upper()) is None and not money.BARE_FRANC.isupper()


# -- a range of days over the turn of a month (fixh98) ------------------------------------------------

@pytest.mark.parametrize("text, reference, future, edtf", [
    ("30 June and 1 July", "2026-07-20", False, "2026-06-30/2026-07-01"),
    ("on the 30th of June to the 2nd of July", "2026-07-20", False, "2026-06-30/2026-07-02"),
    ("30 June - 1 July 2024", None, False, "2024-06-30/2024-07-01"),
    ("30 June and 1 July", "2026-06-10", True, "2026-06-30/2026-07-01"),
    ("31 December and 1 January 2026", None, False, "2025-12-31/2026-01-01"),  # the year told is the last day's
    ("31 December and 1 January", "2026-01-20", False, "2025-12-31/2026-01-01"),
])
def test_fixh98_a_day_range_over_the_turn_of_a_month(text, reference, future, edtf):
    assert periods.parse_when(text, reference=reference, future=future).edtf == edtf


def test_fixh98_a_day_range_naming_one_day_twice_is_refused():
    with pytest.raises(ParseError):
        periods.parse_when("30 June and 30 June 2026")


@pytest.mark.parametrize("text", ["5 May and 6 June", "30 June and 2 July 2024", "29 June and 1 July", "28 April and 1 May 2025",
                                  "31 March and 1 May"])
def test_two_days_of_different_months_joined_by_and_are_no_range_unless_the_one_runs_into_the_other(text):
    with pytest.raises(ParseError):  # ("on 5 May and 6 June": two days, not the month between them)
        periods.parse_when(text, reference="2025-07-20")


@pytest.mark.parametrize("text, edtf", [("28 February and 1 March 2025", "2025-02-28/2025-03-01"),
                                        ("29 February and 1 March 2024", "2024-02-29/2024-03-01"),
                                        ("30 April and 1 May 2025", "2025-04-30/2025-05-01"),
                                        ("from 5 May to 6 June 2025", "2025-05-05/2025-06-06")])
def test_the_last_day_of_a_month_and_the_first_of_the_next_or_any_two_days_with_to_are_a_range(text, edtf):
    assert periods.parse_when(text).edtf == edtf


# -- each period's basis says how it was read (the mutation run changed these words and no test noticed) ----------------

@pytest.mark.parametrize("text, basis", [
    ("June next year", "June of the year after the reference date 2024-11-26"),
    ("June last year", "June of the year before the reference date 2024-11-26"),
    ("June this year", "June of the year of the reference date 2024-11-26"),
    ("year ending June 2024", "stated"),
])
def test_a_period_s_basis_names_how_it_was_read(text, basis):
    assert periods.parse_when(text, reference="2024-11-26").basis == basis


def test_a_period_before_another_names_it_in_its_basis():
    nine_months = periods.parse_period("first nine months of 2024", "2024-11-26")
    earlier = periods.parse_period("the previous year", "2024-11-26", relative_to=nine_months)
    assert earlier.basis == "one year before 2024-01/2024-09 ('first nine months of 2024')"


@pytest.mark.parametrize("text", ["26 November 2024,", "on 26 November 2024.", "dated 26 November 2024"])
def test_a_date_keeps_its_day_after_a_trailing_comma_or_stop_or_a_leading_word(text):
    assert periods.parse_date(text) == (date(2024, 11, 26), "stated")


# -- the riyal (fixo100) ------------------------------------------------------------------------------------------------


def test_fixo100_the_riyal_tables_are_the_hand_written_ones():
    assert money.RIYALS == {"saudi": "SAR", "qatari": "QAR"} and money.RIYAL_WORDS == ("riyals", "riyal")
    assert money.BARE_RIYAL == "riyals"
    assert money.RIYAL_COUNTRIES == {"saudi": "SAR", "saudis": "SAR", "qatar": "QAR", "qatari": "QAR", "qataris": "QAR"}
    import pycountry
    # the bare riyal's placeholder is no code at all: the build's [A-Z]{3} pattern and its iso4217 check refuse it
    assert pycountry.currencies.get(alpha_3=money.BARE_RIYAL.upper()) is None and not money.BARE_RIYAL.isupper()


@pytest.mark.parametrize("word, code", [("saudi", "SAR"), ("saudis", "SAR"), ("qatar", "QAR"), ("qatari", "QAR"),
                                        ("qataris", "QAR"), ("SAR", "SAR"), ("QAR", "QAR")])
def test_fixo100_every_riyal_country_word_decides_a_bare_riyal(word, code):
    assert money.bare_riyal(f"They heard of {word.title() if word.islower() else word} and got 9,000 riyals.") == code
    assert money.bare_riyal(f"They heard of {word}s2 and got 9,000 riyals.") is None  # a whole word only


@pytest.mark.parametrize("code", ["QAR", "SAR"])
def test_fixo100_every_riyal_code_is_an_iso_4217_code_the_funding_table_takes(code):
    import pycountry
    assert money.currency_code(code) == code and pycountry.currencies.get(alpha_3=code) is not None


@pytest.mark.parametrize("town", [f(t) for t in money.SERBIAN_DATELINE_TOWNS for f in (str, str.upper)])
def test_fixa105_a_serbian_dateline_makes_a_bare_dinar_serbian(town):
    assert money.bare_dinar(f"{town}, 3 March 2025 (Dnevnik Vojvodine) — The driver was fined 80,000 dinars.") == "RSD"


def test_the_characters_taken_for_a_letter_ignoring_case_are_its_two_cases_and_the_folded_ones():
    # the fast paths' case-blind starts (numbers.case_blind_starts) write each letter with all it matches ignoring case
    every = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        found = {m.group() for m in re.finditer(letter, every, re.IGNORECASE)}
        assert found == {letter, letter.upper(), *FOLDED_TO.get(letter, "")}, letter
