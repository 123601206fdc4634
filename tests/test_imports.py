"""What each light entry point imports: drafting, `uk-iraq-security --help` and `cite` start without
pandas, pyarrow, pandera or frictionless (and the JSON Lines drafting path without YAML or jsonschema).

Each runs in a fresh interpreter. The modules counted are those the entry point adds to what
``import uk_iraq_security`` itself loads, so this test holds this code to its promise whatever the
package's own ``__init__`` imports (tests/test_dataset.py and test_citation.py check that)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = {"pandas", "pyarrow", "pandera", "frictionless", "numpy"}
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]


def top_level_modules(*codes: str) -> list[set[str]]:
    """Top-level packages in sys.modules after running each of ``codes`` in a fresh interpreter (all at once)."""
    procs = []
    for code in codes:
        wrapper = ("import contextlib, io, json, sys\n"
                   "with contextlib.redirect_stdout(io.StringIO()):\n"
                   "    try:\n" + "".join(f"        {line}\n" for line in code.splitlines()) +
                   "    except SystemExit:\n        pass\n"
                   "sys.stderr.write(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n")
        procs.append(subprocess.Popen([sys.executable, "-c", wrapper], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True, cwd=ROOT))
    found = []
    for proc in procs:
        _, err = proc.communicate()
        assert proc.returncode == 0, err
        found.append(set(json.loads(err.splitlines()[-1])))
    return found


ENTRY_POINTS = {  # name: (code, what must not be imported, one module the entry point itself does import)
    "propose.py ARTICLE": ("import runpy; sys.argv = ['propose.py', " + repr(str(SEED)) + "]\n"
                           "runpy.run_path(" + repr(str(ROOT / "scripts" / "propose.py")) + ", run_name='__main__')",
                           HEAVY | {"yaml", "jsonschema"}, "argparse"),
    "uk-iraq-security --help": ("from uk_iraq_security.cli import main; main(['--help'])", HEAVY, "argparse"),
    "uk-iraq-security cite": ("from uk_iraq_security.cli import main; main(['cite', '--style', 'bibtex'])", HEAVY,
                              "argparse"),
    "every subpackage's __init__": ("import uk_iraq_security.curation, uk_iraq_security.drafting, uk_iraq_security.parsing\n"
                                    "import uk_iraq_security.release, uk_iraq_security.remote",
                                    HEAVY | {"mlcroissant", "pooch", "requests", "kagglehub", "yaml", "jsonschema"},
                                    None),
}


@pytest.fixture(scope="module")
def imported() -> dict[str, set[str]]:
    """What ``import uk_iraq_security`` loads (key None), and what each entry point loads."""
    names = [None, *ENTRY_POINTS]
    codes = ["import uk_iraq_security", *(code for code, _, _ in ENTRY_POINTS.values())]
    return dict(zip(names, top_level_modules(*codes)))


@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_entry_point_imports_nothing_heavy(name, imported):
    _, forbidden, own = ENTRY_POINTS[name]
    package_import = imported[None]
    added = imported[name] - package_import
    assert "uk_iraq_security" in package_import
    assert own is None or own in added, "the measurement sees what the entry point imports"
    assert not added & forbidden, f"{name} imports {sorted(added & forbidden)}"
