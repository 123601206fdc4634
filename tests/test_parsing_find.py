"""The finders the drafting tool adds to the parsers: they locate what parse_* already reads."""

from decimal import Decimal

import pytest

from uis_build.drafting import propose
from uis_build.parsing.money import (
    find_money,
    find_range_ends,
    find_range_starts,
    parse_money,
    range_end,
    range_start,
    range_stated_end,
)
from uis_build.parsing.numbers import QUALIFIERS, QUALIFIERS_AFTER, find_quantities, qualifier_after, qualifier_before
from uis_build.parsing.periods import find_periods


def test_find_money_is_not_hidden_by_three_letter_words():
    text = "It paid for 300,000 pounds, the £5m fund and 1,200 euros; per 40 USD; IQD 3 billion."
    found = [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)]
    assert found == [("300,000 pounds", 300_000, "GBP"), ("£5m", 5_000_000, "GBP"), ("1,200 euros", 1_200, "EUR"),
                     ("40 USD", 40, "USD"), ("IQD 3 billion", 3_000_000_000, "IQD")]


def test_find_quantities_takes_the_qualifier_and_splits_and():
    text = "over 5,000 people, almost doubled, between two and three, one hundred and twenty, at least forty"
    found = [(text[s:e], q.value, q.qualifier) for s, e, _, q in find_quantities(text)]
    assert found == [("over 5,000", 5_000, "more_than"), ("almost doubled", 2, "nearly"), ("two", 2, None),
                     ("three", 3, None), ("one hundred and twenty", 120, None), ("at least forty", 40, "at_least")]
    assert qualifier_before("paid up to £5m", 11) == ("up_to", 5)


def test_find_periods_finds_what_parse_period_reads():
    text = ("in 2023, the first half of 2024, the year ending March, year ending March 2024, since 2019, "
            "2022–2023, last year, the previous year, the 2012 law")
    found = [(text[s:e], p.edtf if p else None) for s, e, p in find_periods(text)]
    # "the previous year" is read against the last period resolved before it in its paragraph
    assert found == [("in 2023", "2023"), ("first half of 2024", "2024-01/2024-06"), ("year ending March", None),
                     ("year ending March 2024", "2023-04/2024-03"), ("since 2019", "2019/.."),
                     ("2022–2023", "2022/2023"), ("last year", None), ("the previous year", "2021/2022")]
    assert [p.edtf for _, _, p in find_periods("last year", reference="2025")] == ["2024"]


def test_find_periods_reads_relative_periods_against_the_last_one_in_the_paragraph():
    text = ("The region recorded 87 cases between January and September 2024, against 64 in the same period of 2023 "
            "and 50 the previous year; over those nine months 12 died. In October, 9 more.\n\n"
            "The previous year is another paragraph's. Since July 2024, 5; in may be; in May 2025.")
    found = [(text[s:e], p.edtf if p else None) for s, e, p in find_periods(text, reference="2024-11-26")]
    assert found == [("between January and September 2024", "2024-01/2024-09"),
                     ("in the same period of 2023", "2023-01/2023-09"), ("the previous year", "2022-01/2022-09"),
                     ("over those nine months", "2022-01/2022-09"), ("In October", "2024-10"),
                     ("The previous year", None), ("Since July 2024", "2024-07/.."), ("May 2025", "2025-05")]
    # a relative period with nothing resolved before it, or one that does not fit it, gives None or nothing
    assert [(text[s:e], p) for text in ["the same period of 2023"] for s, e, p in find_periods(text)] == \
        [("the same period of 2023", None)]
    assert [p for _, _, p in find_periods("in 2023 and over those nine months")][1:] == [None]


def test_numbers_that_are_not_figures_are_not_proposed():
    text = ("On 26 November 2024 the minister, 54, made a three-day visit. Call 0750 123 4567 or 101 for help. "
            "Article 5 and Covid-19 rules apply; quote reference 46/12345/24. The 2012 law names one of the "
            "two countries. At 10:30 he said 43 people drowned and arrests had doubled since 2019.")
    stats = [c for c in propose(text) if c.table == "statistics"]
    assert [text[slice(*c.spans["value"])] for c in stats] == ["43", "doubled"]
    assert stats[1].values["unit"] == "ratio" and stats[1].values["value"] == Decimal(2)


