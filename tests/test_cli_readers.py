"""The command line for readers, in-process through main(argv): tables that lead with the facts in words,
--where with = != ~ < >, --sort, search, timeline, describe wrapped to the terminal, and one way to show a
missing value. Each test checks a rule against what load(), search() and timeline() return, not today's rows."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest

import uk_iraq_security as uis
from uk_iraq_security.cli import main
from uk_iraq_security.formatting import human, lead_columns

NOT_ONE_WAY = re.compile(r"<NA>|\bNaN\b|\bnan\b|\bNaT\b|\bNone\b")  # what pandas would print for a missing value


def run(capsys, monkeypatch, *argv, columns=80):
    """Exit code, stdout and stderr of main(argv) in a terminal ``columns`` wide."""
    monkeypatch.setenv("COLUMNS", str(columns))
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def csv_rows(capsys, monkeypatch, *argv) -> pd.DataFrame:
    code, out, err = run(capsys, monkeypatch, *argv, "--output", "csv")
    assert code == 0, err
    return pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)


def fits(out: str, width: int = 80) -> bool:
    return max(map(len, out.splitlines())) <= width


def header(out: str) -> list[str]:
    """The column names of a table output; a name cut with … as the start of it."""
    return [name.removesuffix("…") for name in out.splitlines()[0].split()]


# -- show: the facts first, in words -----------------------------------------------------------------------

def test_show_statistics_at_80_columns_reads_each_figure(capsys, monkeypatch):
    """`COLUMNS=80 uk-iraq-security show statistics`: each row's line has its figure in words (with its unit
    and hedge), its place and its period, none of them cut."""
    code, out, _ = run(capsys, monkeypatch, "show", "statistics")
    stats = uis.load("statistics")
    lines = out.splitlines()
    assert code == 0 and fits(out) and len(lines) >= 2 + len(stats)
    for line, row in zip(lines[2:], stats.to_dict("records")):
        for column in ("value", "geography", "period_edtf"):
            if not pd.isna(row[column]):
                assert human("statistics", column, row[column], row) in line, (column, line)


def test_show_funding_at_80_columns_reads_each_amount(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "show", "funding")
    for line, row in zip(out.splitlines()[2:], uis.load("funding").to_dict("records")):
        assert human("funding", "amount", row["amount"], row) in line  # "up to £300,000", never 75000000


def _lead_as_shown(table: str) -> list[str]:
    """x-lead, less the columns a figure before them already reads with (its unit, currency, qualifier)."""
    fields = {f["name"]: f for f in uis.schema(table)["fields"]}
    read_with = {c for name in lead_columns(table) for k, c in (fields[name].get("x-display") or {}).items() if k != "as"}
    return [c for c in lead_columns(table) if c not in read_with]


@pytest.mark.parametrize("table", uis.tables())
def test_show_leads_with_x_lead_at_any_width(capsys, monkeypatch, table):
    lead = _lead_as_shown(table)
    for width in (80, 1000):
        code, out, _ = run(capsys, monkeypatch, "show", table, columns=width)
        shown = header(out)
        assert code == 0 and fits(out, width)
        assert all(name.startswith(start) for start, name in zip(shown, lead)) and len(shown) > 1
    names = [f["name"] for f in uis.schema(table)["fields"]]
    assert sorted(shown) == sorted(names)  # at 1000 columns every column is there, none twice


@pytest.mark.parametrize("table", uis.tables())
def test_raw_and_machine_outputs_keep_the_stored_values(capsys, monkeypatch, table):
    names = [f["name"] for f in uis.schema(table)["fields"]]
    code, out, _ = run(capsys, monkeypatch, "show", table, "--raw", columns=1000)
    assert out.splitlines()[0].split() == names
    rows = json.loads(run(capsys, monkeypatch, "show", table, "--output", "json")[1])
    assert len(rows) == len(uis.load(table)) and all(list(r) == names for r in rows)


def test_raw_shows_the_number_as_stored(capsys, monkeypatch):
    out = run(capsys, monkeypatch, "show", "funding", "--raw", "--columns", "funding_id,amount,qualifier")[1]
    assert "75000000" in out and "up_to" in out and "£" not in out
    out = run(capsys, monkeypatch, "show", "funding", "--columns", "funding_id,amount,qualifier")[1]
    assert "75000000" not in out and "£75 million" in out


@pytest.mark.parametrize("table", uis.tables())
def test_a_missing_value_shows_one_way(capsys, monkeypatch, table):
    """The terminal layouts show a missing value as — (the docs say so), never as pandas' <NA>, NaN or NaT."""
    for layout in ([], ["--vertical"], ["--raw"], ["--raw", "--vertical"]):
        out = run(capsys, monkeypatch, "show", table, *layout, columns=1000)[1]
        assert not NOT_ONE_WAY.search(out), (table, layout, NOT_ONE_WAY.search(out))
    if uis.load(table).isna().any().any():
        assert " — " in out or out.rstrip().endswith("—") or "  —\n" in out


