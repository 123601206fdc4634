"""The explorer for readers, read as HTML: the index's headline facts, tables that lead with titles and
values in words and offer their files, the timeline without script, the figures (the build's charts,
inline, every mark a link to a record, checked like any input), the search index, and the datasheet and
data dictionary as pages. The browser side is in test_site_browser.py."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from uk_iraq_security import formatting
from uk_iraq_security.site import SiteError, write_site
from uk_iraq_security.site.documents import to_html


class Links(HTMLParser):
    """Each <a>'s href and text, the page's <title>, and whether it has a <script>."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self.title, self.scripts, self._a, self._in_title = "", 0, None, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._a = [dict(attrs).get("href", ""), ""]
        self.scripts += tag == "script"
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "a" and self._a:
            self.links.append((self._a[0], " ".join(self._a[1].split())))
            self._a = None
        self._in_title = False

    def handle_data(self, data):
        if self._a is not None:
            self._a[1] += data
        if self._in_title:
            self.title += data


def _dataset_copy(dest: Path, charts: dict[str, bytes] | None = None) -> Path:
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, dest / part)
    for old in (dest / "data").glob("chart-*.svg"):
        old.unlink()
    for name, svg in (charts or {}).items():
        (dest / "data" / f"chart-{name}").write_bytes(svg)
    return dest


@pytest.fixture(scope="module")
def charts() -> dict[str, bytes]:
    from uis_build.charts import chart_files

    return chart_files(ROOT)


@pytest.fixture(scope="module")
def site(tmp_path_factory, charts) -> Path:
    root = _dataset_copy(tmp_path_factory.mktemp("dataset"), charts)
    out = tmp_path_factory.mktemp("site") / "out"
    write_site(out, root)
    return out


def _read(path: Path) -> Links:
    return Links(path.read_text(encoding="utf-8"))


def _titles(table: str) -> dict[str, str]:
    import uk_iraq_security as uis

    key = uis.schema(table)["primaryKey"][0]
    return {str(r[key]): formatting.title(table, r) for r in uis.load(table).to_dict("records")}


def test_index_opens_with_headline_facts_then_where_to_look(site):
    index = _read(site / "index.html")
    funding = _titles("funding")
    facts = {href: text for href, text in index.links if href.startswith("funding/fund-")}
    assert facts and all(text == funding[href.removeprefix("funding/").removesuffix(".html")] for href, text in facts.items())
    html = (site / "index.html").read_text(encoding="utf-8")
    facts = html.index('id="facts"')  # after the header's links
    order = [html.index(s, facts) for s in ('id="explore"', 'href="timeline.html"', 'href="figures.html"', 'href="search.html"', 'id="tables"')]
    assert order == sorted(order)


def test_table_pages_lead_with_titles_and_words_and_offer_their_files(site):
    titles = _titles("funding")
    page = _read(site / "funding" / "index.html")
    shown = {href.removeprefix("../funding/").removesuffix(".html"): text for href, text in page.links
             if href.startswith("../funding/fund-") and text in titles.values()}
    assert shown == titles  # each row titled, linking to its page
    html = (site / "funding" / "index.html").read_text(encoding="utf-8")
    assert "up to £300,000" in html and 'data-label="amount"' in html  # values in words; each cell labelled for cards
    for fmt in ("csv", "parquet"):
        assert f'href="../data/funding.{fmt}"' in html
        assert (site / "data" / f"funding.{fmt}").read_bytes() == (ROOT / "data" / f"funding.{fmt}").read_bytes()
    assert (site / "funding" / "fund-gb-border-security-command.html").is_file()  # the URLs of before are kept
    record = _read(site / "funding" / "fund-gb-border-security-command.html")
    assert record.title.startswith(titles["fund-gb-border-security-command"])  # human titles on record pages too


def test_timeline_lists_every_event_in_date_order_without_script(site):
    import uk_iraq_security as uis

    tl = uis.timeline()
    page = _read(site / "timeline.html")
    assert page.scripts == 0
    events = [href.removeprefix("events/").removesuffix(".html") for href, _ in page.links
              if href.startswith("events/")]
    assert events == list(tl["event_id"])  # dated first in date order, then the undated
    html = (site / "timeline.html").read_text(encoding="utf-8")
    first = tl["date_earliest"].fillna(tl["date_start"]) if "date_earliest" in tl else tl["date_start"]
    last = (tl["date_latest"].fillna(tl["date_end"]) if "date_latest" in tl else tl["date_end"]).fillna(first)
    assert html.count('class="bar') == int(first.notna().sum())  # a bar on the time axis per dated event
    # a month, a year, bounds or an approximate date: a range
    assert html.count('class="bar range"') == int((first.notna() & (first != last)).sum())
    for who in tl["participants"].dropna():
        assert who.replace("'", "&#39;") in html
    for words in tl[first.isna()]["date_as_written"].dropna():
        assert f"“{words}”".replace("'", "&#39;") in html