# -- the fast paths find exactly what the plain patterns find ---------------------------------

def _plain_find_money(text: str):
    """find_money as first written: the one full pattern from every position, no fast path."""
    from uis_build.parsing import money

    pos, out = 0, []
    while m := money.MONEY_RE.search(text, pos):
        code = m.group("code1") or m.group("code2")
        if code and not money._is_currency(code):
            pos = m.start() + 1
            continue
        out.append((m.start(), m.end(), money._match_to_money(m, None, m.group(0))))
        pos = m.end()
    return out


def test_find_money_fast_path_finds_what_the_full_pattern_finds():
    import random

    tokens = ["£", "$", "US$", "€", "5", "1,200", "3.5", "five", "TEN", "hundred", "million", "m", "bn", "pounds",
              "POUNDS", "Dollars", "euros", "dinars", "sterling", "USD", "GBP", "NCA", "KRG", "XUSD", "usd", "for",
              "and", "often", "the", ",", ".", "(", ")", "-", "\u017fterling", "\u0130QD", "d\u0131nars", "\n"]
    rng = random.Random(20261201)
    texts = ["".join(rng.choice(tokens) + rng.choice(["", " ", "  "]) for _ in range(rng.randrange(1, 30)))
             for _ in range(4000)]
    for text in texts:
        assert [(s, e, m) for s, e, m in find_money(text)] == _plain_find_money(text), text


def test_fold_compares_letters_as_ignorecase_does_over_all_of_unicode():
    # money._may_name_a_currency and the word tables trust fold(): every character re.IGNORECASE
    # matches to a letter of the currency names, number words and qualifiers must fold to that letter
    import re
    import sys

    from uis_build.parsing.money import NAMES
    from uis_build.parsing.numbers import QUALIFIERS, SCALES, TENS, UNITS, VAGUE_PLURALS, fold

    every = "".join(map(chr, range(sys.maxunicode + 1))).replace("\n", "")
    words = [*NAMES, *UNITS, *TENS, *SCALES, *VAGUE_PLURALS, "dozen", "couple", "of", "half", "a",
             *(w for ws in QUALIFIERS.values() for w in ws)]
    letters = {ch for word in words for ch in word if ch.isalpha()}
    odd = {(ch, letter) for letter in letters for ch in re.findall(letter, every, re.IGNORECASE) if fold(ch) != letter}
    assert not odd, sorted(odd)
    assert len(fold(every)) == len(every)  # one character for one: offsets in the folded text are the text's


def test_word_alternation_matches_like_the_words_sorted_longest_first():
    import random
    import re

    from uis_build.parsing.numbers import NUMBER_WORD, TENS, UNITS, word_alternation

    words = [*UNITS, *TENS, "hundred", "a", "ab", "abc", "b"]
    trie = re.compile(f"(?:{word_alternation(words)})", re.IGNORECASE)
    plain = re.compile("|".join(sorted(words, key=len, reverse=True)), re.IGNORECASE)
    rng = random.Random(7)
    for _ in range(3000):
        text = " ".join(rng.choice(words)[: rng.randrange(1, 10)] + rng.choice(["", "teen", "ty", "-", "s"])
                        for _ in range(6))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert NUMBER_WORD == word_alternation([*UNITS, *TENS])


def test_letters_ignorecase_folds_are_read_not_crashed_on():
    # re.IGNORECASE matches ſ, ı and İ to s and i, which str.lower() keeps: each once raised KeyError
    from uis_build.parsing import parse_money, parse_quantity

    assert parse_money("ſix pounds").amount == 6
    assert parse_money("5 mıllion Dınars").currency == "IQD"
    assert parse_money("5 mıllion pounds").amount == 5_000_000
    assert parse_quantity("almoſt doubled").qualifier == "nearly"
    assert parse_quantity("SİX").value == 6
    assert [(c.values["value"], c.values["qualifier"]) for c in propose("He said ſome 300 people came.")] == [(300, "about")]


