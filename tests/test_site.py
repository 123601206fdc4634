"""The explorer site, read as HTML (the browser tests are in test_site_browser.py): a page for every
record of every cited table, the marked words equal to the citations' quotes, plain accessible HTML
that asks no other host for anything, the same bytes twice, and an output folder handled safely."""

from __future__ import annotations

import csv
import json
import os
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT
from uk_iraq_security.site import MARKER, SiteError, render_site, write_site
from uk_iraq_security.site.dataset import read_dataset
from uk_iraq_security.weblinks import web_url


class Page(HTMLParser):
    """What the tests look at in a page: tags, attributes, <mark> texts, heading count, text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self._mark: list[str] | None = None
        self.title = ""
        self._in_title = False
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark = []
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "mark":
            self.marks.append("".join(self._mark))
            self._mark = None
        self._in_title = False

    def handle_data(self, data):
        if self._mark is not None:
            self._mark.append(data)
        if self._in_title:
            self.title += data
        self.text.append(data)

    def all(self, tag):
        return [a for t, a in self.tags if t == tag]


def _csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "out"
    write_site(out, ROOT)
    return out


@pytest.fixture(scope="module")
def pages(site) -> list[tuple[Path, Page, str]]:
    """Every page of the module's site, parsed once for the tests that only read them: (path, Page, html)."""
    out = []
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        out.append((path, Page(html), html))
    return out


def test_a_page_for_every_record_of_every_cited_table(site):
    citations = _csv(ROOT / "data" / "citations.csv")
    cited = {c["table"] for c in citations}
    assert {"sources", "statistics", "funding", "officials", "agreements", "statements"} <= cited
    for table in cited:
        schema = json.loads((ROOT / "schemas" / f"{table}.json").read_text(encoding="utf-8"))
        (key,) = schema["primaryKey"]
        ids = [r[key] for r in _csv(ROOT / "data" / f"{table}.csv")]
        pages = sorted(p.stem for p in (site / table).glob("*.html") if p.name != "index.html")
        assert pages == sorted(ids), table
    assert (site / "index.html").is_file() and (site / "style.css").is_file()
    for res in json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))["resources"]:
        if res["format"] == "csv":
            assert (site / res["name"] / "index.html").is_file()


def test_marked_words_are_exactly_the_citations_quotes(site, pages):
    by_record: dict[tuple[str, str], list[str]] = {}
    for c in _csv(ROOT / "data" / "citations.csv"):
        by_record.setdefault((c["table"], c["record_id"]), []).append(c["quote"])
    checked = 0
    for path, page, _ in pages:
        if path.name == "index.html" or path.parent == site:  # tables and the site's own pages mark nothing
            assert page.marks == [], path
            continue
        key = (path.parent.name, path.stem)
        assert page.marks == by_record.get(key, []), path
        checked += 1
    assert all((site / t / f"{rid}.html").is_file() for t, rid in by_record)
    assert checked == sum(1 for p in site.glob("*/*.html") if p.name != "index.html") > 40


def test_each_citation_shows_its_whole_sentence_or_at_least_its_quote(site):
    citations = _csv(ROOT / "data" / "citations.csv")
    has_sentences = "sentence" in citations[0]
    page = (site / "funding" / "fund-gb-border-security-command.html").read_text(encoding="utf-8")
    for c in citations:
        if c["record_id"] == "fund-gb-border-security-command":
            if has_sentences:
                before, _, after = c["sentence"].partition(c["quote"])
                assert Page(page).text and "".join(Page(page).text).count(before + c["quote"] + after) == 1
            assert f"<mark>{c['quote']}</mark>" in page.replace("&#x27;", "'")


def test_pages_are_plain_accessible_html(pages):
    n = 0
    for path, page, html in pages:
        assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">"), path
        assert page.title.strip(), path
        assert len(page.all("h1")) == 1, path
        assert any(a.get("name") == "viewport" for a in page.all("meta")), path
        assert all(a.get("scope") in ("col", "row") for a in page.all("th")), path
        assert page.all("main") and page.all("nav"), path
        ids = [a["id"] for _, a in page.tags if "id" in a]
        assert len(ids) == len(set(ids)), path
        for a in page.all("a"):
            href = a.get("href", "")
            if href.startswith("#"):
                assert href[1:] in ids, (path, href)
        n += 1
    assert n > 50


