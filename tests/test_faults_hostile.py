"""Fault injection for input of the installed package that may be hostile: a dataset folder given to
`validate DIR` or `site --root DIR` (paths that leave it, symlinks out of it, a profile that would be
fetched, JSON without end), a descriptor or data whose links are javascript: (rendered by `site`, and
opened in Chromium), and an output folder holding symlinks or hard links. Each case runs the public
command in a copy and checks the clear error naming the field, that nothing from outside the folder
reached the output, and that nothing was written, moved or deleted."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT
from uk_iraq_security.cli import main
from uk_iraq_security.site import MARKER

SECRET = "s3cr3t-from-outside"
MARK = "window.__pwned = 1"  # what a payload would do if it ran


@pytest.fixture
def box(tmp_path):
    """box/ds: a copy of the dataset; box/outside: a user's private files, one a CSV with funding's header."""
    ds, outside = tmp_path / "ds", tmp_path / "outside"
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy2)(ROOT / part, ds / part)
    outside.mkdir()
    header = (ROOT / "data" / "funding.csv").read_text(encoding="utf-8").splitlines()[0]
    (outside / "private.csv").write_text(f"{header}\n{','.join([SECRET] * len(header.split(',')))}\n", encoding="utf-8")
    (outside / "private.json").write_text(json.dumps({"fields": [{"name": SECRET}]}), encoding="utf-8")
    (outside / "notes.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    return SimpleNamespace(root=tmp_path, ds=ds, outside=outside, out=tmp_path / "site")


def _tree(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder` (symlinks not followed): its kind and bytes, or a link's target."""
    out: dict[str, tuple] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        out[rel] = ("link", os.readlink(p)) if p.is_symlink() else ("file", p.read_bytes()) if p.is_file() else ("dir",)
    return out


def _descriptor(ds: Path) -> dict:
    return json.loads((ds / "datapackage.json").read_text(encoding="utf-8"))


