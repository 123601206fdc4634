"""The wheel a user installs: it carries the data, installs into a clean venv, and load() works
from outside the repository with only pandas and pyarrow."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT, made_once

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


# nothing is loaded here, only imported and compiled: the test's own runs are the first to load anything
COMPILE = """\
import compileall, os, uk_iraq_security
compileall.compile_dir(os.path.dirname(uk_iraq_security.__file__), quiet=1)
import pandas, pyarrow.csv, pyarrow.parquet, uk_iraq_security.loading
"""
BUILD_SIDE = ("curation", "parsing", "drafting", "release", "sqlite_export")  # uis_build/, in the checkout only


def runs_in(venv: Path) -> dict[str, list[str]]:
    """What the test runs in the clean venv, from a folder outside the repository: a user's script and
    the command line. They are independent (only `site` writes, to its own folder), so they run at once."""
    cli = str(venv / "bin" / "uk-iraq-security")
    return {"python": [str(venv / "bin" / "python"), "-c", CODE],
            "evidence": [cli, "evidence", "fund-gb-border-security-command", "--output", "json"],
            "tables": [cli, "tables"], "site": [cli, "site", "explorer"], "validate": [cli, "validate"],
            "cite": [cli, "cite", "--style", "bibtex"], "build": [cli, "build"]}


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built once per run (tests/conftest.py: made_once)."""
    def make(folder: Path) -> None:
        subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(folder), str(ROOT)],
                       check=True, capture_output=True, text=True)

    (path,) = made_once(tmp_path_factory, "wheel", make).glob("uk_iraq_security-*.whl")
    return path


@pytest.fixture(scope="module")
def clean(wheel, tmp_path_factory) -> SimpleNamespace:
    """A clean venv the wheel was installed into with its dependencies and the explorer's 'site' extra, and the runs in it (.runs: name ->
    CompletedProcess, in the folder .cwd). The venv has no pip of its own: this environment's pip installs
    into it (--python), without byte-compiling every file; COMPILE then compiles the package and what
    loading a table imports of pandas and pyarrow, as a user's `pip install` would (bytecode is kept even
    where PYTHONDONTWRITEBYTECODE is set)."""
    work = tmp_path_factory.mktemp("clean-venv")
    venv, cwd = work / "venv", work / "runs"
    py = str(venv / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for argv in ([sys.executable, "-m", "venv", "--without-pip", str(venv)],
                 [sys.executable, "-m", "pip", "--python", py, "install", "--quiet", "--no-compile", f"{wheel}[site]"],
                 [py, "-c", COMPILE]):
        done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=work)
        assert done.returncode == 0, (argv, done.stderr[-3000:])
    cwd.mkdir()
    procs = {name: subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env)
             for name, argv in runs_in(venv).items()}
    runs = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        runs[name] = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return SimpleNamespace(venv=venv, runs=runs, cwd=cwd)


def test_wheel_members_include_the_dataset(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = "uk_iraq_security/dataset/"
    expected = {prefix + "datapackage.json"}
    expected |= {f"{prefix}data/{t}.parquet" for t in TABLES} | {f"{prefix}data/{t}.csv" for t in TABLES}
    expected |= {f"{prefix}schemas/datapackage.template.json"}  # the Table Schemas are inline in datapackage.json
    expected |= {f"{prefix}data/uk-iraq-security.db", f"{prefix}data/uk-iraq-security.datasette.json"}  # uis.path("sqlite")
    expected |= {"uk_iraq_security/py.typed", "uk_iraq_security/site/style.css", "uk_iraq_security/site/templates/base.html"}
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(prefix + "seeds") for n in names)  # article texts are not redistributed
    assert not {f"{prefix}schemas/{t}.json" for t in TABLES} & names  # hand-written, incomplete: the checkout's
    # the build side stays in the checkout (uis_build/): no module of it, under any name, in the wheel
    modules = {part.removesuffix(".py") for n in names if n.endswith(".py") for part in n.split("/")}
    assert not modules & set(BUILD_SIDE), sorted(modules & set(BUILD_SIDE))
    assert not any(n.startswith("uis_build/") for n in names)


@pytest.mark.slow
def test_wheel_installs_into_a_clean_venv_and_loads(clean):
    venv, done, cwd = clean.venv, clean.runs, clean.cwd
    assert set(done) == set(runs_in(venv))
    for name in ("python", "evidence", "tables", "site", "cite"):
        assert done[name].returncode == 0, (name, done[name].stderr)
    got = json.loads(done["python"].stdout)
    assert str(venv) in got["file"], "imported the checkout instead of the installed wheel"
    # counted by a CSV reader: a quoted cell may hold a line break (an article's list in a sentence)
    expected_rows = {t: len(list(csv.reader(open(ROOT / "data" / f"{t}.csv", encoding="utf-8", newline="")))) - 1
                     for t in TABLES}
    assert got["rows"] == expected_rows
    assert got["dtype"] == "category" and got["heavy"] == []
    assert got["pandas_for_arrow"] is False and got["arrow_rows"] == expected_rows["statistics"]
    assert got["path"].startswith(str(venv)) and got["path"].endswith("dataset/data/funding.parquet")
    assert got["cff"] == (ROOT / "CITATION.cff").read_text(encoding="utf-8")  # the metadata template ships too
    assert got["sentence"].startswith("As part of these efforts, the UK is launching") and got["publisher"] == "The Arabian News"
    assert got["example"] == "GBP"
    assert json.loads(done["evidence"].stdout)[0]["sentence"] == got["sentence"]
    assert f"funding\t{expected_rows['funding']} rows" in done["tables"].stdout
    # the explorer, with the site extra
    assert len(list((cwd / "explorer" / "funding").glob("fund-*.html"))) == expected_rows["funding"]
    assert done["validate"].returncode == 2 and "pip install 'uk-iraq-security[validate]'" in done["validate"].stderr
    assert done["cite"].stdout.startswith("@misc{uk_iraq_security_")
    # building needs a checkout: the installed command has no `build`
    assert done["build"].returncode == 2 and "invalid choice: 'build'" in done["build"].stderr