def test_the_period_prefilter_rules_out_only_texts_without_periods():
    # find_periods skips a text without a digit or the word year or month: no character re.IGNORECASE
    # matches to a letter of those words may be missing from the prefilter, and random texts from the
    # periods' own words find the same periods with and without it
    import random
    import re
    import sys

    from uis_build.parsing.periods import _MAY_HOLD_A_PERIOD, MONTHS, PERIOD_RE, find_periods

    alike = set(re.findall("[a-z]", "".join(map(chr, range(sys.maxunicode + 1))), re.IGNORECASE))
    for word in ("year", "month", "period", *MONTHS):
        for i, letter in enumerate(word):
            for ch in (c for c in alike if re.fullmatch(letter, c, re.IGNORECASE)):
                assert _MAY_HOLD_A_PERIOD.search(word[:i] + ch + word[i + 1:]), (word, ch)
    tokens = ["in", "since", "between", "and", "from", "to", "the", "year", "YEAR", "months", "month", "12", "ending",
              "March", "june", "2023", "1999", "2024–25", "/", "-", "first", "half", "of", "last", "previous", "a",
              "earlier", "before", "prior", "this", "next", ",", ".", "October", "may", "May", "same", "period",
              "those", "nine", "over", "that", "during", "years"]
    rng = random.Random(20261202)
    for _ in range(3000):
        text = " ".join(rng.choice(tokens) for _ in range(rng.randrange(1, 12)))
        assert [(s, e) for s, e, _ in find_periods(text, "2024-11-26")] == \
            [m.span() for m in PERIOD_RE.finditer(text)], text


# which end of a money range a span is, and the two functions reading it
_ENDS = {"first": (range_start, find_range_starts), "far": (range_end, find_range_ends)}


@pytest.mark.parametrize("end, text, words, amount, currency, as_written", [
    ("first", "Fares run between 8 and 12 million dinars a head.", "8", 8_000_000, "IQD", "between 8 and 12 million dinars"),
    ("first", "The fund grew from 2 to 3 million pounds.", "2", 2_000_000, "GBP", "from 2 to 3 million pounds"),
    ("first", "The grant rose from £2 to £3 million this year.", "£2", 2_000_000, "GBP", "from £2 to £3 million"),
    ("first", "Each boat costs £2 to £3 million.", "£2", 2_000_000, "GBP", "£2 to £3 million"),
    ("first", "Radar for the port will cost $5–7 million.", "$5", 5_000_000, "USD", "$5–7 million"),
    ("first", "Radar for the port will cost $5-7m.", "$5", 5_000_000, "USD", "$5-7m"),
    ("first", "Repairs need 5–7 million euros.", "5", 5_000_000, "EUR", "5–7 million euros"),
    ("first", "Budgets of between 8 and 12.5 million EUR were set.", "8", 8_000_000, "EUR", "between 8 and 12.5 million EUR"),
    ("first", "A crossing costs between 8 and 12 dinars.", "8", 8, "IQD", "between 8 and 12 dinars"),  # the currency alone
    ("first", "Rewards of between two and three million pounds were paid.", "two", 2_000_000, "GBP",
     "between two and three million pounds"),
    ("first", "Fines run from five to ten thousand dinars.", "five", 5_000, "IQD", "from five to ten thousand dinars"),
    ("far", "Radar for the port will cost $5–7 million.", "7 million", 7_000_000, "USD", "$5–7 million"),
    ("far", "Radar for the port will cost $5m-7m.", "7m", 7_000_000, "USD", "$5m-7m"),
    ("far", "The grant rose from £2 to 3 million.", "3 million", 3_000_000, "GBP", "from £2 to 3 million"),
    ("far", "Repairs need between €4 million and 6 million.", "6 million", 6_000_000, "EUR", "between €4 million and 6 million"),
    ("far", "Tickets cost $5-7.", "7", 7, "USD", "$5-7"),
])
def test_a_range_end_without_its_own_scale_or_currency_shares_the_other_end_s(end, text, words, amount, currency, as_written):
    read, find = _ENDS[end]
    start = text.index(words)
    m = read(text, start, start + len(words))
    assert (m.amount, m.currency, m.qualifier, m.as_written) == (Decimal(amount), currency, None, as_written)
    assert [(text[s:e], f.amount) for s, e, f in find(text, list(find_money(text)))] == [(words, m.amount)]


