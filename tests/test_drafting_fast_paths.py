"""The drafter's fast paths (issue 20: drafting speed) find exactly what the plain patterns find."""

import re
import string
import sys
from pathlib import Path

import pytest

from uis_build import sentences
from uis_build.drafting import agreements, dates, events, funding, measures, officials, statements, statistics
from uis_build.drafting.text import EndsOnWords, FirstCharScan, KindScan, first_characters, without_opening_boundaries
from uis_build.parsing import numbers, periods

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import corpus  # noqa: E402  (the benchmark folder is not a package)

# the held-out sets stay unread here: their outputs are never looked at while the drafter is tuned
TEXTS = [p.read_text(encoding="utf-8") for p in sorted([*(ROOT / "tests/articles").glob("*.txt"), *(ROOT / "seeds").glob("*.txt")])
         if not p.name.startswith("frozen")] + [t for _, t in corpus(200, start=1)]


def _found(pattern: re.Pattern) -> list:
    return [[(m.span(), m.lastgroup) for m in pattern.finditer(t)] for t in TEXTS]


@pytest.mark.parametrize("fast, kinds", [(events._EVENT_RE, events.EVENT_VERBS), (measures._MEASURE_RE, measures.MEASURES)])
def test_a_scan_of_kinds_by_first_character_keeps_every_match_and_its_kind(fast, kinds):
    plain = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in kinds))
    assert _found(fast) == _found(plain)


@pytest.mark.parametrize("pattern, left", [(r"\bfoo|\bbar", "foo|bar"), (r"(?:\bfoo|\bbar)\bx|\by", r"(?:\bfoo|\bbar)\bx|y"),
                                           (r"[|]\bx|a\|\bb", r"[|]\bx|a\|\bb"), (r"[]|]\bx|[^]|]\by|\bz", r"[]|]\bx|[^]|]\by|z"),
                                           (r"[a\]|]\bq|\\b", r"[a\]|]\bq|\\b"), (r"\b", ""), (r"x|\b\by", r"x|\by")])
def test_only_a_boundary_opening_a_top_level_alternative_is_left_out(pattern, left):
    assert without_opening_boundaries(pattern) == left  # (not one in a group, after a class's "|" or an escaped one)


_ODD_KINDS = (("a", r"\b(?:fo|ba)r|\bx[]^-]y|[]^-]z|(?:q)?w|\bhi\b"), ("b", r"(?i:F)oo|\b[^a-z]+!|(?:\||\()x|\bbar\b|é"),
              ("c", r"\b(?:\w+ ){0,2}?end|\bfo\w*"))


def test_a_scan_of_odd_kinds_by_first_character_keeps_every_match_and_its_kind():
    fast = KindScan(_ODD_KINDS)
    plain = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _ODD_KINDS) + ")")
    assert fast.first is None  # (an alternative opening with a negated class can start with any character)
    text = "for bar x]y x^y -z ^z ]z qw w hi Foo foo FOO 12! (x |x bar é a b end fob the end fo"
    for t in [text, text.upper(), text.title(), *text.split()]:
        assert [(m.span(), m.lastgroup) for m in fast.finditer(t)] == [(m.span(), m.lastgroup) for m in plain.finditer(t)], t
        for lo, hi in [(1, len(t)), (4, len(t) - 3), (10, 30)]:  # a window: the word start and lookbehinds see before it
            assert [m.span() for m in fast.finditer(t, lo, hi)] == [m.span() for m in plain.finditer(t, lo, hi)], (t, lo, hi)
            first, m = fast.search(t, lo, hi), plain.search(t, lo, hi)
            assert (first and (first.span(), first.lastgroup)) == (m and (m.span(), m.lastgroup)), (t, lo, hi)


def test_a_scan_of_kinds_refuses_an_alternative_that_can_match_no_text():
    with pytest.raises(ValueError, match="b: an alternative can match no text"):
        KindScan((("a", r"\bfoo"), ("b", r"bar|x?")))


def test_period_forms_are_tried_only_where_one_can_start_and_find_the_same_periods():
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(periods._PERIOD_FORMS)})(?![\w-])", re.IGNORECASE)
    assert _found(periods.PERIOD_RE) == _found(plain)
    odd = "ſame period, the ſame period, İn 2023, ın thoſe months, THE PREVIOUS YEAR, In Tha Period, ıN March, SINCE 2020"
    assert [m.span() for m in periods.PERIOD_RE.finditer(odd)] == [m.span() for m in plain.finditer(odd)] != []


@pytest.mark.parametrize("text", ["Ranya mayor Dilshad Karim said", "city council member Hawre Aziz", "parliament member Hoshyar Zebari",
                                  "spokesperson Brig. Gen. Yahya Rasool", "ministry official al-Hassan Nouri"])
def test_a_lowercase_title_before_a_name_passes_the_quick_test(text):
    assert officials.LOWER_BEFORE.search(text) and officials._MAY_HOLD_LOWER_TITLE.search(text)


def test_no_text_with_a_lowercase_title_before_a_name_fails_the_quick_test():
    for t in TEXTS:
        for m in officials.LOWER_BEFORE.finditer(t):
            assert officials._MAY_HOLD_LOWER_TITLE.search(m.group(0)), m.group(0)


_ODD_TITLES = ("city mayor al-Hassan Nouri, council MEMBER X, advocate DEPUTE Y, procurator fiſcal Z, fıscal İ, head Émile Zola, "
               "minister el-Sisi, former Minister Jo Bloggs, acting Chief Ana Ruiz, Mc Ewan, al-Amiri, Ōno Yoko, Brig. Gen. Ali Saad")


