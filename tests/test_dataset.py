"""The published tables, read through the public API: typed, cited, consistent across formats (that
loading needs neither frictionless nor pandera: tests/test_imports.py)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import uk_iraq_security as uis
from conftest import ROOT
from uk_iraq_security.registry import load_tables

REGISTRY = load_tables(ROOT)
TABLES = list(REGISTRY)


def test_tables_lists_every_table_in_order():
    assert uis.tables() == TABLES


def test_unknown_table_names_the_valid_ones():
    with pytest.raises(uis.UnknownTableError) as info:
        uis.load("fundng")
    assert "unknown table 'fundng'" in str(info.value)
    assert "funding" in str(info.value) and "statistics" in str(info.value)


@pytest.mark.parametrize("table", TABLES)
def test_csv_and_parquet_load_to_equal_frames(table):
    pd.testing.assert_frame_equal(uis.load(table, format="csv"), uis.load(table), check_exact=True)


def test_dtypes_follow_the_schema():
    stats = uis.load("statistics")
    assert isinstance(stats["indicator"].dtype, pd.CategoricalDtype)
    assert "net_migration" in stats["indicator"].cat.categories
    assert stats["value"].dtype == "Float64"
    assert stats["period_start"].dtype == "datetime64[ns]"
    assert isinstance(stats["statistic_id"].dtype, pd.StringDtype)
    cit = uis.load("citations")
    assert cit["char_start"].dtype == "Int64"
    assert uis.load("conflicts")["chosen"].dtype == "boolean"


def test_load_all_returns_every_table():
    frames = uis.load()
    assert list(frames) == TABLES
    assert all(len(df) > 0 for df in frames.values())


def test_every_quote_is_its_slice_of_the_article():
    # checked here independently of the build's own check: read the seed bytes afresh
    sources = uis.load("sources").set_index("source_id")
    for row in uis.load("citations").itertuples():
        text = (ROOT / sources.loc[row.source_id, "seed_file"]).read_bytes().decode("utf-8")
        assert text[row.char_start:row.char_end] == row.quote, row.citation_id


def test_every_row_is_cited_and_every_citation_points_at_a_row():
    cit = uis.load("citations")
    cited = set(zip(cit["table"].astype(str), cit["record_id"]))
    assert {"statistics", "funding", "officials", "agreements", "agreement_parties", "statements"} <= set(REGISTRY.facts)
    for table in REGISTRY.facts:
        ids = set(uis.load(table)[REGISTRY[table].id_column])
        assert {(table, i) for i in ids} <= cited, table
        assert {r for t, r in cited if t == table} <= ids, table


def test_facts_reported_by_several_articles_are_one_row_cited_by_each():
    cit = uis.load("citations")
    by_record = cit.groupby("record_id")["source_id"].apply(set)
    assert by_record["off-yvette-cooper"] == {"000-arabian-news", "001-peregraf", "002-observer-diplomat", "003-shafaq-news"}
    assert by_record["fund-iq-law-enforcement-training"] == {"000-arabian-news", "001-peregraf", "002-observer-diplomat"}
    assert by_record["stat-gb-net-migration-ye-2023-06"] == {"000-arabian-news", "002-observer-diplomat"}
    funding = uis.load("funding").set_index("funding_id")
    assert (funding["amount"] == 300_000).sum() == 2  # training and organised crime, not one row per article


def test_values_are_parsed_from_their_words():
    stats = uis.load("statistics").set_index("statistic_id")
    assert stats.loc["stat-kr-sex-trafficking-cases-2021", "value"] == 9  # "nine"
    row = stats.loc["stat-kr-attempted-migrations-2024-01-07"]
    assert (row["value"], row["qualifier"], row["period_edtf"]) == (5000, "more_than", "2024-01/2024-07")
    assert stats.loc["stat-kr-trafficking-suspects-arrested-2024", "period_start"] == pd.Timestamp("2024-01-01")
    assert stats.loc["stat-iq-asylum-seekers-europe-since-2015", "period_end"] is pd.NaT
    funding = uis.load("funding").set_index("funding_id")
    assert funding.loc["fund-gb-border-security-command", "amount"] == 75_000_000
    assert funding.loc["fund-iq-law-enforcement-training", "converted_currency"] == "USD"


def test_unknown_is_null_and_inferred_dates_say_why():
    src = uis.load("sources").set_index("source_id")
    assert src["published_date"].notna().sum() == 1  # only 003 states its date
    assert src.loc["003-shafaq-news", "published_date"] == pd.Timestamp("2024-11-26")
    with_ref = src[src["reference_date"].notna()]
    assert with_ref["reference_date_basis"].notna().all()


def test_disagreements_are_kept_visible():
    conf = uis.load("conflicts")
    q = conf[(conf.record_id == "fund-iq-law-enforcement-training") & (conf.field == "qualifier")]
    assert set(q["reading"].dropna()) == {"up_to"} and q["chosen"].sum() == 1
    inst = conf[conf.record_id == "agr-joint-statement-border-security"]
    assert set(inst[inst.field == "instrument_type"]["reading"]) == {"joint_statement", "memorandum_of_understanding"}
    names = set(conf[(conf.record_id == "agr-border-security") & (conf.field == "instrument_as_written")]["reading_as_written"])
    assert {"security pact", "deal"} <= names


def test_officials_are_public_officials_only():
    names = set(uis.load("officials")["name"])
    assert "Barzan Majeed" not in names and "Scorpion" not in names


def test_datapackage_names_csv_resources_after_tables():
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    csv = {r["name"]: r["path"] for r in pkg["resources"] if r["format"] == "csv"}
    assert csv == {t: f"data/{t}.csv" for t in TABLES}
    assert pkg["version"] == uis.__version__


def test_citation_styles():
    assert uis.__version__ in uis.citation()
    assert uis.citation("bibtex").startswith("@misc{")
    with pytest.raises(ValueError, match="valid styles"):
        uis.citation("mla")


def test_statements_quoted_by_several_articles_are_one_row_with_each_wording_kept():
    stm = uis.load("statements").set_index("statement_id")
    assert stm.loc["stm-cooper-clear-signal", "speaker_official_id"] == "off-yvette-cooper"
    cit = uis.load("citations")
    sources = set(cit[cit.record_id == "stm-cooper-clear-signal"]["source_id"])
    assert sources == {"000-arabian-news", "001-peregraf"}
    conf = uis.load("conflicts")
    wordings = conf[(conf.record_id == "stm-cooper-clear-signal") & (conf.field == "text")]
    assert len(wordings) == 2 and wordings["chosen"].sum() == 1
    assert stm.loc["stm-cooper-clear-signal", "text"] in set(wordings["reading"])


def test_statement_text_is_inside_its_quote():
    stm = uis.load("statements").set_index("statement_id")
    cit = uis.load("citations")
    for row in cit[cit.table == "statements"].itertuples():
        # the primary wording is in one of the record's citations
        assert any(stm.loc[row.record_id, "text"] in q for q in cit[cit.record_id == row.record_id]["quote"])


def test_coverage_report_accounts_for_every_mention():
    import re
    mentions = pd.read_csv(ROOT / "data" / "coverage.csv")
    assert set(mentions["status"]) <= {"covered", "excluded"} and len(mentions) > 40
    report = (ROOT / "data" / "coverage.md").read_text(encoding="utf-8")
    for row in uis.load("sources").itertuples():  # the report's counts are the per-mention rows'
        mine = mentions[mentions.source_id == row.source_id]
        n, cov = len(mine), int((mine.status == "covered").sum())
        assert re.search(rf"^\| {row.source_id} \| {n} \| {cov} \| {n - cov} \| 0 \|$", report, re.M), row.source_id
    cited = uis.load("citations")
    for m in mentions[mentions.status == "covered"].itertuples():  # "covered" means inside a real citation
        mine = cited[(cited.source_id == m.source_id) & (cited.char_start <= m.char_start) & (cited.char_end >= m.char_end)]
        assert len(mine), (m.source_id, m.mention)
