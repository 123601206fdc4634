"""Periods and days relative to a reference date or to another period: at month and year ends, on
leap days, in the past and the future tense; day-first numeric dates. dateparser, with its settings
fixed, is the independent check of the day, weekday and month arithmetic."""

from datetime import date, datetime, timedelta

import pytest

from uis_build.parsing import ParseError, parse_period
from uis_build.parsing.periods import MONTH_FIRST, Period, parse_date, parse_when

D = date.fromisoformat


@pytest.mark.parametrize("text, reference, start, end", [
    ("last month", "2024-01-15", "2023-12-01", "2023-12-31"),   # January: the December before, no crash
    ("last month", "2024-01", "2023-12-01", "2023-12-31"),
    ("last month", "2024-03-31", "2024-02-01", "2024-02-29"),   # a leap February
    ("last month", "2024-02-29", "2024-01-01", "2024-01-31"),
    ("next month", "2024-11-30", "2024-12-01", "2024-12-31"),
    ("last month", "2023-03-01", "2023-02-01", "2023-02-28"),
    ("last month", "2024-12-31", "2024-11-01", "2024-11-30"),
    ("next month", "2024-12-31", "2025-01-01", "2025-01-31"),   # December: the January after
    ("next month", "2024-01-31", "2024-02-01", "2024-02-29"),
    ("next month", "2023-01-31", "2023-02-01", "2023-02-28"),
    ("next month", "2024-11-26", "2024-12-01", "2024-12-31"),
    ("this month", "2024-02-29", "2024-02-01", "2024-02-29"),
    ("this month", "2024-12", "2024-12-01", "2024-12-31"),
    ("last year", "2025-01-01", "2024-01-01", "2024-12-31"),
    ("past year", "2024-12-31", "2023-01-01", "2023-12-31"),
    ("this year", "2024-12-31", "2024-01-01", "2024-12-31"),
    ("next year", "2024-11-26", "2025-01-01", "2025-12-31"),
    ("next year", "2024", "2025-01-01", "2025-12-31"),
    ("year ending February", "2024-03", "2023-03-01", "2024-02-29"),
    ("year ending February", "2024-02-29", "2022-03-01", "2023-02-28"),  # February not yet ended
    ("year ending February", "2025-03-01", "2024-03-01", "2025-02-28"),
    ("year ending December", "2025-01", "2024-01-01", "2024-12-31"),
    ("year to March", "2024-04", "2023-04-01", "2024-03-31"),
    ("12 months ending January", "2024-02", "2023-02-01", "2024-01-31"),
    ("in October", "2024-11-26", "2024-10-01", "2024-10-31"),
    ("in November", "2024-11-26", "2024-11-01", "2024-11-30"),    # the reference month itself
    ("in November", "2024-11", "2024-11-01", "2024-11-30"),
    ("in December", "2024-11-26", "2023-12-01", "2023-12-31"),
    ("in December", "2025-01-01", "2024-12-01", "2024-12-31"),
    ("during February", "2025-01-31", "2024-02-01", "2024-02-29"),
    ("the month of January", "2024-12-31", "2024-01-01", "2024-01-31"),
    ("last October", "2024-10-15", "2023-10-01", "2023-10-31"),   # not the month in progress
    ("last October", "2024-11-26", "2024-10-01", "2024-10-31"),
    ("next October", "2024-10-15", "2025-10-01", "2025-10-31"),
    ("next December", "2024-11-26", "2024-12-01", "2024-12-31"),
])
def test_relative_periods_at_month_and_year_ends(text, reference, start, end):
    p = parse_period(text, reference=reference)
    assert (p.start, p.end) == (D(start), D(end)) and reference in p.basis and p.as_written == text


@pytest.mark.parametrize("text, reference, start, end", [
    ("in October", "2024-11-26", "2025-10-01", "2025-10-31"),
    ("in November", "2024-11-26", "2024-11-01", "2024-11-30"),
    ("in December", "2024-11-26", "2024-12-01", "2024-12-31"),
    ("in January", "2024-12-31", "2025-01-01", "2025-01-31"),
    ("in January", "2025-01", "2025-01-01", "2025-01-31"),
    ("last October", "2024-10-15", "2023-10-01", "2023-10-31"),    # a word that says which wins
])
def test_a_month_without_a_year_in_the_future_tense(text, reference, start, end):
    p = parse_period(text, reference=reference, future=True)
    assert (p.start, p.end, p.precision) == (D(start), D(end), "month")


@pytest.mark.parametrize("text, edtf", [
    ("between January and September 2024", "2024-01/2024-09"),
    ("from January to September 2024", "2024-01/2024-09"),
    ("in January–September 2024", "2024-01/2024-09"),
    ("January and February 2024", "2024-01/2024-02"),
    ("between November and February 2024", "2023-11/2024-02"),   # a winter: it starts the year before
    ("between March 2023 and June 2024", "2023-03/2024-06"),
    ("between 2021 and 2023", "2021/2023"),
    ("from 2021 to 2023", "2021/2023"),
    ("2021-23", "2021/2023"),
    ("2019/20", "2019/2020"),
    ("since July 2024", "2024-07/.."),
    ("first ten months of 2024", "2024-01/2024-10"),
    ("first twelve months of 2023", "2023-01/2023-12"),
    ("first one months of 2023", "2023-01"),
    ("February 2024", "2024-02"),
    ("year ending February 2024", "2023-03/2024-02"),
])
def test_stated_periods(text, edtf):
    assert parse_period(text).edtf == edtf