@pytest.mark.parametrize("end, text, words", [
    ("first", "Between 8 and 12 people crossed each night.", "8"),  # no currency at either end
    ("first", "Each boat costs £2 to £3.", "£2"),  # nothing shared: two stated amounts
    ("first", "In 2019 to 12 million dinars were seized.", "2019"),  # a bare "to": a year, not a range
    ("first", "Smugglers charge 8 to 12 million dinars.", "8"),  # a bare "to" could join a count to an amount
    ("first", "It rose from 2019 to 12 million dinars.", "2019"),  # the far end below the first
    ("first", "Gangs charged 8 and 12 million dinars.", "8"),  # "and" without "between"
    ("first", "It cost between £2 and $3 million.", "£2"),  # two currencies
    ("first", "Between 8 and 12 million FOO changed hands.", "8"),  # no ISO 4217 code
    ("first", "It cost from 5 to 7 million.", "5"),  # no currency at all
    ("first", "It cost between 800,000 and 1.2 million dinars.", "800,000"),  # the first has its own scale: not shared
    ("first", "It cost £2 million to £3 million.", "£2"),  # the span is no bare number of a range
    ("far", "It will cost $5 and 7 million.", "7 million"),  # "and" without "between"
    ("far", "It cost between $5 and 7 million dollars.", "7 million"),  # the far end has its own currency: stated
    ("far", "It cost $8–7 million.", "7 million"),  # below the first
    ("far", "It cost 5–7 million.", "7 million"),  # no currency at all
    ("far", "It cost £5 million, 7 million were spent.", "7 million"),  # no range
])
def test_words_that_are_no_range_give_none(end, text, words):
    start = text.index(words)
    assert _ENDS[end][0](text, start, start + len(words)) is None


# sentences of our own: a range after its qualifier, its first and far ends as cited, their amounts, its currency,
# and what reads the far end: range_end when it writes no currency, range_stated_end when it writes scale and currency
_RANGES = [
    ("Patrol boats will cost {q} £2–3 million in all.", "£2", "3 million", 2_000_000, 3_000_000, "GBP", range_end),
    ("{q} between 8 and 12 million dinars a year go to it.", "8", "12 million dinars", 8_000_000, 12_000_000, "IQD",
     range_stated_end),
    ("Training takes {q} €8-12m of the budget.", "€8", "12m", 8_000_000, 12_000_000, "EUR", range_end),
    ("{q} from 5 to 7 million dollars is needed.", "5", "7 million dollars", 5_000_000, 7_000_000, "USD", range_stated_end),
    ("The port needs {q} $5 to 7 million.", "$5", "7 million", 5_000_000, 7_000_000, "USD", range_end),
    ("Radar costs {q} £2 to £3 million per port.", "£2", "£3 million", 2_000_000, 3_000_000, "GBP", range_stated_end),
]
_QUALIFIED = [(w, q) for q, words in QUALIFIERS.items() for w in words]


@pytest.mark.parametrize("i", range(len(_QUALIFIED)))
def test_a_qualifier_before_a_range_hedges_both_ends(i):
    """Every qualifier word before one of the range shapes (at a sentence's start, capitalised): both ends take it,
    their words are the whole phrase, a first end right after its qualifier may be cited with it ("about £2"), and
    the finders read the range the same."""
    (word, qualifier), (template, first, far, low, high, currency, read_far) = _QUALIFIED[i], _RANGES[i % len(_RANGES)]
    text = template.format(q=word.capitalize() if template.startswith("{q}") else word)
    q_at, at, far_at = text.lower().index(word), text.index(first), text.rindex(far)
    words = text[q_at:far_at + len(far)]
    cited = [at, q_at] if text[q_at:at].strip().lower() == word else [at]
    for m, amount in [*((range_start(text, c, at + len(first)), low) for c in cited), (read_far(text, far_at, far_at + len(far)), high)]:
        assert m is not None and (m.amount, m.qualifier, m.currency, m.as_written) == (amount, qualifier, currency, words), text
    found = list(find_money(text))
    assert [(text[s:e], m.amount, m.qualifier) for s, e, m in [*find_range_starts(text, found), *find_range_ends(text, found)]] \
        == [(first, low, qualifier), (far, high, qualifier)]


