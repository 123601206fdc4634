"""Fidelity v3 (issue 17), on the committed data: every cell traceable to the article that gave it,
certainty machines can read, independent origins, reported speech. Rules, not today's row counts."""

from __future__ import annotations

import sqlite3

import pandas as pd
import yaml

import uk_iraq_security as uis
from conftest import ROOT
from uis_build.curation.annotations import load_annotations
from uis_build.curation.consistency import normalised, shown
from uis_build.curation.records import RecordBuilder


def _facts() -> list[str]:
    cit = uis.load("citations")
    return sorted(set(cit["table"].astype(str)) - {"sources"})


def test_every_listed_field_is_supported_by_the_citations_own_reading():
    """Derived independently of the build's readings table: re-parse every evidence entry with the
    build's parsers and compare each column it sets with the committed row."""
    ann = load_annotations(ROOT)
    rb = RecordBuilder(ROOT, ann)
    rows = {t: uis.load(t).set_index(uis.schema(t)["primaryKey"][0]) for t in _facts()}
    cit = uis.load("citations").set_index("citation_id")
    checked = 0
    for t in _facts():
        for rid in ann.records[t]:
            for r in rb.resolve(rid).readings:
                listed = set(str(cit.loc[r.citation_id, "fields"]).split(";")) if pd.notna(cit.loc[r.citation_id, "fields"]) else set()
                for fr in r.fields.values():
                    for column, value in fr.columns.items():
                        cell = rows[t].loc[rid, column]
                        cell = None if pd.isna(cell) else cell.date() if isinstance(cell, pd.Timestamp) else cell
                        agrees = normalised(shown(value)) == normalised(shown(cell))
                        assert (column in listed) == agrees, (r.citation_id, column, value, cell)
                        checked += 1
    assert checked


def test_the_examples_of_the_issue_are_no_longer_claimed():
    cit = uis.load("citations").set_index("citation_id")
    listed = {c: set(str(f).split(";")) for c, f in cit["fields"].items()}
    ids = cit.reset_index()
    def of(source, record):
        return set().union(*(listed[c] for c in ids[(ids.source_id == source) & (ids.record_id == record)].citation_id))
    assert "period_edtf" not in of("002-observer-diplomat", "stat-gb-net-migration-ye-2023-06")
    assert "instrument_type" not in of("003-shafaq-news", "agr-border-security")
    for source in ("000-arabian-news", "001-peregraf"):
        assert "qualifier" not in of(source, "fund-iq-law-enforcement-training")


def test_readings_say_which_article_gave_each_cell_and_conflicts_are_their_disagreeing_part():
    rd, conf = uis.load("readings"), uis.load("conflicts")
    cit = uis.load("citations").set_index("citation_id")
    for (_table, rid, column), group in rd.groupby(["table", "record_id", "column"], observed=True):
        assert group["chosen"].sum() == 1, (rid, column)  # exactly one article gave the cell
    for c in conf.itertuples():
        r = rd[(rd.citation_id == c.citation_id) & (rd.column == c.field)]
        assert len(r) == 1 and bool(r.agrees.iloc[0]) == bool(c.chosen) or c.chosen, c
    listed = rd[rd.agrees & (rd.level == "column")].groupby("citation_id")["column"].apply(set)
    for cid, cols in listed.items():
        assert cols == set(str(cit.loc[cid, "fields"]).split(";"))
    for r in rd[rd.level == "row"].itertuples():  # a reading of the row itself sets no cell and supports no field
        assert r.column not in {f["name"] for f in uis.schema(r.table)["fields"]} and r.column not in str(cit.loc[r.citation_id, "fields"]).split(";")
    # a composite row: the training money's hedge is 002's, its purpose 001's
    chosen = rd[(rd.record_id == "fund-iq-law-enforcement-training") & rd.chosen].set_index("column")["source_id"]
    assert (chosen["qualifier"], chosen["purpose"]) == ("002-observer-diplomat", "001-peregraf")


def test_knowledge_beyond_the_words_is_labelled():
    stats = uis.load("statistics").set_index("statistic_id")
    assert stats["indicator_basis"].notna().all() and stats["geography_role"].notna().all()
    conf = uis.load("conflicts")
    for sid, row in stats.iterrows():
        if row["indicator_basis"] == "stated_in_other_article":  # the other article's word is in conflicts
            other = conf[(conf.record_id == sid) & (conf.field == "indicator_as_written") & ~conf.chosen]
            assert len(other) and row["indicator"].replace("_", " ") in " ".join(other.reading.str.lower())
        elif row["indicator_basis"] == "curator_inference":
            assert pd.notna(row["note"]) and "inference" in row["note"].lower()
    assert stats.loc["stat-gb-net-migration-ye-2024-06", "indicator_basis"] == "curator_inference"
    assert "legal migration" in stats.loc["stat-gb-net-migration-ye-2024-06", "indicator_as_written"]
    header = (ROOT / "annotations" / "records.yaml").read_text(encoding="utf-8").split("\nstatistics:")[0]
    assert "assumption" in header and "not a measured rate" in header