def test_the_quick_test_for_a_lowercase_title_is_the_plain_pattern():
    for t in [*TEXTS, _ODD_TITLES, *_ODD_TITLES.split(", "), "ahead Of", "ahead of", "MEMBERS", ""]:
        assert officials._may_hold_lower_title(t) == bool(officials._MAY_HOLD_LOWER_TITLE.search(t)), t[:80]


@pytest.mark.parametrize("name, ahead", [("TITLE_BEFORE", "_TITLE_AHEAD"), ("APPOSITIVE", "_NAME_AHEAD"),
                                         ("_PRIVATE_NAME", "_PRIVATE_NAME_AHEAD")])
def test_the_first_letters_looked_ahead_for_before_an_official_keep_every_match(name, ahead):
    fast = getattr(officials, name)
    plain = re.compile(fast.pattern.replace(getattr(officials, ahead), "", 1), fast.flags)
    assert plain.pattern != fast.pattern
    for t in [*TEXTS, _ODD_TITLES]:
        assert [m.groupdict() | {"span": m.span()} for m in fast.finditer(t)] == [m.groupdict() | {"span": m.span()} for m in plain.finditer(t)]


_ODD_DATES = ("on 3 and 4 March, between 3 and 5 March, From 3-4 March 2026, the 9th of December, On 26 November 2024, Nov. 28, "
              "December 12, 2024, on 4/12/2024, 04.12.2024, last Tuesday, Next Friday, this Monday, Since March 2023, until February, "
              "till May, early March 2024, mid-June 2025, late July, In March last year, last November, next October, past week, "
              "Past month, This year, in 2025, Over the first half of 2024, during the first eight months of 2025, by the spring of 2026, "
              "next summer, Last winter, this autumn, the Autumn, Early spring 2025, late Winter 2024, Q3 2025, in the first quarter of "
              "next year, During the final quarter of 2024, By the last quarter of this year, today, Yesterday, tomorrow, This morning, "
              "Tonight, last night, 12 Feb, Sept. 3, Winter 2024, Summer, 2024, Autumn 2025, ٣ March, Until March 2023, Till June, Until the spring, "
              "from 3 to 4 March, first quarter of 2024, since March 2023, spring 2025")


def test_the_first_letters_looked_ahead_for_before_a_date_keep_every_date():
    plain = re.compile(dates.DATE_RE.pattern.replace(dates.DATE_AHEAD, "", 1))
    assert plain.pattern != dates.DATE_RE.pattern
    odd = [_ODD_DATES, *(f(p) for p in _ODD_DATES.split(", ") for f in (str, str.lower, str.upper, str.title))]
    for t in [*TEXTS, *odd]:
        assert [m.groupdict() | {"span": m.span()} for m in dates.DATE_RE.finditer(t)] == \
            [m.groupdict() | {"span": m.span()} for m in plain.finditer(t)]



def test_a_year_alone_after_for_is_tried_though_a_date_skips_numbers_of_three_digits_or_more():
    # DATE_RE's look-ahead skips a year, which opens none of its forms; a plan's "for 2026" opens on it
    assert dates.SET_FOR_MONTH_RE.match("the next round is planned for 2026.", 30).group("y5") == "2026"
    assert dates.DATE_RE.search("the next round is planned for 2026.") is None

def test_every_peer_and_private_body_holds_a_word_of_its_quick_test():
    peers = re.compile(officials._PEER)
    odd = "Baroness X, BARON Y, Lord Z, Lady W, Dame V, Sir U, CHARITY, NGOs, Non-Profit, Campaign Group, THINK TANK, ſtudy firm, UNıVERSITY"
    bodies = [m.group(0) for t in [*TEXTS, odd] for m in officials.PRIVATE_BODY.finditer(t)]
    assert len(bodies) >= 7
    for b in bodies:
        assert any(w in numbers.fold(b) for w in officials._PRIVATE_WORDS), b
    for m in (m for t in [*TEXTS, odd] for m in peers.finditer(t)):
        assert any(w in m.group(0) for w in officials._PEER_WORDS), m.group(0)


def test_every_private_post_holds_a_word_of_its_quick_test():
    odd = ("Legal Director, advocacy director, Head of Campaigns, director of Fundraising, National Officer, regional organizer "
           "for aviation, Branch Secretary, shop Steward, Campaign Director")
    posts = [m.group(0) for t in [*TEXTS, odd] for m in officials._PRIVATE_POST.finditer(t)]
    posts += [m.group(0) for role in ("National Officer for aviation", "Regional Organiser") for m in officials._PRIVATE_POST.finditer(role)]
    assert len(posts) >= 9
    for p in posts:
        assert any(w in p for w in officials._PRIVATE_POST_WORDS), p


_ODD_QUOTES = ("“We are,” she said, “committed.” \"Yes\" 'No' ‘Maybe’ «Oui» don't 'n' “open\n\n“next” "
               "MOU, Memoranda of Understanding, joint STATEMENT, ſtatement of intent, Letter of Intent, Treaty, PACTS, Accord, "
               "arrangements, Deals, agreement of intent, declaration of intent, memorandum of understanding")


@pytest.mark.parametrize("module, name, ahead", [(statements, "_QUOTES", "QUOTE_AHEAD"), (agreements, "INSTRUMENT_RE", "INSTRUMENT_AHEAD")])
def test_the_first_characters_looked_ahead_for_before_a_quotation_or_an_instrument_keep_every_match(module, name, ahead):
    fast = getattr(module, name)
    plain = re.compile(fast.pattern.replace(getattr(module, ahead), "", 1), fast.flags)
    assert plain.pattern != fast.pattern
    for t in [*TEXTS, _ODD_QUOTES, _ODD_QUOTES.upper(), _ODD_QUOTES.title()]:
        assert [(m.span(), m.group(0)) for m in fast.finditer(t)] == [(m.span(), m.group(0)) for m in plain.finditer(t)]