def test_a_missing_value_shows_one_way_in_timeline_search_and_describe(capsys, monkeypatch):
    for argv in (["timeline"], ["search", "Iraq"], ["describe", "funding"], ["describe", "statistics", "--vertical"]):
        out = run(capsys, monkeypatch, *argv, columns=1000)[1]
        assert not NOT_ONE_WAY.search(out), argv


def test_a_control_character_in_a_value_is_shown_escaped(capsys, monkeypatch):
    from uk_iraq_security.display import table, vertical

    frame = pd.DataFrame({"name": ["\x1b[31mred\x07"]})
    for text in (table(frame, 80), vertical(frame, 80)):
        assert "\x1b" not in text and "\x07" not in text and "\\x1b[31mred\\x07" in text


# -- --where and --sort -------------------------------------------------------------------------------------

def test_where_not_equal_is_the_rest(capsys, monkeypatch):
    funding = uis.load("funding")
    gbp = csv_rows(capsys, monkeypatch, "show", "funding", "--where", "currency=GBP")
    rest = csv_rows(capsys, monkeypatch, "show", "funding", "--where", "currency!=GBP")
    assert sorted([*gbp.funding_id, *rest.funding_id]) == sorted(funding.funding_id) and not set(gbp.funding_id) & set(rest.funding_id)
    hedged = csv_rows(capsys, monkeypatch, "show", "funding", "--where", "qualifier!=")  # a missing value is empty
    assert list(hedged.funding_id) == list(funding[funding.qualifier.notna()].funding_id)
    plain = csv_rows(capsys, monkeypatch, "show", "funding", "--where", "qualifier=")
    assert list(plain.funding_id) == list(funding[funding.qualifier.isna()].funding_id)


def test_where_contains_ignores_case_and_accents_and_reads_codes_in_words(capsys, monkeypatch):
    stats = uis.load("statistics")
    expected = list(stats[stats.geography.astype("string") == "IQ-KR"].statistic_id)
    assert expected
    # upper case, an accented query against unaccented data, and the code IQ-KR read in words
    for condition in ("geography_name~KURDISTAN", "geography_name~kūrdistān", "geography~kurdistan"):
        assert list(csv_rows(capsys, monkeypatch, "show", "statistics", "--where", condition).statistic_id) == expected


@pytest.mark.parametrize("condition, test", [
    ("value>1000", lambda s: s.value > 1000),
    ("value<100", lambda s: s.value < 100),
    ("period_start<2023", lambda s: s.period_start < pd.Timestamp("2023-01-01")),  # dates: text order is date order
    ("period_end>2024-06", lambda s: s.period_end >= pd.Timestamp("2024-06-01")),
    ("indicator>m", lambda s: s.indicator.astype("string") > "m"),
])
def test_where_less_and_greater(capsys, monkeypatch, condition, test):
    stats = uis.load("statistics")
    expected = list(stats[test(stats).fillna(False).astype(bool)].statistic_id)
    assert list(csv_rows(capsys, monkeypatch, "show", "statistics", "--where", condition).statistic_id) == expected


def test_where_compares_numbers_as_numbers(capsys, monkeypatch):
    cites = uis.load("citations")
    bound = int(cites.char_start.median())
    got = csv_rows(capsys, monkeypatch, "show", "citations", "--where", f"char_start>{bound}")
    assert list(got.citation_id) == list(cites[cites.char_start > bound].citation_id)  # "1000" > "900" too