def test_stated_period_bounds_and_bases():
    assert parse_period("first half of 2024") == Period(D("2024-01-01"), D("2024-06-30"), "month", "first half of 2024", "stated")
    assert parse_period("since 2015").basis == "stated; open-ended ('since')"
    assert parse_period("since July 2024") == Period(D("2024-07-01"), None, "month", "since July 2024",
                                                     "stated; open-ended ('since')")
    assert parse_period("March 2024 to March 2024").edtf == "2024-03"   # one month, not a period ending before it starts
    assert parse_period("between March and March 2024").edtf == "2024-03"
    assert parse_date("2024-11-26") == (D("2024-11-26"), "stated")
    assert parse_date("04/12/2024") == (D("2024-12-04"), "stated; numeric date read day first")
    assert parse_period("next October", reference="2024-10-15").basis == "first October after the reference date 2024-10-15"
    assert parse_period("in October", reference="2024-10-15", future=True).basis == \
        "first October on or after the reference date 2024-10-15"
    assert parse_period("last October", reference="2024-10-15").basis == "latest October before the reference date 2024-10-15"
    assert parse_period("in October", reference="2024-10-15").basis == "latest October on or before the reference date 2024-10-15"


def test_stated_month_period_ends():
    assert parse_period("February 2024").end == D("2024-02-29") and parse_period("February 2023").end == D("2023-02-28")
    assert parse_period("between January and February 2023").end == D("2023-02-28")
    assert parse_period("first two months of 2024").end == D("2024-02-29")
    assert parse_period("year ending February 2025").start == D("2024-03-01")


@pytest.mark.parametrize("text, message", [
    ("between September and January 2023 2023", "expected a period"),
    ("between March 2024 and June 2023", "ends before it starts"),
    ("2024–2021", "ends before it starts"),
    ("first thirteen months of 2024", "12 months, not 13"),
    ("first zero months of 2024", "12 months, not 0"),
    ("in October", "reference_date"),
    ("last month", "reference_date"),
    ("the same period of 2023", "relative_to"),
    ("over those nine months", "relative_to"),
])
def test_periods_that_are_refused_say_why(text, message):
    with pytest.raises(ParseError, match=message):
        parse_period(text)


def test_a_month_without_a_year_needs_the_reference_month():
    for text in ("in October", "last month", "next month", "this month", "year ending June", "last October"):
        with pytest.raises(ParseError, match="with a month"):
            parse_period(text, reference="2024")
    from uis_build.parsing.periods import find_periods

    # found, but not resolved with a reference of the year alone
    assert [(p, e - s) for s, e, p in find_periods("It rose last month.", reference="2024")] == [(None, 10)]


# -- relative to another period --------------------------------------------------------------------

LEAP_FEB = parse_period("year ending February 2024")   # 2023-03-01 .. 2024-02-29
JAN_SEP = parse_period("between January and September 2024")


@pytest.mark.parametrize("text, relative_to, start, end", [
    ("the previous year", LEAP_FEB, "2022-03-01", "2023-02-28"),
    ("a year earlier", LEAP_FEB, "2022-03-01", "2023-02-28"),
    ("the same period last year", JAN_SEP, "2023-01-01", "2023-09-30"),
    ("the same period of 2023", JAN_SEP, "2023-01-01", "2023-09-30"),
    ("in the same period of 2021", JAN_SEP, "2021-01-01", "2021-09-30"),
    ("the same period in 2025", parse_period("year ending February 2024"), "2024-03-01", "2025-02-28"),
    ("the same period of 2024", parse_period("year ending February 2023"), "2023-03-01", "2024-02-29"),
    ("the previous year", parse_period("February 2025"), "2024-02-01", "2024-02-29"),   # whole months stay whole
    ("the previous year", Period(D("2024-02-29"), D("2024-02-29"), "day", "29 February 2024", "stated"),
     "2023-02-28", "2023-02-28"),                                                      # a day stays a day
    ("over those nine months", JAN_SEP, "2024-01-01", "2024-09-30"),
    ("in these twelve months", LEAP_FEB, "2023-03-01", "2024-02-29"),
    ("over those two years", parse_period("2022–2023"), "2022-01-01", "2023-12-31"),
    ("during that period", JAN_SEP, "2024-01-01", "2024-09-30"),
    ("over the same period", JAN_SEP, "2024-01-01", "2024-09-30"),
])
def test_periods_relative_to_another(text, relative_to, start, end):
    p = parse_period(text, relative_to=relative_to)
    assert (p.start, p.end, p.precision) == (D(start), D(end), relative_to.precision)
    assert relative_to.as_written in p.basis and p.as_written == text


