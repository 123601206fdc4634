"""propose.py also proposes events (with their dates) and measures; checked loosely against the seeds'
own annotations, as test_propose does for the other tables."""

from __future__ import annotations

import yaml

from conftest import ROOT
from uis_build.drafting import propose, read_text


def test_events_and_measures_are_proposed_for_most_annotated_ones():
    found = expected = 0
    for ann_path in sorted((ROOT / "annotations" / "articles").glob("*.yaml")):
        ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
        text = read_text(ROOT / "seeds" / f"{ann_path.stem}.txt")
        cands = [c.to_json(text) for c in propose(text, reference="2024-11-26")]
        for ev in ann["evidence"]:
            table = {"evt": "events", "msr": "measures"}.get(ev["record"].split("-")[0])
            if table is None or "description" not in ev:
                continue
            start = text.find(ev["quote"])
            lo, hi = start, start + len(ev["quote"])
            expected += 1
            found += any(c["table"] == table and lo < c["spans"]["description"][1] and c["spans"]["description"][0] < hi
                         for c in cands)
    assert expected >= 20 and found >= 0.7 * expected, (found, expected)


def test_a_proposed_event_date_is_resolved_against_the_reference():
    text = read_text(next((ROOT / "seeds").glob("003_*.txt")))
    signing = next(c.to_json(text) for c in propose(text, reference="2024-11-26") if c.table == "events")
    assert (signing["event_type"], signing["date_text"], signing["date"]) == ("signing", "On Tuesday", "2024-11-26")


def test_every_drafted_event_date_is_read_by_the_build_as_drafted():
    """The draft is the review: an event's `date:` span, as drafted, is what the build parses, to the same date."""
    from uis_build.parsing.periods import parse_when

    checked = 0
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        if path.name.startswith("frozen"):  # held out: never drafted in tests
            continue
        reference = (yaml.safe_load(path.with_suffix("").with_suffix(".expected.yaml").read_text(encoding="utf-8"))
                     if path.with_suffix("").with_suffix(".expected.yaml").exists() else {}).get("reference")
        text = read_text(path)
        for c in (c.to_json(text) for c in propose(text, reference=reference)):
            if c["table"] != "events" or not c.get("date_text"):
                continue
            p = parse_when(c["date_text"], reference, future=c["status"] == "planned")
            assert p.edtf == c["date"], (path.name, c["date_text"], p.edtf, c["date"])
            checked += 1
    assert checked >= 50