def test_where_and_sort_errors_are_clear(capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "show", "funding", "--where", "amount>lots")
    assert code == 2 and out == "" and "amount holds numbers, and 'lots' is not one" in err
    code, _, err = run(capsys, monkeypatch, "show", "funding", "--where", "amout~300")
    assert code == 2 and "unknown column in --where 'amout' (did you mean 'amount'?)" in err
    code, _, err = run(capsys, monkeypatch, "show", "funding", "--sort", "-amout")
    assert code == 2 and "unknown column in --sort 'amout' (did you mean 'amount'?); valid columns: funding_id" in err
    for argv, message in ((["--where", "amount==5"], "unknown operator '==' in 'amount==5'; use COLUMN=VALUE, COLUMN!=VALUE"),
                          (["--where", "amount<>5"], "unknown operator '<>'"),
                          (["--where", "=5"], "expected COLUMN=VALUE, not '=5'"),
                          (["--sort", ","], "expected COLUMN or -COLUMN")):
        with pytest.raises(SystemExit) as e:
            main(["show", "funding", *argv])
        assert e.value.code == 2 and message in capsys.readouterr().err


def test_sort_descending_numbers_and_several_keys(capsys, monkeypatch):
    stats = uis.load("statistics")
    for argv in (["--sort", "-value"], ["--sort=-value"]):  # -value as its own argument, as people type it
        got = csv_rows(capsys, monkeypatch, "show", "statistics", *argv)
        assert list(got.statistic_id) == list(stats.sort_values("value", ascending=False, kind="stable").statistic_id)
    got = csv_rows(capsys, monkeypatch, "show", "statistics", "--sort", "geography,-value", "--rows", "3")
    expected = stats.assign(g=stats.geography.astype("string")).sort_values(["g", "value"], ascending=[True, False], kind="stable")
    assert list(got.statistic_id) == list(expected.statistic_id[:3])


def test_sort_puts_missing_values_last_and_the_table_output_follows(capsys, monkeypatch):
    funding = uis.load("funding")
    got = csv_rows(capsys, monkeypatch, "show", "funding", "--sort", "-qualifier")
    assert list(got.qualifier[funding.qualifier.notna().sum():]) == [""] * int(funding.qualifier.isna().sum())
    out = run(capsys, monkeypatch, "show", "funding", "--sort", "-amount", "--rows", "1")[1]
    top = funding.loc[funding.amount.idxmax()].to_dict()
    assert human("funding", "amount", top["amount"], top) in out.splitlines()[2]


# -- search, timeline, describe -----------------------------------------------------------------------------

def test_search_command_lists_every_hit_in_rank_order(capsys, monkeypatch):
    hits = uis.search("Kurdistan")
    got = csv_rows(capsys, monkeypatch, "search", "Kurdistan")
    assert list(got.record_id) == list(hits.record_id) and list(got.columns) == list(hits.columns)
    code, out, _ = run(capsys, monkeypatch, "search", "Kurdistan")
    assert code == 0 and fits(out) and all(r in out for r in hits.record_id)
    block = out.split("-[ 1 ]")[1].split("-[ 2 ]")[0]
    labels = [line.split()[0] for line in block.splitlines()[1:] if not line.startswith(" ")]
    assert labels[:4] == ["table", "record_id", "title", "sentence"]
    assert " ".join(block.split("sentence", 1)[1].split("source_id")[0].split()) == hits.sentence[0]  # wrapped, whole


def test_search_command_errors(capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "search", "  ")
    assert code == 1 and out == "" and "search needs a word" in err
    code, _, err = run(capsys, monkeypatch, "search", "x" * 201)
    assert code == 1 and "at most 200" in err


def test_timeline_command(capsys, monkeypatch):
    tl = uis.timeline()
    assert list(csv_rows(capsys, monkeypatch, "timeline").event_id) == list(tl.event_id)
    code, out, _ = run(capsys, monkeypatch, "timeline")
    assert code == 0 and fits(out) and header(out) == ["when", "status", "title", "participants"]
    wide = run(capsys, monkeypatch, "timeline", columns=1000)[1].splitlines()[2:]
    assert all(when in line for when, line in zip(tl["when"], wide))  # in date order, one line each when wide


@pytest.mark.parametrize("table", uis.tables())
def test_describe_wraps_descriptions_to_80_columns(capsys, monkeypatch, table):
    code, out, _ = run(capsys, monkeypatch, "describe", table)
    assert code == 0 and fits(out)
    text = "".join(out.split())
    at = 0
    for f in uis.schema(table)["fields"]:
        for piece in (f["name"], "".join((f.get("description") or "").split())):  # every character, in order
            at = text.index(piece, at) + len(piece)


def test_describe_without_a_table_is_the_dataset(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "describe")
    assert code == 0 and out == f"{uis.describe()}\n"
    assert list(csv_rows(capsys, monkeypatch, "describe").name) == uis.tables()