@pytest.mark.parametrize("text, relative_to", [
    ("over those eight months", JAN_SEP), ("over those nine years", JAN_SEP), ("over those nine months", None),
    ("over those nine months", Period(D("2024-01-01"), D("2024-09-30"), "day", "1 January to 30 September", "stated")),
    ("the same period of 2023", Period(D("2015-01-01"), None, "year", "since 2015", "stated")),
])
def test_a_relative_period_that_does_not_fit_is_refused(text, relative_to):
    with pytest.raises(ParseError, match="relative"):
        parse_period(text, relative_to=relative_to)


# -- days ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("04/12/2024", "2024-12-04"), ("4/12/2024", "2024-12-04"), ("04.12.2024", "2024-12-04"), ("04-12-2024", "2024-12-04"),
    ("31/01/2025", "2025-01-31"), ("29/02/2024", "2024-02-29"), ("on 1/1/2025", "2025-01-01"),
    ("2024-11-26", "2024-11-26"), ("26 November 2024", "2024-11-26"), ("November 26, 2024", "2024-11-26"),
    ("Dec 2, 2024", "2024-12-02"), ("2 Sept. 2024", "2024-09-02"), ("dated 29 February 2024", "2024-02-29"),
])
def test_stated_days(text, day):
    assert parse_date(text)[0] == D(day)


@pytest.mark.parametrize("text, message", [
    ("12/31/2024", "day first"), ("29/02/2023", "not a real date"), ("31 February 2024", "not a real date"),
    ("04/12-2024", "expected a date"), ("2024-02-30", "not a real date"), ("31 February", "not a real date"),
])
def test_impossible_days_are_refused(text, message):
    with pytest.raises(ParseError, match=message):
        parse_date(text, "2024-11-26")


@pytest.mark.parametrize("text, reference, past, future", [
    ("on 26 November", "2024-11-26", "2024-11-26", "2024-11-26"),
    ("on 27 November", "2024-11-26", "2023-11-27", "2024-11-27"),
    ("on 25 November", "2024-11-26", "2024-11-25", "2025-11-25"),
    ("on 9 December", "2024-11-26", "2023-12-09", "2024-12-09"),
    ("on 31 December", "2025-01-01", "2024-12-31", "2025-12-31"),
    ("on 1 January", "2024-12-31", "2024-01-01", "2025-01-01"),
    ("the 1st of March", "2024-02-29", "2023-03-01", "2024-03-01"),
    ("on 29 February", "2024-02-28", "2020-02-29", "2024-02-29"),   # leap days go to a leap year
    ("on 29 February", "2025-03-01", "2024-02-29", "2028-02-29"),
    ("on 29 February", "2024-02-29", "2024-02-29", "2024-02-29"),
    ("November 30", "2024-11", "2024-11-30", "2024-11-30"),          # a day of the reference month
    ("on 1 November", "2024-11", "2024-11-01", "2024-11-01"),
    ("on 31 December", "2024-12", "2024-12-31", "2024-12-31"),
    ("on 1 December", "2024-11", "2023-12-01", "2024-12-01"),
    ("on 31 October", "2024-11", "2024-10-31", "2025-10-31"),
    ("Dec 2", "2024-12-02", "2024-12-02", "2024-12-02"),
])
def test_a_day_without_a_year(text, reference, past, future):
    assert parse_date(text, reference) == (D(past), f"latest such day on or before the reference date {reference}")
    assert parse_date(text, reference, future=True) == (D(future), f"first such day on or after the reference date {reference}")
    assert parse_when(text, reference).edtf == past


WEEK = {"Monday": "2024-11-25", "Tuesday": "2024-11-26", "Wednesday": "2024-11-20", "Thursday": "2024-11-21",
        "Friday": "2024-11-22", "Saturday": "2024-11-23", "Sunday": "2024-11-24"}
NEXT_WEEK = {"Monday": "2024-12-02", "Tuesday": "2024-12-03", "Wednesday": "2024-11-27", "Thursday": "2024-11-28",
             "Friday": "2024-11-29", "Saturday": "2024-11-30", "Sunday": "2024-12-01"}


@pytest.mark.parametrize("weekday", WEEK)
def test_every_weekday_against_tuesday_26_november_2024(weekday):
    assert parse_date(f"on {weekday}", "2024-11-26") == (D(WEEK[weekday]), f"latest {weekday} on or before the reference date 2024-11-26")
    assert parse_date(f"On {weekday}.", "2024-11-26", future=True)[0] == D(NEXT_WEEK[weekday])
    assert parse_when(weekday, "2024-11-26", future=True).edtf == NEXT_WEEK[weekday]


