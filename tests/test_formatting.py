"""Values for people (uk_iraq_security.formatting): lead columns, record titles and values in words, all read
from the schemas. The rules are checked on every row of the data, not on today's rows by name."""

from __future__ import annotations

import re

import pytest

import uk_iraq_security as uis
from uk_iraq_security.formatting import edtf_words, human, lead_columns, missing, place_name, title


@pytest.mark.parametrize("edtf, words", [
    ("2024", "2024"), ("2024-11", "November 2024"), ("2024-11-26", "26 November 2024"),
    ("2022-07/2023-06", "year ending June 2023"), ("2024-01/2024-07", "January–July 2024"),
    ("2022/2023", "2022–2023"), ("2015/..", "since 2015"), ("../2020", "until 2020"),
    ("2024-11-26/2024-11-28", "26–28 November 2024"), ("2023-11/2024-02", "November 2023–February 2024"),
    ("2024~", "about 2024"), ("not a date", "not a date"),
    ("2026-21", "spring 2026"), ("2026-22", "summer 2026"), ("2026-23", "autumn 2026"), ("2024-24", "winter 2024"),
    ("2025-23~", "about autumn 2025"), ("2026-13", "2026-13"), ("2026-20", "2026-20"), ("2026-25/2027", "2026-25/2027"),
])
def test_periods_read_as_words(edtf, words):
    assert edtf_words(edtf) == words


@pytest.mark.parametrize("amount, row, words", [
    (300000, {"currency": "GBP", "qualifier": "up_to"}, "up to £300,000"),
    (75000000, {"currency": "GBP"}, "£75 million"),
    (1500000, {"currency": "USD", "qualifier": "more_than"}, "more than $1.5 million"),
    (1234567, {"currency": "IQD"}, "1,234,567 IQD"),
    (300000, None, "300,000"),
])
def test_amounts_read_with_currency_and_hedge(amount, row, words):
    assert human("funding", "amount", amount, row) == words


def test_counts_dates_categories_and_places_read_as_words():
    assert human("statistics", "value", 906000, {"unit": "persons"}) == "906,000 persons"
    assert human("statistics", "value", 2, {"unit": "ratio", "qualifier": "nearly"}) == "nearly 2×"
    assert human("bodies", "members", 1200) == "1,200"
    assert human("agreements", "date_signed", "2024-11-26") == "26 November 2024"
    assert human("statements", "may_be_translation", True) == "yes"
    assert human("statistics", "geography", "IQ-KR") == place_name("IQ-KR") == "Kurdistan Region"
    assert human("statistics", "geography", "Mediterranean") == "Mediterranean"  # a named region as it is
    for value in (None, float("nan"), "", __import__("pandas").NA, __import__("pandas").NaT):
        assert missing(value) and human("funding", "amount", value) == ""


def test_every_category_reads_as_its_label():
    for table in uis.tables():
        for f in uis.schema(table)["fields"]:
            for c in f.get("categories") or []:
                code, label = (c["value"], c.get("label")) if isinstance(c, dict) else (c, None)
                assert human(table, f["name"], code) == (label or code.replace("_", " "))


def _plain_number(text: str) -> float:
    """'up to £300,000' -> 300000.0; '£75 million' -> 75000000.0."""
    m = re.search(r"([\d,.]+)( million| billion)?", text)
    assert m, text
    return float(m.group(1).replace(",", "")) * {None: 1, " million": 1e6, " billion": 1e9}[m.group(2)]


def test_every_figure_reads_as_its_value_with_its_hedge():
    for table, column in (("funding", "amount"), ("statistics", "value")):
        display = next(f for f in uis.schema(table)["fields"] if f["name"] == column)["x-display"]
        for _, row in uis.load(table).iterrows():
            text = human(table, column, row[column], row)
            assert _plain_number(text) == row[column], text
            qualifier = row[display["qualifier"]]
            assert text.startswith(qualifier.replace("_", " ")) if not missing(qualifier) else text[0] not in "abcdefghijklmnopqrstuvwxyz"
            if "currency" in display and row[display["currency"]] == "GBP":
                assert "£" in text


def test_every_record_has_a_title():
    for table in uis.tables():
        for _, row in uis.load(table).iterrows():
            t = title(table, row)
            assert t and "{" not in t and not re.search(r"\b(None|nan|NaN|<NA>|NaT)\b", t), (table, t)


def test_titles_lead_with_the_facts():
    for _, row in uis.load("statistics").iterrows():
        t = title("statistics", row)
        # the figure, the place in words, the period in words
        assert t.lower().startswith(human("statistics", "value", row["value"], {**row, "unit": None}).lower()), t
        assert place_name(row["geography"]) in t and edtf_words(row["period_edtf"]) in t, t
    for _, row in uis.load("funding").iterrows():
        t = title("funding", row)
        assert t.lower().startswith(human("funding", "amount", row["amount"], row).lower()), t
        assert t.endswith(f"({place_name(row['recipient_code'])}, {row['scope']})"), t
    officials = uis.load("officials").set_index("official_id")["name"]
    for _, row in uis.load("event_participants").iterrows():
        if not missing(row["official_id"]):  # an official is titled by name, not by id
            assert title("event_participants", row).startswith(officials[row["official_id"]])


def test_lead_columns_are_columns_and_statistics_lead_with_the_figure():
    for table in uis.tables():
        lead = lead_columns(table)
        assert lead and set(lead) <= set(uis.load(table).columns), table
    lead = lead_columns("statistics")
    assert {"value", "unit", "geography"} <= set(lead) and any(c.startswith("period") for c in lead)