@pytest.mark.parametrize("text, words", [
    ("The fund pays between 8 and 12 million dinars a year.", "12 million dinars"),  # no qualifier: stated as written
    ("Radar costs about £2 to £3 million per port.", "£3"),  # not the range's far end
    ("Radar costs about £3 million per port.", "£3 million"),  # no range
    ("Radar costs about, £2 to £3 million per port.", "£3 million"),  # the qualifier is not before the range
])
def test_a_stated_far_end_takes_a_qualifier_only_from_a_qualified_range(text, words):
    start = text.rindex(words)
    assert range_stated_end(text, start, start + len(words)) is None


def test_number_words_joined_by_and_are_two_ends_of_a_range_not_one_sum():
    text = "Rewards of between two and three million pounds were paid, one hundred and twenty in all."
    assert [(text[s:e], m.amount) for s, e, m in find_money(text)] == [("three million pounds", 3_000_000)]
    assert [(text[s:e], q.value) for s, e, _, q in find_quantities(text)] == [
        ("two", 2), ("three million", 3_000_000), ("one hundred and twenty", 120)]




def test_a_hedge_after_an_amount_is_found_where_it_ends():
    text = "costs £900 or so, and £50 or more"
    assert qualifier_after(text, 10) == ("about", 16)
    assert qualifier_after(text, 25) == ("at_least", 33)  # "or more" is a floor
    assert qualifier_after("£900 or thereabouts.", 4) == ("about", 19)
    assert qualifier_after("£900 or sooner", 4) == (None, 4)
    assert qualifier_after("£900 or moreover", 4) == (None, 4)


# each entry's meaning written out here, not read back from the table (a changed entry must fail)
AFTER = {"so": "about", "thereabouts": "about", "more": "at_least", "over": "at_least", "above": "at_least",
         "less": "up_to", "fewer": "up_to", "under": "up_to", "below": "up_to"}


def test_the_qualifiers_after_an_amount_are_these():
    assert QUALIFIERS_AFTER == AFTER


@pytest.mark.parametrize("words", sorted(AFTER))
def test_every_qualifier_after_an_amount_is_parsed_with_the_amount(words):
    money = parse_money(f"$10,000 or {words}")
    assert (money.amount, money.currency, money.qualifier) == (10000, "USD", AFTER[words])
    text = f"families borrowed $10,000 or {words.upper()} to pay."
    assert qualifier_after(text, text.index(" or ")) == (AFTER[words], len(f"families borrowed $10,000 or {words}"))


def test_over_of_a_verb_is_no_qualifier_for_money_or_figures():
    for text in ("It handed over 25 scanners", "they turned over €12,000", "he forked over $500", "was signed over 40 plots"):
        start = text.index("over") + 5
        assert qualifier_before(text, start) == (None, start), text
    assert qualifier_before("It has over 25 scanners", 12) == ("more_than", 7)
    assert [q.qualifier for _, _, _, q in find_quantities("It handed over 25 scanners and over 30 drones.")] == [None, "more_than"]


def test_every_period_form_is_found_in_running_text():
    # one text per form's first two characters (the scan's lookahead), each form read as parse_period reads it
    forms = {"between 2019 and 2021": "2019/2021", "from 2019 to 2021": "2019/2021", "from January to March 2024": "2024-01/2024-03",
             "year ending June 2023": "2022-07/2023-06", "12 months to June 2023": "2022-07/2023-06",
             "first half of 2023": "2023-01/2023-06", "in 2022": "2022", "during 2022": "2022", "2019-20": "2019/2020",
             "since 2019": "2019/..", "April 2024": "2024-04", "in March": "2025-03", "next March": "2026-03",
             "last May": "2025-05", "last year": "2024", "past year": "2024", "this month": "2025-06",
             "next month": "2025-07", "next year": "2026", "same period": None, "over those nine months": None,
             "across these six months": None, "for those three years": None, "over that period": None,
             "prior year": None, "a year earlier": None}
    found = {}
    for words in forms:
        text = f"The figures rose {words} , officials said."
        found[words] = [(text[s:e], p.edtf if p else None) for s, e, p in find_periods(text, reference="2025-06-15")]
    assert found == {words: [(words, edtf)] for words, edtf in forms.items()}