@pytest.mark.parametrize("text, reference, past, future", [
    ("on Tuesday", "2025-01-01", "2024-12-31", "2025-01-07"),
    ("on Wednesday", "2025-01-01", "2025-01-01", "2025-01-08"),
    ("on Monday", "2024-12-30", "2024-12-30", "2025-01-06"),
    ("on Thursday", "2024-02-29", "2024-02-29", "2024-03-07"),
    ("on Friday", "2024-02-29", "2024-02-23", "2024-03-01"),
    ("on Wednesday", "2024-03-01", "2024-02-28", "2024-03-06"),
])
def test_weekdays_across_month_and_year_ends(text, reference, past, future):
    assert parse_date(text, reference)[0] == D(past) and parse_date(text, reference, future=True)[0] == D(future)


def test_days_need_the_reference_they_resolve_with():
    with pytest.raises(ParseError, match="link it with 'relative_to'"):
        parse_when("the previous year", reference="2024-11-26")
    with pytest.raises(ParseError, match="reference_date"):
        parse_when("in October")
    for bad in ("2024-13", "2024-02-30", "24-11-26", "2024-1"):
        with pytest.raises(ParseError, match="reference date like|not a real date"):
            parse_when("on Tuesday", bad)
    with pytest.raises(ParseError, match="reference_date"):
        parse_when("on 26 November")
    with pytest.raises(ParseError, match="with a month"):
        parse_date("on 26 November", "2024")
    with pytest.raises(ParseError, match="with a day"):
        parse_when("on Tuesday", "2024-11")


# -- dateparser, with fixed settings, agrees where the conventions are the same ----------------------

REFERENCES = ["2023-02-28", "2023-03-01", "2023-12-31", "2024-01-01", "2024-02-28", "2024-02-29", "2024-03-01",
              "2024-06-30", "2024-11-26", "2024-12-31", "2025-01-31"]
DAYS = ["1 January", "28 February", "29 February", "1 March", "30 June", "26 November", "31 December"]


