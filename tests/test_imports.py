"""What each light entry point imports: drafting, `uk-iraq-security --help` and `cite` start without
pandas, pyarrow, pandera or frictionless (and the JSON Lines drafting path without YAML or jsonschema).

Each runs in a fresh interpreter (tests/cli_helpers_procs.py starts them early, in the background). The modules
counted are those the entry point adds to what ``import uk_iraq_security`` itself loads in a fresh
interpreter, so this test holds this code to its promise whatever the package's own ``__init__``
imports (tests/test_dataset.py and test_citation.py check that)."""

from __future__ import annotations

import pytest

import cli_helpers_procs as procs

HEAVY = {"pandas", "pyarrow", "pandera", "frictionless", "numpy"}

ENTRY_POINTS = {  # name (its code: procs.ENTRY_POINTS): (what must not be imported, one module it does import)
    "propose.py ARTICLE": (HEAVY | {"yaml", "jsonschema"}, "argparse"),
    "uk-iraq-security --help": (HEAVY, "argparse"),
    "uk-iraq-security cite": (HEAVY, "argparse"),
    "every subpackage's __init__": (HEAVY | {"mlcroissant", "pooch", "requests", "kagglehub", "yaml", "jsonschema"}, None),
}


@pytest.fixture(scope="module", autouse=True)
def _start_early(request):
    procs.early(request)


@pytest.mark.xdist_group(procs.FRESH_GROUP)
@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_entry_point_imports_nothing_heavy(name):
    assert set(ENTRY_POINTS) == set(procs.ENTRY_POINTS)
    forbidden, own = ENTRY_POINTS[name]
    package_import = procs.imported("run time")[0]["import uk_iraq_security"]
    added = procs.imported(name)[0][name] - package_import
    assert "uk_iraq_security" in package_import
    assert own is None or own in added, "the measurement sees what the entry point imports"
    assert not added & forbidden, f"{name} imports {sorted(added & forbidden)}"
