"""The file formats: one table of them (uk_iraq_security.formats) that every reader, the descriptor and the
release iterate, and a writer per format in uis_build/curation/writing.py, so a new output format is an
edit of those two modules and nothing else."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from uis_build.curation import writing
from uk_iraq_security.formats import FORMATS, MAIN

PACKAGE = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))


def test_every_format_has_a_writer_and_a_resource_per_table():
    tables = [r["name"] for r in PACKAGE["resources"] if r["format"] == MAIN.name]
    for fmt in FORMATS.values():
        assert callable(writing.writer(fmt.name)), fmt.name
        by_name = {r["name"]: r for r in PACKAGE["resources"] if r["format"] == fmt.name}
        assert set(by_name) == {fmt.resource_name(t) for t in tables}, fmt.name
        for table in tables:
            res = by_name[fmt.resource_name(table)]
            assert (res["path"], res["mediatype"]) == (fmt.path(table), fmt.mediatype)
            # a format frictionless cannot read as a table (Parquet) is a file: then it checks its bytes and sha256
            assert res["type"] == ("table" if fmt.frictionless else "file") and "bytes" in res and "hash" in res


def test_frictionless_finds_the_checkout_s_descriptor_valid():
    # as a user runs it on a clone: `frictionless validate datapackage.json` (a Parquet *table* once failed on a
    # nullable integer beside a date column, which frictionless's reader turns into NaN)
    import frictionless

    report = frictionless.validate(str(ROOT / "datapackage.json"))
    assert report.valid, [(t.name, e.type, e.note) for t in report.tasks for e in t.errors][:10]


def test_a_format_without_a_writer_is_named():
    with pytest.raises(TypeError, match=r"format 'xlsx'.*writing\.py has no write_xlsx"):
        writing.writer("xlsx")


# Arrow IPC ("Feather v2"): pyarrow reads and writes it, so it needs no new dependency.
FEATHER_READERS = '''
def _feather_arrow(file: Path, table_schema: dict) -> pa.Table:
    import pyarrow.ipc

    return pyarrow.ipc.open_file(file).read_all()


'''
FEATHER_ROW = '''    FileFormat("feather", "Feather", ".arrow", "application/vnd.apache.arrow.file", "-feather", _feather_arrow),
)}
'''
FEATHER_WRITER = '''

def write_feather(df: pd.DataFrame, table_schema: dict, path: Path) -> None:
    import pyarrow.feather

    pyarrow.feather.write_feather(arrow_table(df, table_schema), path, compression="uncompressed")
'''

# In the copy, as a user would: build, then load each table in the new format and validate the folder.
CHECK = """
import json, sys
from pathlib import Path

root = Path(sys.argv[1])
from uis_build.curation import build

build(root)
import uk_iraq_security as uis
from uk_iraq_security.validation import validate_package

assert Path(uis.__file__).is_relative_to(root), uis.__file__
for table in uis.tables():
    new = uis.load(table, format="feather")
    assert new.equals(uis.load(table)) and list(new.dtypes) == list(uis.load(table).dtypes), table
    assert uis.load(table, format="feather", backend="pyarrow").equals(uis.load(table, backend="pyarrow")), table
    assert uis.path(table, format="feather") == root / "data" / f"{table}.arrow"
print(json.dumps({"tables": uis.tables(), "problems": validate_package(root)}))
"""


@pytest.mark.slow
def test_a_new_output_format_is_an_edit_of_two_modules(project):
    code = ("src", "uis_build")
    for part in code:
        shutil.copytree(ROOT / part, project.root / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    project.edit_text("src/uk_iraq_security/formats.py", 'Literal["parquet", "csv"]', 'Literal["parquet", "csv", "feather"]')
    project.edit_text("src/uk_iraq_security/formats.py", "\n# The first format is", FEATHER_READERS + "# The first format is")
    project.edit_text("src/uk_iraq_security/formats.py", ")}\n", FEATHER_ROW)
    with open(project.root / "uis_build/curation/writing.py", "a", encoding="utf-8") as f:
        f.write(FEATHER_WRITER)

    def changed(cmp: filecmp.dircmp, rel: str) -> list[str]:
        return [f"{rel}/{n}" for n in cmp.diff_files + cmp.left_only + cmp.right_only] + [
            path for name, sub in cmp.subdirs.items() for path in changed(sub, f"{rel}/{name}")]

    edited = [p for part in code for p in changed(filecmp.dircmp(ROOT / part, project.root / part, ignore=["__pycache__"]), part)]
    assert sorted(edited) == ["src/uk_iraq_security/formats.py", "uis_build/curation/writing.py"]

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project.root / "src"), str(project.root)])}
    run = subprocess.run([sys.executable, "-c", CHECK, str(project.root)], cwd=project.root, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["problems"] == []
    package = json.loads((project.root / "datapackage.json").read_text(encoding="utf-8"))
    feather = {r["name"]: r for r in package["resources"] if r["format"] == "feather"}
    assert set(feather) == {f"{t}-feather" for t in result["tables"]}
    for table in result["tables"]:
        res = feather[f"{table}-feather"]
        assert (project.root / res["path"]).is_file() and res["mediatype"] == "application/vnd.apache.arrow.file"
        csv_schema = next(r["schema"] for r in package["resources"] if r["name"] == table)
        assert res["schema"] == csv_schema and "fields" in csv_schema and res["hash"].startswith("sha256:")  # inline
