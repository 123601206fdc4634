"""Per-field provenance in citations, uis.evidence() and uis.describe() (that they stay light:
tests/test_imports.py)."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from conftest import ROOT
from uk_iraq_security.registry import tables_from_schemas
from uk_iraq_security.validation import cross_table_problems


def _registry():
    import uk_iraq_security as uis

    return tables_from_schemas({t: uis.schema(t) for t in uis.tables()})


def _citations() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "citations.csv", keep_default_na=False)


def test_fields_name_the_columns_the_field_spans_set():
    cit = _citations().set_index("citation_id")
    assert cit.loc["000:02423-02517:fund-gb-border-security-command", "fields"] == \
        "amount;currency;qualifier;amount_as_written;amount_basis;purpose"
    # the Observer Diplomat quote also gives the dollar conversion
    assert "converted_amount;converted_currency" in cit.loc["002:01126-01243:fund-iq-law-enforcement-training", "fields"]
    assert cit.loc["003:00001-00016:003-shafaq-news", "fields"] == "published_date"
    columns = {t: set(pd.read_csv(ROOT / "data" / f"{t}.csv", nrows=0).columns) for t in set(cit.table)}
    for row in cit.itertuples():
        fields = row.fields if isinstance(row.fields, str) else ""  # null: the quote names the record, no field span
        assert set(filter(None, fields.split(";"))) <= columns[row.table], row.Index


def test_fields_follow_the_annotations():
    """Each evidence entry's field spans, and nothing else, decide which columns its citation lists."""
    listed_by = {}  # (source_id, record_id, quote): the fields of each citation with them
    for row in _citations().itertuples():
        listed_by.setdefault((row.source_id, row.record_id, row.quote), []).append(row.fields)
    for path in sorted((ROOT / "annotations" / "articles").glob("*.yaml")):
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # safe_load, by libyaml
        for entry in doc["evidence"]:
            spans = set(entry) - {"record", "quote", "occurrence", "why"}
            rows = listed_by.get((doc["source_id"], entry["record"], entry["quote"]), [])
            assert len(rows) == 1, entry
            # fidelity v3: a column is listed only where this article's reading of it agrees with the row
            # (tests/test_fidelity.py checks the agreement), so a listed column always has its span
            listed = set(rows[0].split(";")) if isinstance(rows[0], str) else set()
            assert ("purpose" not in listed) or ("purpose" in spans)
            assert ("converted_amount" not in listed) or ("converted" in spans)
            assert ("indicator_as_written" not in listed) or ("label" in spans)
            assert ("period_edtf" not in listed) or ("period" in spans)
            assert ("role" not in listed) or ("role" in spans)


def test_validation_reports_fields_that_are_not_columns():
    import uk_iraq_security as uis

    frames = uis.load()
    cit = frames["citations"].copy()
    cit.loc[0, "fields"] = "amount;colour"
    problems = "\n".join(cross_table_problems({**frames, "citations": cit}, None, _registry()))
    assert f"{cit.loc[0, 'citation_id']}: fields ['amount', 'colour'] are not columns of {cit.loc[0, 'table']}" in problems


BSC_SENTENCE = "As part of these efforts, the UK is launching a new Border Security Command (BSC) with additional funding of £75 million."