def test_charts_are_deterministic_and_link_only_records(charts):
    from uis_build.charts import chart_files

    assert chart_files(ROOT) == charts
    import uk_iraq_security as uis

    funding = uis.load("funding")
    for name, svg in charts.items():
        text = svg.decode("utf-8")
        hrefs = set(re.findall(r'xlink:href="([^"]+)"', text))
        assert hrefs and all(re.fullmatch(r"(statistics|funding)/[a-z0-9-]+\.html", h) for h in hrefs), name
        assert "<title>" in text and "<desc>" in text
    fund = charts["funding-by-scope-and-currency.svg"].decode("utf-8")
    assert len(set(re.findall(r'xlink:href="(funding/[^"]+)"', fund))) == len(funding)
    for currency in funding["currency"].unique():  # a panel per currency: nothing is added across them
        assert f"Amounts in {currency}" in fund
    stats = uis.load("statistics")
    by_indicator = charts["statistics-by-indicator.svg"].decode("utf-8")
    assert len(set(re.findall(r'xlink:href="(statistics/[^"]+)"', by_indicator))) == len(stats)
    assert "nearly 650,000" in by_indicator and "hedged" in by_indicator and "Ratios" in by_indicator


def test_figures_page_inlines_each_chart_with_its_records_in_words(site, charts):
    html = (site / "figures.html").read_text(encoding="utf-8")
    page = Links(html)
    for name in charts:
        assert (site / "charts" / name).is_file()
        assert f'href="charts/{name}"' in html
    chart_links = [h for h, _ in page.links if re.fullmatch(r"(statistics|funding)/[a-z0-9-]+\.html", h)]
    assert all((site / h).is_file() for h in chart_links)
    assert "<script" not in html and "xlink:" not in html
    standalone = (site / "charts" / "funding-by-scope-and-currency.svg").read_text(encoding="utf-8")
    assert 'href="../funding/' in standalone  # links rewritten for where the file sits


@pytest.mark.parametrize("bad, why", [
    (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "element 'script'"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "attribute 'onload'"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><a href="https://example.com/x"><path d="M0,0"/></a></svg>', "not a record page"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><a href="funding/no-such-record.html"/></svg>', "not a record page"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://example.com/x)"/></svg>', "refers to"),
    (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', "DOCTYPE"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', "element 'foreignObject'"),
    (b"<svg", "not well-formed"),
], ids=["script", "handler", "external-link", "unknown-record", "external-url", "entities", "foreign-object", "broken"])
def test_a_hostile_chart_is_refused_naming_the_file(tmp_path, bad, why):
    root = _dataset_copy(tmp_path / "ds", {"evil.svg": bad})
    with pytest.raises(SiteError, match=rf"evil\.svg.*{re.escape(why)}"):
        write_site(tmp_path / "out", root)
    assert not (tmp_path / "out").exists()


def test_search_index_holds_every_record_and_finds_kurdistan_by_its_aliases(site):
    import uk_iraq_security as uis
    from uk_iraq_security.searching import fold

    entries = json.loads((site / "search-index.json").read_text(encoding="utf-8"))
    html = (site / "search.html").read_text(encoding="utf-8")
    embedded = re.search(r'<script type="application/json" id="search-index">(.*?)</script>', html, re.S)
    assert embedded and json.loads(embedded[1]) == entries
    for alias in ("kurdistan", "kri", "krg", "iraqi kurdistan"):
        found = {f"{e['table']}/{e['id']}" for e in entries if any(fold(alias) in f[2] for f in e["fields"])}
        wanted = {f"statistics/{r.statistic_id}" for r in uis.load("statistics").itertuples() if r.geography == "IQ-KR"}
        assert wanted <= found, alias


def test_datasheet_and_dictionary_are_pages(site):
    sheet = _read(site / "datasheet.html")
    assert sheet.title.startswith("Datasheet")
    assert ("data-dictionary.html", "data dictionary") in sheet.links
    html = (site / "data-dictionary.html").read_text(encoding="utf-8")
    assert '<h2 id="funding">' in html and 'href="#funding"' in html and '<table class="cards">' in html
    assert 'data-label="rows">' in html  # on a phone each row is a card, each cell named by its column


def test_markdown_is_escaped_and_links_only_go_where_they_may():
    _, html = to_html("# T\n\nA <script>x</script> and [bad](javascript:alert(1)), [ok](https://example.org), "
                      "[doc](datasheet.md), [here](#t2), [gone](#nowhere)\n\n## T2\n\n| a | b |\n|---|---|\n| `<i>` | **x** |\n",
                      {"datasheet.md": "datasheet.html"})
    assert "<script>" not in html and "&lt;script&gt;" in html and "javascript:" not in html
    assert '<a href="https://example.org">ok</a>' in html and '<a href="datasheet.html">doc</a>' in html
    assert '<a href="#t2">here</a>' in html and ">gone<" not in html.replace("gone<", "") and "<code>&lt;i&gt;</code>" in html


def test_a_dataset_other_than_the_installed_one_gets_a_plain_site(tmp_path):
    """Words come from the installed dataset's schemas: another dataset keeps its own values and ids."""
    root = _dataset_copy(tmp_path / "ds")
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    pkg["version"] = "9.9.9-other"
    (root / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    write_site(tmp_path / "out", root)
    assert not (tmp_path / "out" / "timeline.html").exists()
    html = (tmp_path / "out" / "funding" / "index.html").read_text(encoding="utf-8")
    assert "£75 million" in html and "75000000" in html  # the article's words and the data's value, not formatted ones
