"""Every field is described, every table says what a reader sees first and how a record is titled, and the
dataset describes itself: uis.describe() without a table and uis.datasheet(), also from the installed wheel."""

from __future__ import annotations

import json
import os
import string
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT
from test_wheel import wheel  # noqa: F401  (the wheel, built once per run)

TABLES = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))["x-tables"]


def _schemas():
    import uk_iraq_security as uis

    # the installed descriptor's schemas and the checkout's files: both must hold every description
    for table in TABLES:
        yield f"uis.schema({table!r})", table, uis.schema(table)
        yield f"schemas/{table}.json", table, json.loads((ROOT / "schemas" / f"{table}.json").read_text(encoding="utf-8"))


def test_every_table_and_field_has_a_description():
    missing = [f"{where}: {f['name']}" for where, _, s in _schemas() for f in s["fields"]
               if not str(f.get("description") or "").strip()]
    missing += [f"{where}: the table" for where, _, s in _schemas() if not str(s.get("description") or "").strip()]
    assert not missing, "fields without a description:\n" + "\n".join(missing)


def _placeholders(segment: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(segment) if name]


def test_lead_title_and_display_name_real_columns():
    for where, _, s in _schemas():
        columns = {f["name"] for f in s["fields"]}
        assert s.get("x-lead") and set(s["x-lead"]) <= columns, (where, "x-lead")
        assert s.get("x-title"), (where, "x-title")
        for segment in s["x-title"]:
            for choice in [segment] if isinstance(segment, str) else segment:
                for name in _placeholders(choice):
                    column, _, other = name.partition(".")
                    assert column in columns, (where, name)
                    if other:  # {official_id.name}: a column of the row a foreign key points at
                        fk = next(fk for fk in s["foreignKeys"] if fk["fields"] in (column, [column]))
                        target = json.loads((ROOT / "schemas" / f"{fk['reference']['resource']}.json").read_text("utf-8"))
                        assert other in {f["name"] for f in target["fields"]}, (where, name)
        for f in s["fields"]:
            display = f.get("x-display")
            if display:
                assert display["as"] in ("money", "quantity", "edtf"), (where, f["name"])
                assert {v for k, v in display.items() if k != "as"} <= columns, (where, f["name"])


def test_categories_say_what_they_mean():
    # a vocabulary (by hand, or from annotations/vocabularies.yaml) has a label per term; the build's list of
    # citable tables is table names
    unlabelled = [f"{where}: {f['name']}" for where, _, s in _schemas() for f in s["fields"]
                  if f.get("categories") and f.get("x-categories") != "citable-tables"
                  and not all(isinstance(c, dict) and c.get("label") for c in f["categories"])]
    assert not unlabelled, unlabelled


def test_describe_without_a_table_describes_the_dataset():
    import uk_iraq_security as uis

    d = uis.describe()
    text = str(d)
    assert repr(d) == text and text.startswith(d.title[:20])
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    assert d.title == pkg["title"] and d.description == pkg["description"]
    for table in uis.tables():
        rows = len(uis.load(table))
        assert f"- {table} ({rows} row" in text
    assert list(d.tables["name"]) == uis.tables()
    assert len(d.sources) == len(uis.load("sources"))
    assert all(url in text for url in uis.load("sources")["url"])
    assert pkg["licenses"][0]["path"] in d.licence and d.caveats and all(c.split()[0] in text for c in d.caveats)
    assert d.citation == uis.citation("text")
    # it fits a terminal: only a word longer than the line (an address) may pass 80 columns
    assert all(len(line) <= 80 or " " not in line.strip() for line in text.splitlines())
    # with a table, describe() is the field frame it always was
    assert list(uis.describe("funding")["name"]) == [f["name"] for f in uis.schema("funding")["fields"]]


def test_datasheet_is_the_installed_file():
    import uk_iraq_security as uis

    text = uis.datasheet()
    assert text == (ROOT / "data" / "datasheet.md").read_text(encoding="utf-8")
    assert "# Datasheet" in text


@pytest.mark.slow
def test_describe_and_datasheet_work_from_the_wheel(wheel, tmp_path):  # noqa: F811
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "uk_iraq_security/dataset/data/datasheet.md" in names
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = ("import json, uk_iraq_security as uis\n"
            "print(json.dumps({'file': uis.__file__, 'datasheet': uis.datasheet()[:200], 'describe': str(uis.describe()),\n"
            "                  'search': len(uis.search('Kurdistan')), 'timeline': len(uis.timeline())}))")
    # the unpacked wheel comes first on the path, before the checkout's editable install
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout)
    assert got["file"].startswith(str(tmp_path / "site"))
    assert "# Datasheet" in got["datasheet"] and "Caveats:" in got["describe"]
    assert got["search"] > 0 and got["timeline"] > 0