def test_the_quick_word_tests_of_find_quantities_let_every_word_through():
    # a text holding every multiplier and vague plural: each is found, as where it is the only one
    words = "doubled tripled trebled quadrupled halved double triple treble quadruple dozens hundreds thousands millions billions"
    text = f"{words} scores of people; half a million, HALF A DOZEN people"
    found = [text[s:e] for s, e, _, _ in find_quantities(text, vague=True)]
    assert found == [*words.split(), "scores", "half a million", "HALF A DOZEN"]
    for word in [*words.split(), "scores of"]:
        alone = f"it {word} x"
        assert [alone[s:e] for s, e, _, _ in find_quantities(alone, vague=True)] == [word.split()[0]]


@pytest.mark.parametrize("words, qualifier", [(w, q) for q, ws in QUALIFIERS.items() for w in ws])
def test_every_qualifier_is_found_before_a_number(words, qualifier):
    text = f"The total, {words.upper()}  5,000, rose."
    assert qualifier_before(text, text.index("5,000")) == (qualifier, text.index(words.upper()))


# Task S1: the Jordanian dinar's "JD" is a symbol only in capitals and not inside a word; a country's dinar is its code


@pytest.mark.parametrize("text, found", [
    ("Amman paid JD3.5 million and JD 40 more.", [("JD3.5 million", 3_500_000), ("JD 40", 40)]),
    ("The jd5 file and BJD5 code and ADJD 7 are no money.", []),
])
def test_task_s1_jd_is_the_jordanian_dinar(text, found):
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == [(w, a, "JOD") for w, a in found]


@pytest.mark.parametrize("words, code", [("2 million Jordanian dinars", "JOD"), ("300 Kuwaiti dinars", "KWD"),
                                         ("5 million Iraqi dinars", "IQD"), ("5 million dinars", "IQD")])
def test_task_s1_a_country_s_dinar_is_its_currency_and_a_bare_one_is_iraq_s(words, code):
    assert parse_money(words).currency == code


@pytest.mark.parametrize("text, found", [
    # nothing is added to a dozen, and a number word opening a compound opens no number with "a hundred" or "a thousand"
    ("The unit got a dozen two-way radios.", [("a dozen", 12), ("two", 2)]),
    ("They ordered a thousand six-seat rafts.", [("a thousand", 1000), ("six", 6)]),
    # ... but "a hundred and twenty", "a hundred twenty-five" are one number still
    ("a hundred and twenty men, a hundred twenty-five women", [("a hundred and twenty", 120), ("a hundred twenty-five", 125)]),
])
def test_a_dozen_or_a_hundred_takes_no_number_word_opening_a_compound(text, found):
    assert [(text[s:e], q.value) for s, e, _, q in find_quantities(text)] == found


@pytest.mark.parametrize("text, number, expected", [
    # "over" after a verb of prosecution is what the case is about before money, a floor before a count
    ("The pair were jailed over £2m of fraud.", "£2m", None),
    ("She was CHARGED over $40,000 in bribes.", "$40,000", None),
    ("He was questioned over GBP 900 missing.", "GBP 900", None),
    ("Police arrested over 300 people.", "300", "more_than"),
    ("Officers jailed over 20 smugglers.", "20", "more_than"),
    # ... and so after a hearing's questions, told with who asked them
    ("Envoy quizzed by the Lords committee over $3m aid contract", "$3m", None),
    ("The chief was pressed over €900,000 in overtime.", "€900,000", None),
    # ... and after a case's noun, before money or a count: what the case is about
    ("a row over £5m in grants", "£5m", None),
    ("the inquiry over 40 deaths", "40", None),
    ("a row about over £5m in grants", "£5m", "more_than"),  # "about" is no case
    # "passed" of things handed on is no floor; a threshold passed is one
    ("The unit has passed a dozen cases on to prosecutors.", "a dozen", None),
    ("The unit passed 40 files to the police.", "40", None),
    ("The unit is passing 40 files to the police.", "40", None),
    ("The unit passes 40 files to the police.", "40", None),  # every form of the verb
    ("Each week they pass 40 files to the police.", "40", None),
    ("Arrivals passed 5,000 in March.", "5,000", "more_than"),
    ("Arrivals passed 5,000 to reach a record.", "5,000", "more_than"),
])
def test_over_and_passed_before_a_number_by_what_comes_before_and_after(text, number, expected):
    start = text.index(number)
    qualifier, _ = qualifier_before(text, start)
    assert qualifier == expected, text


