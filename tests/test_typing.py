"""The typed API: the package is marked typed, and its own calls type-check (CI runs mypy on it)."""

from __future__ import annotations

import uk_iraq_security as uis
from conftest import ROOT


def test_table_names_are_plain_strings_so_a_new_table_changes_no_code():
    assert uis.TableName is str
    assert all(isinstance(name, uis.TableName) for name in uis.tables())


def test_package_is_marked_typed():
    assert (ROOT / "src" / "uk_iraq_security" / "py.typed").is_file()