def test_rewrites_of_one_origin_count_once():
    src = uis.load("sources").set_index("source_id")
    assert src["origin_id"].notna().all() and src["origin_basis"].notna().all()
    assert src.loc[["000-arabian-news", "001-peregraf", "002-observer-diplomat"], "origin_id"].nunique() == 1
    rd = uis.load("readings")
    denying = set(rd[(rd.column == "presence") & (rd.reading == "not named")]["citation_id"])
    cit = uis.load("citations")
    cit = cit[~cit.citation_id.isin(denying)]  # naming the parties without the row does not report it
    origin = cit["source_id"].map(src["origin_id"])
    expected = origin.groupby([cit["table"].astype(str), cit["record_id"]]).nunique()
    for t in _facts():
        df = uis.load(t).set_index(uis.schema(t)["primaryKey"][0])
        for rid, n in df["independent_sources"].items():
            assert n == expected[(t, rid)], (t, rid)


def test_statements_say_whose_wording_and_whether_it_is_quoted_or_reported():
    stm, rd = uis.load("statements").set_index("statement_id"), uis.load("readings")
    assert set(stm["kind"].astype(str)) == {"direct", "reported"}
    for sid, row in stm.iterrows():
        gave = rd[(rd.record_id == sid) & (rd.column == "text") & rd.chosen]
        assert gave["source_id"].tolist() == [row["text_source_id"]] and gave["reading"].iloc[0] == row["text"]
        assert (row["text_basis"] == "paraphrase") == (row["kind"] == "reported")
        n = rd[(rd.record_id == sid) & (rd.column == "text")]["reading"].str.lower().nunique()
        if row["text_basis"] == "articles_differ":
            assert n > 1
    reported = stm[stm.kind == "reported"]
    assert {"off-martin-hewitt", "off-tony-smith", "off-mustafa-al-yasiri", "off-yvette-cooper"} <= set(reported.speaker_official_id)
    assert "Ministry of Interior" in set(reported.speaker_organization)


def test_every_date_and_period_carries_its_certainty():
    ev = uis.load("events").set_index("event_id")
    assert ev.loc[ev.date_start.notna(), "date_certainty"].notna().all()
    assert (ev.date_earliest.isna() | ev.date_latest.isna() | (ev.date_earliest <= ev.date_latest)).all()
    bounded = ev[ev.date_certainty == "bounded"]
    assert "evt-cooper-visit-iraq" in bounded.index and bounded[["date_earliest", "date_latest"]].notna().all().all()
    signing = ev.loc["evt-signing-border-security"]
    visit = ev.loc["evt-cooper-visit-iraq"]
    assert visit.date_earliest <= signing.date_start <= visit.date_latest
    office = ev.loc["evt-cooper-takes-office"]
    assert office.date_certainty == "approximate" and office.date_edtf.endswith("~")
    src = uis.load("sources").set_index("source_id")["reference_date_certainty"]
    rd = uis.load("readings")
    for t, col in (("statistics", "period"), ("events", "date"), ("agreements", "date_signed")):
        df = uis.load(t)
        assert df.loc[df[col if col == "date_signed" else f"{col}_start"].notna(), f"{col}_certainty"].notna().all()
        cert = rd[(rd.table == t) & (rd.column == f"{col}_certainty")]
        for r in cert.itertuples():  # an inferred reference date is never passed off as certain
            if src.get(r.source_id) == "earliest" and r.reading == "stated":
                basis = rd[(rd.citation_id == r.citation_id) & (rd.column == f"{col}_basis")].reading.iloc[0]
                assert basis.startswith("stated"), r
    # a period is `stated` only when the figure's own sentence states it
    stats = uis.load("statistics").set_index("statistic_id")
    assert stats.loc["stat-kr-trafficking-cases-2024", "period_certainty"] == "stated_in_context"


