"""The explorer in a real browser: Debian's chromium driven by Playwright, pages opened from disk
(file://), with JavaScript on and off, at desktop (1280) and phone (375) widths. Every page type is
clicked to, checked with axe-core (no violation allowed) and saved as a screenshot under reports/explorer/
(git-ignored) for a person to look at. In CI (CI=true) a missing chromium fails instead of skipping.

UIS_UPDATE_SCREENSHOT=1 also writes the record page's screenshot to docs/explorer-record.png
(committed, for review); otherwise it goes to the test's temporary folder.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from conftest import ROOT
from uk_iraq_security.site import write_site

CHROMIUM = os.environ.get("UIS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
RECORD = ("funding", "fund-gb-border-security-command")
SCREENSHOT = ROOT / "docs" / "explorer-record.png"
REPORTS = ROOT / "reports" / "explorer"
WIDTHS = {"desktop": 1280, "phone": 375}

# the browser contexts the tests use, each fresh for its test
CONTEXTS = {
    "js-on": {"java_script_enabled": True, "viewport": {"width": 1000, "height": 900}},
    "js-off": {"java_script_enabled": False, "viewport": {"width": 1000, "height": 900}},
    "phone": {"viewport": {"width": 375, "height": 740}, "device_scale_factor": 2, "is_mobile": True},
}

# each page type: how a reader gets there from the index (the link's accessible name), and the page
PAGE_TYPES = {
    "index": (None, "index.html"),
    "table": ("statistics", "statistics/index.html"),
    "record": (None, f"{RECORD[0]}/{RECORD[1]}.html"),
    "timeline": ("Timeline", "timeline.html"),
    "figures": ("Figures", "figures.html"),
    "search": ("Search", "search.html"),
    "datasheet": ("Datasheet", "datasheet.html"),
    "dictionary": ("Data dictionary", "data-dictionary.html"),
}


def _rows(table: str) -> list[dict]:
    with (ROOT / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def browser():
    """chromium under Playwright, for this module's tests."""
    if not Path(CHROMIUM).is_file():
        message = f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def fresh_page(browser, name: str, **options):
    """A fresh context with CONTEXTS[name]'s options (and `options`), and a new page in it."""
    context = browser.new_context(**{**CONTEXTS[name], **options})
    return context, context.new_page()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The explorer of a copy of the dataset with the build's charts in data/chart-*.svg."""
    from uis_build.charts import chart_files

    root = tmp_path_factory.mktemp("dataset")
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, root / part)
    for name, svg in chart_files(root).items():
        (root / "data" / f"chart-{name}").write_bytes(svg)
    out = tmp_path_factory.mktemp("site") / "out"
    write_site(out, root)
    return out


def _no_other_hosts(page) -> list[str]:
    """Record every request that is not file://: there must be none."""
    seen: list[str] = []
    page.on("request", lambda req: None if req.url.startswith("file://") else seen.append(req.url))
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_click_from_the_index_to_a_record_and_see_the_marked_quote(browser, site, javascript, tmp_path):
    table, record_id = RECORD
    citations = [c for c in _rows("citations") if (c["table"], c["record_id"]) == RECORD]
    sources = {s["source_id"]: s for s in _rows("sources")}
    context, page = fresh_page(browser, "js-on" if javascript else "js-off")
    requests = _no_other_hosts(page)
    page.goto((site / "index.html").as_uri())
    assert page.locator("h1").count() == 1
    page.get_by_role("link", name=table, exact=True).click()
    assert page.url.endswith(f"/{table}/index.html")
    filter_box = page.locator("#filter")
    assert filter_box.is_visible() is javascript  # the search box exists only where it works
    rows = page.locator("table.rows tbody tr")
    assert rows.count() == len(_rows(table))
    if javascript:
        page.get_by_label("Show only rows containing").fill("75 million")
        assert page.locator("table.rows tbody tr:visible").count() == 1
        assert f"1 of {len(_rows(table))} rows match" in page.locator("#filter-count").inner_text()
    page.get_by_role("link", name=record_id, exact=True).click()
    assert page.url.endswith(f"/{table}/{record_id}.html")
    marks = page.locator("ol.citations mark")
    assert [marks.nth(i).inner_text() for i in range(marks.count())] == [c["quote"] for c in citations]
    assert all(marks.nth(i).is_visible() for i in range(marks.count()))
    articles = page.locator("a.article")
    assert [articles.nth(i).get_attribute("href") for i in range(articles.count())] == [
        sources[c["source_id"]]["url"] for c in citations]
    if javascript:
        path = SCREENSHOT if os.environ.get("UIS_UPDATE_SCREENSHOT") == "1" else tmp_path / SCREENSHOT.name
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    # keyboard: the skip link is the first stop, then the breadcrumb; Enter on a link follows it
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/index.html")
    assert page.url == (site / "index.html").as_uri()
    assert requests == []
    context.close()


