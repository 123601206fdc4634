"""The wheel a user installs: it carries the data, installs into a clean venv, and load() works
from outside the repository with only pandas and pyarrow."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import clean_venv
from conftest import ROOT

TABLES = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))["x-tables"]


CODE = (
    "import json, sys, uk_iraq_security as uis\n"
    "arrow = uis.load('statistics', backend='pyarrow')\n"
    "pandas_for_arrow = 'pandas' in sys.modules\n"
    "frames = uis.load()\n"
    "ev, fields = uis.evidence('fund-gb-border-security-command'), uis.describe('funding')\n"
    "print(json.dumps({'file': uis.__file__, 'rows': {k: len(v) for k, v in frames.items()},\n"
    "  'dtype': str(uis.load('statistics')['indicator'].dtype), 'cff': uis.citation('cff'),\n"
    "  'sentence': ev['sentence'].iloc[0], 'publisher': ev['publisher'].iloc[0],\n"
    "  'example': fields.set_index('name').loc['currency', 'example'],\n"
    "  'heavy': [m for m in ('frictionless', 'pandera', 'pysbd', 'yaml') if m in sys.modules],\n"
    "  'pandas_for_arrow': pandas_for_arrow, 'arrow_rows': arrow.num_rows, 'path': str(uis.path('funding'))}))\n"
)


def runs_in(venv: Path) -> dict[str, list[str]]:
    """What the test runs in the clean venv, from a folder outside the repository: a user's script and
    the command line. They are independent (only `site` writes, to its own folder), so clean_venv runs
    them together, right after the install (in the background in a serial run)."""
    cli = str(venv / "bin" / "uk-iraq-security")
    return {"python": [str(venv / "bin" / "python"), "-c", CODE],
            "evidence": [cli, "evidence", "fund-gb-border-security-command", "--output", "json"],
            "tables": [cli, "tables"], "site": [cli, "site", "explorer"], "validate": [cli, "validate"]}


clean_venv.register_runs(runs_in)


@pytest.fixture(scope="module")
def clean():
    """The wheel, and a clean venv it was installed into with its dependencies, with the runs in it done
    (tests/clean_venv.py)."""
    return clean_venv.start().ready()


@pytest.fixture(scope="module")
def wheel(clean) -> Path:
    return clean.wheel


def test_wheel_members_include_the_dataset(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = "uk_iraq_security/dataset/"
    expected = {prefix + "datapackage.json"}
    expected |= {f"{prefix}data/{t}.parquet" for t in TABLES} | {f"{prefix}data/{t}.csv" for t in TABLES}
    expected |= {f"{prefix}schemas/{t}.json" for t in TABLES}
    expected |= {f"{prefix}data/uk-iraq-security.db", f"{prefix}data/uk-iraq-security.datasette.json"}  # uis.path("sqlite")
    expected |= {"uk_iraq_security/py.typed", "uk_iraq_security/table_names.py"}  # typed: PEP 561
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(prefix + "seeds") for n in names)  # article texts are not redistributed


def test_wheel_installs_into_a_clean_venv_and_loads(clean):
    venv, done, cwd = clean.venv, clean.runs, clean.runs_dir
    assert set(done) == set(runs_in(venv))
    for name in ("python", "evidence", "tables", "site"):
        assert done[name].returncode == 0, (name, done[name].stderr)
    got = json.loads(done["python"].stdout)
    assert str(venv) in got["file"], "imported the checkout instead of the installed wheel"
    expected_rows = {t: len(open(ROOT / "data" / f"{t}.csv", encoding="utf-8").read().splitlines()) - 1 for t in TABLES}
    # CSV rows may hold newlines inside quoted cells; the committed tables have none
    assert got["rows"] == expected_rows
    assert got["dtype"] == "category" and got["heavy"] == []
    assert got["pandas_for_arrow"] is False and got["arrow_rows"] == expected_rows["statistics"]
    assert got["path"].startswith(str(venv)) and got["path"].endswith("dataset/data/funding.parquet")
    assert got["cff"] == (ROOT / "CITATION.cff").read_text(encoding="utf-8")  # the metadata template ships too
    assert got["sentence"].startswith("As part of these efforts, the UK is launching") and got["publisher"] == "The Arabian News"
    assert got["example"] == "GBP"
    assert json.loads(done["evidence"].stdout)[0]["sentence"] == got["sentence"]
    assert "funding\t4 rows" in done["tables"].stdout
    # the explorer needs no extra
    assert len(list((cwd / "explorer" / "funding").glob("fund-*.html"))) == expected_rows["funding"]
    assert done["validate"].returncode == 2 and "pip install 'uk-iraq-security[validate]'" in done["validate"].stderr