def test_evidence_of_a_record():
    import uk_iraq_security as uis

    ev = uis.evidence("fund-gb-border-security-command")
    # fields: the columns the quote supports; gives: those whose value was taken from it (fidelity v3)
    assert list(ev.columns) == ["citation_id", "table", "record_id", "fields", "gives", "quote", "sentence", "char_start",
                                "char_end", "sentence_start", "sentence_end", "source_id", "origin_id",
                                "independent_sources", "certainty", "publisher", "title", "url",
                                "published_date", "reference_date"]
    assert len(ev) == 1
    row = ev.iloc[0]
    assert row.sentence == BSC_SENTENCE and row.quote in row.sentence
    assert (row.char_start, row.char_end, row.sentence_start, row.sentence_end) == (2423, 2517, 2397, 2518)
    assert row.publisher == "The Arabian News" and row.url.startswith("https://thearabiannews.com/")
    assert row.fields.split(";")[:3] == ["amount", "currency", "qualifier"] and pd.isna(row.published_date)
    assert row.reference_date == "2024-11"
    # a record reported by three articles has a citation from each, with each article's facts
    training = uis.evidence("fund-iq-law-enforcement-training")
    assert sorted(set(training.source_id)) == ["000-arabian-news", "001-peregraf", "002-observer-diplomat"]
    assert training.publisher.notna().all()
    # three rewrites of one Home Office announcement: one independent origin
    assert set(training.independent_sources) == {1} and training.origin_id.nunique() == 1


def test_evidence_of_a_table_and_of_everything():
    import uk_iraq_security as uis

    cit = uis.load("citations")
    funding = uis.evidence(table="funding")
    assert len(funding) == (cit["table"] == "funding").sum() and set(funding.table) == {"funding"}
    assert set(funding.record_id) == set(uis.load("funding").funding_id)
    assert list(funding.record_id) == sorted(funding.record_id)
    assert len(uis.evidence()) == len(cit)
    assert uis.evidence("000-arabian-news").empty  # a source whose title and date are not cited


def test_unknown_ids_suggest_close_matches():
    import uk_iraq_security as uis

    with pytest.raises(uis.UnknownRecordError) as e:
        uis.evidence("off-yvete-cooper")
    assert isinstance(e.value, KeyError) and isinstance(e.value, uis.UkIraqSecurityError)
    assert str(e.value) == "no record 'off-yvete-cooper' in any table; did you mean 'off-yvette-cooper'?"
    with pytest.raises(uis.UnknownRecordError, match="no record 'off-yvette-cooper' in funding; it is in officials"):
        uis.evidence("off-yvette-cooper", table="funding")
    with pytest.raises(uis.UnknownRecordError, match="record ids are the first column"):
        uis.evidence("zzz")
    with pytest.raises(uis.UnknownRecordError, match="did you mean 'fund-iq-organised-crime'"):
        uis.evidence("fund-iq-organized-crime", table="funding")
    with pytest.raises(uis.UnknownTableError, match="tables with evidence: sources, statistics, funding"):
        uis.evidence(table="conflicts")


def test_describe_a_table():
    import uk_iraq_security as uis

    d = uis.describe("funding").set_index("name")
    assert list(d.index) == [f["name"] for f in uis.schema("funding")["fields"]]
    assert d.loc["amount", "type"] == "number" and d.loc["amount", "dtype"] == "Float64"
    assert d.loc["amount", "example"] == str(int(uis.load("funding").amount.iloc[0]))
    assert bool(d.loc["amount", "required"]) and not bool(d.loc["converted_amount", "required"])
    currency = next(f for f in uis.schema("funding")["fields"] if f["name"] == "currency")
    assert d.loc["currency", "description"] == currency["description"] and d.loc["currency", "example"] == "GBP"
    assert d.loc["amount_basis", "dtype"] == "category"
    assert d.loc["amount_basis", "categories"].startswith("stated: the amount is written")
    stats = uis.describe("statistics").set_index("name")
    assert stats.loc["indicator", "categories"].startswith("net_migration: Net migration to the country")
    assert stats.loc["period_start", "dtype"] == "datetime64[ns]"
    assert len(stats.loc["period_start", "example"]) == 10  # a date as in the CSV
    # every table's every column is described, with the dtype load() gives it
    for table in uis.tables():
        frame, desc = uis.load(table), uis.describe(table)
        assert list(desc.name) == list(frame.columns)
        assert [str(t) for t in frame.dtypes] == list(desc.dtype)
    with pytest.raises(uis.UnknownTableError):
        uis.describe("nope")