def test_no_request_to_another_host(site, pages):
    """Only plain links leave the site: the articles, the dataset's homepage and its licence."""
    allowed = {s["url"] for s in _csv(ROOT / "data" / "sources.csv")}
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    allowed |= {pkg["homepage"]} | {lic["path"] for lic in pkg["licenses"]}
    for path, page, _ in pages:
        for tag, attrs in page.tags:
            for name in ("src", "href", "srcset", "action", "data", "poster"):
                value = attrs.get(name) or ""
                if "://" in value or value.startswith("//"):
                    # the datasheet and dictionary may link any web page; the other pages only these
                    plain = path.name in ("datasheet.html", "data-dictionary.html") and web_url(value)
                    assert tag == "a" and name == "href" and (value in allowed or plain), (path, tag, name, value)
        assert not page.all("img") and not page.all("iframe"), path
        for link in page.all("link"):
            assert "://" not in link["href"], path
    css = (site / "style.css").read_text(encoding="utf-8")
    assert "url(" not in css and "@import" not in css


def test_links_between_pages_resolve(site, pages):
    # the site is plain files (no links of its own): a target is its path made normal, and it must be
    # one of the files written
    base = site.resolve()
    files = {p for p in base.rglob("*") if p.is_file()}
    for path, page, _ in pages:
        folder = base / path.parent.relative_to(site)
        for a in page.all("a") + page.all("link"):
            href = a.get("href", "")
            if "://" in href or href.startswith("#"):
                continue
            target = Path(os.path.normpath(folder / href.split("#")[0]))
            assert target in files and target.is_relative_to(base), (path, href)


def test_related_records_official_statements_agreement_parties(site):
    cooper = (site / "officials" / "off-yvette-cooper.html").read_text(encoding="utf-8")
    statements = [r for r in _csv(ROOT / "data" / "statements.csv") if r["speaker_official_id"] == "off-yvette-cooper"]
    assert statements and all(f'href="../statements/{s["statement_id"]}.html"' in cooper for s in statements)
    statement = (site / "statements" / f"{statements[0]['statement_id']}.html").read_text(encoding="utf-8")
    assert 'href="../officials/off-yvette-cooper.html"' in statement
    agreement = Page((site / "agreements" / "agr-border-security.html").read_text(encoding="utf-8"))
    parties = [r for r in _csv(ROOT / "data" / "agreement_parties.csv") if r["agreement_id"] == "agr-border-security"]
    text = " ".join(agreement.text)
    assert parties and all(p["party_name"] in text for p in parties)
    conflicts = [r for r in _csv(ROOT / "data" / "conflicts.csv") if r["record_id"] == "agr-border-security"]
    assert conflicts and all(c["reading_as_written"] in text for c in conflicts)
    # each conflicts row points at its citation on the same page
    hrefs = {a["href"] for a in agreement.all("a")}
    assert all(f"#cite-{c['citation_id']}" in hrefs for c in conflicts)


def test_index_says_version_citation_and_row_counts(site):
    import uk_iraq_security as uis

    index = (site / "index.html").read_text(encoding="utf-8")
    text = " ".join(Page(index).text)
    assert uis.__version__ in text and uis.citation() in text
    for name in uis.tables():  # the row count through Arrow: the same table, without building a DataFrame
        assert f'href="{name}/index.html"' in index and f"{uis.load(name, backend='pyarrow').num_rows} rows" in text


def test_same_bytes_twice(site, tmp_path):
    again = tmp_path / "again"
    write_site(again, ROOT)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second


def test_refuses_a_folder_it_did_not_write_and_touches_nothing(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SiteError, match="not empty"):
        write_site(out, ROOT)
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(SiteError, match="not a folder"):
        write_site(tmp_path / "file", ROOT)


def test_rewrite_removes_only_its_own_stale_files(site, tmp_path):
    out = tmp_path / "site"
    shutil.copytree(site, out)  # a site written before (the module's, marker and all)
    (out / "funding" / "old-record.html").write_text("stale", encoding="utf-8")
    marker = out / MARKER
    marker.write_text(marker.read_text(encoding="utf-8") + "funding/old-record.html\n../outside.txt\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("not ours", encoding="utf-8")
    (out / "funding" / "my-notes.txt").write_text("not ours either", encoding="utf-8")
    write_site(out, ROOT)
    assert not (out / "funding" / "old-record.html").exists()
    assert (tmp_path / "outside.txt").read_text(encoding="utf-8") == "not ours"
    assert (out / "funding" / "my-notes.txt").is_file()


def _dataset_copy(dest: Path) -> Path:
    for part in ("data", "schemas", "datapackage.json"):
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / part)
    return dest


def _append_csv(path: Path, row: dict) -> None:
    with path.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, fieldnames=list(_csv(path)[0]), lineterminator="\n").writerow(row)


