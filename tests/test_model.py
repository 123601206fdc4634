"""Data model v2: events, participants and measures cited by every article reporting them; meanings
that survive disagreement (hedges kept, conflict kinds, funding scope, origin and destination)."""

from __future__ import annotations

from datetime import date

import pandas as pd

import uk_iraq_security as uis
from uis_build.curation.fields import FIELDS


def _cited_by(record_id: str) -> set[str]:
    cit = uis.load("citations")
    return set(cit[cit.record_id == record_id]["source_id"])


def test_an_event_several_articles_report_is_one_row_cited_by_each():
    events = uis.load("events").set_index("event_id")
    signing = events.loc["evt-signing-border-security"]
    assert (signing["event_type"], signing["date_edtf"], signing["agreement_id"]) == ("signing", "2024-11-26", "agr-border-security")
    assert _cited_by("evt-signing-border-security") == {"000-arabian-news", "001-peregraf", "002-observer-diplomat", "003-shafaq-news"}
    assert _cited_by("evt-cooper-visit-iraq") == {"000-arabian-news", "001-peregraf", "002-observer-diplomat", "003-shafaq-news"}
    assert (events["event_type"] == "signing").sum() == 2  # one per instrument, not one per article


def test_relative_event_dates_are_resolved_and_say_how():
    events = uis.load("events").set_index("event_id")
    calais = events.loc["evt-calais-group-meeting"]
    assert (calais["status"], calais["date_edtf"], calais["date_as_written"]) == ("planned", "2024-12", "next month")
    assert "may be later" in calais["date_basis"]  # 001's reference date is inferred
    assert events.loc["evt-cooper-visit-iraq", "date_start"] is pd.NaT  # no article dates the visit ...
    assert events.loc["evt-cooper-visit-iraq", "date_certainty"] == "bounded"  # ... but it lies within bounds
    office = events.loc["evt-cooper-takes-office"]  # "five months ago": approximate (EDTF ~), not a day
    assert (office["date_as_written"], office["status"]) == ("five months ago", "reported")
    assert office[["date_start", "date_end", "date_precision"]].isna().all()
    assert office["date_edtf"].endswith("~") and office["date_certainty"] == "approximate"
    assert "2024-11-26" in office["date_basis"] and "approximate" in office["date_basis"]


def test_a_planned_events_relative_date_resolves_forward():
    """'The ministers will meet again on Tuesday' in an article of Wednesday 27 November 2024: a planned
    event's Tuesday is the next one (3 December); an event that occurred keeps the last one (26 November)."""

    class Reading:  # what fields.Context asks of a reading: its reference date, date convention and record's status
        reference, reference_certainty, date_convention = "2024-11-27", "stated", "day_first"

        def __init__(self, planned: bool):
            self.planned = planned

    (when,) = [f for f in FIELDS if f.name == "date"]
    planned, occurred = when.parse(Reading(True), "on Tuesday", {}), when.parse(Reading(False), "on Tuesday", {})
    assert (planned["date_start"], planned["date_edtf"]) == (date(2024, 12, 3), "2024-12-03")
    assert "after the reference date" in planned["date_basis"]
    assert occurred["date_start"] == date(2024, 11, 26)
    events = uis.load("events")  # every planned event in the data lies on or after its article's reference date
    sources = uis.load("sources").set_index("source_id")["reference_date"]
    cit = uis.load("citations")
    for e in events[(events.status == "planned") & events.date_end.notna()].itertuples():
        refs = sources[cit[(cit.record_id == e.event_id) & cit.source_id.isin(sources.dropna().index)].source_id].dropna()
        assert all(e.date_end.date().isoformat() >= str(r) for r in refs), e.event_id  # EDTF: 2024-12-03 >= 2024-11


def test_smugglers_and_suspects_are_participants_never_officials():
    parts = uis.load("event_participants")
    majeed = parts[parts["name"] == "Barzan Majeed"]
    assert set(majeed["event_id"]) == {"evt-barzan-majeed-arrest", "evt-barzan-majeed-belgian-sentence"}
    assert (majeed["participant_type"] == "person").all() and majeed["official_id"].isna().all()
    assert "Barzan Majeed" not in set(uis.load("officials")["name"])
    officials = parts[parts["participant_type"] == "official"]
    assert officials["official_id"].notna().all() and parts.loc[parts.participant_type != "official", "official_id"].isna().all()
    assert set(officials["official_id"]) <= set(uis.load("officials")["official_id"])


