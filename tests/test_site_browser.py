"""The explorer in a real browser: Debian's chromium driven by Playwright, pages opened from disk
(file://), with JavaScript on and off. In CI (CI=true) a missing chromium fails the test instead of
skipping it; `.ci/run` installs chromium.

UIS_UPDATE_SCREENSHOT=1 also writes the record page's screenshot to docs/explorer-record.png
(committed, for review); otherwise it goes to the test's temporary folder.
"""

from __future__ import annotations

import csv
import os
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


# the browser contexts the tests use, each fresh for its test
CONTEXTS = {
    "js-on": {"java_script_enabled": True, "viewport": {"width": 1000, "height": 900}},
    "js-off": {"java_script_enabled": False, "viewport": {"width": 1000, "height": 900}},
    "phone": {"viewport": {"width": 375, "height": 740}, "device_scale_factor": 2, "is_mobile": True},
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


def fresh_page(browser, name: str):
    """A fresh context with CONTEXTS[name]'s options, and a new page in it."""
    context = browser.new_context(**CONTEXTS[name])
    return context, context.new_page()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "out"
    write_site(out, ROOT)
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
        assert "1 of 4 rows match" in page.locator("#filter-count").inner_text()
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