@pytest.mark.slow
@pytest.mark.parametrize("width", list(WIDTHS), ids=list(WIDTHS))
@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_every_page_type_reached_readable_accessible_and_screenshot(browser, site, javascript, width):
    """From the index to each page type by its link; one h1, nothing wider than a phone's screen but the
    scrolling table regions, no violation axe-core finds (with JavaScript, which axe needs), a screenshot."""
    from axe_playwright_python.sync_playwright import Axe

    px = WIDTHS[width]
    context, page = fresh_page(browser, "js-on" if javascript else "js-off", viewport={"width": px, "height": 900})
    requests = _no_other_hosts(page)
    REPORTS.mkdir(parents=True, exist_ok=True)
    problems = {}
    for kind, (link, rel) in PAGE_TYPES.items():
        page.goto((site / "index.html").as_uri())
        if link:
            page.get_by_role("link", name=link, exact=True).first.click()
        else:
            page.goto((site / rel).as_uri())
        assert page.url == (site / rel).as_uri(), kind
        assert page.locator("h1").count() == 1, kind
        assert page.evaluate("document.documentElement.scrollWidth") <= max(px, 1000 if px > 1000 else px), kind
        page.screenshot(path=str(REPORTS / f"{kind}-{width}-{'js' if javascript else 'nojs'}.png"), full_page=True)
        if javascript:
            results = Axe().run(page)
            if results.violations_count:
                problems[kind] = results.generate_report()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    assert requests == []
    context.close()


@pytest.mark.slow
def test_search_box_finds_what_uis_search_finds(browser, site):
    import uk_iraq_security as uis

    context, page = fresh_page(browser, "js-on")
    page.goto((site / "search.html").as_uri())
    for text in ("Kurdistan", "KRG", "kurdistan region", "Cooper"):
        page.get_by_label("Search for").fill(text)
        page.get_by_role("button", name="Search").click()
        links = page.locator("#search-results li > a")
        found = {links.nth(i).get_attribute("href") for i in range(links.count())}
        expected = {f"{r.table}/{r.record_id}.html" for r in uis.search(text).itertuples()}
        assert found == expected, text
        assert f"{len(expected)} record" in page.locator("#search-count").inner_text()
    # every Kurdistan Region figure, also by the link people share (?q=)
    page.goto((site / "search.html").as_uri() + "?q=KRI")
    links = page.locator("#search-results li > a")
    found = {links.nth(i).get_attribute("href") for i in range(links.count())}
    kurdistan = {f"statistics/{r['statistic_id']}.html" for r in _rows("statistics") if r["geography"] == "IQ-KR"}
    assert kurdistan and kurdistan <= found
    context.close()


@pytest.mark.slow
def test_without_javascript_the_search_page_says_where_else_to_look(browser, site):
    context, page = fresh_page(browser, "js-off")
    page.goto((site / "search.html").as_uri())
    assert not page.locator("#search").is_visible()  # no dead control
    text = page.locator("#elsewhere + p + ul").inner_text()
    assert "uis.search" in text and "uk-iraq-security search" in text
    page.get_by_role("link", name="Timeline").last.click()
    assert page.url.endswith("/timeline.html")
    context.close()


@pytest.mark.slow
def test_a_chart_bar_opens_its_record(browser, site):
    context, page = fresh_page(browser, "js-off")
    page.goto((site / "figures.html").as_uri())
    bar = page.locator(".chart svg a").first
    href = bar.get_attribute("href")
    bar.click()
    assert page.url == (site / href).as_uri() and page.locator("ol.citations mark").count() >= 1
    context.close()


@pytest.mark.slow
def test_table_rows_are_cards_on_a_phone(browser, site):
    context, page = fresh_page(browser, "phone")
    page.goto((site / "statistics" / "index.html").as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    first = page.locator("table.cards tbody tr").first
    assert first.evaluate("tr => getComputedStyle(tr).display") == "block"
    assert first.locator("td.more").first.is_hidden()  # the other columns are on the record's page
    box = first.bounding_box()
    assert box is not None and box["width"] <= 375
    context.close()


@pytest.mark.slow
def test_record_page_reads_on_a_phone(browser, site):
    context, page = fresh_page(browser, "phone")
    page.goto((site / "statistics" / "stat-gb-net-migration-ye-2023-06.html").as_uri())
    # nothing but the scrollable table regions is wider than the screen
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 375, overflow
    assert page.locator("mark").first.is_visible()
    context.close()


def test_screenshot_is_committed():
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and SCREENSHOT.stat().st_size > 10_000