def test_every_row_of_every_fact_table_is_cited_child_tables_included():
    cit = uis.load("citations")
    for table in ("agreement_parties", "events", "event_participants", "measures"):
        key = uis.schema(table)["primaryKey"][0]
        assert set(uis.load(table)[key]) <= set(cit[cit.table == table]["record_id"]), table


def test_measures_link_to_agreements_and_money():
    measures = uis.load("measures").set_index("measure_id")
    assert _cited_by("msr-communications-campaign") == {"000-arabian-news", "001-peregraf", "002-observer-diplomat"}
    assert measures.loc["msr-kri-task-force", "funding_id"] == "fund-kr-border-security-projects"
    assert measures.loc["msr-communications-campaign", "agreement_id"] == "agr-border-security"


def test_a_hedged_reading_is_kept_and_the_plain_ones_stay_in_conflicts():
    funding = uis.load("funding").set_index("funding_id")
    training = funding.loc["fund-iq-law-enforcement-training"]
    assert (training["amount"], training["qualifier"], training["amount_as_written"]) == (300_000, "up_to", "up to £300,000")
    conf = uis.load("conflicts")
    q = conf[(conf.record_id == "fund-iq-law-enforcement-training") & (conf.field == "qualifier")]
    assert set(q["kind"]) == {"qualifier"} and q["rule"].str.startswith("hedge kept").all()
    assert set(q[~q.chosen]["source_id"]) == {"000-arabian-news", "001-peregraf"}
    # "the same amount" in 000 refers to 000's own plain reading, not to the hedged record value
    assert pd.isna(funding.loc["fund-iq-organised-crime", "qualifier"])


def test_conflict_kinds_and_no_row_only_repeats_the_chosen_value():
    conf = uis.load("conflicts")
    kinds = conf.groupby(["record_id", "field"])["kind"].first()
    assert kinds["stat-gb-net-migration-ye-2023-06", "indicator_as_written"] == "concept"
    assert kinds["stat-gb-net-migration-ye-2023-06", "period_edtf"] == "period"
    assert kinds["agr-joint-statement-border-security", "instrument_type"] == "instrument"
    assert kinds["stm-cooper-clear-signal", "text"] == "wording"
    assert kinds["fund-iq-law-enforcement-training", "purpose"] == "same_thing"  # an identity judgement, not a disagreement
    for (_, _), group in conf.groupby(["record_id", "field"]):
        assert group["chosen"].sum() == 1
        chosen = group[group.chosen]["reading"].iloc[0]
        others = group[~group.chosen]["reading"]
        assert len(others) and all(pd.isna(r) != pd.isna(chosen) or (str(r).lower() != str(chosen).lower()) for r in others)
    cit = uis.load("citations").set_index("citation_id")
    assert (cit.loc[conf["citation_id"], "source_id"].to_numpy() == conf["source_id"].to_numpy()).all()


def test_funding_scope_separates_domestic_money():
    funding = uis.load("funding").set_index("funding_id")
    assert funding.loc["fund-gb-border-security-command", "scope"] == "domestic"
    assert set(funding.drop("fund-gb-border-security-command")["scope"]) == {"bilateral"}


def test_statistics_keep_origin_and_destination_and_nest_indicators():
    stats = uis.load("statistics").set_index("statistic_id")
    row = stats.loc["stat-kr-attempted-migrations-2024-01-07"]
    assert (row["geography"], row["origin"], row["destination"]) == ("IQ-KR", "IQ-KR", "Europe")
    assert stats.loc["stat-kr-sex-trafficking-cases-2024", "indicator_parent"] == "human_trafficking_cases"
    assert pd.isna(stats.loc["stat-kr-trafficking-cases-2024", "indicator_parent"])
    assert "committee_representatives" not in set(stats["indicator"].astype(str))
    body = uis.load("bodies").set_index("body_id").loc["bdy-baghdad-erbil-trafficking-committee"]
    assert (body["members"], body["led_by"]) == (23, "the interior minister")


def test_statements_say_when_the_wording_may_be_a_translation():
    stm = uis.load("statements").set_index("statement_id")
    assert stm.loc["stm-al-shammari-two-memorandums", "may_be_translation"]
    assert not stm.loc["stm-cooper-clear-signal", "may_be_translation"]
    assert stm["translation_basis"].notna().all()


def test_inferred_reference_dates_say_they_may_be_later():
    src = uis.load("sources").set_index("source_id")
    assert src.loc["003-shafaq-news", "reference_date_certainty"] == "stated"
    assert set(src.loc[["000-arabian-news", "001-peregraf", "004-khaleej-telegraph"], "reference_date_certainty"]) == {"earliest"}
    assert src["reference_date"].notna().sum() == src["reference_date_certainty"].notna().sum()
