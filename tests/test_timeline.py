"""uis.timeline(): one row per event, in date order, undated events last, with who took part (joined from
event_participants and officials). Checked against the tables, not against today's events by name."""

from __future__ import annotations

import pandas as pd

import uk_iraq_security as uis


def test_one_row_per_event_in_date_order_undated_last():
    t, events = uis.timeline(), uis.load("events")
    assert sorted(t["event_id"]) == sorted(events["event_id"])
    dated = t["date_start"].notna() | t["date_earliest"].notna()
    assert not dated[dated.idxmin():].any() if (~dated).any() else True  # no dated event after an undated one
    d = t[dated]
    first = d["date_start"].fillna(d["date_earliest"]).tolist()
    assert first == sorted(first)
    # the dates are the events' own, ranges where only a month or a year is known
    same = t.set_index("event_id")[["date_start", "date_end", "status"]].sort_index()
    pd.testing.assert_frame_equal(same, events.set_index("event_id")[["date_start", "date_end", "status"]].sort_index())
    for row in t.itertuples():
        if pd.isna(row.date_start) and not pd.isna(row.date_earliest):  # bounded: a range, or "about" a day
            assert row.when.startswith(("between", "about"))
        elif pd.isna(row.date_start):
            assert row.when.startswith("undated")
            if not pd.isna(row.date_as_written):  # what is known: the article's words
                assert row.date_as_written in row.when
        else:
            assert row.when and not row.when.startswith("undated") and row.date_start <= row.date_end
            if row.date_precision in ("month", "year"):
                assert row.date_start < row.date_end


def test_participants_are_named():
    t = uis.timeline().set_index("event_id")
    officials = uis.load("officials").set_index("official_id")["name"]
    for p in uis.load("event_participants").itertuples():
        who = officials[p.official_id] if not pd.isna(p.official_id) else p.name if not pd.isna(p.name) else None
        text = t.loc[p.event_id, "participants"]
        assert f"({p.role_in_event.replace('_', ' ')})" in text
        if who is not None:
            assert who in text
    assert not any(str(v).startswith("off-") for v in t["participants"].dropna())  # names, not ids
    without = set(uis.load("events")["event_id"]) - set(uis.load("event_participants")["event_id"])
    assert all(pd.isna(t.loc[e, "participants"]) for e in without)


def test_titles_and_statuses_come_with_each_event():
    t = uis.timeline()
    assert t["title"].notna().all() and (t["title"].str.len() > 0).all()
    assert set(t["status"].dropna()) <= set(uis.load("events")["status"].cat.categories)
