"""timeline(): the events in date order, each with who took part, joined from events, event_participants
and officials."""

from __future__ import annotations

import pandas as pd

from .formatting import date_words, edtf_words, missing, place_name, title
from .loading import load

COLUMNS = ["event_id", "when", "date_start", "date_end", "date_earliest", "date_latest", "date_certainty", "date_precision", "status", "event_type", "title",
           "participants", "location", "date_as_written", "description"]


def _participant(p: dict, officials: dict[str, str]) -> str:
    """'Yvette Cooper (visitor)': an official by name, anyone else as the article names them."""
    who = next((str(v) for v in (officials.get(str(p["official_id"])) if not missing(p["official_id"]) else None,
                                 p["name"], p["organization"]) if not missing(v)), None)
    if who is None:
        who = place_name(str(p["party_code"])) if not missing(p["party_code"]) else "unnamed"
    return f"{who} ({str(p['role_in_event']).replace('_', ' ')})"


def _when(e: dict) -> str:
    """The date in words; a range where only the month or year is known; what the article says when undated."""
    if not missing(e["date_edtf"]):
        return edtf_words(str(e["date_edtf"]))
    if not missing(e["date_start"]):
        start, end = date_words(e["date_start"]), date_words(e["date_end"]) if not missing(e["date_end"]) else ""
        return start if end in ("", start) else f"{start} – {end}"
    if not missing(e["date_earliest"]) and not missing(e["date_latest"]):  # no date, but known bounds
        return f"between {date_words(e['date_earliest'])} and {date_words(e['date_latest'])}"
    return f"undated (“{e['date_as_written']}”)" if not missing(e["date_as_written"]) else "undated"


def timeline() -> pd.DataFrame:
    """One row per event, in date order (by first day, then last day), undated events last: when it
    happened in words (a range where the articles give only a month or a year or only bounds, "about" for an
    approximate date, "undated" with the article's words where nothing is known), the first and last day, whether it occurred, is planned or is reported,
    its type and title, who took part ("Yvette Cooper (visitor); Martin Hewitt (accompanying)"), where,
    and the article's words for it."""
    events = load("events")
    officials = dict(zip(load("officials")["official_id"].astype(str), load("officials")["name"].astype(str)))
    people: dict[str, list[str]] = {}
    for p in load("event_participants").to_dict("records"):
        people.setdefault(str(p["event_id"]), []).append(_participant(p, officials))
    rows = [{**e, "when": _when(e), "title": title("events", e),
             "participants": "; ".join(people.get(str(e["event_id"]), [])) or None,
             "location": place_name(str(e["location"])) if not missing(e["location"]) else None}
            for e in events.to_dict("records")]
    out = pd.DataFrame(rows, columns=COLUMNS)  # the events' own columns as they are
    # a bounded or approximate date sorts by its earliest possible day, beside the dated events
    first = out["date_start"].fillna(out["date_earliest"])
    out = (out.assign(_first=first).sort_values(["_first", "date_end", "event_id"], na_position="last", kind="stable")
           .drop(columns="_first").reset_index(drop=True))
    # the categories keep the schema's dtypes; the words are strings
    for c in ("date_precision", "status", "event_type", "date_certainty"):
        out[c] = out[c].astype(events[c].dtype)
    return out.astype({c: "string" for c in ("event_id", "when", "title", "participants", "location", "date_as_written",
                                             "description")})
