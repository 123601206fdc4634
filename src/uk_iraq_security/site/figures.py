"""The figures page: the charts the build drew (data/chart-*.svg, uis_build/charts.py), inline so that
every mark links to its record's page, each with a table of the same records beside it in words.

A chart is input like any file of a dataset folder, so it is rebuilt from an allow-list: SVG drawing
elements and presentation attributes only (no script, style, foreignObject, image or event handler, no
url() but a reference to its own clip path), and a link only to a record page of this dataset, rewritten
for where the chart sits. Anything else is refused with the file named. No charting library is needed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..dataset_paths import inside, read_capped
from .dataset import Dataset, SiteError
from .output import safe_name
from .pages import Link, record_href, render_page
from .wording import Words

MAX_CHART = 8 << 20  # bytes of one SVG
MAX_CHARTS = 50
SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ELEMENTS = frozenset({"svg", "g", "path", "rect", "line", "text", "tspan", "a", "title", "desc", "defs", "clipPath",
                      "circle", "ellipse", "polygon", "polyline"})
ATTRIBUTES = frozenset({
    "version", "class", "width", "height", "viewBox", "transform", "d", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy",
    "cx", "cy", "r", "rx", "ry", "points", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity",
    "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity",
    "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "role", "aria-label",
    "aria-hidden", "aria-roledescription", "pointer-events", "display", "clip-path", "id"})
RECORD_LINK = re.compile(r"([a-z0-9][a-z0-9_-]*)/([a-z0-9][a-z0-9_-]*)\.html")
OWN_REFERENCE = re.compile(r"url\(#([A-Za-z0-9_-]+)\)")


@dataclass
class Chart:
    name: str  # file stem: statistics-by-indicator
    title: str
    description: str
    inline: str  # the SVG for the figures page (links from the site's root)
    file: bytes  # the SVG for charts/<name>.svg (links from that folder)
    records: list[tuple[str, str]]  # (table, record id) of each linked mark, in order, without repeats


def _clean(path: Path, data: bytes, ds: Dataset, prefix: str, ids: str) -> tuple[ET.Element, list[tuple[str, str]]]:
    """The chart rebuilt from the allow-list, its links rewritten with `prefix` and its ids prefixed with `ids`."""
    def refuse(why: str) -> SiteError:
        return SiteError(f"{path}: {why}; a chart holds SVG drawing elements and links to this dataset's record pages only")

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise refuse("it declares a DOCTYPE or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise refuse(f"not well-formed XML ({e})") from None
    records: list[tuple[str, str]] = []
    for el in root.iter():
        ns, _, tag = str(el.tag).rpartition("}")
        if ns != "{" + SVG or tag not in ELEMENTS:
            raise refuse(f"element {tag!r} is not allowed")
        el.tag = tag  # written back unqualified, under the one xmlns of the root
        for name, value in list(el.attrib.items()):
            if tag == "a" and name in ("href", f"{{{XLINK}}}href"):
                m = RECORD_LINK.fullmatch(value)
                if not m or ds.record(m[1], m[2]) is None:
                    raise refuse(f"link {value!r} is not a record page of this dataset")
                del el.attrib[name]
                el.set("href", prefix + value)
                if (m[1], m[2]) not in records:
                    records.append((m[1], m[2]))
            elif name not in ATTRIBUTES:
                raise refuse(f"attribute {name!r} of <{tag}> is not allowed")
            elif "url(" in value:
                if not OWN_REFERENCE.fullmatch(value.strip()):
                    raise refuse(f"attribute {name!r} refers to {value!r}")
                el.set(name, f"url(#{ids}{OWN_REFERENCE.fullmatch(value.strip())[1]})")  # type: ignore[index]
            elif name == "id":
                el.set(name, ids + value)
    root.set("xmlns", SVG)
    return root, records


def _text(root: ET.Element, tag: str) -> str:
    el = root.find(tag)
    return " ".join((el.text or "").split()) if el is not None else ""


def read_charts(ds: Dataset) -> list[Chart]:
    """The charts (data/chart-*.svg) of the dataset folder, by file name; none when it has none."""
    folder = ds.root / "data"
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("chart-*.svg"))
    if len(paths) > MAX_CHARTS:
        raise SiteError(f"{folder}: {len(paths)} charts; at most {MAX_CHARTS} are shown")
    charts = []
    for path in paths:
        name = safe_name(path.stem.removeprefix("chart-"), f"{path}: chart name")
        inside(ds.root, f"data/{path.name}", f"chart {path.name}")  # not a symlink out of the folder
        data = read_capped(path, MAX_CHART, "more than a chart needs")
        inline, records = _clean(path, data, ds, "", f"{name}-")
        standalone, _ = _clean(path, data, ds, "../", f"{name}-")
        title = _text(inline, "title") or name.replace("-", " ")
        charts.append(Chart(name, title, _text(inline, "desc"), ET.tostring(inline, encoding="unicode"),
                            ET.tostring(standalone, encoding="unicode").encode("utf-8"), records))
    return charts


def _alternative(ds: Dataset, words: Words, chart: Chart) -> dict:
    """The chart's records as a table: title (linking to its page) and lead columns in words."""
    tables = list(dict.fromkeys(t for t, _ in chart.records))
    columns = list(dict.fromkeys(c for t in tables for c in words.lead(t)))
    rows = []
    for table, rid in chart.records:
        row = ds.record(table, rid) or {}
        rows.append([Link(record_href(table, rid, 0), words.title(table, row)),
                     *[words.human(table, c, row) if c in row else None for c in columns]])
    return {"caption": f"The records in “{chart.title}”, in words", "columns": [{"name": "record"}] + [{"name": c} for c in columns],
            "rows": rows}


def figures_page(ds: Dataset, words: Words, charts: list[Chart]) -> bytes:
    from markupsafe import Markup

    shown = [{"name": c.name, "title": c.title, "description": c.description, "svg": Markup(c.inline),
              "table": _alternative(ds, words, c), "file": f"charts/{c.name}.svg"} for c in charts]
    return render_page(ds, "figures.html", 0, [("Dataset", "index.html"), ("Figures", None)],
                 title="Figures: the statistics and the funding, charted", charts=shown)