def _dateparser(text: str, reference: str, future: bool) -> date:
    import dateparser

    settings = {"RELATIVE_BASE": datetime.fromisoformat(reference), "PREFER_DATES_FROM": "future" if future else "past",
                "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    return dateparser.parse(text, languages=["en"], settings=settings).date()


@pytest.mark.parametrize("reference", REFERENCES)
def test_days_weekdays_and_months_agree_with_dateparser(reference):
    ref = D(reference)
    for future in (False, True):
        for weekday in WEEK:
            ours, theirs = parse_date(weekday, reference, future)[0], _dateparser(weekday, reference, future)
            # dateparser's last Tuesday on a Tuesday is the week before; a news "on Tuesday" that day is that day
            assert ours == (ref if ours == ref and not future else theirs), (weekday, reference, future)
        for day in DAYS:
            ours, theirs = parse_date(day, reference, future)[0], _dateparser(day, reference, future)
            # "on 26 November" on 26 November is that day in either tense; dateparser's future is the year after
            if not (future and ours == ref):
                assert ours == theirs, (day, reference, future)
        for month in ("January", "March", "June", "November", "December"):  # dateparser takes a future February to 2028
            ours_month = parse_period(month, reference=reference, future=future).start
            theirs_month = _dateparser(month, reference, future)
            if not (future and (ours_month.year, ours_month.month) == (ref.year, ref.month)):
                assert ours_month == theirs_month, (month, reference, future)
    numeric = (ref + timedelta(days=3)).strftime("%d/%m/%Y")
    assert parse_date(numeric)[0] == _dateparser(numeric, reference, False) == ref + timedelta(days=3)


@pytest.mark.parametrize("text, order, day, read", [
    ("04/12/2024", "day_first", "2024-12-04", "day first"), ("04/12/2024", "month_first", "2024-04-12", "month first"),
    ("12/31/2024", "month_first", "2024-12-31", "month first"), ("1.2.2025", "month_first", "2025-01-02", "month first"),
    ("on 02/29/2024", "month_first", "2024-02-29", "month first"), ("26 November 2024", "month_first", "2024-11-26", None),
])
def test_a_numeric_date_follows_the_source_convention_and_says_so(text, order, day, read):
    d, basis = parse_date(text, order=order)
    assert d == D(day)
    assert (f"numeric date read {read}" in basis) if read else basis == "stated"
    assert parse_when(text, order=order).start == D(day)


@pytest.mark.parametrize("text, order, message", [
    ("12/31/2024", "day_first", r"day first .*unless the source's date_convention .*month_first.*no month 31"),
    ("31/12/2024", "month_first", r"this source are read month first.*no month 31"),
    ("02/30/2024", "month_first", "not a real date"), ("04/12/2024", "ymd", "unknown date convention 'ymd'"),
])
def test_a_numeric_date_against_its_convention_is_refused_saying_why(text, order, message):
    for parse in (parse_date, parse_when):
        with pytest.raises(ParseError, match=message):
            parse(text, order=order)


# The forms the drafter writes as an event's `date:` span: the build must read every one (the draft is the review).
@pytest.mark.parametrize("text, reference, future, edtf", [
    # weeks run Monday to Sunday; 2025-10-14 is a Tuesday, 2025-01-01 a Wednesday, 2024-03-03 a Sunday
    # "last <day>": the latest such day two to eight days before the reference
    *[(f"last {w}", "2025-10-14", False, f"2025-10-{d:02d}") for w, d in zip(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], [6, 7, 8, 9, 10, 11, 12])],
    ("next Monday", "2025-10-14", True, "2025-10-20"), ("this Sunday", "2025-10-14", True, "2025-10-19"),
    ("last Monday", "2025-01-01", False, "2024-12-30"), ("next Sunday", "2024-12-30", True, "2025-01-12"),
    ("last Friday", "2024-03-03", False, "2024-03-01"), ("last Tuesday", "2024-03-03", False, "2024-02-27"),
    ("last Saturday", "2024-03-03", False, "2024-02-24"), ("last Sunday", "2024-03-03", False, "2024-02-25"),
    ("last Thursday", "2024-03-01", False, "2024-02-22"), ("last Wednesday", "2024-03-01", False, "2024-02-28"),
    ("yesterday", "2024-03-01", False, "2024-02-29"), ("last night", "2025-01-01", False, "2024-12-31"),
    ("today", "2024-02-29", False, "2024-02-29"), ("this morning", "2024-02-29", False, "2024-02-29"),
    ("this afternoon", "2024-02-29", False, "2024-02-29"), ("this evening", "2024-02-29", False, "2024-02-29"),
    ("tonight", "2024-02-29", False, "2024-02-29"), ("tomorrow", "2024-12-31", True, "2025-01-01"),
    ("last week", "2025-01-01", False, "2024-12-23/2024-12-29"), ("past week", "2025-10-14", False, "2025-10-06/2025-10-12"),
    ("next week", "2024-12-30", True, "2025-01-06/2025-01-12"), ("this week", "2024-03-03", False, "2024-02-26/2024-03-03"),
    ("Q1 2025", None, False, "2025-01/2025-03"), ("in Q2 2025", None, False, "2025-04/2025-06"),
    ("Q3 2025", None, False, "2025-07/2025-09"), ("q4 2024", None, False, "2024-10/2024-12"),
    ("the first quarter of 2024", None, False, "2024-01/2024-03"), ("second quarter of 2024", None, False, "2024-04/2024-06"),
    ("in the third quarter of 2024", None, False, "2024-07/2024-09"), ("the fourth quarter of 2024", None, False, "2024-10/2024-12"),
    ("the final quarter of 2024", None, False, "2024-10/2024-12"), ("the last quarter of 2023", None, False, "2023-10/2023-12"),
    ("Spring 2025", None, False, "2025-21"), ("in the summer of 2026", None, False, "2026-22"),
    ("autumn 2024", None, False, "2024-23"), ("fall 2024", None, False, "2024-23"),
    ("winter 2024", None, False, "2024-24"),  # the winter that begins in December
    ("the spring", "2025-10-14", False, "2025-21"), ("the spring", "2025-10-14", True, "2026-21"),
    ("the spring", "2025-04-14", True, "2025-21"), ("the spring", "2025-02-14", False, "2024-21"),
    ("the winter", "2025-01-20", False, "2024-24"), ("the winter", "2025-03-20", True, "2025-24"),
    ("last winter", "2025-01-20", False, "2023-24"), ("last winter", "2025-10-14", False, "2024-24"),
    ("last summer", "2025-08-31", False, "2024-22"), ("last summer", "2025-09-01", False, "2025-22"),
    ("next winter", "2025-01-20", True, "2025-24"), ("next summer", "2025-07-01", True, "2026-22"),
    ("next autumn", "2025-08-31", True, "2025-23"),
    ("this winter", "2025-10-14", True, "2025-24"), ("this winter", "2025-02-14", False, "2024-24"),
    ("this winter", "2025-03-14", False, "2025-24"),  # March ends no winter: this year's is the one begun in December
    ("this spring", "2025-10-14", False, "2025-21"),
    ("the summer", "2025-06-10", False, "2025-22"),  # begun in the reference's own month: the latest begun
    ("in early March", "2025-10-14", False, "2025-03"), ("mid-2025", None, False, "2025"),
    ("in late March 2025", None, False, "2025-03"), ("late last year", "2025-10-14", False, "2024"),
    ("early next year", "2025-10-14", True, "2026"), ("in mid-October", "2025-10-14", True, "2025-10"),
    ("early spring 2025", None, False, "2025-21"),
    ("in June last year", "2024-01-31", False, "2023-06"), ("December next year", "2024-12-31", True, "2025-12"),
    ("in March this year", "2024-11", False, "2024-03"), ("in late June last year", "2024", False, "2023-06"),
])
def test_week_day_word_quarter_season_and_part_forms(text, reference, future, edtf):
    p = parse_when(text, reference, future=future)
    assert p.edtf == edtf
    assert p.as_written == text