def _edit(ds: Path, change) -> None:
    pkg = _descriptor(ds)
    change(pkg)
    (ds / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")


def _resource(pkg: dict, name: str) -> dict:
    return next(r for r in pkg["resources"] if r["name"] == name)


def _run(capsys, *args: str):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def _command(box, command: str) -> list[str]:
    return ["validate", str(box.ds)] if command == "validate" else ["site", str(box.out), "--root", str(box.ds)]


def _csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# -- class 1: a dataset folder is input ----------------------------------------------------------------

def _absolute_table(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(path=str(box.outside / "private.csv")))
    return r"resources\[\d+\]\.path is '/.*private\.csv': not a relative path inside the dataset folder"


def _dotdot_table(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(path="../outside/private.csv"))
    return r"resources\[\d+\]\.path is '\.\./outside/private\.csv': not a relative path"


def _url_table(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(path="http://127.0.0.1:9/funding.csv"))
    return r"resources\[\d+\]\.path is 'http://127\.0\.0\.1:9/funding\.csv': not a relative path"


def _backslash_table(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(path="data\\..\\..\\outside\\private.csv"))
    return r"resources\[\d+\]\.path is .*: not a relative path"


def _escapes_in_path(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(path="data/\x1b[2J\x1b]0;owned\x07funding.csv"))
    return r"resources\[\d+\]\.path is 'data/\\x1b\[2J.*': not a relative path"


def _symlinked_table(box):
    (box.ds / "data" / "funding.csv").unlink()
    (box.ds / "data" / "funding.csv").symlink_to(box.outside / "private.csv")
    return r"resources\[\d+\]\.path is 'data/funding\.csv', which leads outside the dataset folder .* through a symlink"


def _outside_schema(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(schema="../outside/private.json"))
    return r"resources\[\d+\]\.schema is '\.\./outside/private\.json': not a relative path"


def _symlinked_schema(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(schema="schemas/funding.json"))  # by path, not inline
    (box.ds / "schemas" / "funding.json").unlink()
    (box.ds / "schemas" / "funding.json").symlink_to(box.outside / "private.json")
    return r"resources\[\d+\]\.schema is 'schemas/funding\.json', which leads outside"


def _symlinked_data_folder(box):
    shutil.move(box.ds / "data", box.outside / "data")
    (box.ds / "data").symlink_to(box.outside / "data", target_is_directory=True)
    return r"resources\[\d+\]\.path is 'data/.*', which leads outside"


def _symlinked_descriptor(box):
    shutil.move(box.ds / "datapackage.json", box.outside / "datapackage.json")
    (box.ds / "datapackage.json").symlink_to(box.outside / "datapackage.json")
    return r"the descriptor is 'datapackage\.json', which leads outside"


def _nested_descriptor(box):
    (box.ds / "datapackage.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return r"datapackage\.json: its JSON nests too deeply to be read"


def _truncated_descriptor(box):
    data = (box.ds / "datapackage.json").read_bytes()
    (box.ds / "datapackage.json").write_bytes(data[:len(data) // 2])
    return r"datapackage\.json: not valid JSON"


HOSTILE_FOLDERS = [_absolute_table, _dotdot_table, _url_table, _backslash_table, _escapes_in_path, _symlinked_table, _outside_schema,
                   _symlinked_schema, _symlinked_data_folder, _symlinked_descriptor, _nested_descriptor,
                   _truncated_descriptor]


@pytest.mark.parametrize("command", ["validate", "site"])
@pytest.mark.parametrize("make", HOSTILE_FOLDERS, ids=lambda f: f.__name__.strip("_"))
def test_hostile_dataset_folder_is_refused_naming_the_field_and_reading_nothing_outside(box, capsys, command, make):
    expected = make(box)
    before = _tree(box.root)
    code, said = _run(capsys, *_command(box, command))
    assert code == 1 and re.search(expected, said), said
    assert SECRET not in said and "Traceback" not in said and "This is a bug" not in said
    assert "\x1b" not in said  # a terminal escape sequence from the folder is shown escaped, never sent
    assert _tree(box.root) == before  # nothing written, moved or deleted, inside the folder or out
    assert not box.out.exists()


def _outside_x_file(box):
    _edit(box.ds, lambda pkg: pkg["x-files"][0].update(path="../outside/notes.txt"))
    return r"x-files\[0\]\.path is '\.\./outside/notes\.txt': not a relative path"


def _outside_dialect(box):
    _edit(box.ds, lambda pkg: _resource(pkg, "funding").update(dialect=str(box.outside / "private.json")))
    return r"resources\[\d+\]\.dialect is '/.*private\.json': not a relative path"


def _symlink_in_data(box):
    (box.ds / "data" / "notes.txt").symlink_to(box.outside / "notes.txt")
    return r"a file of data/ is 'data/notes\.txt', which leads outside"


def _outside_seed(box):
    shutil.copytree(ROOT / "seeds", box.ds / "seeds")
    rows = _csv_rows(box.ds / "data" / "sources.csv")
    rows[0]["seed_file"] = "../outside/notes.txt"
    _write_csv(box.ds / "data" / "sources.csv", rows)
    return rf"data/sources\.csv: {rows[0]['source_id']}: seed_file is '\.\./outside/notes\.txt': not a relative path"


@pytest.mark.parametrize("make", [_outside_x_file, _outside_dialect, _symlink_in_data, _outside_seed],
                         ids=lambda f: f.__name__.strip("_"))
def test_validate_reads_no_other_path_outside_the_folder(box, capsys, make):
    expected = make(box)
    before = _tree(box.root)
    code, said = _run(capsys, "validate", str(box.ds))
    assert code == 1 and re.search(expected, said), said
    assert SECRET not in said and "Traceback" not in said and "This is a bug" not in said
    assert _tree(box.root) == before


@pytest.mark.parametrize("where", ["package", "resource"])
def test_validate_refuses_a_profile_frictionless_would_fetch_without_fetching_it(box, capsys, httpserver, where):
    url = httpserver.url_for("/profile.json")

    def change(pkg):
        (pkg if where == "package" else pkg["resources"][0])["profile"] = url
    _edit(box.ds, change)
    code, said = _run(capsys, "validate", str(box.ds))
    assert code == 1 and f"profile is {url!r}: only the built-in profiles" in said, said
    assert httpserver.log == []  # refused before frictionless could ask for it


# -- class 2: the explorer trusts nothing it renders -----------------------------------------------

HOSTILE_URLS = ["javascript:alert(1)", "JaVaScRiPt:window.__pwned=1", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "file:///etc/passwd", "java\tscript:alert(1)", "//evil.example/x", "https:"]


def _hostile_explorer_input(box) -> None:
    """Every link the explorer draws from the descriptor or the data, and texts, made hostile."""
    def change(pkg):
        pkg["homepage"] = HOSTILE_URLS[0]
        pkg["title"] = f"<script>{MARK}</script>"
        pkg["description"] = f'<img src=x onerror="{MARK}">'
        pkg["licenses"] = [{"name": "x", "path": url, "title": f"licence {i}"} for i, url in enumerate(HOSTILE_URLS)]
    _edit(box.ds, change)
    rows = _csv_rows(box.ds / "data" / "sources.csv")
    for row, url in zip(rows, HOSTILE_URLS[1:]):
        row["url"] = url
        row["title"] = f"<a href=\"javascript:{MARK}\">click</a>"
    _write_csv(box.ds / "data" / "sources.csv", rows)
    rows = _csv_rows(box.ds / "data" / "officials.csv")
    rows[0]["name"] = f"<img src=x onerror={MARK}>"
    _write_csv(box.ds / "data" / "officials.csv", rows)


class _Links(HTMLParser):
    """The URL-valued attributes of a page, and whether any script or event handler comes from the data."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [v or "" for k, v in attrs if k in ("href", "src", "cite", "action", "formaction")]
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


def _allowed(url: str) -> bool:
    """A relative link inside the site, a fragment, or an http(s) URL with a host."""
    if re.match(r"https?://[^/\s]", url):
        return True
    return not re.match(r"\s*[a-zA-Z][a-zA-Z0-9+.\-\t]*:", url) and not url.startswith("//") and "\t" not in url


def test_site_links_only_http_urls_out_and_escapes_the_rest(box, capsys):
    _hostile_explorer_input(box)
    code, said = _run(capsys, "site", str(box.out), "--root", str(box.ds))
    assert code == 0, said
    pages = sorted(box.out.rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        links = _Links()
        links.feed(text)
        assert [u for u in links.urls if not _allowed(u)] == [], page
        assert links.handlers == [], page
        assert f"<script>{MARK}" not in text and "<img src=x" not in text
    index = (box.out / "index.html").read_text(encoding="utf-8")
    assert "javascript:alert(1)" in index  # the homepage is still said, as text


def test_validate_refuses_non_http_urls_in_the_descriptor_and_the_data(box, capsys):
    _hostile_explorer_input(box)
    code, said = _run(capsys, "validate", str(box.ds))
    assert code == 1
    assert "datapackage.json: homepage is 'javascript:alert(1)'; expected an http(s) URL" in said
    for i in range(len(HOSTILE_URLS)):
        assert f"licenses[{i}].path is " in said
    assert re.search(r"data/sources\.csv: row \d+: column url: not an http\(s\) URL", said), said
    assert "Traceback" not in said


CHROMIUM = os.environ.get("UIS_CHROMIUM", "/usr/bin/chromium")


@pytest.mark.slow
def test_hostile_site_runs_nothing_in_chromium(box, capsys):
    """The hostile explorer opened in Chromium with JavaScript on: no javascript:, data: or vbscript: link in any
    page (every link is file:, http: or https:), no dialog, no payload run."""
    if not Path(CHROMIUM).is_file():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    _hostile_explorer_input(box)
    assert _run(capsys, "site", str(box.out), "--root", str(box.ds))[0] == 0
    source_id = _csv_rows(box.ds / "data" / "sources.csv")[0]["source_id"]
    pages = [box.out / "index.html", box.out / "sources" / "index.html", box.out / "sources" / f"{source_id}.html",
             box.out / "officials" / "index.html"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            context = browser.new_context(java_script_enabled=True)
            page = context.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            context.route(re.compile(r"^(?!file:).*"), lambda route: route.abort())  # no network from a test
            for path in pages:
                page.goto(path.as_uri())
                protocols = page.eval_on_selector_all("a[href]", "els => els.map(e => e.protocol)")
                assert set(protocols) <= {"file:", "http:", "https:"}, (path, protocols)
                assert page.evaluate("window.__pwned") is None, path
            assert dialogs == []
        finally:
            browser.close()


# -- class 4: symlinks and hard links at the edges of the output ---------------------------------------

@pytest.fixture
def written(box, capsys):
    """A site written into box.out before, and a victim file and folder outside it."""
    assert _run(capsys, "site", str(box.out), "--root", str(box.ds))[0] == 0
    (box.outside / "victim.txt").write_text("mine\n", encoding="utf-8")
    (box.outside / "folder").mkdir()
    return box


def _marker_symlink(box):
    (box.out / MARKER).unlink()
    (box.out / MARKER).symlink_to(box.outside / "victim.txt")
    return rf"{re.escape(MARKER)} is a symlink or not a plain file"


def _marker_folder(box):
    (box.out / MARKER).unlink()
    (box.out / MARKER).mkdir()
    return rf"{re.escape(MARKER)} is a symlink or not a plain file"


def _stylesheet_symlink(box):
    (box.out / "style.css").unlink()
    (box.out / "style.css").symlink_to(box.outside / "victim.txt")
    return r"'style\.css' would be written outside .* \(through a symlink in it\)"


def _dangling_page_symlink(box):
    (box.out / "index.html").unlink()
    (box.out / "index.html").symlink_to(box.outside / "new.html")
    return r"'index\.html' would be written outside"


def _folder_symlink(box):
    shutil.rmtree(box.out / "funding")
    (box.out / "funding").symlink_to(box.outside / "folder", target_is_directory=True)
    return r"'funding/.*\.html' would be written outside"


@pytest.mark.parametrize("make", [_marker_symlink, _marker_folder, _stylesheet_symlink, _dangling_page_symlink, _folder_symlink],
                         ids=lambda f: f.__name__.strip("_"))
def test_site_never_writes_through_a_symlink_in_its_output(written, capsys, make):
    expected = make(written)
    outside = _tree(written.outside)
    code, said = _run(capsys, "site", str(written.out), "--root", str(written.ds))
    assert code == 1 and re.search(expected, said), said
    assert "Traceback" not in said
    assert _tree(written.outside) == outside
    assert not (written.outside / "new.html").exists()


def test_site_replaces_a_hard_link_in_its_output_instead_of_writing_through_it(written, capsys):
    (written.out / "style.css").unlink()
    os.link(written.outside / "victim.txt", written.out / "style.css")
    code, said = _run(capsys, "site", str(written.out), "--root", str(written.ds))
    assert code == 0, said
    assert (written.outside / "victim.txt").read_text(encoding="utf-8") == "mine\n"
    assert (written.out / "style.css").stat().st_nlink == 1
    assert not list(written.out.rglob("*.part"))


@pytest.mark.parametrize("case", ["unknown algorithm", "not a string", "wrong size"])
def test_validate_reports_a_bad_hash_or_size_entry_as_a_problem_not_a_crash(box, capsys, case):
    def change(pkg):
        res = _resource(pkg, "funding")
        if case == "unknown algorithm":
            res["hash"] = "crc32:deadbeef"
        elif case == "not a string":
            res["hash"] = 12345
        else:
            res["bytes"] = res["bytes"] + 1
    _edit(box.ds, change)
    code, out = _run(capsys, "validate", str(box.ds))
    assert code != 0 and "funding" in out
    assert "unexpected error" not in out and "Traceback" not in out
    expected = {"wrong size": "bytes, datapackage.json says", "not a string": "'hash' must be a string",
                "unknown algorithm": "expected '<algorithm>:<hex digest>'"}[case]
    assert expected in out


def test_validate_reports_a_seed_that_is_not_utf8_naming_it(box, capsys):
    shutil.copytree(ROOT / "seeds", box.ds / "seeds")
    seed = sorted((box.ds / "seeds").iterdir())[0]
    seed.write_bytes(b"\xff\xfe" + seed.read_bytes())
    code, out = _run(capsys, "validate", str(box.ds))
    assert code != 0 and seed.name in out and "utf-8" in out.lower()
    assert "unexpected error" not in out and "Traceback" not in out


def test_a_table_schema_nested_without_end_is_a_registry_error_naming_it(tmp_path):
    from uk_iraq_security.registry import RegistryError, read_table_schema

    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "funding.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    with pytest.raises(RegistryError, match=r"schemas/funding\.json.*nests too deeply"):
        read_table_schema(tmp_path, "funding")
