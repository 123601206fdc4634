"""The wheel a user installs: it carries the data, installs into a clean venv, and load() works
from outside the repository with only pandas and pyarrow."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

TABLES = json.loads((ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8"))["x-tables"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (path,) = out.glob("uk_iraq_security-*.whl")
    return path


def test_wheel_members_include_the_dataset(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = "uk_iraq_security/dataset/"
    expected = {prefix + "datapackage.json"}
    expected |= {f"{prefix}data/{t}.parquet" for t in TABLES} | {f"{prefix}data/{t}.csv" for t in TABLES}
    expected |= {f"{prefix}schemas/{t}.json" for t in TABLES}
    expected |= {"uk_iraq_security/py.typed", "uk_iraq_security/table_names.py"}  # typed: PEP 561
    assert expected <= names, sorted(expected - names)
    assert not any(n.startswith(prefix + "seeds") for n in names)  # article texts are not redistributed


def test_wheel_installs_into_a_clean_venv_and_loads(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    code = (
        "import json, sys, uk_iraq_security as uis\n"
        "arrow = uis.load('statistics', backend='pyarrow')\n"
        "pandas_for_arrow = 'pandas' in sys.modules\n"
        "frames = uis.load()\n"
        "print(json.dumps({'file': uis.__file__, 'rows': {k: len(v) for k, v in frames.items()},\n"
        "  'dtype': str(uis.load('statistics')['indicator'].dtype), 'cff': uis.citation('cff'),\n"
        "  'heavy': [m for m in ('frictionless', 'pandera') if m in sys.modules],\n"
        "  'pandas_for_arrow': pandas_for_arrow, 'arrow_rows': arrow.num_rows, 'path': str(uis.path('funding'))}))\n"
    )
    out = subprocess.run([str(py), "-c", code], check=True, capture_output=True, text=True, cwd=tmp_path)
    got = json.loads(out.stdout)
    assert str(venv) in got["file"], "imported the checkout instead of the installed wheel"
    expected_rows = {t: len(open(ROOT / "data" / f"{t}.csv", encoding="utf-8").read().splitlines()) - 1 for t in TABLES}
    # CSV rows may hold newlines inside quoted cells; the committed tables have none
    assert got["rows"] == expected_rows
    assert got["dtype"] == "category" and got["heavy"] == []
    assert got["pandas_for_arrow"] is False and got["arrow_rows"] == expected_rows["statistics"]
    assert got["path"].startswith(str(venv)) and got["path"].endswith("dataset/data/funding.parquet")
    assert got["cff"] == (ROOT / "CITATION.cff").read_text(encoding="utf-8")  # the metadata template ships too
    cli = subprocess.run([str(venv / "bin" / "uk-iraq-security"), "tables"], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert "funding\t4 rows" in cli.stdout
    missing = subprocess.run([str(venv / "bin" / "uk-iraq-security"), "validate"], capture_output=True, text=True, cwd=tmp_path)
    assert missing.returncode == 2 and "pip install 'uk-iraq-security[validate]'" in missing.stderr