@pytest.mark.parametrize("text, start, end", [
    ("spring 2025", "2025-03-01", "2025-05-31"), ("summer 2025", "2025-06-01", "2025-08-31"),
    ("autumn 2025", "2025-09-01", "2025-11-30"), ("winter 2023", "2023-12-01", "2024-02-29"),
])
def test_a_season_spans_its_three_months(text, start, end):
    p = parse_when(text)
    assert (p.start, p.end, p.precision) == (D(start), D(end), "month")


def test_the_bases_of_the_new_forms_say_how_they_were_read():
    assert parse_when("last Tuesday", "2025-10-14").basis == (
        "latest Tuesday at least two days before the reference date 2025-10-14")
    assert parse_when("next Tuesday", "2025-10-14", future=True).basis.startswith("the Tuesday of the week after")
    assert parse_when("this Tuesday", "2025-10-14").basis.startswith("the Tuesday of the week of")
    assert parse_when("Spring 2025").basis == "stated; spring read as March to May"
    assert parse_when("winter 2024").basis == "stated; winter read as December to February"
    assert parse_when("Q3 2025").basis == "stated"
    assert parse_when("the autumn", "2025-10-14").basis == (
        "the autumn latest begun by the reference date 2025-10-14; autumn read as September to November")
    assert parse_when("in early March 2025").basis == "stated; 'early' not kept: all of 2025-03"
    assert parse_when("yesterday", "2025-10-14").basis == "yesterday relative to the reference date 2025-10-14"


@pytest.mark.parametrize("text, reference, message", [
    ("last Tuesday", None, "needs a reference_date"), ("last Tuesday", "2025-10", "with a day"),
    ("yesterday", "2025", "with a day"), ("next week", None, "needs a reference_date"),
    ("the spring", None, "needs a reference_date"), ("the spring", "2025", "with a month"),
    ("in early March", None, "'in early March' is relative"), ("the early years", "2025-10-14", "got 'the early years'"),
    ("Q5 2025", None, "expected a day"), ("next spring 2025", None, "expected a day"), ("the zeroth quarter of 2024", None, "expected a day"),
])
def test_the_new_forms_refuse_what_they_cannot_resolve(text, reference, message):
    with pytest.raises(ParseError, match=message):
        parse_when(text, reference)


# -- a range of days (issue 20, task S2) --------------------------------------------------------------

@pytest.mark.parametrize("text, reference, future, edtf", [
    ("3 and 4 March", "2026-03-13", False, "2026-03-03/2026-03-04"), ("on 3 and 4 March", "2026-03-13", False, "2026-03-03/2026-03-04"),
    ("3-4 March", "2026-03-13", False, "2026-03-03/2026-03-04"), ("3 – 4 March", "2026-03-13", False, "2026-03-03/2026-03-04"),
    ("between 3 and 5 March", "2026-03-13", False, "2026-03-03/2026-03-05"), ("from 3 to 5 March", "2026-03-13", False, "2026-03-03/2026-03-05"),
    ("on the 3rd and 4th of March", "2026-03-13", False, "2026-03-03/2026-03-04"),
    ("3 and 4 March 2026", None, False, "2026-03-03/2026-03-04"), ("3-4 March, 2025", "2026-03-13", True, "2025-03-03/2025-03-04"),
    ("3 and 4 March", "2026-03-03", False, "2026-03-03/2026-03-04"),  # begun on the reference date
    ("3 and 4 March", "2026-03-02", False, "2025-03-03/2025-03-04"),  # not yet begun: the year before
    ("3 and 4 March", "2026-03-13", True, "2027-03-03/2027-03-04"), ("3 and 4 March", "2026-03-03", True, "2026-03-03/2026-03-04"),
    ("30 and 31 December", "2026-01-02", False, "2025-12-30/2025-12-31"),  # across a year end
    ("30 and 31 December", "2025-12-31", True, "2026-12-30/2026-12-31"),
    ("1 and 2 January", "2025-12-31", True, "2026-01-01/2026-01-02"),
    ("30 and 31 January", "2026-02", False, "2026-01-30/2026-01-31"),  # a reference of a month
    ("29 and 30 April", "2026-05-01", False, "2026-04-29/2026-04-30"),
    ("28 and 29 February", "2026-03-13", False, "2024-02-28/2024-02-29"),  # ends on a leap day: the latest leap year
    ("28 and 29 February", "2026-03-13", True, "2028-02-28/2028-02-29"),
    ("28 and 29 February 2024", None, False, "2024-02-28/2024-02-29"),
])
def test_a_range_of_days(text, reference, future, edtf):
    p = parse_when(text, reference, future=future)
    assert (p.edtf, p.precision, p.as_written) == (edtf, "day", text)
    assert parse_period(text, reference=reference, future=future) == p


def test_a_range_of_days_says_how_its_year_was_read():
    assert parse_when("3 and 4 March 2026").basis == "stated"
    assert parse_when("on 3 and 4 March", "2026-03-13").basis == (
        "latest such day on or before the reference date 2026-03-13 (the range's first day)")
    assert parse_when("3 and 4 March", "2026-03-01", future=True).basis == (
        "first such day on or after the reference date 2026-03-01 (the range's first day)")
    assert parse_when("28 and 29 February", "2026-03-13").basis.endswith("it ends on 29 February, so in the latest leap year")


