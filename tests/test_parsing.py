"""The parsers turn words into values; these pin the forms the articles (and new ones) use."""

from datetime import date
from decimal import Decimal

import pytest

from uis_build.parsing import ParseError, parse_money, parse_period, parse_quantity
from uis_build.parsing.columns import column_money, heading_money
from uis_build.parsing.instruments import instrument_type
from uis_build.parsing.money import SYMBOLS
from uis_build.parsing.numbers import find_quantities, parse_number
from uis_build.parsing.periods import parse_date, parse_when


@pytest.mark.parametrize("text, amount, currency, qualifier", [
    ("£300,000", 300_000, "GBP", None),
    ("up to £300,000", 300_000, "GBP", "up_to"),
    ("($380,000)", 380_000, "USD", None),
    ("£75 million", 75_000_000, "GBP", None),
    ("300,000 pounds", 300_000, "GBP", None),
    ("1,200 euros", 1_200, "EUR", None),
    ("$5m", 5_000_000, "USD", None),
    ("£12.3 billion", 12_300_000_000, "GBP", None),
    ("€40k", 40_000, "EUR", None),
    ("GBP 40", 40, "GBP", None),
    ("2 million IQD", 2_000_000, "IQD", None),
])
def test_money(text, amount, currency, qualifier):
    m = parse_money(text)
    assert (m.amount, m.currency, m.qualifier) == (Decimal(amount), currency, qualifier)


@pytest.mark.parametrize("text, expected", [
    ("75 million ZZZ", "unknown currency 'ZZZ'"),
    ("300 quatloos", "unknown currency 'quatloos'"),
    ("three hundred", "expected an amount of money"),
])
def test_money_errors_say_what_was_expected(text, expected):
    with pytest.raises(ParseError, match=expected):
        parse_money(text)


@pytest.mark.parametrize("text, value, qualifier", [
    ("728,000", 728_000, None),
    ("nine", 9, None),
    ("twenty-five", 25, None),
    ("over 5,000", 5_000, "more_than"),
    ("nearly 650,000", 650_000, "nearly"),
    ("almost doubled", 2, "nearly"),
    ("more than 1,000", 1_000, "more_than"),
    ("three hundred", 300, None),
    ("43 deaths", 43, None),
])
def test_quantity(text, value, qualifier):
    q = parse_quantity(text)
    assert (q.value, q.qualifier) == (Decimal(value), qualifier)


@pytest.mark.parametrize("text, start, end, edtf", [
    ("in 2024", date(2024, 1, 1), date(2024, 12, 31), "2024"),
    ("first seven months of 2024", date(2024, 1, 1), date(2024, 7, 31), "2024-01/2024-07"),
    ("2022–2023", date(2022, 1, 1), date(2023, 12, 31), "2022/2023"),
    ("since 2015", date(2015, 1, 1), None, "2015/.."),
    ("year ending June 2024", date(2023, 7, 1), date(2024, 6, 30), "2023-07/2024-06"),
])
def test_stated_periods(text, start, end, edtf):
    p = parse_period(text)
    assert (p.start, p.end, p.edtf) == (start, end, edtf)


def test_relative_periods_record_their_basis():
    ye = parse_period("year ending June", reference="2024-11")
    assert (ye.start, ye.end) == (date(2023, 7, 1), date(2024, 6, 30))
    assert "2024-11" in ye.basis
    before = parse_period("the previous year", relative_to=ye)
    assert (before.start, before.end) == (date(2022, 7, 1), date(2023, 6, 30))
    last = parse_period("last year", reference="2025")
    assert (last.start, last.end, last.basis) == (date(2024, 1, 1), date(2024, 12, 31), "the year before the reference date 2025")
    # June not yet ended by the reference month: the year ending June of the year before
    assert parse_period("year ending June", reference="2024-05").end == date(2023, 6, 30)


def test_a_rounded_span_back_is_read_but_not_resolved():
    p = parse_when("five months ago", reference="2024-11-26")
    assert (p.start, p.end, p.precision, p.edtf, p.as_written) == (None, None, None, None, "five months ago")
    assert p.basis == "five months before the reference date 2024-11-26, an approximate span: not resolved to a date"
    with pytest.raises(ParseError, match="reference_date"):
        parse_when("five months ago")
    with pytest.raises(ParseError, match="expected a day"):
        parse_when("many months ago", reference="2024-11-26")
    assert parse_when("this month", reference="2024-11").edtf == "2024-11"  # the other forms are untouched


def test_a_span_back_broken_over_a_line_or_spaced_twice_is_the_same_span():
    for text in ("five months\nago", "five  months  ago"):
        assert parse_when(text, reference="2024-11-26").basis == (
            "five months before the reference date 2024-11-26, an approximate span: not resolved to a date")


def test_relative_period_without_reference_is_an_error():
    with pytest.raises(ParseError, match="reference_date"):
        parse_period("last year")
    with pytest.raises(ParseError, match="relative_to"):
        parse_period("the previous year")