@pytest.mark.parametrize("quick", [measures._ANY_MEASURE, events._ANY_EVENT])
def test_a_keyword_test_on_the_folded_text_finds_what_a_case_blind_one_finds_in_the_text(quick):
    plain = re.compile(re.sub(r"\(\?=\[[a-z-]+\]\)", "", quick.pattern, count=1), re.IGNORECASE)
    assert plain.pattern != quick.pattern
    odd = ["TRAıNING", "Traınıng", "ſigned", "SİGNED", "\u212aILLED", "HOTLINE", "x-RAY", "Met", "MET.", "re-met", "meets_", "x"]
    for t in [*TEXTS[:80], *odd]:
        spans = [(0, len(t)), *((m.start(), m.end()) for m in re.finditer(r"[^.\n]+", t))]
        assert [bool(quick.search(numbers.fold(t), *s)) for s in spans] == [bool(plain.search(t, *s)) for s in spans], t[:60]


@pytest.mark.parametrize("quick", [measures._ANY_MEASURE, events._ANY_EVENT, measures._HEAD_WORDS])
def test_a_keyword_test_opening_on_a_word_boundary_finds_what_its_look_behind_for_no_word_character_finds(quick):
    assert quick.pattern.startswith(r"\b(?=[")
    plain = re.compile(r"(?<![\w])" + quick.pattern[2:])
    for t in [numbers.fold(t) for t in TEXTS] + ["_met", "émet", "1met", "met"]:
        for lo, hi in [(0, len(t)), (1, len(t)), (5, len(t) - 5)]:  # a window: both see the character before it
            assert [m.span() for m in quick.finditer(t, lo, hi)] == [m.span() for m in plain.finditer(t, lo, hi)], t[:60]


@pytest.mark.parametrize("fast", [measures._MEASURE_RE, events._EVENT_RE])
def test_a_measure_or_event_starts_with_one_of_few_characters(fast):
    assert fast.first is not None and len(fast.first) < 60  # (the other word starts fail on one test)


def test_a_private_body_s_name_can_start_with_no_character_but_the_capitals_looked_ahead_for():
    try:
        from re import _parser
    except ImportError:
        import sre_parse as _parser  # type: ignore[no-redef]
    plain = officials._PRIVATE_NAME.pattern.replace(officials._PRIVATE_NAME_AHEAD, "", 1)
    first, empty = first_characters(_parser.parse(plain))
    assert officials._PRIVATE_NAME_AHEAD == "(?=[A-Z])" and first == set(string.ascii_uppercase) and not empty


def test_the_last_word_before_a_stop_is_what_the_plain_pattern_finds():
    plain = re.compile(r"(\w+)\W*$")
    for t in [*TEXTS[:80], "x_1 .", "…", "a", "", "Dr. ſı İ٣ foo_bar!?"]:
        for lo in range(0, len(t), 23):
            for hi in range(lo, min(len(t), lo + 45) + 1, 4):
                m = plain.search(t, lo, hi)
                assert sentences._last_word(t, lo, hi) == (m.group(1) if m else ""), (t[lo:hi], lo, hi)


@pytest.mark.parametrize("pattern, words", [(lambda: numbers.VAGUE_RE, lambda: numbers._VAGUE_PLURAL_WORDS),
                                            (lambda: numbers._MULTIPLIER_RE, lambda: [*numbers.MULTIPLIERS, *numbers.BASE_MULTIPLIERS])])
def test_every_vague_plural_or_multiplier_holds_a_word_of_the_quick_test_before_find_quantities_scans_for_it(pattern, words):
    odd = ["ſcores of", "Tens of THOUſANDS", "MıLLIONS", "BİLLIONS", "doubled", "TRİPLED", "trebled", "Quadruple", "halved",
           "hundreds", "dozens of dozens", "double"]
    matches = [m.group(0) for t in [*TEXTS, " ".join(odd)] for m in pattern().finditer(t)]
    assert len(matches) >= len(odd)
    for m in matches:
        assert any(w in numbers.fold(m) for w in words()), m


_BEFORE_NUMBER = ["Article ", "Jan. ", "aged between 3 and ", "Operation Wolf ", "Flight BA ", "margin of error of plus or minus ",
                  "pages 51–", "Court ", "girls under ", "under the age of ", "voted ", "votes to ", "trafficked to the UK at ",
                  "The survey interviewed ", "call Kent Police on ", "a father of ", "arrested at ", "on day ", "the other ",
                  "who represents ", "making ", "the ", "the gang’s ", "for ", "now employs ", "demand has ", "set to ", "ſet to ",
                  "PARENTS OF ", "İts ", "Votıng ", "Sample of ", "KILO "]


@pytest.mark.parametrize("name", ["_NOT_FIGURE_BEFORE", "_AGE_LIMIT", "_TALLY_BEFORE", "_AT_AGE", "_SAMPLE_BEFORE", "_CALL",
                                  "_FAMILY_BEFORE", "_CLOCK_BEFORE", "_NTH_OF_BEFORE", "_REST_BEFORE", "_CLIENTS_BEFORE",
                                  "_EARNING_BEFORE", "_DETERMINER_BEFORE", "_PREP_BEFORE", "_EMPLOYS_BEFORE",
                                  "_NOT_COUNTED_BEFORE", "_RATIO_VERB_BEFORE"])