def _add_table(root: Path, name: str, schema: dict, rows: list[dict]) -> None:
    (root / "schemas" / f"{name}.json").write_text(json.dumps(schema), encoding="utf-8")
    with (root / "data" / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=[f["name"] for f in schema["fields"]], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    pkg["resources"] = [r for r in pkg["resources"] if r["name"] != name]  # a table of that name is replaced
    pkg["resources"].append({"name": name, "path": f"data/{name}.csv", "format": "csv", "schema": f"schemas/{name}.json"})
    (root / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")


def _cite(root: Path, table: str, record_id: str) -> dict:
    base = _csv(root / "data" / "citations.csv")[0]
    row = {**base, "citation_id": f"{base['citation_id']}:{record_id}", "table": table, "record_id": record_id}
    _append_csv(root / "data" / "citations.csv", row)
    return row


def test_a_new_table_and_column_appear_without_touching_the_site_code(tmp_path):
    root = _dataset_copy(tmp_path / "ds")
    _add_table(root, "events", {
        "description": "Things that happened.",
        "fields": [{"name": "event_id", "type": "string"},
                   {"name": "agreement_id", "type": "string", "description": "The agreement signed at it."},
                   {"name": "kind", "type": "string", "categories": [{"value": "signing", "label": "A signing"}]}],
        "primaryKey": ["event_id"]}, [{"event_id": "evt-signing", "agreement_id": "agr-border-security", "kind": "signing"}])
    _add_table(root, "event_participants", {
        "fields": [{"name": "event_id", "type": "string"}, {"name": "official_id", "type": "string"}],
        "primaryKey": ["event_id", "official_id"],
        "foreignKeys": [{"fields": ["event_id"], "reference": {"resource": "events", "fields": ["event_id"]}}]},
        [{"event_id": "evt-signing", "official_id": "off-yvette-cooper"}])
    cite = _cite(root, "events", "evt-signing")
    out = tmp_path / "site"
    write_site(out, root)
    page = (out / "events" / "evt-signing.html").read_text(encoding="utf-8")
    assert Page(page).marks == [cite["quote"]]
    assert "The agreement signed at it." in page and "A signing" in page
    assert 'href="../agreements/agr-border-security.html"' in page  # an id column, no declared key
    assert 'href="../officials/off-yvette-cooper.html"' in page  # through event_participants
    agreement = (out / "agreements" / "agr-border-security.html").read_text(encoding="utf-8")
    assert 'href="../events/evt-signing.html"' in agreement
    assert (out / "event_participants" / "index.html").is_file()


@pytest.mark.parametrize("bad", ["../escape", "a/b", "UPPER", "dot.html", "index", ""])
def test_unsafe_record_ids_are_refused(tmp_path, bad):
    root = _dataset_copy(tmp_path / "ds")
    _add_table(root, "events", {"fields": [{"name": "event_id", "type": "string"}], "primaryKey": ["event_id"]},
               [{"event_id": bad or "x"}])
    if bad:
        _cite(root, "events", bad)
    else:  # an empty id: the cell is null
        (root / "data" / "events.csv").write_text('event_id\n""\n', encoding="utf-8")
        _cite(root, "events", "x")
    with pytest.raises(SiteError, match="events"):
        render_site(read_dataset(root))
    assert not (tmp_path / "escape.html").exists()


def test_quote_outside_its_sentence_is_refused(tmp_path):
    root = _dataset_copy(tmp_path / "ds")
    rows = _csv(root / "data" / "citations.csv")
    if "sentence" not in rows[0]:
        pytest.skip("this version of the data has no sentence columns")
    rows[0]["sentence"] = "Something else entirely, longer than any quote in the articles at all." * 3
    with (root / "data" / "citations.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(SiteError, match=rows[0]["citation_id"]):
        render_site(read_dataset(root))


def test_cli_site_command(tmp_path, capsys):
    """`uk-iraq-security site` into a new folder, and into a folder holding a file it did not write (refused)."""
    from uk_iraq_security.cli import main

    out, other = tmp_path / "explorer", tmp_path / "other"
    other.mkdir()
    (other / "x").write_text("", encoding="utf-8")
    good_status, good = main(["site", str(out)]), capsys.readouterr()
    bad_status, bad = main(["site", str(other)]), capsys.readouterr()
    assert good_status == 0, good.err
    stats = len(pd.read_csv(ROOT / "data" / "statistics.csv"))
    assert f"record pages: sources 5, statistics {stats}, funding 4" in good.out and (out / "index.html").is_file()
    counts = Counter(p.parent.name for p in out.rglob("*.html") if p.name != "index.html")
    assert counts["funding"] == 4
    assert bad_status == 1 and "site failed:" in bad.err and "Traceback" not in bad.err
    assert [p.name for p in other.iterdir()] == ["x"]