def test_dates():
    assert parse_date("On Tuesday", "2024-11-26")[0] == date(2024, 11, 26)
    assert parse_date("on Monday", "2024-11-26")[0] == date(2024, 11, 25)
    assert parse_date("26 November 2024")[0] == date(2024, 11, 26)
    with pytest.raises(ParseError, match="reference date with a day"):
        parse_date("on Tuesday", "2024-11")


@pytest.mark.parametrize("text, kind", [
    ("Joint Statement", "joint_statement"),
    ("joint communiqué", "joint_statement"),
    ("a communique", None),
    ("memorandums of understanding", "memorandum_of_understanding"),
    ("declaration of intent", "declaration_of_intent"),
    ("agreement of intent", "declaration_of_intent"),
    ("security pact", None),
    ("deal", None),
])
def test_instrument_types(text, kind):
    assert instrument_type(text) == kind


# Task S: a Turkish outlet's liras, and a tabloid's scale word written on to the digits
@pytest.mark.parametrize("text, amount, currency", [
    ("1.4 million Turkish liras", 1400000, "TRY"),
    ("300 lira", 300, "TRY"),
    ("£15million", 15000000, "GBP"),
    ("€2billion", 2000000000, "EUR"),
])
def test_liras_and_a_scale_word_run_on(text, amount, currency):
    money = parse_money(text)
    assert (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize("text, value", [("15million", 15000000), ("two million", 2000000), ("a million", 1000000)])
def test_digits_run_on_into_their_scale_word(text, value):
    assert parse_number(text) == value


def test_number_words_do_not_run_on_into_their_scale_word():
    with pytest.raises(ParseError):
        parse_number("twomillion")


@pytest.mark.parametrize("text, amount, qualifier", [
    ("£1,500 or so", 1_500, "about"), ("£1,500 OR thereabouts ", 1_500, "about"), ("roughly £1,500 or so", 1_500, "about"),
    ("up to £1,500 or so", 1_500, "up_to"), ("£1,500", 1_500, None),
])
def test_a_hedge_after_an_amount(text, amount, qualifier):
    m = parse_money(text)
    assert (m.amount, m.currency, m.qualifier, m.as_written) == (Decimal(amount), "GBP", qualifier, text.strip())


@pytest.mark.parametrize("text", ["£1,500 or", "£1,500 and so", "£1,500 or maybe", "or so"])
def test_no_hedge_but_or_so_or_thereabouts(text):
    with pytest.raises(ParseError):
        parse_money(text)


@pytest.mark.parametrize("words, bare", [
    ("1.5 million dinars", True), ("one dinar", True), ("(2 million dinars)", True), ("dinars", True),
    ("5 million Iraqi dinars", False), ("300 Jordanian dinar", False), ("£5 million", False), ("5 million dinars a day", False),
    ("Iraqi dinars", False),  # a country named with no amount before it
])
def test_an_amount_names_no_dinar_when_its_words_end_in_a_bare_dinar(words, bare):
    from uis_build.parsing.money import names_no_dinar
    assert names_no_dinar(words) is bare


@pytest.mark.parametrize("text, currency", [
    ("Fees are 2 million dinars.", "IQD"),  # no dinar named: Iraq's
    ("Amman adds 400,000 Jordanian dinars; fees are 2 million dinars.", "JOD"),
    ("Amman adds JD1.2 million; fees are 2 million dinars.", "JOD"),
    ("Baghdad pays IQD 500 million and 2 million dinars more.", "IQD"),
    ("Kuwait gave 300,000 Kuwaiti dinars, Iraq 5 million Iraqi dinars and 2 million dinars.", None),  # two: unknown
])
def test_a_bare_dinar_is_the_one_dinar_the_article_names(text, currency):
    from uis_build.parsing.money import bare_dinar
    assert bare_dinar(text) == currency


@pytest.mark.parametrize("town", ["Belgrade", "Subotica", "Novi Sad", "Sombor", "Kikinda", "Preševo", "Presevo"])
def test_a_bare_dinar_filed_from_each_serbian_dateline_town_is_serbia_s(town):
    from uis_build.parsing.money import SERBIAN_DATELINE_TOWNS, bare_dinar
    assert town in SERBIAN_DATELINE_TOWNS
    for written in (town, town.upper()):
        assert bare_dinar(f"{written}, 9 October 2025 — Police seized 500,000 dinars.") == "RSD"


@pytest.mark.parametrize("town", ["Belgrade", "Subotica", "Novi Sad", "Sombor", "Kikinda", "Preševo", "Presevo"])
def test_a_bare_dinar_under_a_serbian_dateline_on_its_own_line_is_serbia_s(town):
    """A dateline on a line of its own ("SOMBOR, 3.4.2026. 09:15 | Radio Sombor") files the story from Serbia."""
    from uis_build.parsing.money import bare_dinar
    assert bare_dinar(f"Headline\n{town.upper()}, 3.4.2026. 09:15 | Radio Sombor\nPolice seized 500,000 dinars.") == "RSD"


@pytest.mark.parametrize("text", [
    "Headline\nSombor, 3.4.2026. 09:15\nPolice seized 500,000 dinars.",  # the town not in capitals: no dateline
    "Headline\nSOMBOR, 3.4.2026, police seized 500,000 dinars from a smuggler who had driven in from the south.\n",  # a sentence
    "Headline\nSOMBOR, the town's police said\nPolice seized 500,000 dinars.",  # no date after the comma
])
def test_a_capital_serbian_town_opening_a_line_is_no_dateline_unless_a_short_date_line_follows(text):
    from uis_build.parsing.money import bare_dinar
    assert bare_dinar(text) == "IQD"


def test_a_range_opening_the_text_shares_its_scale_and_currency():
    """The search for a range's first number before an amount starts at the text's first character."""
    from uis_build.parsing.money import find_money, find_range_starts
    for text, first in (("8-12 million dinars were paid.", (0, 1)), ("Between 8 and 12 million dinars were paid.", (8, 9))):
        starts = find_range_starts(text, sorted(find_money(text), key=lambda f: f[0]))
        assert [(s, e, m.amount, m.currency) for s, e, m in starts] == [(*first, 8_000_000, "IQD")]


def test_a_day_that_is_no_real_date_is_refused_as_one():
    with pytest.raises(ParseError, match="not a real date"):
        parse_when("31 February 2024")


@pytest.mark.parametrize("text, amount, currency", [
    ("(5) million pounds sterling", 5_000_000, "GBP"),  # state agencies' numbers in brackets
    ("(12) billion Iraqi dinars", 12_000_000_000, "IQD"),
    ("(300) US dollars", 300, "USD"),
    ("(1,500)million euros", 1_500_000_000, "EUR"),
])
def test_digits_in_brackets_before_a_currency_name(text, amount, currency):
    m = parse_money(text)
    assert (m.amount, m.currency, m.as_written) == (amount, currency, text)


@pytest.mark.parametrize("text", ["(5 million pounds", "(5)) million pounds", "(five) million pounds", "(5) (6) pounds"])
def test_brackets_around_more_than_digits_are_no_amount(text):
    with pytest.raises(ParseError):
        parse_money(text)


@pytest.mark.parametrize("text, value", [("(143)", 143), ("(2,360)", 2360), ("(5) million", 5_000_000)])
def test_a_number_in_brackets_is_its_digits(text, value):
    from uis_build.parsing.numbers import parse_number
    assert parse_number(text) == value


def test_two_numbers_joined_by_and_away_from_the_texts_start_keep_their_own_spans():
    """Mutation run of 2026-12-03: a piece's end counted back from the number's start survived."""
    text = "Police held between two and three boats."
    assert [(text[s:e], q.value) for s, e, _, q in find_quantities(text)] == [("two", 2), ("three", 3)]
    text = "The boats held a dozen and six crew."  # one match of the number pattern, split at its "and"
    assert [(text[s:e], q.value) for s, e, _, q in find_quantities(text)] == [("a dozen", 12), ("six", 6)]


def test_a_numeric_date_with_month_13_names_the_month_it_lacks():
    with pytest.raises(ParseError, match="there is no month 13"):
        parse_date("12/13/2024")


@pytest.mark.parametrize("text, currency", [
    ("A Bergen charity paid the family 15,000 kroner.", None),  # no krone country named: unknown
    ("Back from Norway, they kept 15,000 kroner of their savings.", "NOK"),
    ("Swedish officials offered 15,000 kronor each.", "SEK"),
    ("A Copenhagen fund paid DKK 20,000 and then 15,000 kroner more.", "DKK"),
    ("The Danish and Norwegian grants differ: 15,000 kroner against 20,000 kroner.", None),  # two countries: unknown
    ("He moved from Sweden to Norway and lost 15,000 kroner.", None),
    ("Norwegians paid 5,000 krone.", "NOK"), ("Swedes paid 5,000 krona.", "SEK"), ("Danes paid 5,000 krone.", "DKK"),
    ("The Norwegianist paid 5,000 krone.", None),  # whole words only
    # one krone written as money wins over krone countries named in passing; two written as money leave it unknown
    ("DKK 25 million was pledged; the migrants went on to Sweden and Norway. They paid 15,000 kroner.", "DKK"),
    ("DKK 25 million and NOK 10 million were pledged. They paid 15,000 kroner.", None),
])
def test_a_bare_krone_is_the_krone_of_the_one_krone_country_the_article_names(text, currency):
    from uis_build.parsing.money import bare_krone
    assert bare_krone(text) == currency


@pytest.mark.parametrize("text, currency", [
    # the krone country named far most often, at least twice as often as the others together, is the article's
    ("Swedish customs stopped the van. Swedes and Swedish police searched it at Malmö, and Norway was told. "
     "The driver carried 40,000 kroner.", "SEK"),  # Sweden three times, Norway once
    ("Norwegian police met Danish police. Norway and the Norwegians paid 40,000 kroner.", "NOK"),  # three against one
    ("Norwegian police met Danish police. The Norwegians paid 40,000 kroner.", None),  # twice against once: too few
    ("Norwegian police met Danish police and Swedes. Norway, Norway, Norway: 40,000 kroner.", "NOK"),  # 4 against 2
    ("Norwegian and Norwegians met Danish and Danes. The grant was 40,000 kroner.", None),  # two against two: unknown
    ("Norway, Norway and Norway asked Sweden and Denmark. They paid 40,000 kroner.", None),  # three against two: not far
    ("Denmark, the Danes, DKK 500 and Danish courts; Sweden once. 40,000 kroner were paid.", "DKK"),  # a code counts too
])
def test_a_bare_krone_is_the_krone_of_the_krone_country_named_far_most_often(text, currency):
    from uis_build.parsing.money import bare_krone
    assert bare_krone(text) == currency


@pytest.mark.parametrize("text, currency", [
    ("Police in Lausanne froze 400,000 francs.", None),  # no franc country named: unknown (a franc is a dozen countries')
    ("Swiss customs froze 400,000 francs.", "CHF"),
    ("They held CHF 90,000 in one account and 400,000 francs in another.", "CHF"),
    ("Back in Switzerland, the courier kept 400,000 francs.", "CHF"),
    ("The Swissair ledger listed 400,000 francs.", None),  # whole words only
])
def test_a_bare_franc_is_the_swiss_franc_when_the_article_names_switzerland(text, currency):
    from uis_build.parsing.money import bare_franc, find_money
    assert bare_franc(text) == currency
    assert [m.amount for _, _, m in find_money(text) if m.currency == "francs"] == [400_000]  # money, its country unread


@pytest.mark.parametrize("text, value", [
    ("386 000", 386_000), ("1 400", 1_400), ("12\u00a0500\u00a0000", 12_500_000),
])
def test_fixb_thousands_grouped_with_a_space_parse_as_one_number(text, value):
    assert parse_number(text) == value


def test_fixb_a_spaced_group_after_a_plus_or_a_zero_or_a_year_is_no_one_number():
    found = [q.as_written for *_, q in find_quantities("call +32 470 or 0 800; in 2019 100 people came, 1 400 in all")]
    assert found == ["32", "470", "0", "800", "2019", "100", "1 400"]


@pytest.mark.parametrize("text, qualifier", [
    ("no less than EUR 12 million", "at_least"), ("no fewer than 300", "at_least"), ("no more than £40", "up_to"),
])
def test_fixb_a_denied_bound_is_the_other_bound(text, qualifier):
    assert (parse_money(text) if "EUR" in text or "£" in text else parse_quantity(text)).qualifier == qualifier


def test_fixb_added_up_to_is_a_total_not_a_ceiling():
    found = [(q.as_written, q.qualifier) for *_, q in find_quantities("the entries added up to 5,200; they would add up to 300")]
    assert found == [("5,200", None), ("up to 300", "up_to")]


def test_an_amount_added_for_a_purpose_is_a_ceiling_not_a_total():
    found = [(q.as_written, q.qualifier) for *_, q in find_quantities("It later added up to 3 million (about 4 million) for a programme")]
    assert found[0] == ("up to 3 million", "up_to"), found
    assert [(q.as_written, q.qualifier) for *_, q in find_quantities("the entries added up to 5,200 in all")] == [("5,200", None)]


@pytest.mark.parametrize("text, currency", [
    ("Title\n\nAQABA — Police seized 800 dinars.", "JOD"),
    ("Title\n\nBAGHDAD — 800 dinars were seized. Flights to Amman - daily.", "IQD"),
    ("Title\n\nAMMAN — The fine is 800 Iraqi dinars.", "IQD"),
])
def test_fixb_a_jordan_dateline_makes_a_bare_dinar_jordans_unless_a_dinar_is_named(text, currency):
    from uis_build.parsing.money import bare_dinar
    assert bare_dinar(text) == currency


def test_fixb8_a_whole_number_and_a_half_before_a_scale_is_one_number():
    assert parse_money("nearly four and a half billion dinars").amount == Decimal("4500000000")
    assert parse_number("twenty-one and a half thousand") == Decimal("21500")
    # ... but before a duration the half stays no part of a number to read
    assert [q.as_written for *_, q in find_quantities("served three and a half years")] == ["three"]


def test_fixb12_an_estimate_named_before_its_amount_is_approximate():
    m = parse_money("an estimated cost of 4 billion Iraqi dinars")
    assert (m.amount, m.currency, m.qualifier) == (Decimal("4000000000"), "IQD", "about")
    found = [(q.as_written, q.qualifier) for *_, q in find_quantities("The ministry spent it at an estimated cost of 350 each.")]
    assert found == [("an estimated cost of 350", "about")], found


def test_fixb20_a_fold_word_is_a_multiplier():
    q = parse_quantity("roughly sixfold")
    assert (q.value, q.qualifier) == (Decimal(6), "about")
    text = "Detentions at the port rose almost tenfold in a decade; the problem is twofold."
    found = [(q.as_written, q.value, q.qualifier) for *_, q in find_quantities(text)]
    assert found == [("almost tenfold", Decimal(10), "nearly")], found


def test_a_period_or_a_span_back_read_with_its_trailing_comma_or_stop():
    """A period cut from running text keeps the comma or full stop after it; it is read as without."""
    assert parse_period("in 2024,").edtf == parse_period("in 2024.").edtf == "2024"
    for ending in (",", "."):
        ago = parse_when(f"five months ago{ending}", "2024-11-26")
        assert ago.start is None and ago.basis.startswith("five months before the reference date 2024-11-26")


def test_an_amount_in_brackets_ending_in_bare_dinars_names_no_dinar():
    from uis_build.parsing.money import names_no_dinar

    assert names_no_dinar("1.5 million dinars)") and names_no_dinar("1.5 million dinars")
    assert not names_no_dinar("1.5 million Iraqi dinars)")


def test_the_short_months_a_dateline_writes_are_the_abbreviations_no_month_is_spelt_as():
    from uis_build.parsing.periods import SHORT_MONTHS

    assert {"Jan", "Feb", "Sep", "Sept", "Dec"} <= set(SHORT_MONTHS) and "May" not in SHORT_MONTHS


def test_the_words_that_change_a_qualifier_are_read_within_their_bounds():
    """The word before a qualifier that changes it ("added up to", "investigation over", "climbed up to", "between £5 and")
    is looked for in a bounded window: from the text's first character, and across spaces up to the bound (pasted text
    doubles spaces); past the bound the qualifier stands as written."""
    from uis_build.parsing.money import range_end
    from uis_build.parsing.numbers import qualifier_before

    def qualifier(text, before):
        return qualifier_before(text, text.index(before) + len(before) + 1)[0]

    assert qualifier("added up to 40 new cases", "up to") is None  # a sum, from the text's first word
    assert qualifier("an investigation   over 300 cases", "over") is None  # what the case is about
    assert qualifier("an investigation    over 300 cases", "over") == "more_than"
    assert qualifier("prices climbed up to 40", "up to") is None  # the level reached
    assert qualifier("prices climbed  up to 40", "up to") == "up_to"
    within, past = "between     £5 and 7 million", "between      £5 and 7 million"
    assert range_end(within, within.index("7"), len(within)).amount == 7_000_000
    assert range_end(past, past.index("7"), len(past)) is None  # "and" without its "between"


# fixb23: Poland's złoty, with its letter ł or without, hedged too
@pytest.mark.parametrize("text, amount, currency", [
    ("2.3 billion złoty", 2300000000, "PLN"),
    ("450 zlotys", 450, "PLN"),
    ("80 million Polish zloty", 80000000, "PLN"),
])
def test_fixb23_polish_zloty(text, amount, currency):
    money = parse_money(text)
    assert (money.amount, money.currency) == (amount, currency)


def test_fixb29_a_part_of_a_sum_after_of_which_shares_its_currency():
    from uis_build.parsing.money import find_money, find_range_ends, part_of_sum
    text = "The bridge will cost $30 million, of which 18 million is a loan. A tax of 9 million euros, of which 3 were spent."
    ends = find_range_ends(text, sorted(find_money(text), key=lambda f: f[0]))
    assert [(text[s:e], m.amount, m.currency) for s, e, m in ends] == [("18 million", 18_000_000, "USD")]
    three = text.index("3 were")
    assert part_of_sum(text, three, three + 1) is None  # the sum's scale unwritten: a count, maybe


def test_fixb29_a_worded_range_start_before_to_shares_the_far_ends_scale_and_currency():
    from uis_build.parsing.money import find_money, find_range_starts
    text = "Rooms went for three to five hundred euros a night, and in 2019 to 12 million dinars."
    starts = find_range_starts(text, sorted(find_money(text), key=lambda f: f[0]))
    assert [(text[s:e], m.amount, m.currency) for s, e, m in starts] == [("three", 300, "EUR")]


def test_fixb31_a_trillion_is_a_scale_and_the_estimated_sum_is_approximate():
    m = parse_money("more than 4.7 trillion dinars")
    assert (m.amount, m.currency, m.qualifier) == (Decimal("4700000000000"), "IQD", "more_than")
    m = parse_money("the estimated £2.4million")
    assert (m.amount, m.currency, m.qualifier) == (Decimal("2400000"), "GBP", "about")


def test_fixb48_range_far_end_with_a_plural_noun_is_a_count():
    from uis_build.parsing.money import range_end
    count = "Spots sold for £900 to 31,000 subscribers."
    assert range_end(count, count.index("31,000"), count.index("31,000") + 6) is None
    money = "Spots sold for £900 to 1,300 each."
    assert range_end(money, money.index("1,300"), money.index("1,300") + 5).amount == 1300


def test_fixb53_a_grouped_first_number_before_to_opens_a_money_range():
    from uis_build.parsing.money import find_money, find_range_starts
    text = "A place on a lorry cost 12,000 to 18,000 euros; by 2019 to 12 million dinars."
    starts = find_range_starts(text, sorted(find_money(text), key=lambda f: f[0]))
    assert [(text[s:e], m.amount, m.currency) for s, e, m in starts] == [("12,000", 12000, "EUR")]



def test_a_year_before_to_opens_no_range_with_a_grouped_far_end():
    """Mutation run of 2026-12-06: both ends must be written in thousands' groups (a year has no comma)."""
    from uis_build.parsing.money import find_money, find_range_starts, range_start
    text = "The fare rose in 2019 to 20,000 dollars."
    at = text.index("2019")
    assert range_start(text, at, at + 4) is None
    assert find_range_starts(text, sorted(find_money(text), key=lambda f: f[0])) == []


def test_a_part_of_a_sum_whose_currency_is_a_code_takes_it_and_a_code_that_is_no_currency_gives_none():
    """Mutation run of 2026-12-06: the sum's code is the part's currency only when it is a currency."""
    from uis_build.parsing.money import part_of_sum
    text = "The fund holds 12 billion IQD, of which 4 billion comes from Baghdad."
    at = text.index("4 billion")
    m = part_of_sum(text, at, at + 9)
    assert (m.amount, m.currency) == (4_000_000_000, "IQD")
    text = "The fund holds 12 billion XYZ, of which 4 billion comes from Baghdad."
    assert part_of_sum(text, at, at + 9) is None

def test_fixb59_a_share_of_a_sum_after_of_which_is_no_sum():
    from uis_build.parsing.money import find_money, find_range_ends
    text = "The clinic's budget was £1,250,000, of which 62% paid for nurses; its grant was $900,000, of which 40 per cent came late."
    ends = find_range_ends(text, sorted(find_money(text), key=lambda f: f[0]))
    assert ends == []


# fixb60: the other European currencies an outlet on the Balkan route names in English, each by its own words
@pytest.mark.parametrize("text, amount, currency", [
    ("1.2 million forints", 1200000, "HUF"),
    ("about 640,000 Hungarian forints", 640000, "HUF"),
    ("61,500 denars", 61500, "MKD"),
    ("8,000 denari", 8000, "MKD"),
    ("about 3 million Macedonian denars", 3000000, "MKD"),
    ("41,000 KM", 41000, "BAM"),
    ("1.2 million KM", 1200000, "BAM"),
    ("250,000 convertible marks", 250000, "BAM"),
    ("7,500 lei", 7500, "RON"),
    ("up to 12,000 Romanian lei", 12000, "RON"),
    ("900 Moldovan lei", 900, "MDL"),
    ("3,400 leva", 3400, "BGN"),
    ("60,000 Bulgarian lev", 60000, "BGN"),
    ("45,000 Czech crowns", 45000, "CZK"),
    ("2 million korunas", 2000000, "CZK"),
    ("150,000 Serbian dinars", 150000, "RSD"),
    ("3,000 Swiss francs", 3000, "CHF"),
    ("20,000 Danish kroner", 20000, "DKK"),
    ("80 million Polish zloty", 80000000, "PLN"),
])
def test_fixb60_european_currency_names(text, amount, currency):
    money = parse_money(text)
    assert (money.amount, money.currency) == (amount, currency)


def test_fixb60_a_serbian_dinar_named_sets_a_bare_one():
    from uis_build.parsing.money import bare_dinar
    assert bare_dinar("The smuggler paid 90,000 Serbian dinars; the rest, 40,000 dinars, came later.") == "RSD"


def test_fixb60_a_bare_crown_is_no_currency():
    from uis_build.parsing.money import find_money
    assert list(find_money("The dentist fitted 3 crowns.")) == []


# fixb60: prices in pence, as share prices and dividends are written, are amounts in pounds
@pytest.mark.parametrize("text, amount", [("7.25p", Decimal("0.0725")), ("340p", Decimal("3.4")), ("about 15p", Decimal("0.15")),
                                          ("80 pence", Decimal("0.8"))])
def test_fixb60_pence_are_pounds(text, amount):
    money = parse_money(text)
    assert (money.amount, money.currency) == (amount, "GBP")


def test_fixb60_pence_not_in_words_times_or_video_lines():
    from uis_build.parsing.money import find_money
    text = "Take the B12p exit at 3p.m. to see the 720p footage; a share fell 6.5p."
    assert [(text[a:b], m.amount) for a, b, m in find_money(text)] == [("6.5p", Decimal("0.065"))]


# a text table of our own: sums under a header naming their currency, figures under one naming none, prose, and a row under
# two headers naming two currencies
_TABLES = ("Table 2: Grants to harbour police, 2023\n\n"
           "Port                 Officers    Value (£)\n"
           "Piraeus                    12      310,000\n"
           "Patras                      4       85,500\n\n"
           "Port\tBoats\tCost (US$)\n"
           "Volos\t3\t12,000.50\n\n"
           "Port                 Officers    Boats (No.)\n"
           "Piraeus                    12          240\n\n"
           "The UK pledged 300,000 to train them.\n\n"
           "Port   Grant (€)   Loan\n"
           "Header   Value (£)\n"
           "Piraeus   12   3,000\n")


def _at(words: str, after: str = "", tables: str = _TABLES) -> tuple[int, int]:
    """Where ``words`` are in the tables, first after ``after``."""
    start = tables.index(words, tables.index(after))
    return start, start + len(words)


@pytest.mark.parametrize("words, currency", [("310,000", "GBP"), ("85,500", "GBP"), ("12,000.50", "USD")])
def test_a_bare_number_under_a_column_header_naming_a_currency_is_of_that_currency(words, currency):
    assert heading_money(_TABLES, *_at(words)).currency == currency
    assert (*_at(words), Decimal(words.replace(",", "")), currency) in {
        (s, e, m.amount, m.currency) for s, e, m in column_money(_TABLES)}


def test_words_that_are_no_bare_number_are_no_column_sum():
    with pytest.raises(ParseError, match=r"expected a bare number in a table's column"):
        heading_money(_TABLES, *_at("Piraeus"))


# tables of our own captioned with their currency and scale, financial years as column headers; one whose caption names
# no currency, one with two captions, and one whose column header names a currency under a caption naming another
_CAPTIONED = ("Table 1: Border security funding for Iraq (£ million)\n"
              "Programme                     2024-25   2025-26\n"
              "Returns and reintegration        2.4       3.1\n\n"
              "Grants to the Kurdistan Region (US$ thousand)\n\n"
              "Grant\t2024-25\n"
              "Cameras\t125.5\n\n"
              "Budget (IQD billion)\n"
              "Line        2025\n"
              "Fences         3\n\n"
              "Table 2: Patrols (£m)\n"
              "Post        2024-25   Boats (No.)\n"
              "Zakho          1.2             7\n\n"
              "Table 3: Border posts in Duhok\n"
              "Post        2024-25\n"
              "Ibrahim Khalil   14\n\n"
              "Table 4: Spending (£ million)\n"
              "Table 4a: Spending (€ million)\n"
              "Post        2024-25\n"
              "Ibrahim Khalil   16\n\n"
              "Table 5: Spending (£ million)\n"
              "Post        Grant (US$)\n"
              "Zakho          9,500\n\n"
              "Post        Grant (€m)\n"
              "Erbil          1.5\n")


@pytest.mark.parametrize("words, after, amount, currency", [
    ("2.4", "", "2400000", "GBP"), ("3.1", "", "3100000", "GBP"),  # "(£ million)"
    ("125.5", "", "125500", "USD"),  # "(US$ thousand)", a blank line between caption and table
    ("3", "Fences", "3000000000", "IQD"),  # "(IQD billion)"
    ("1.2", "Zakho", "1200000", "GBP"),  # "(£m)"
    ("9,500", "Table 5", "9500", "USD"),  # the column header first: "Grant (US$)", not the caption's pounds
    ("1.5", "Erbil", "1500000", "EUR"),  # a column header may give a scale too
])
def test_capscale_a_bare_number_in_a_table_captioned_with_currency_and_scale_is_a_scaled_sum(words, after, amount, currency):
    money = heading_money(_CAPTIONED, *_at(words, after, _CAPTIONED))
    assert (money.amount, money.currency, money.as_written) == (Decimal(amount), currency, words)
    assert (*_at(words, after, _CAPTIONED), Decimal(amount), currency) in {
        (s, e, m.amount, m.currency) for s, e, m in column_money(_CAPTIONED)}


# a budget table's caption saying its sums are in cash (current prices) still gives their currency and scale; one in real
# terms gives none (those are not the sums as paid)
_CASH = ("Table 1: Settlement by programme (£ million, cash)\n"
         "Programme              2026-27   2027-28\n"
         "Border Command             212       236\n\n"
         "Table 2: Grants (US$m, nominal)\n"
         "Grant        2026\n"
         "Cameras       1.5\n\n"
         "Table 3: Settlement (£ million, real terms)\n"
         "Programme        2026-27\n"
         "Returns              331\n")


@pytest.mark.parametrize("words, amount, currency", [("212", "212000000", "GBP"), ("236", "236000000", "GBP"),
                                                     ("1.5", "1500000", "USD")])
def test_a_caption_saying_its_sums_are_in_cash_gives_their_currency_and_scale(words, amount, currency):
    money = heading_money(_CASH, *_at(words, "", _CASH))
    assert (money.amount, money.currency) == (Decimal(amount), currency)


def test_a_caption_in_real_terms_gives_no_currency():
    with pytest.raises(ParseError, match=r"'331' names no currency"):
        heading_money(_CASH, *_at("331", "", _CASH))


@pytest.mark.parametrize("tables, words, after, expected", [
    (_TABLES, "240", "", r"'240' names no currency, and its column header 'Boats \(No\.\)' names none in brackets \('Value \(£\)'"),
    (_TABLES, "300,000", "", r"'300,000' names no currency, and it is no cell of a text table under a column header naming one"),
    (_TABLES, "12", "Header", r"'12' names no currency, and the column headers over it name 2 \(EUR, GBP\)"),
    # the caption names no currency
    (_CAPTIONED, "14", "Table 3", r"'14' names no currency, and neither its column header '2024-25' nor its table's caption "
                      r"\('Table 3: Border posts in Duhok'\) names one in brackets \('Value \(£\)', 'Amount \(USD\)', "
                      r"'\(£ million\)'"),
    # two captions naming two currencies
    (_CAPTIONED, "16", "Table 4", r"'16' names no currency, and its table has 2 captions naming one \('Table 4: Spending \(£ million\)'; "
                      r"'Table 4a: Spending \(€ million\)'\)"),
    # a column whose header has brackets of its own takes nothing from the caption
    (_CAPTIONED, "7", "Zakho", r"'7' names no currency, and neither its column header 'Boats \(No\.\)' nor its table's caption"),
    # a column header is no sum
    (_CAPTIONED, "2025", "Budget", r"'2025' names no currency, and it is no cell of a text table"),
])
def test_a_bare_number_under_no_single_currency_heading_is_refused_saying_what_was_expected(tables, words, after, expected):
    start, end = _at(words, after, tables)
    with pytest.raises(ParseError, match=expected):
        heading_money(tables, start, end)
    assert (start, end) not in {(s, e) for s, e, _ in column_money(tables)}


def test_no_currency_symbol_opens_another_so_their_alternation_needs_no_order():
    # a symbol opening another ("R" and "R$") would need the longer one first in money._SYMBOL
    folded = [s.casefold() for s in SYMBOLS]
    assert [(a, b) for a in folded for b in folded if a != b and b.startswith(a)] == []
    assert parse_money("US$5 million").currency == "USD"


@pytest.mark.parametrize("text", ["The lorry was stopped 12 km from the border.", "a 40 KMH limit", "It ran 41,000 kms."])
def test_a_kilometre_is_no_convertible_mark(text):
    from uis_build.parsing.money import find_money
    assert [m for *_, m in find_money(text)] == []


def test_a_sum_in_convertible_marks_is_found_in_a_sentence():
    from uis_build.parsing.money import find_money
    found = [(m.amount, m.currency) for *_, m in find_money("Officers seized 41,000 KM (about €21,000); the road is 12 km long.")]
    assert found == [(41000, "BAM"), (21000, "EUR")]


def test_fixp101_km_before_a_scaled_or_grouped_sum_is_bam_only_in_a_bosnian_text():
    from uis_build.parsing.money import find_money
    assert parse_money("KM 3.2 million").amount == Decimal("3200000") and parse_money("KM 3.2 million").currency == "BAM"
    found = [(m.as_written, m.currency) for _, _, m in find_money("Bosnia's police got KM 640,000; the crash was at KM 12.")]
    assert found == [("KM 640,000", "BAM")]
    assert list(find_money("The pipeline survey reached KM 640,000 of its grid.")) == []


def test_km_before_a_sum_is_bam_in_a_text_naming_the_convertible_mark_without_bosnia():
    from uis_build.parsing.money import find_money
    found = [(m.as_written, m.currency) for _, _, m in find_money("Each driver was paid KM 2,000 in convertible marks.")]
    assert found == [("KM 2,000", "BAM")]


@pytest.mark.parametrize("text, far, written", [
    ("Fees ran from CHF 2,000 to 3,500, the court heard.", "3,500", "from CHF 2,000 to 3,500"),
    ("ISK 1 million to 1.37 million was paid", "1.37 million", "ISK 1 million to 1.37 million")])
def test_a_range_whose_first_end_has_an_iso_code_gives_the_far_end_that_code(text, far, written):
    from uis_build.parsing.money import range_end
    start = text.index(far)
    money = range_end(text, start, start + len(far))
    assert (money.currency, money.as_written) == (written.removeprefix("from ")[:3], written)


def test_a_period_with_its_article_is_found_whole():
    from uis_build.parsing.periods import find_periods
    text = "Arrivals in 2023 were 300, up from 250 the year before."
    assert [text[start:end] for start, end, _ in find_periods(text, "2024-11-26")] == ["in 2023", "the year before"]


def test_a_range_of_years_is_stated():
    period = parse_period("2021-2023")
    assert (period.start, period.end, period.basis) == (date(2021, 1, 1), date(2023, 12, 31), "stated")


def test_a_worded_range_start_before_or_shares_the_far_ends_scale_and_currency():
    """Mutation run of 2026-12-06: "or" is one of the words a range's first end may stand before."""
    from uis_build.parsing.money import find_money, find_range_starts
    text = "They paid four or five thousand dollars each."
    starts = find_range_starts(text, sorted(find_money(text), key=lambda f: f[0]))
    assert [(text[s:e], m.amount, m.currency) for s, e, m in starts] == [("four", 4000, "USD")]


def test_half_a_scale_is_a_whole_number():
    """Mutation run of 2026-12-06: half a dozen is the integer 6, not 6.0."""
    from uis_build.parsing.numbers import words_to_number
    assert [(n, type(n)) for n in (words_to_number("half a dozen"), words_to_number("half a hundred"))] == [(6, int), (50, int)]


def test_a_quarter_of_a_scale_is_a_whole_number():
    """Mutation run of 2026-12-07: three quarters of a million is the integer 750,000, not 750000.0."""
    from uis_build.parsing.numbers import words_to_number
    assert [(n, type(n)) for n in (words_to_number("three quarters of a million"), words_to_number("a quarter of a hundred"))] \
        == [(750_000, int), (25, int)]


@pytest.mark.parametrize("text, expected", [("", "no number words in ''"), ("two frogs", "'frogs' is not a number word")])
def test_words_to_number_says_which_word_is_no_number(text, expected):
    from uis_build.parsing.numbers import words_to_number
    with pytest.raises(ParseError, match=expected):
        words_to_number(text)
