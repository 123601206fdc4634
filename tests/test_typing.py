"""The typed API: a `TableName` Literal generated from the schemas and kept current, and the package marked typed."""

from __future__ import annotations

import subprocess
import sys
import typing

import uk_iraq_security as uis
from conftest import ROOT


def test_table_name_literal_is_current_with_the_schemas():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "write_table_names.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert list(typing.get_args(uis.TableName)) == uis.tables()


def test_check_fails_when_a_table_is_added_to_the_schemas(tmp_path):
    import runpy

    script = runpy.run_path(str(ROOT / "scripts" / "write_table_names.py"))
    (tmp_path / "schemas").mkdir()
    template = (ROOT / "schemas" / "datapackage.template.json").read_text(encoding="utf-8")
    (tmp_path / "schemas" / "datapackage.template.json").write_text(
        template.replace('"conflicts"', '"conflicts", "budgets"', 1), encoding="utf-8")
    for name in [*uis.tables(), "budgets"]:
        (tmp_path / "schemas" / f"{name}.json").write_text("{}", encoding="utf-8")
    rendered = script["render"](tmp_path)
    assert '"conflicts", "budgets"]' in rendered
    assert rendered != (ROOT / "src" / "uk_iraq_security" / "table_names.py").read_text(encoding="utf-8")


def test_package_is_marked_typed():
    assert (ROOT / "src" / "uk_iraq_security" / "py.typed").is_file()
