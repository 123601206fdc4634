"""The explorer in a real browser: Debian's chromium driven by Playwright, pages opened from disk
(file://), with JavaScript on and off. In CI (CI=true) a missing chromium fails the test instead of
skipping it; `.ci/run` installs chromium.

UIS_UPDATE_SCREENSHOT=1 also writes the record page's screenshot to reports/explorer-record.png
(committed, for review); otherwise it goes to the test's temporary folder.
"""

from __future__ import annotations

import csv
import os
import queue
import threading
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

import background
import cli_helpers_procs as procs
from conftest import ROOT
from uk_iraq_security.site import write_site

CHROMIUM = os.environ.get("UIS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
RECORD = ("funding", "fund-gb-border-security-command")
SCREENSHOT = ROOT / "reports" / "explorer-record.png"


# the browser contexts the tests use, each fresh for its test
CONTEXTS = {
    "js-on": {"java_script_enabled": True, "viewport": {"width": 1000, "height": 900}},
    "js-off": {"java_script_enabled": False, "viewport": {"width": 1000, "height": 900}},
    "phone": {"viewport": {"width": 375, "height": 740}, "device_scale_factor": 2, "is_mobile": True},
}


class BrowserThread:
    """chromium under Playwright in a thread of its own, where every Playwright call is made (the sync
    API stays in the thread that started it): the tests hand it their steps with run(). Once the
    browser is up it opens one fresh context (and page) for each entry of CONTEXTS, for the test that
    takes it; a context taken is never handed out again."""

    def __init__(self):
        self._jobs: queue.Queue = queue.Queue()
        self._up: Future = Future()
        self._fresh: dict[str, tuple] = {}
        self.stopped = False
        self._boosted = False
        self._thread = threading.Thread(target=self._main, name="browser", daemon=True)
        self._thread.start()

    def _main(self) -> None:
        background.idle()  # this thread, so the Playwright driver and chromium, which it starts, too
        try:
            with sync_playwright() as p:
                self.browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                self._up.set_result(None)
                for name, options in CONTEXTS.items():
                    if not self._jobs.empty():
                        break  # a test is waiting: it opens its own context
                    context = self.browser.new_context(**options)
                    self._fresh[name] = (context, context.new_page())
                while (job := self._jobs.get()) is not None:
                    done, fn, args = job
                    try:
                        done.set_result(fn(self, *args))
                    except BaseException as e:  # raised again in the test, by run()
                        done.set_exception(e)
                self.browser.close()
        except BaseException as e:  # handed to the test that waits (run() also sees the thread end)
            if not self._up.done():
                self._up.set_exception(e)

    def up(self) -> bool:
        """Whether chromium has started (or failed to)."""
        return self._up.done()

    def fresh_page(self, name: str):
        """A fresh context with CONTEXTS[name]'s options and a new page in it (called in the thread)."""
        if name in self._fresh:
            return self._fresh.pop(name)
        context = self.browser.new_context(**CONTEXTS[name])
        return context, context.new_page()

    def run(self, fn, *args):
        """fn(self, *args) in the browser thread; its result, or its exception raised here."""
        if not self._boosted:  # a test waits for the browser now: no longer only the machine's spare time
            self._boosted = True
            for pid in background.children_running("playwright"):
                background.normal_tree(pid)
        self._up.result(timeout=120)
        done: Future = Future()
        self._jobs.put((done, fn, args))
        while not wait_for([done], timeout=0.5).done:
            if not self._thread.is_alive():
                raise RuntimeError("the browser thread ended before the step ran")
        return done.result()

    def stop(self, wait: bool = True) -> None:
        """Close the browser; without waiting for it, too (then at exit)."""
        self.stopped = True
        self._jobs.put(None)
        if wait:
            self._thread.join(timeout=30)


_start = procs.Once(BrowserThread, at_exit=BrowserThread.stop, stale=lambda browser: browser.stopped)


# In a serial run the browser is a job of the background queue (tests/cli_helpers_procs.py), so that
# the Playwright driver, chromium and the tests' contexts boot while the tests before these run; under
# pytest-xdist it starts in the worker whose test first asks.
if Path(CHROMIUM).is_file():
    procs.BACKGROUND.add("chromium", procs.Job(_start, lambda browser: int(not browser.up()),
                                               lambda item: "browser" in getattr(item, "fixturenames", ())))


def _rows(table: str) -> list[dict]:
    with (ROOT / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        message = f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    thread = _start()
    yield thread
    thread.stop(wait=False)  # it closes while the next tests run; atexit waits for it


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


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_click_from_the_index_to_a_record_and_see_the_marked_quote(browser, site, javascript, tmp_path):
    browser.run(_click_from_the_index_to_a_record, site, javascript, tmp_path)


def _click_from_the_index_to_a_record(browser, site, javascript, tmp_path):
    table, record_id = RECORD
    citations = [c for c in _rows("citations") if (c["table"], c["record_id"]) == RECORD]
    sources = {s["source_id"]: s for s in _rows("sources")}
    context, page = browser.fresh_page("js-on" if javascript else "js-off")
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


def test_record_page_reads_on_a_phone(browser, site):
    browser.run(_record_page_on_a_phone, site)


def _record_page_on_a_phone(browser, site):
    context, page = browser.fresh_page("phone")
    page.goto((site / "statistics" / "stat-gb-net-migration-ye-2023-06.html").as_uri())
    # nothing but the scrollable table regions is wider than the screen
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 375, overflow
    assert page.locator("mark").first.is_visible()
    context.close()


def test_screenshot_is_committed():
    assert SCREENSHOT.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and SCREENSHOT.stat().st_size > 10_000
