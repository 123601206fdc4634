"""The timeline page: uk_iraq_security.timeline() as HTML that needs no script. Dated events sit on a
time axis (a bar from the first to the last day the date allows, so a month or a year is a range), then
every event is listed in date order with who took part; undated ones last, with the article's words.
"""

from __future__ import annotations

import datetime as dt

from ..formatting import missing
from .dataset import Dataset
from .pages import Link, record_href, render_page
from .wording import Words

EVENTS = "events"
MIN_WIDTH = 0.6  # percent of the axis: a single day stays visible
PRECISION = {"day": "the day", "month": "only the month", "year": "only the year"}
CERTAINTY = {"approximate": "only an approximate date", "bounded": "only the days it falls between"}


def has_timeline(ds: Dataset, words: Words) -> bool:
    return words.installed and EVENTS in ds.page_tables


def _day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def _ticks(first: dt.date, last: dt.date) -> list[tuple[float, str]]:
    """(percent along the axis, label): each month's first day for a span up to two years, else each year's."""
    span = (last - first).days + 1
    monthly = span <= 731
    ticks: list[tuple[float, str]] = []
    d = dt.date(first.year, first.month, 1)
    while d <= last:
        if d >= first and (monthly or d.month == 1):
            label = (d.strftime("%b %Y") if d.month == 1 or not ticks else d.strftime("%b")) if monthly else str(d.year)
            ticks.append((100 * (d - first).days / span, label))
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return ticks


def timeline_page(ds: Dataset, words: Words) -> bytes:
    import uk_iraq_security as uis  # its public name: where the function lives is the package's business

    # pandas' missing values (NA, NaN, NaT) as None, which the templates show as nothing
    events: list[dict] = [{k: None if missing(v) else v for k, v in e.items()} for e in uis.timeline().to_dict("records")]
    for e in events:
        # the widest the date allows: its earliest and latest day where the data give them (a bounded or
        # approximate date), else its first and last day
        e["start"] = _day(e["date_earliest"] or e["date_start"])
        e["end"] = _day(e["date_latest"] or e["date_end"]) or e["start"]
        e["link"] = Link(record_href(EVENTS, str(e["event_id"]), 0), str(e["title"]))
        e["status_words"] = words.human(EVENTS, "status", {"status": e["status"]})
        e["known_to"] = PRECISION.get(e["date_precision"]) or CERTAINTY.get(e["date_certainty"])
    dated = [e for e in events if e["start"]]
    axis = None
    if dated:
        first, last = min(e["start"] for e in dated), max(e["end"] for e in dated)
        span = (last - first).days + 1
        bars = [{"event": e, "left": round(100 * (e["start"] - first).days / span, 2),
                 "width": round(max(MIN_WIDTH, 100 * ((e["end"] - e["start"]).days + 1) / span), 2),
                 "range": e["end"] != e["start"]} for e in dated]
        axis = {"bars": bars, "ticks": [(round(p, 2), label) for p, label in _ticks(first, last)]}
    return render_page(ds, "timeline.html", 0, [("Dataset", "index.html"), ("Timeline", None)],
                 title=f"Timeline: {len(events)} events, who took part and when", axis=axis, dated=dated,
                 undated=[e for e in events if not e["start"]])