@pytest.mark.parametrize("text, reference, message", [
    ("4 and 3 March", "2026-03-13", "'4 and 3 March' ends before it starts"),
    ("3 and 3 March", "2026-03-13", "names one day twice"),
    ("30 and 31 April", "2026-03-13", "'30 and 31 April' is not a real date"),
    ("0 and 1 March", "2026-03-13", "not a real date"),
    ("28 and 29 February 2025", None, "'28 and 29 February 2025' is not a real date"),
    ("3 and 4 March", None, "'3 and 4 March' is relative: the source needs a reference_date"),
    ("3 and 4 March", "2026", "needs a reference date with a month"),
    ("3/4 March", "2026-03-13", "expected a day"),  # a slash: a fraction or a numeric date, not a range
    ("3 and 4", "2026-03-13", "expected a day"),
])
def test_a_range_of_days_refused_says_why(text, reference, message):
    with pytest.raises(ParseError, match=message):
        parse_when(text, reference)


def test_the_bases_and_spacing_the_sampled_mutants_changed():
    """Bases and white space that mutation runs changed unnoticed (task S2)."""
    assert parse_period("2024").basis == "stated" and parse_period("in 2024.,").edtf == "2024"
    assert "latest to end before the reference date 2025-10-14" in parse_when("last winter", "2025-10-14").basis
    assert parse_period("in June last year", reference="2024-01-31").basis == "June of the year before the reference date 2024-01-31"
    assert parse_date("26  November\t2024,") == (D("2024-11-26"), "stated")
    with pytest.raises(ParseError, match=r"not a real date: numeric dates are read day first \(04/12/2024 is 4 December 2024\) unless"):
        parse_date("12/31/2024")


@pytest.mark.parametrize("text, reference, day, basis", [
    ("15 January next year", "2025-10-03", "2026-01-15", "in the year after the reference date 2025-10-03"),
    ("the 3rd of March last year", "2025-01-10", "2024-03-03", "in the year before the reference date 2025-01-10"),
    ("2 May this year", "2025-10-03", "2025-05-02", "in the year of the reference date 2025-10-03"),
    ("On 15 Jan. next year", "2025", "2026-01-15", "in the year after the reference date 2025"),  # a year is enough
    ("29 February next year", "2027-05-01", "2028-02-29", "in the year after the reference date 2027-05-01"),
])
def test_a_day_of_the_year_before_or_after_the_reference(text, reference, day, basis):
    assert parse_date(text, reference) == (D(day), basis)
    assert parse_when(text, reference, future=True).edtf == day  # whatever the tense: the words give the year


@pytest.mark.parametrize("text, reference, message", [
    ("15 January next year", None, "'15 January next year' is relative: the source needs a reference_date"),
    ("29 February next year", "2025-05-01", "'29 February next year' is not a real date"),
    ("32 January next year", "2025-05-01", "not a real date"),
])
def test_a_day_of_the_year_before_or_after_the_reference_refused_says_why(text, reference, message):
    with pytest.raises(ParseError, match=message):
        parse_date(text, reference)


def test_the_bases_and_bounds_the_sampled_mutants_changed_in_periods():
    """Bases and bounds a mutation run of periods.py changed unnoticed."""
    assert "the summer not yet ended on the reference date 2025-07-10" in parse_when("the summer", "2025-07-10", future=True).basis
    assert parse_period("between January and September 2024").basis == "stated"
    assert parse_period("in June this year", reference="2025-05-25").basis == "June of the year of the reference date 2025-05-25"
    assert parse_period("Q3 2025").start == D("2025-07-01") and parse_period("third quarter of 2025").end == D("2025-09-30")


@pytest.mark.parametrize("text, reference, edtf, start, end, basis", [
    ("the first quarter of next year", "2025-11-17", "2026-01/2026-03", "2026-01-01", "2026-03-31",
     "quarter 1 of the year after the reference date 2025-11-17"),
    ("during the final quarter of this year", "2025-02", "2025-10/2025-12", "2025-10-01", "2025-12-31",
     "quarter 4 of the year of the reference date 2025-02"),
    ("Q2 last year", "2025", "2024-04/2024-06", "2024-04-01", "2024-06-30", "quarter 2 of the year before the reference date 2025"),
    ("second quarter of next year", "2025-06-09", "2026-04/2026-06", "2026-04-01", "2026-06-30",
     "quarter 2 of the year after the reference date 2025-06-09"),
])
def test_a_quarter_of_the_year_before_or_after_the_reference(text, reference, edtf, start, end, basis):
    for future in (False, True):  # whatever the tense: the words give the year
        p = parse_when(text, reference, future=future)
        assert (p.edtf, p.start, p.end, p.precision, p.basis, p.as_written) == (edtf, D(start), D(end), "month", basis, text)


