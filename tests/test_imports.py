"""What fresh interpreters import. At run time (import, load, cite, evidence, describe and the commands
that print tables) only pandas and pyarrow, and the pyarrow backend not even pandas; the light entry
points (drafting, `uk-iraq-security --help` and `cite`) start without pandas, pyarrow, pandera or
frictionless (and the JSON Lines drafting path without YAML or jsonschema).

What a step imports shows only in an interpreter that has imported nothing else: tests/cli_helpers_procs.py
runs them, early and in the background. The run-time steps share one interpreter that reports the
modules after each step, in an order where each step only adds to the last (so every check sees at
least what its own steps import). Each entry point has an interpreter of its own; the modules counted
are those it adds to what ``import uk_iraq_security`` itself loads, so its test holds that code to its
promise whatever the package's own ``__init__`` imports (the run-time checks here check that)."""

from __future__ import annotations

import pytest

import cli_helpers_procs as procs

pytestmark = pytest.mark.xdist_group(procs.FRESH_GROUP)  # one worker runs them: one interpreter each

HEAVY = {"pandas", "pyarrow", "pandera", "frictionless", "numpy"}

ENTRY_POINTS = {  # name (its code: procs.ENTRY_POINTS): (what must not be imported, one module it does import)
    "propose.py ARTICLE": (HEAVY | {"yaml", "jsonschema"}, "argparse"),
    "uk-iraq-security --help": (HEAVY, "argparse"),
    "uk-iraq-security cite": (HEAVY, "argparse"),
    "every subpackage's __init__": (HEAVY | {"mlcroissant", "pooch", "requests", "kagglehub", "yaml", "jsonschema"}, None),
}


# -- run time: one interpreter, procs.RUN_TIME's steps in order ------------------------------------

def test_pyarrow_backend_never_imports_pandas():
    """load(backend='pyarrow'), before anything in that interpreter loads pandas."""
    after, notes = procs.imported("run time")
    assert not {"pandas", "pyarrow", "polars"} & after["import uk_iraq_security"]
    assert "pyarrow" in after["load(backend='pyarrow')"] and "pandas" not in after["load(backend='pyarrow')"]
    assert notes["pyarrow table type"] == "pyarrow.lib"


def test_importing_and_loading_needs_neither_frictionless_nor_pandera():
    """import, load(), schema(), citation()."""
    loaded = procs.imported("run time")[0]["load(), schema(), citation()"]
    assert "pandas" in loaded, "the measurement sees what loading imports"
    bad = {"frictionless", "pandera", "pycountry", "yaml"} & loaded
    assert not bad, bad


def test_importing_loading_and_citing_stay_light():
    """import, load() in both formats, citation('cff'): no download or release libraries."""
    heavy = {"frictionless", "pandera", "pooch", "requests", "urllib3", "kagglehub", "mlcroissant", "jsonschema", "yaml"}
    loaded = procs.imported("run time")[0]["load(format='csv'), citation('cff')"]
    assert "pandas" in loaded, "the measurement sees what loading imports"
    bad = heavy & loaded
    assert not bad, bad


def test_evidence_describe_and_the_cli_stay_light():
    """evidence(), describe(), then the show, evidence and describe commands: no validation or curation
    libraries."""
    after, notes = procs.imported("run time")
    assert notes["exit statuses"] == [0, 0, 0]
    loaded = after["evidence, describe and their commands"]
    assert {"pandas", "pyarrow", "argparse"} <= loaded, "the measurement sees what the steps import"
    assert not {"frictionless", "pandera", "pysbd", "yaml", "jsonschema"} & loaded


# -- the light entry points: an interpreter each ---------------------------------------------------

@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_entry_point_imports_nothing_heavy(name):
    assert set(ENTRY_POINTS) == set(procs.ENTRY_POINTS)
    forbidden, own = ENTRY_POINTS[name]
    package_import = procs.imported("run time")[0]["import uk_iraq_security"]
    added = procs.imported(name)[0][name] - package_import
    assert "uk_iraq_security" in package_import
    assert own is None or own in added, "the measurement sees what the entry point imports"
    assert not added & forbidden, f"{name} imports {sorted(added & forbidden)}"
