"""Per-field provenance in citations, uis.evidence() and uis.describe()."""

from __future__ import annotations

import pandas as pd
import yaml

from conftest import ROOT
from uk_iraq_security.validation import cross_table_problems


def _citations() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "citations.csv", keep_default_na=False)


def test_fields_name_the_columns_the_field_spans_set():
    cit = _citations().set_index("citation_id")
    assert cit.loc["000:02423-02517:fund-gb-border-security-command", "fields"] == \
        "amount;currency;qualifier;amount_as_written;amount_basis;purpose"
    # the Observer Diplomat quote also gives the dollar conversion
    assert "converted_amount;converted_currency" in cit.loc["002:01126-01243:fund-iq-law-enforcement-training", "fields"]
    assert cit.loc["003:00001-00016:003-shafaq-news", "fields"] == "published_date"
    for row in cit.itertuples():
        columns = pd.read_csv(ROOT / "data" / f"{row.table}.csv", nrows=0).columns
        assert row.fields and set(row.fields.split(";")) <= set(columns), row.Index


def test_fields_follow_the_annotations():
    """Each evidence entry's field spans, and nothing else, decide which columns its citation lists."""
    cit = _citations()
    for path in sorted((ROOT / "annotations" / "articles").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in doc["evidence"]:
            spans = set(entry) - {"record", "quote", "occurrence", "why"}
            rows = cit[(cit.source_id == doc["source_id"]) & (cit.record_id == entry["record"]) & (cit.quote == entry["quote"])]
            assert len(rows) == 1, entry
            listed = set(rows.iloc[0].fields.split(";"))
            assert ("purpose" in listed) == ("purpose" in spans)
            assert ("converted_amount" in listed) == ("converted" in spans)
            assert ("indicator_as_written" in listed) == ("label" in spans)
            assert ("period_edtf" in listed) == ("period" in spans)
            assert ("role" in listed) == ("role" in spans)


def test_validation_reports_fields_that_are_not_columns():
    import uk_iraq_security as uis

    frames = uis.load()
    cit = frames["citations"].copy()
    cit.loc[0, "fields"] = "amount;colour"
    problems = "\n".join(cross_table_problems({**frames, "citations": cit}, None))
    assert f"{cit.loc[0, 'citation_id']}: fields ['amount', 'colour'] are not columns of {cit.loc[0, 'table']}" in problems