def test_the_first_letters_looked_ahead_for_after_a_word_boundary_keep_every_match(name):
    fast = getattr(statistics, name)
    plain = re.compile(re.sub(r"\(\?=\[?[a-z]+\]?\)", "", fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    phrases = [f(p) for p in _BEFORE_NUMBER for f in (str, str.upper, str.title, str.lower)]
    windows = [*phrases, *(t[max(0, m.start() - 40):m.start()] for t in TEXTS[:60] for m in re.finditer(r"(?<=\s)\S", t))]
    assert [bool(fast.search(w)) for w in windows] == [bool(plain.search(w)) for w in windows]
    assert any(fast.search(w) for w in phrases)


_ODD_NUMBERS = ("ſix, SEVEN, Fıve hundred and ſixty, HALF A MILLION, a couple of, ٣٠٠ ألف, ۱۲, 1,500, 12.5bn, over 5, up to 9, "
                "UPWARDS OF 40, just under 3, in excess of 2, an estimated 7, aLMOST 8, ſome 9, as many as\t10, as much as 11")


def test_numbers_are_tried_only_where_one_can_start_and_are_the_same_numbers():
    n = numbers
    plain = re.compile(rf"(?<![\w.])(?P<num>{n.SCRIPT_NUMBER}|{n.DIGITS}|{n.WORD_NUMBER}|{n.A_NUMBER})(?:(?:(?<=[0-9])\s*|\s+)(?P<mag>{n.MAGNITUDE}))?(?![\w])",
                       re.IGNORECASE)
    for t in [*TEXTS, _ODD_NUMBERS]:
        assert [m.groupdict() | {"span": m.span()} for m in n.NUMBER_RE.finditer(t)] == \
            [m.groupdict() | {"span": m.span()} for m in plain.finditer(t)]


def test_the_qualifier_before_a_number_is_the_plain_alternations():
    plain = re.compile(r"(?<![\w-])(?P<q>" + "|".join(re.escape(w) for w, _ in numbers._QUALIFIER_WORDS) + r")\s+$", re.IGNORECASE)
    for t in [*TEXTS[:80], _ODD_NUMBERS]:
        for m in numbers.NUMBER_RE.finditer(t):
            fast, slow = numbers._QUALIFIER_BEFORE.search(t, max(0, m.start() - 30), m.start()), plain.search(t, max(0, m.start() - 30), m.start())
            assert (fast and (fast.span(), fast.group("q"))) == (slow and (slow.span(), slow.group("q")))
    assert numbers.qualifier_before(_ODD_NUMBERS, _ODD_NUMBERS.index("40")) == ("more_than", _ODD_NUMBERS.index("UPWARDS"))


@pytest.mark.parametrize("pattern, words, width", [(statistics._SAMPLE_AND_WITH, statistics._SAMPLE_AND_WITH_WORDS, 250),
                                                   (statistics._INSPECTORS_SPOKE_TO_BEFORE, statistics._SPOKE_WORDS, 280),
                                                   (statistics._SAMPLE_BEFORE, statistics._SAMPLE_WORDS, 130),
                                                   (statistics._LOOSE_SHARE, statistics._LOOSE_SHARE_WORDS, 90),
                                                   (statistics._TALLY_BEFORE, statistics._TALLY_WORDS, 40)])
def test_a_window_failing_the_quick_word_test_fails_the_case_blind_search_before_a_number(pattern, words, width):
    texts = [t for _, t in corpus(200, start=1)] + [
        "Interviews WITH 61 children and 19 parents", "FOCUS GROUPS with 12 men and with 9", "ınspectors ſpoke to nine",
        "Inspectors TALKED with staff and 4", "conversations from the camp, and from 30", "reviewers spoke to   12", "a SURVEY of 300", "Testimonies from 12", "cross-ChecKed with 4", "respondents: 40",
        "a poll last March of 900", "sample size of 80", "the study, run by the agency, interviewed 40",
        "4 or 5 of EVERY 10 flights", "Two To Three In Each Hundred boats", "3 to 4 out of\nevery ten staff",
        "VOTED 31 to 4", "by a MAJORıTY of ten to 2", "a vote of 6-3", "Votes against 12", "a Margin of 4–1"]
    for text in texts:
        for end in range(len(text) + 1):
            if pattern.search(text, max(0, end - width), end):
                assert statistics._holds(text, max(0, end - width), end, words), (text[max(0, end - width):end],)


def test_the_first_characters_looked_ahead_for_before_a_symbol_s_sum_keep_every_match():
    from uis_build.parsing import money
    plain = re.compile(rf"(?P<sym>{money._SYMBOL})\s?(?P<a1>{money._AMOUNT})|{money._PENCE}", re.IGNORECASE)
    odd = "us$5, US$ 12 million, JD2.2 million, jd 5, Dh4.6 million, dh 3, ₹40, ¥9, 45p, 30 pence, €3bn, £1,200, Kd 4, $7"
    for t in [*TEXTS, odd, odd.upper(), odd.lower()]:
        assert [m.groupdict() | {"span": m.span()} for m in money.SYMBOL_MONEY_RE.finditer(t)] == \
            [m.groupdict() | {"span": m.span()} for m in plain.finditer(t)]


def test_a_clause_s_stop_looked_behind_for_after_it_ends_the_same_clauses():
    plain = re.compile(r"[;!?]|:(?!\d)|(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)(?<!\s[A-Z])\.(?=\s|$)(?! \d)|\s[—–]\s|$")
    odd = "On Jan. 3 and Sept. 4, Ahmad K. held talks. U.S. aid. I. Then: at 10:30 — a stop.\nDec.\nx. 5 is. end."
    for t in [*TEXTS, odd]:
        assert [m.span() for m in events._CLAUSE.finditer(t)] == [m.span() for m in plain.finditer(t)]


_ODD_LINES = ("Dr Jo Bell (head of mission)\nMaj. Gen.\nAli Saad (spokesman) said. General Ali\nSaad (a spokesman)\n(the minister)\n"
              "Ana Ruiz\n (envoy) Col. Ana Ruiz KC (the adviser)\nJo Bell (x\ny) Sir Jo Bell (chair (acting) of it)")


@pytest.mark.parametrize("pattern, words", [(lambda: officials.PAREN_AFTER, " (")])
def test_a_pattern_searched_only_on_the_lines_holding_its_words_finds_what_the_whole_text_scan_finds(pattern, words):
    for t in [*TEXTS, _ODD_LINES]:
        whole = [m.span() for m in pattern().finditer(t)]
        assert all(words in t[s:e] and "\n" not in t[s:e] for s, e in whole)
        assert [m.span() for line in officials._lines_holding(t, words) for m in pattern().finditer(t, *line)] == whole


def test_the_first_character_looked_ahead_for_before_a_head_s_modifiers_keeps_every_phrase():
    fast_b, fast_h = measures._PHRASE_BEFORE, measures._HEAD_PHRASE
    plain_b, plain_h = (re.compile(p.pattern.replace(r"(?=[\w’'-])", "").replace(r"(?:(?=\w)(?:an?|", "(?:(?:an?|"), p.flags)
                        for p in (fast_b, fast_h))
    assert plain_b.pattern != fast_b.pattern and plain_h.pattern != fast_h.pattern
    odd = "a ‘new’ -led pilot course, 4,000 extra boats, two dozen new- cameras, the Training centre, ſome traınıng units"
    for t in [*TEXTS[:150], odd]:
        for m in re.finditer(r"\b\w", t):
            at = m.start()
            b, pb = fast_b.search(t, max(0, at - 80), at), plain_b.search(t, max(0, at - 80), at)
            assert (b and b.span()) == (pb and pb.span())
            h, ph = fast_h.match(t, at), plain_h.match(t, at)
            assert (h and (h.span(), h.span("mods"))) == (ph and (ph.span(), ph.span("mods")))


def test_the_search_for_a_head_s_phrase_started_after_the_last_word_no_phrase_holds_finds_what_the_whole_window_finds():
    odd = ("the THE new boats, will fund 4,000 extra boats and the. dozens of new cameras which  a the\tnew-the units "
           "theſe new units, of the an another a pilot scheme, no  more the")
    for t in [*TEXTS[:150], odd]:
        for m in re.finditer(r"\b\w", t):
            at = m.start()
            for lo in (max(0, at - 80), max(0, at - 30), max(0, at - 7)):
                b, pb = measures._phrase_before(t, lo, at), measures._PHRASE_BEFORE.search(t, lo, at)
                assert (b and b.span()) == (pb and pb.span())


def test_a_capital_scanned_for_before_its_look_behind_keeps_every_titled_word():
    fast = officials._TITLE_THEN_WORD
    plain = re.compile(r"(?<![\w’'-])" + fast.pattern.replace(r"(?<![\w’'-].)", "", 1))
    assert plain.pattern != fast.pattern
    for t in [*TEXTS, "Ab Cd", "xAb Cd", "\nAb Cd", "-Ab Cd", "’Ab Cd", "A B C", "Dr. Ab said, Mr Cd"]:
        assert [(m.span(), m.span(1)) for m in fast.finditer(t)] == [(m.span(), m.span(1)) for m in plain.finditer(t)]


def test_a_window_ending_on_no_character_a_figure_s_label_can_end_on_fails_the_label_search():
    labels = [*statistics._MONTH_WORDS, *statistics._LABELS, *statistics._CASED_LABELS.split("|"), "Word count:", "p.", "±", "#"]
    assert {w.rstrip()[-1] for w in labels if not w.rstrip()[-1].isalnum()} <= statistics._NOT_FIGURE_BEFORE_ENDS
    odd = [f"{w}{end}" for w in ["pages 51–", "aged 3, 4 and", "Operation Wolf_", "Flight BA", "No.", "ref. 4/", "9(", "4’", "±",
                                 "#", "Duration:", "Jumada al-Awwal", "margin of error of", "x,", "(", "May;", "Sept.", "ſection",
                                 "KILO", "Group of", "aged about 4, 5 and", "AGED between eight months and", "Operation Wolf Cub",
                                 "Flight BA", "plus or minus", "pages 51 –", "paras 4 to", "wagon", "Dhul Qiʿdah", "Dhu al-Qida",
                                 "Shaʿban", "Rabi’ al-Thani", "No.", "ref. 4/", "İtem", "said over", "between the"]
           for end in ["", " ", "\n", " \n", "\t"]]
    windows = [*odd, *(t[max(0, m.start() - 40):m.start()] for t in TEXTS[:200] for m in re.finditer(r"(?<=\s)\S", t))]
    assert [statistics._not_figure_before(w) for w in windows] == [bool(statistics._NOT_FIGURE_BEFORE.search(w)) for w in windows]
    assert any(statistics._not_figure_before(w) for w in odd) and not all(statistics._not_figure_before(w) for w in windows)


_AFTER_LOOKAHEADS = ["(?=wor|cal|bus|con|fin|fis|aca|sch|par|yea|mon|wee|day|min|sec|dec|nig|hou)", "(?=[ap][m.]|gm|bs|ut|ce|ee|as)",
                     "(?=ja|fe|ma|ap|ju|au|se|oc|no|de)",
                     "(?=gov|pro|dis|war|bor|mun|con|cou|reg|can|cap|mem|nat|sta|fro|jur|leg|set)",
                     "(?=na|sq|cu|k[mignb]|ce|mil|m[epmb]|m(?!\\w)|f[eot]|cm|to|li|de|he|ac|d[ou]|g[bi]|by|°)",
                     "(?=a(?:bs|ga|nn|pp|r[et]|xe)|b(?:a[ln]|lo|oo)|c(?:at|ha|la|o[mu])|d(?:e[flmp]|if|oo)|fur|g(?:am|oa|ra)|h(?:ou|ym)"
                     "|in[\\sfs]|key|l(?:a[mw]|e[gv]|ik)|m(?:a[it]|em|ps)|o(?:bj|cc)|p(?:ha|il|le|o[ei]|r[io])|quo|r(?:e[cpt]|un)"
                     "|s(?:e[anp]|ha|on|t[ar])|t(?:ie|ra)|v(?:ie|ot)|w(?:i[cn]|or))"]


def test_the_first_letters_looked_ahead_for_after_a_number_keep_every_match_of_what_is_no_figure():
    fast = statistics._NOT_FIGURE_AFTER
    plain = fast.pattern
    for ahead in _AFTER_LOOKAHEADS:
        assert plain.count(ahead) == 1, ahead
        plain = plain.replace(ahead, "")
    plain = re.compile(plain, fast.flags)
    odd = ("5 KM, 5 ſquare metres, 3 Km, 9 kilos, 2 m.\n4 m tall, 6 MPH, 7 °, 8 GB, 3 and a half years, 2 working days, "
           "4 Fiscal Years, 10 PM, 9 a.m., 3 GMT, 5 March, 6 SEPT, 7 Sept., 2 of Iraq's 18 governorates, 4 or 5 Member States, "
           "27 Legal Systems, 12 sets of rules, 3 cubic metres, 40-km-long, 5 hectares, 6 DUNAMS, 4 Donors, 3 Decades, 2 nights, 4 hours, "
           "3 Retweets, 4 MPs present, 5 in\nfavour, 6 Infographics, 2 ſeats, 7 Work packages, 8 axes, 9 Quote posts")
    for t in [*TEXTS, odd, odd.upper()]:
        for m in re.finditer(r"\d(?!\d)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", t, re.IGNORECASE):
            assert bool(fast.match(t, m.end())) == bool(plain.match(t, m.end())), t[m.end():m.end() + 30]


def test_a_window_whose_last_word_ends_no_qualifier_holds_none():
    assert all(w.replace(" ", "").isalpha() and w.isascii() for w, _ in numbers._QUALIFIER_WORDS)
    odd = [f"{lead}{w}{end}" for w in ["more than", "OVER", "ſome", "nearly", "up to", "(over", "x-over", "moreover", "of", "the"]
           for lead in ["", "at ", "…"] for end in ["", " ", "\n", " \n"]]
    texts = [*TEXTS[:200], *odd]
    for t in texts:
        for start in [*(m.start() for m in re.finditer(r"\S+", t)), len(t)]:
            m = numbers._QUALIFIER_BEFORE.search(t, max(0, start - 30), start)
            assert numbers.qualifier_before(t, start)[0] is None or m, (t[max(0, start - 30):start],)
            if m and not (numbers._VERB_OVER.search(t, max(0, m.start() - 12), m.start()) or numbers.fold(m.group("q")) in ("over", "up to")):
                assert numbers.qualifier_before(t, start) == (numbers._QUALIFIER_OF[numbers.fold(m.group("q"))], m.start())


def test_the_window_before_an_amount_is_searched_for_a_range_s_first_amount_only_when_it_can_hold_one():
    from uis_build.parsing import money
    odd = ["between 5 to\n", "£5 –", "5 OR ", "5-", "3 and  \n", "4 tO\t", "ſix or ", " \n ", "", "5 — \n", "5 and", "5 orders "]
    for t in [*TEXTS[:200], *odd]:
        for start in [*(m.start() for m in re.finditer(r"\S+", t)), len(t)]:
            fast, slow = money._first_before.__wrapped__(t, start), money._FIRST_BEFORE.search(t, max(0, start - 40), start)
            assert (fast and fast.span()) == (slow and slow.span()), t[max(0, start - 40):start]


def test_a_window_ending_on_no_capital_nor_sign_holds_no_code_before_a_number():
    odd = [f"{w}{end}" for w in ["EWHC", "UKSC", "GMT+", "UTC−", "UTC-", "TO", "x", "(", ""] for end in ["", " ", "\n", " \n"]]
    windows = [*odd, *(t[max(0, m.start() - 40):m.start()] for t in TEXTS[:200] for m in re.finditer(r"(?<=\s)\S", t))]
    assert [statistics._code_before(w) for w in windows] == [bool(statistics._CODE_BEFORE.search(w)) for w in windows]


_ENDS_ON_WORDS = sorted((f"{m.__name__}.{name}", v) for m in (events, funding, measures, statistics, officials, dates)
                        for name, v in vars(m).items() if isinstance(v, EndsOnWords))


@pytest.mark.parametrize("name, wrapper", _ENDS_ON_WORDS, ids=[n for n, _ in _ENDS_ON_WORDS])
def test_a_search_asked_only_on_its_last_words_finds_what_its_pattern_finds(name, wrapper):
    # an alternative ending on a word left out of the wrapper's list would never match: every window ending on a space
    for t in TEXTS:
        for end in (i + 1 for i, c in enumerate(t) if c == " "):
            plain, fast = wrapper.regex.search(t, max(0, end - 80), end), wrapper.search(t, max(0, end - 80), end)
            assert (plain and plain.span()) == (fast and fast.span()), (name, t[max(0, end - 80):end])


def test_a_window_whose_last_character_is_no_quotation_mark_nor_line_break_opens_no_quotation():
    odd = 'He said: "Three in four stayed." “Two\n in three left.\n"\n4 in 5 ‘9 «7 ,"\n3'
    for t in [*TEXTS, odd]:
        for i in range(1, len(t) + 1):
            if statistics._OPENS_QUOTED.search(t, max(0, i - 5), i):
                assert t[i - 1] in statistics._QUOTE_OR_BREAK, t[max(0, i - 5):i]


@pytest.mark.parametrize("name, wrapper", _ENDS_ON_WORDS, ids=[n for n, _ in _ENDS_ON_WORDS])
def test_a_wrapper_told_its_window_s_last_word_finds_what_its_search_finds(name, wrapper):
    # (_is_figure finds the last word of "before" once for the some twenty wrappers it asks of it)
    for t in [*TEXTS[:150], "   ", "", "x", "ſcored ", "We’re ", "IF  ", "a\n"]:
        for end in range(len(t) + 1):
            window = t[max(0, end - 40):end]
            fast, slow = wrapper.search_ending(EndsOnWords.last_word(window), window), wrapper.search(window)
            assert (fast and fast.span()) == (slow and slow.span()), (name, window)


def test_a_death_toll_before_a_number_holds_its_literal_word():
    for t in [*TEXTS, "The toll, now 31", "toll\n 4", "Toll of 5"]:
        for m in numbers.NUMBER_RE.finditer(t):
            if statistics._TOLL_BEFORE.search(t, max(0, m.start() - 40), m.start()):
                assert "toll" in t[max(0, m.start() - 40):m.start()]


_FIRST_CHAR_SCANS = sorted((f"{m.__name__}.{name}", v) for m in (dates, officials, statements, statistics)
                           for name, v in vars(m).items() if isinstance(v, FirstCharScan))


def _match(m: re.Match | None):
    return m and (m.span(), m.groupdict(), m.re)


@pytest.mark.parametrize("name, scan", _FIRST_CHAR_SCANS, ids=[n for n, _ in _FIRST_CHAR_SCANS])
def test_a_scan_skipping_to_the_characters_a_match_opens_on_finds_what_its_pattern_finds(name, scan):
    # a match opening on a character left out of the scan's class would never be found; the windows cut matches short
    assert len(_FIRST_CHAR_SCANS) >= 6
    for t in [*TEXTS, _ODD_TITLES, _ODD_QUOTES]:
        assert [_match(m) for m in scan.finditer(t)] == [_match(m) for m in scan.regex.finditer(t)], name
        for lo, hi in ((0, len(t) // 2), (len(t) // 3, len(t)), (len(t) // 4, 3 * len(t) // 4)):
            assert [_match(m) for m in scan.finditer(t, lo, hi)] == [_match(m) for m in scan.regex.finditer(t, lo, hi)], name
            assert _match(scan.search(t, lo, hi)) == _match(scan.regex.search(t, lo, hi)), name
            assert _match(scan.search(t, hi)) == _match(scan.regex.search(t, hi)), name


def test_a_scan_skipping_to_first_characters_refuses_a_case_blind_pattern():
    with pytest.raises(AssertionError):
        FirstCharScan(re.compile("(?=[a])ab", re.IGNORECASE), "[a]")


def test_a_window_with_no_possessive_ending_holds_no_name_s_possessive():
    odd = ["Talon Freight’s ", "ECPAT UK's director ", "Oxfam's Iraq ", "the BBC’S ", "Anna’s\n"]
    for t in [*TEXTS, *odd]:
        for at in [*(m.start() for m in re.finditer(r"(?<=\s)\S", t)), len(t)]:
            plain = officials._NAME_POSSESSOR.search(t, max(0, at - 50), at)
            assert _match(officials._name_possessor(t, at)) == _match(plain), t[max(0, at - 50):at]


def test_a_footer_or_masthead_with_no_charity_nor_company_gives_no_registered_number():
    odd = ["Registered charity no. 1234567", "X is a registered charity in England and Wales (No. 1234567)",
           "Charity Number SC012345", "Registered in England and Wales, company no. 0123456", "\nCompany Registration No 5"]
    for t in [*TEXTS, *odd, *(f"{t}\n{o}" for o in odd for t in TEXTS[:20])]:
        for lo, hi in ((max(0, len(t) - officials._FOOTER_CHARS), len(t)), (0, officials._MASTHEAD_CHARS), (0, len(t))):
            assert officials._registered_in(t, lo, hi) == bool(officials._REGISTERED_FOOTER.search(t, lo, hi)), t[lo:hi]


def test_the_first_letters_looked_ahead_for_before_a_tally_s_span_are_every_alternative_s():
    plain = re.compile(events._TALLY.pattern.replace("(?=[BDFIOSTWbdfiostw])", "", 1), events._TALLY.flags)
    assert plain.pattern != events._TALLY.pattern
    first, _ = first_characters(re._parser.parse(plain.pattern))
    assert first == set("BDFIOSTWbdfiostw")
    odd = "Since May, so far, To date, THROUGHOUT 2025, between June and July, Within the same period, Over the past year"
    for t in [*TEXTS, odd]:
        assert [m.span() for m in events._TALLY.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_a_clause_of_time_is_searched_for_only_where_one_of_its_words_is():
    assert dates._WHEN.pattern == r"\b(?:" + "|".join(dates._WHEN_WORDS) + r")\s"


def test_the_future_s_scan_finds_what_its_pattern_finds_in_a_clause_before_a_verb():
    odd = ["I'll go on to Mosul and", "we’ll meet them", "WILL", "is due in", "were likely to", "commits both sides to",
           "invited the minister, General X, to", "aims to. He will", "would,” she said"]
    for t in [*TEXTS[:200], *odd]:
        for at in [*(m.start() for m in re.finditer(r"(?<=\s)\S", t)), len(t)]:
            stretch = t[max(0, at - 100):at]
            assert _match(dates._FUTURE.search(stretch)) == _match(dates._FUTURE.regex.search(stretch)), stretch
            assert _match(dates._FUTURE.search(stretch, 0, len(stretch) - 5)) == \
                _match(dates._FUTURE.regex.search(stretch, 0, len(stretch) - 5)), stretch


def test_a_word_is_a_head_s_abbreviation_when_it_is_in_the_set_as_when_the_pattern_matches_it():
    words = {w for t in TEXTS for w in t.split()} | set(officials._HEAD_ABBRS) | {"Gen..", "gen.", "LT", "Ch.X", ".", ""}
    assert [w in officials._HEAD_ABBRS for w in words] == [bool(officials._HEAD_ABBR_RE.fullmatch(w)) for w in words]


def test_a_role_s_subject_word_looked_for_at_its_first_letters_only_is_every_match_of_the_plain_pattern():
    odd = ["SMUGGLER", "ſon", "\u212aingpin", "anti-smuggling chief", "Counter-Trafficking head", "the victims' minister", "x-wife"]
    roles = [t[m.start():m.start() + 60] for t in TEXTS[:80] for m in re.finditer(r"\b[A-Za-z]", t)] + odd
    fast, plain = officials._NOT_OFFICIAL_AT_WORDS, officials.NOT_OFFICIAL
    assert fast.pattern != plain.pattern
    assert [[m.span() for m in fast.finditer(r)] for r in roles] == [[m.span() for m in plain.finditer(r)] for r in roles]


def test_a_private_body_is_searched_for_only_where_a_word_of_the_quick_test_is_and_found_as_the_plain_search_finds_it():
    odd = ["CHARITY", "a ſhipyard", "the NGO", "women's  group", "the trade\nunion", "UNıVERSITY", "food bank", "children’s\ngroups",
           "partner\n organisation", "the Tribal\tCouncil", "İts university", "the think-tank"]
    windows = [t[m.start():m.start() + 80] for t in TEXTS for m in re.finditer(r"(?<![^\n.] )\b[A-Za-z]", t)] + odd
    sig = lambda m: None if m is None else m.span()  # noqa: E731
    assert [sig(officials._private_body(w)) for w in windows] == [sig(officials.PRIVATE_BODY.search(w)) for w in windows]


def test_the_first_characters_looked_ahead_for_before_a_hypothetical_open_every_alternative():
    fast = events._HYPOTHETICAL.regex
    ahead, body = re.fullmatch(r"\(\?=\[(\w+)\]\)\(\?:(.*)\)", fast.pattern, re.S).groups()
    first, empty = first_characters(re._parser.parse(body, fast.flags))
    assert first is not None and not empty and first <= set(ahead)
    plain = re.compile(body, fast.flags)
    windows = [t[max(0, m.start() - 24):m.start()] for t in TEXTS[:80] for m in re.finditer(r"(?<=\s)\S", t)]
    assert [bool(fast.search(w)) for w in windows] == [bool(plain.search(w)) for w in windows]


def test_a_rank_opens_on_no_letter_but_those_looked_ahead_for_and_is_told_as_the_plain_pattern_tells_it():
    fast = officials._RANK_ONLY
    plain = re.compile(fast.pattern.replace(officials._RANK_AHEAD, "", 1), fast.flags)
    first, empty = first_characters(re._parser.parse(plain.pattern, plain.flags))
    assert plain.pattern != fast.pattern and first is not None and not empty
    assert first <= set(re.fullmatch(r"\(\?=\[(\w+)\]\)", officials._RANK_AHEAD).group(1))
    words = {w for t in TEXTS for w in t.split()} | {"Major General", "Brigadier-General", "commissaris", "Lt. Col.", "Général"}
    assert {w for w in words if fast.fullmatch(w)} == {w for w in words if plain.fullmatch(w)}


def test_a_signature_block_is_found_where_the_plain_pattern_finds_one():
    fast = officials._SIGNATURE_BLOCK
    plain = re.compile(fast.pattern.replace(officials._SIGNATURE_AHEAD, "", 1), fast.flags)
    assert plain.pattern != fast.pattern
    odd = ("Yours.\nCllr Jo Bell\nCabinet member for housing, Leeds City Council\n\nDr. Ali bin Saad MP\n  Shadow Minister\n"
           "Jo Roe\n\nMinister\n", "said.\n Maj. Ann de la Cruz OBE \n\tHead of mission, British Embassy")
    for t in [*TEXTS, *odd]:
        assert [m.groupdict() | {"span": m.span()} for m in officials.at_line_starts(fast, t)] \
            == [m.groupdict() | {"span": m.span()} for m in officials.at_line_starts(plain, t)]


def test_every_past_tenure_holds_a_word_of_its_quick_test():
    for t in [*TEXTS, "envoy from 2013 to 2016, ambassador between 2001 and 2004, minister (2019–22)"]:
        assert all(any(w in m.group(0) for w in ("(", "from", "between")) for m in officials._PAST_TENURE.finditer(t))