def test_parties_links_and_geography():
    parties = uis.load("agreement_parties")
    assert "IQ-KR" in set(parties[parties.agreement_id == "agr-border-security"]["party_code"])
    funding = uis.load("funding").set_index("funding_id")
    linked = funding[funding.agreement_id.notna()]
    assert len(linked) and linked["agreement_basis"].notna().all()
    stats = uis.load("statistics")
    kr = stats[stats.geography == "IQ-KR"]
    assert len(kr) and (kr.geography_parent == "IQ").all() and (kr.geography_name == "Kurdistan Region").all()
    assert (stats.loc[stats.unit == "ratio", "note"].str.contains("not a count")).all()
    conf = uis.load("conflicts")
    assert set(conf.loc[conf.field.isin(["description", "purpose", "subject"]), "kind"].astype(str)) <= {"same_thing"}


def test_disagreements_about_a_row_are_conflicts_each_cited_in_the_articles_words():
    """Presence (one article names a party, another the signatories without it) and count (how many
    instruments were signed) are readings of the row itself: in readings (level row) and conflicts, each
    with its article's own words, a citation that supports no field, and the dataset's value."""
    conf, rd = uis.load("conflicts"), uis.load("readings")
    cit = uis.load("citations").set_index("citation_id")
    rows = conf[conf.kind.isin(["presence", "count"])]
    for c in rows.itertuples():
        q = cit.loc[c.citation_id]
        assert c.reading_as_written in q["quote"] and q["source_id"] == c.source_id and q["record_id"] == c.record_id
        reading = rd[(rd.citation_id == c.citation_id) & (rd.column == c.field)]
        assert len(reading) == 1 and reading.level.iloc[0] == "row"
        if not c.chosen:
            assert c.field not in str(q["fields"]).split(";")
    kr = rows[(rows.record_id == "agp-border-security-kr") & (rows.field == "presence")].set_index("source_id")
    assert (kr.loc["001-peregraf", "reading"], kr.loc["003-shafaq-news", "reading"]) == ("named", "not named")
    assert "Ministry of Interior" in kr.loc["003-shafaq-news", "reading_as_written"]
    counts = rows[rows.field == "instruments_signed"].set_index("source_id")["reading"].astype(int)
    assert counts.to_dict() == {"000-arabian-news": 1, "001-peregraf": 4, "002-observer-diplomat": 1, "003-shafaq-news": 2}
    agreements = uis.load("agreements")
    for c in rows[rows.kind == "count"].itertuples():  # the dataset's count is the instruments it keeps as parts
        assert int(c.record_value) == (agreements.part_of == c.record_id).sum()


def test_an_umbrella_pact_and_its_instruments():
    agreements = uis.load("agreements").set_index("agreement_id")
    parts = agreements[agreements.part_of.notna()]
    assert len(parts) and set(parts.part_of) <= set(agreements.index)
    assert agreements.loc[parts.part_of, "part_of"].isna().all()  # one level: an instrument is part of an umbrella
    assert agreements.loc[parts.index, "note"].notna().all()  # each says on which words part_of rests
    funding = uis.load("funding").set_index("funding_id")
    assert funding.loc["fund-iq-law-enforcement-training", "agreement_id"] == "agr-border-security"  # 002: "part of the agreement"
    assert "agr-border-security" in set(parts.part_of) and "agr-border-security" not in parts.index
    rd = uis.load("readings")  # 001's joint statement and 003's memorandum are readings of the instrument, not of the pact
    pact = rd[rd.record_id == "agr-border-security"]
    assert "Joint Statement" not in set(pact.as_written) and "memorandums of understanding" not in set(pact.as_written)


def test_datasheet_claims_follow_the_data_and_the_place_query_lists_a_row_once():
    text = (ROOT / "data" / "datasheet.md").read_text(encoding="utf-8")
    assert "It names no smugglers" not in text and "every fact of these kinds" not in text
    for name in uis.load("event_participants").query("participant_type == 'person'")["name"].dropna():
        assert f"`{name}`" in text
    meta = yaml.safe_load((ROOT / "data" / "uk-iraq-security.datasette.json").read_text(encoding="utf-8"))
    (query,) = [q["sql"] for db in meta["databases"].values() for q in db["queries"].values() if ":place" in q["sql"]]
    with sqlite3.connect(ROOT / "data" / "uk-iraq-security.db") as db:
        for place in ("GB", "IQ", "IQ-KR"):
            rows = db.execute(query, {"place": place}).fetchall()
            keys = [(r[0], r[1], r[5]) for r in rows]
            assert len(keys) == len(set(keys)), place  # no row twice
            assert not any(r[5].startswith("converted_") for r in rows)