@pytest.mark.parametrize("text, words, amount, currency, as_written", [
    ("Losses ran to between 2 billion and 3 billion dollars last year.", "2 billion", 2_000_000_000, "USD",
     "between 2 billion and 3 billion dollars"),
    ("The ring earned between 2bn and 3bn dinars.", "2bn", 2_000_000_000, "IQD", "between 2bn and 3bn dinars"),
    ("Budgets rose from 500 million to 1.5 billion euros.", "500 million", 500_000_000, "EUR",
     "from 500 million to 1.5 billion euros"),
])
def test_a_bare_first_amount_with_its_own_scale_shares_only_the_far_end_s_currency(text, words, amount, currency, as_written):
    start = text.index(words)
    m = range_start(text, start, start + len(words))
    assert (m.amount, m.currency, m.qualifier, m.as_written) == (Decimal(amount), currency, None, as_written)
    assert [(text[s:e], f.amount) for s, e, f in find_range_starts(text, list(find_money(text)))] == [(words, m.amount)]


@pytest.mark.parametrize("text, words", [
    ("It cost between £2 million and £3 million.", "£2 million"),  # the first writes its own scale and currency: stated
    ("Sums fell from 5 billion to 3 billion dinars.", "5 billion"),  # the far end below the first
    ("Between 4 million and 6 million people crossed.", "4 million"),  # no currency at either end
    ("Gangs made 2 billion and 3 billion dollars.", "2 billion"),  # "and" without "between"
])
def test_a_first_amount_with_its_own_scale_that_shares_nothing_gives_none(text, words):
    start = text.index(words)
    assert range_start(text, start, start + len(words)) is None


# "Dh" is the UAE dirham's symbol as Gulf outlets write it, only so cased and not inside a word


@pytest.mark.parametrize("text, found", [
    ("Dubai Police seized Dh4.6 million and a Dh 500 fee.", [("Dh4.6 million", 4_600_000), ("Dh 500", 500)]),
    ("The dh5 file, ADh7, DH 9 and Dhahran 5 are no money.", []),
])
def test_fixb_dh_is_the_uae_dirham(text, found):
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == [(w, a, "AED") for w, a in found]


def test_a_range_whose_ends_are_equal_is_no_range():
    text = "Radar for the port will cost $5–5 million."
    start = text.index("5 million")
    assert range_end(text, start, start + len("5 million")) is None


@pytest.mark.parametrize("text, found", [
    ("Rome signed a 3.5-million-euro deal and a $7-million loan.", [("3.5-million-euro", 3_500_000, "EUR"),
                                                                   ("$7-million", 7_000_000, "USD")]),
    ("She carried a 10-pound bag.", []),
])
def test_fixb16_money_hyphened_into_an_adjective(text, found):
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == found
    assert parse_money("6-million-pound").amount == 6_000_000


@pytest.mark.parametrize("text, qualifier", [
    ("Rents went up to £800 a month.", None),
    ("Fees have climbed up to $2,500 this year.", None),
    ("Penalties can go up to €4,000.", "up_to"),
])
def test_fixb16_a_rise_told_done_is_no_ceiling(text, qualifier):
    assert [m.qualifier for _, _, m in find_money(text)] == [None]
    start = text.index(next(c for c in "£$€" if c in text))
    assert qualifier_before(text, start)[0] == qualifier


@pytest.mark.parametrize("text, found", [
    ("The court waived the 40,000-dinar fee and a 75-euro fine.", [("40,000-dinar", 40_000, "IQD"), ("75-euro", 75, "EUR")]),
    ("A 12-pound parcel and a 5-dinars note.", [("5-dinars", 5, "IQD")]),
])
def test_fixb25_digits_hyphened_to_a_currency_s_name_are_money(text, found):
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == found


