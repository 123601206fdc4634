"""What fresh interpreters import. At run time (import, load, cite, evidence, describe and the commands
that print tables) only pandas and pyarrow, and the pyarrow backend not even pandas; the light entry
points (drafting, `uk-iraq-security --help` and `cite`) start without pandas, pyarrow, pandera or
frictionless (and the JSON Lines drafting path without YAML or jsonschema).

What a step imports shows only in an interpreter that has imported nothing else, so these are the
subprocesses here. The run-time steps share one interpreter that reports the modules after each step,
in an order where each step only adds to the last (so every check sees at least what its own steps
import). Each entry point has an interpreter of its own; the modules counted are those it adds to
what ``import uk_iraq_security`` itself loads, so its test holds that code to its promise whatever the
package's own ``__init__`` imports (the run-time checks here check that)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = {"pandas", "pyarrow", "pandera", "frictionless", "numpy"}
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]

# One interpreter for the run-time API and the data commands, in an order where each step only adds
# to the last: the pyarrow backend first (pandas must not be loaded for it), then pandas loading and
# citing, then evidence, describe and the commands that print tables.
RUN_TIME = {
    "import uk_iraq_security": "import uk_iraq_security as uis",
    "load(backend='pyarrow')": ("tables = uis.load(backend='pyarrow'); uis.load('statistics', format='csv', backend='pyarrow')\n"
                                "notes['pyarrow table type'] = type(tables['statistics']).__module__"),
    "load(), schema(), citation()": "uis.load(); uis.schema('funding'); uis.citation()",
    "load(format='csv'), citation('cff')": "uis.load('funding', format='csv'); uis.citation('cff')",
    "evidence, describe and their commands": (
        "from uk_iraq_security.cli import main\n"
        "uis.evidence('fund-gb-border-security-command'); uis.evidence(table='funding'); uis.describe('statistics')\n"
        "notes['exit statuses'] = [main(['show', 'statistics']), main(['evidence', 'off-yvette-cooper']),\n"
        "                          main(['describe', 'funding'])]"),
}

# The light entry points, each in an interpreter of its own: name -> (its code, what it must not
# import, one module it does import)
ENTRY_POINTS = {
    "propose.py ARTICLE": (
        "import runpy; sys.argv = ['propose.py', " + repr(str(SEED)) + "]\n"
        "runpy.run_path(" + repr(str(ROOT / "scripts" / "propose.py")) + ", run_name='__main__')",
        HEAVY | {"yaml", "jsonschema"}, "argparse"),
    "python -m uis_build propose ARTICLE": (
        "from uis_build.__main__ import main; main(['propose', " + repr(str(SEED)) + "])",
        HEAVY | {"yaml", "jsonschema"}, "argparse"),
    "uk-iraq-security --help": ("from uk_iraq_security.cli import main; main(['--help'])", HEAVY, "argparse"),
    "uk-iraq-security cite": ("from uk_iraq_security.cli import main; main(['cite', '--style', 'bibtex'])", HEAVY,
                              "argparse"),
    "every subpackage's __init__": (
        "import uis_build.curation, uis_build.drafting, uis_build.parsing\nimport uis_build.release, uk_iraq_security.remote",
        HEAVY | {"mlcroissant", "pooch", "requests", "kagglehub", "yaml", "jsonschema"}, None),
}


def imported(steps: dict[str, str]) -> tuple[dict[str, set[str]], dict]:
    """A fresh interpreter (in the checkout, so uis_build imports) runs ``steps`` in order, their stdout
    discarded and SystemExit caught: the top-level packages in sys.modules after each step, and the
    ``notes`` the steps set. sys.modules only grows, so a step's set also holds what the steps before
    it imported."""
    lines = ["import contextlib, io, json, sys", "after, notes, scope = {}, {}, {'sys': sys}",
             f"for step, code in {list(steps.items())!r}:",
             "    scope['notes'] = notes",
             "    with contextlib.redirect_stdout(io.StringIO()):",
             "        try:",
             "            exec(code, scope)",
             "        except SystemExit:",
             "            pass",
             "    after[step] = sorted({m.split('.')[0] for m in sys.modules})",
             "print(json.dumps({'modules': after, 'notes': notes}))"]
    done = subprocess.run([sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    return {step: set(mods) for step, mods in report["modules"].items()}, report["notes"]


@pytest.fixture(scope="module")
def run_time() -> tuple[dict[str, set[str]], dict]:
    return imported(RUN_TIME)


# -- run time: one interpreter, RUN_TIME's steps in order ------------------------------------

def test_pyarrow_backend_never_imports_pandas(run_time):
    """load(backend='pyarrow'), before anything in that interpreter loads pandas."""
    after, notes = run_time
    assert not {"pandas", "pyarrow", "polars"} & after["import uk_iraq_security"]
    assert "pyarrow" in after["load(backend='pyarrow')"] and "pandas" not in after["load(backend='pyarrow')"]
    assert notes["pyarrow table type"] == "pyarrow.lib"


def test_importing_and_loading_needs_neither_frictionless_nor_pandera(run_time):
    """import, load(), schema(), citation()."""
    loaded = run_time[0]["load(), schema(), citation()"]
    assert "pandas" in loaded, "the measurement sees what loading imports"
    bad = {"frictionless", "pandera", "pycountry", "yaml"} & loaded
    assert not bad, bad


def test_importing_loading_and_citing_stay_light(run_time):
    """import, load() in both formats, citation('cff'): no download or release libraries."""
    heavy = {"frictionless", "pandera", "pooch", "requests", "urllib3", "kagglehub", "mlcroissant", "jsonschema", "yaml"}
    loaded = run_time[0]["load(format='csv'), citation('cff')"]
    assert "pandas" in loaded, "the measurement sees what loading imports"
    bad = heavy & loaded
    assert not bad, bad


def test_evidence_describe_and_the_cli_stay_light(run_time):
    """evidence(), describe(), then the show, evidence and describe commands: no validation or curation
    libraries."""
    after, notes = run_time
    assert notes["exit statuses"] == [0, 0, 0]
    loaded = after["evidence, describe and their commands"]
    assert {"pandas", "pyarrow", "argparse"} <= loaded, "the measurement sees what the steps import"
    assert not {"frictionless", "pandera", "pysbd", "yaml", "jsonschema"} & loaded


# -- the light entry points: an interpreter each ---------------------------------------------------

@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_entry_point_imports_nothing_heavy(name, run_time):
    code, forbidden, own = ENTRY_POINTS[name]
    package_import = run_time[0]["import uk_iraq_security"]
    added = imported({name: code})[0][name] - package_import
    assert "uk_iraq_security" in package_import
    assert own is None or own in added, "the measurement sees what the entry point imports"
    assert not added & forbidden, f"{name} imports {sorted(added & forbidden)}"