def test_a_quarter_of_next_year_needs_a_reference():
    with pytest.raises(ParseError, match="relative"):
        parse_period("the first quarter of next year")


def test_the_bases_and_bounds_a_second_sampled_mutation_run_left_unchecked():
    """Bounds a mutation run of periods.py (2026-12-03) changed unnoticed: a run of days ending on a month's last day shifted
    a year keeps its day, "past week" is a week of days, and a span of years of the 1900s is found in running text."""
    from uis_build.parsing.periods import find_periods
    days = Period(D("2023-02-20"), D("2023-02-28"), "day", "20 to 28 February 2023", "stated")
    shifted = parse_period("the same period of 2024", relative_to=days)
    assert (shifted.start, shifted.end, shifted.precision) == (D("2024-02-20"), D("2024-02-28"), "day")
    week = parse_period("past week", reference="2025-06-11")
    assert (week.edtf, week.precision) == ("2025-06-02/2025-06-08", "day")
    found = [(s, e, p.edtf if p else None) for s, e, p in find_periods("The first scheme ran 1998–2001 in Basra.")]
    assert found == [(21, 30, "1998/2001")]


def test_a_week_needs_a_reference_date_with_a_day():
    with pytest.raises(ParseError, match="'past week' needs a reference date with a day, got '2025-06'"):
        parse_period("past week", reference="2025-06")


def test_the_basis_and_the_month_first_message_the_sampled_mutants_changed():
    """A stated span's basis and the month-first source's error, which a mutation run changed unnoticed."""
    assert parse_period("first seven months of 2024").basis == "stated"
    with pytest.raises(ParseError, match=r"not a real date: numeric dates of this source are read month first \(its date_convention: 12/04/2024 is 4 December "
                       r"2024\), and there is no month 31"):
        parse_date("31/12/2024", order=MONTH_FIRST)


# A day range ending on 29 February with no year goes to the nearest leap year, one year at a time, from an odd year too
@pytest.mark.parametrize("reference, future, year", [("2026-03-10", True, 2028), ("2027-03-10", False, 2024)])
def test_a_leap_day_range_from_an_odd_year_finds_the_nearest_leap_year(reference, future, year):
    p = parse_period("28 and 29 February", reference=reference, future=future)
    assert (p.start, p.end) == (date(year, 2, 28), date(year, 2, 29))


def test_a_month_first_date_says_it_follows_the_sources_convention():
    assert parse_date("12/31/2024", order="month_first")[1].endswith("month first (the source's date_convention)")
    assert "date_convention" not in parse_date("31/12/2024")[1]


@pytest.mark.parametrize("text, unit", [("one month ago", "one month before"), ("two months ago", "two months before"),
                                        ("one week ago", "one week before"), ("a week ago", "a week before"),
                                        ("three weeks ago", "three weeks before")])
def test_a_span_ago_names_its_unit_in_the_singular_only_for_one(text, unit):
    assert parse_when(text, reference="2024-11-26").basis.startswith(unit + " the reference date 2024-11-26")


def test_an_misspelt_before_a_span_ago_is_read_as_one_as_a_is():
    assert parse_when("an year ago", reference="2024-11-26").basis.startswith("an year before the reference date 2024-11-26")


def test_a_day_that_is_no_real_date_is_refused_as_a_day_not_read_as_a_period():
    with pytest.raises(ParseError, match="not a real date"):
        parse_when("31 February 2025", "2025-06-01")
    with pytest.raises(ParseError, match="not a real date"):
        parse_when("30/02/2025", "2025-06-01")


@pytest.mark.parametrize("spaced, plain", [("last  year", "last year"), ("the year  ending\nJune 2025", "the year ending June 2025"),
                                           ("between January and\nSeptember 2024", "between January and September 2024")])
def test_a_period_broken_over_a_line_or_spaced_twice_reads_as_written_once(spaced, plain):
    # a quote's period may wrap in the article's text; the span keeps its own spacing as written
    got, want = parse_period(spaced, reference="2025-11-26"), parse_period(plain, reference="2025-11-26")
    assert (got.start, got.end, got.precision) == (want.start, want.end, want.precision)
    assert got.as_written == spaced


def test_a_season_this_year_says_so_in_its_basis():
    assert parse_when("this winter", "2025-10-14").basis.startswith("the winter of the year of the reference date 2025-10-14")


def test_a_period_in_those_months_a_next_season_s_basis_and_a_date_before_a_comma():
    from uis_build.parsing.periods import PERIOD_RE
    assert PERIOD_RE.search("Crossings fell in those nine months, the report said.")
    assert "first to begin after the reference date 2025-10-14" in parse_when("next winter", "2025-10-14").basis
    assert parse_date("4 December 2024,")[0] == date(2024, 12, 4)


def test_a_range_begun_in_another_month_cannot_end_on_a_29_february_of_no_leap_year():
    with pytest.raises(ParseError, match="ends on 29 February of a year that is no leap year"):
        parse_period("from 28 January to 29 February", "2025-06-01")