def test_fixb25_a_code_withdrawn_for_the_euro_is_still_read():
    text = "Customs seized BGN 7,300 and fines run up to HRK 5,000."
    assert [(text[s:e], m.amount, m.currency) for s, e, m in find_money(text)] == [("BGN 7,300", 7_300, "BGN"),
                                                                                   ("HRK 5,000", 5_000, "HRK")]
    assert parse_money("up to BGN 9,000").qualifier == "up_to"


def test_fixb44_up_to_after_moved_before_people_is_a_ceiling():
    text = "the gang moved up to 700 people a month"
    assert qualifier_before(text, text.index("700"))[0] == "up_to"
    text = "the price moved up to 900 dinars"
    assert qualifier_before(text, text.index("900"))[0] is None


def test_vague_plurals_are_found_in_a_text_holding_every_word_of_the_quick_test():
    # (the quick test asks whether any word is in the text, not whether all are)
    text = ("Dozens were hurt and scores of people fled; hundreds of thousands lost millions, billions were spent, "
            "several hundred stayed, a few thousand left")
    found = [text[s:e] for s, e, _, _ in find_quantities(text, vague=True)]
    assert found == ["Dozens", "scores", "hundreds of thousands", "millions", "billions", "several hundred", "a few thousand"]


def test_a_vague_scale_and_a_few_of_a_scale_are_floors_of_two():
    """"several hundred" is read through the scale, "a few hundred" through its words (no plural in it)."""
    assert [(q.value, q.qualifier) for *_, q in find_quantities("Several hundred people crossed.", vague=True)] == [
        (Decimal(200), "at_least")]
    assert [(q.value, q.qualifier) for *_, q in find_quantities("a few hundred people crossed", vague=True)] == [
        (Decimal(200), "at_least")]


def test_a_level_reached_at_the_texts_start_is_no_ceiling():
    assert [(q.value, q.qualifier) for *_, q in find_quantities("Moved up to 900 dinars a month")] == [(Decimal(900), None)]


def test_number_words_after_a_scale_split_at_and_where_they_stop_being_one_number():
    # A_NUMBER runs on through "and" ("a hundred and ten"); after a unit, "and" opens the next number
    text = "a hundred ten and twenty boats"
    assert [(s, e, text[s:e], q.value) for s, e, _, q in find_quantities(text)] == [
        (0, 13, "a hundred ten", 110), (18, 24, "twenty", 20)]


def test_words_that_read_as_a_number_but_do_not_parse_are_skipped():
    assert list(find_quantities("half a million two boats")) == []


def test_a_period_open_at_one_end_is_no_anchor_for_the_next_relative_one():
    text = "In 2023 it rose. Since 2020 it doubled, and the previous year it fell."
    assert [(p.as_written, p.edtf) for _, _, p in find_periods(text, "2025-06-01")] == [
        ("In 2023", "2023"), ("Since 2020", "2020/.."), ("the previous year", "2022")]


# Mutation run of 2026-12-07 (thirty-fourth session): windows that reach the text's first character, and a range whose
# first end has its own scale after a bare "to"


@pytest.mark.parametrize("text", ["Handed over 200 passports", "Jailed over £2m fraud"])
def test_a_verb_at_the_text_s_start_still_takes_over_as_no_floor(text):
    at = text.index("over") + len("over ")
    assert qualifier_before(text, at) == (None, at)


def test_a_floor_at_the_text_s_start_is_found():
    assert qualifier_before("Over 500 people crossed", 5) == ("more_than", 0)


@pytest.mark.parametrize("words", ["1.5 million", "1.5m"])
def test_a_first_end_with_its_own_scale_opens_a_range_after_a_bare_to(words):
    text = f"The ring earned {words} to 2{words[3:]} dinars."
    start = text.index(words)
    m = range_start(text, start, start + len(words))
    assert (m.amount, m.currency) == (Decimal(1_500_000), "IQD")


def test_in_that_period_is_a_period():
    from uis_build.parsing.periods import find_periods
    text = "Arrests doubled in that period."
    assert [text[start:end] for start, end, _ in find_periods(text, "2024-11-26")] == ["in that period"]
