"""The explorer's figures as static SVG, made at build time with Altair and vl-convert from the built
tables of a dataset folder (its data/*.csv, datapackage.json and template), so that the `site` command needs no
charting library: it only copies data/chart-*.svg.

Every mark links to its record's page: the link is written relative to the explorer's root
("statistics/<id>.html"), and the site rewrites it for where it puts the chart. Figures of different
units and money of different currencies are drawn in separate panels with their own scales, so nothing
is compared or added across them; a hedged value ("nearly", "up to") is dashed and says so in its label.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd

from uk_iraq_security.dataset_paths import resource_schema
from uk_iraq_security.entities import ENTITIES
from uk_iraq_security.formatting import category_label, edtf_words

# Vega resolves a relative link against its own base URL; an absolute placeholder is kept as written and cut here
_PLACEHOLDER = "https://record.invalid/"
WIDTH = 420  # pixels of a panel's plotting area: the labels take the rest
HEDGE_DASH = {"exact": [1, 0], "hedged: a bound (nearly, over, up to)": [4, 3]}
SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
LEGEND = {"orient": "bottom", "direction": "vertical", "labelLimit": 320}
# a folder of SVGs by spec: the test suite sets it so that its many builds on copies render each chart once
CACHE_ENV = "UIS_BUILD_CHART_CACHE"


def _table(root: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(root / "data" / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8")


def _fields(root: Path, name: str) -> dict[str, dict]:
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    schema = resource_schema(root, next(r for r in pkg["resources"] if r["name"] == name), f"datapackage.json {name}")
    return {f["name"]: f for f in schema["fields"]}


def _places(root: Path) -> dict[str, str]:
    template = json.loads((root / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))
    return {code: p.get("name", code) for code, p in {**ENTITIES, **template.get("x-places", {})}.items()}


def _number(value: str, qualifier: str, prefix: str = "", suffix: str = "") -> str:
    """'nearly 650,000', 'more than 5,000', 'nearly 2×', 'up to £300,000', '£75 million': the parsed value
    with its hedge in words."""
    v = float(value)
    text = f"{v:,.0f}" if v.is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    if v >= 1e6 and v % 1e5 == 0:
        text = f"{v / 1e6:g} million"
    return " ".join(filter(None, [qualifier.replace("_", " "), prefix + text + suffix]))


def _hedge(qualifier: str) -> str:
    return next(iter(HEDGE_DASH)) if not qualifier else list(HEDGE_DASH)[1]


def _statistics(root: Path) -> pd.DataFrame:
    s = _table(root, "statistics")
    fields, places = _fields(root, "statistics"), _places(root)
    out = pd.DataFrame({
        "href": _PLACEHOLDER + "statistics/" + s["statistic_id"] + ".html",
        "indicator": [category_label(fields["indicator"], v) for v in s["indicator"]],
        "place": [places.get(g, n or g) for g, n in zip(s["geography"], s["geography_name"])],
        "period": [edtf_words(p) if p else "no period given" for p in s["period_edtf"]],
        "value": s["value"].astype(float),
        "label": [_number(v, q, suffix="×" if u == "ratio" else "") for v, q, u in zip(s["value"], s["qualifier"], s["unit"])],
        "unit": s["unit"], "figure": [_hedge(q) for q in s["qualifier"]],
        "start": s["period_start"], "end": s["period_end"],
    })
    out["row"] = out["indicator"] + " · " + out["place"] + " · " + out["period"]
    return out.sort_values(["unit", "indicator", "place", "start", "row"], kind="stable").reset_index(drop=True)


def _legend_dash(alt):
    return alt.StrokeDash("figure:N", title="figure", legend=alt.Legend(**LEGEND),
                          scale=alt.Scale(domain=list(HEDGE_DASH), range=list(HEDGE_DASH.values())))


def _bars(alt, data: pd.DataFrame, *, title: str, x_title: str, color: str, color_title: str):
    """One panel: a bar per row, its words beside it, dashed when hedged, each linking to its record."""
    base = alt.Chart(data, title=title).encode(
        y=alt.Y("row:N", sort=None, title=None, axis=alt.Axis(labelLimit=480)),
        href="href:N", description="description:N")
    bars = base.mark_bar(strokeWidth=1.5, stroke="#1b1b1b", fillOpacity=0.85).encode(
        x=alt.X("value:Q", title=x_title, axis=alt.Axis(format="~s")),
        color=alt.Color(f"{color}:N", title=color_title, scale=alt.Scale(scheme="tableau10"), legend=alt.Legend(**LEGEND)),
        strokeDash=_legend_dash(alt))
    words = base.mark_text(align="left", dx=4, fontSize=11, color="#1b1b1b").encode(x="value:Q", text="label:N")
    return (bars + words).properties(width=WIDTH)


def statistics_by_indicator(alt, root: Path):
    data = _statistics(root)
    data["description"] = data["label"] + " " + data["row"]
    panels = [_bars(alt, part, title=f"Figures in {unit}" if unit != "ratio" else "Ratios (× an earlier figure)",
                    x_title=unit, color="place", color_title="place")
              for unit, part in data.groupby("unit", sort=True)]
    return alt.vconcat(*panels, title="Figures by indicator, place and period", description=(
        "Each figure the articles cite, one bar per figure, in separate panels by unit; hedged figures are dashed."
    )).resolve_scale(x="independent", color="shared")


def statistics_by_period(alt, root: Path):
    data = _statistics(root)
    latest = max(e for e in data["end"] if e)
    open_ended = data["end"] == ""
    data.loc[open_ended, "end"] = latest  # drawn to the latest date the data know, and said so in its label
    data.loc[open_ended, "label"] = data.loc[open_ended, "label"] + " (no end given)"
    data["description"] = data["label"] + " " + data["row"]
    base = alt.Chart(data).encode(y=alt.Y("row:N", sort=None, title=None, axis=alt.Axis(labelLimit=480)), href="href:N",
              description="description:N")
    bars = base.mark_bar(height=10, stroke="#1b1b1b", strokeWidth=1).encode(
        x=alt.X("start:T", title="period", axis=alt.Axis(format="%Y")), x2="end:T",
        color=alt.Color("place:N", title="place", scale=alt.Scale(scheme="tableau10"), legend=alt.Legend(**LEGEND)),
        strokeDash=_legend_dash(alt))
    words = base.mark_text(align="left", dx=4, fontSize=11, color="#1b1b1b").encode(x="end:T", text="label:N")
    return (bars + words).properties(width=WIDTH, title="The periods the figures cover", description=(
        "One bar per figure from the first to the last day of its period; an open period runs to the latest date in the data."))


def funding_by_scope_and_currency(alt, root: Path):
    f = _table(root, "funding")
    fields, places = _fields(root, "funding"), _places(root)
    rows = [f"{places.get(r, r or 'recipient not given')}: {p}" for r, p in zip(f["recipient_code"], f["purpose"])]
    data = pd.DataFrame({
        "href": _PLACEHOLDER + "funding/" + f["funding_id"] + ".html",
        "row": [r if len(r) <= 70 else r[:70].rsplit(" ", 1)[0] + "…" for r in rows],
        "value": f["amount"].astype(float), "currency": f["currency"],
        "label": [_number(a, q, SYMBOLS.get(c, ""), "" if c in SYMBOLS else f" {c}")
                  for a, q, c in zip(f["amount"], f["qualifier"], f["currency"])],
        "scope": [category_label(fields["scope"], s, short=True) if s else "not given" for s in f["scope"]],
        "figure": [_hedge(q) for q in f["qualifier"]],
    }).sort_values(["currency", "scope", "value", "row"], kind="stable")
    data["description"] = data["label"] + ", " + data["scope"] + ": " + data["row"]
    panels = [_bars(alt, part, title=f"Amounts in {currency}", x_title=currency, color="scope", color_title="scope")
              for currency, part in data.groupby("currency", sort=True)]
    return alt.vconcat(*panels, title="Funding by scope and currency", description=(
        "Each commitment, one bar each, in one panel per currency (never added across currencies); hedged amounts are dashed."
    )).resolve_scale(x="independent", color="shared")


CHARTS = {"statistics-by-indicator.svg": statistics_by_indicator, "statistics-by-period.svg": statistics_by_period,
          "funding-by-scope-and-currency.svg": funding_by_scope_and_currency}


def _svg(spec: dict) -> str:
    """vl-convert's SVG of a Vega-Lite spec; taken from CACHE_ENV's folder when it holds this spec's rendering by this
    vl-convert (the same spec gives the same bytes)."""
    import vl_convert as vlc

    folder = os.environ.get(CACHE_ENV)
    key = hashlib.sha256(json.dumps([vlc.__version__, spec], sort_keys=True).encode("utf-8")).hexdigest()
    path = Path(folder or ".") / f"chart-{key}.svg"
    if folder and path.is_file():
        return path.read_text(encoding="utf-8")
    svg = vlc.vegalite_to_svg(spec, show_warnings=False)
    if folder:
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        part.write_text(svg, encoding="utf-8")
        part.replace(path)  # whole or absent, for the other test processes reading the folder
    return svg


def chart_files(root: Path | str) -> dict[str, bytes]:
    """The charts of the dataset in `root`: path name (written as data/chart-<name>) -> SVG bytes (the same bytes for the same data)."""
    import altair as alt

    root = Path(root)
    out = {}
    for name, make in CHARTS.items():
        spec = make(alt, root).configure(font="sans-serif").configure_view(stroke=None).to_dict()
        svg = _svg(spec).replace(_PLACEHOLDER, "")
        # its title and description as the SVG's own <title> and <desc>: what the site heads and captions it with
        head = f"<title>{escape(spec['title'])}</title><desc>{escape(spec['description'])}</desc>"
        at = svg.index(">", svg.index("<svg")) + 1
        out[name] = (svg[:at] + head + svg[at:]).encode("utf-8")
    return out
