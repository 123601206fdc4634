"""Validating derived or extended tables in a user's CI: uis.validate(df, table), and the composite
GitHub action at the repository root, whose command is run here as the runner would run it (once
through bash and the installed console script; otherwise through its entry point in this process)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import yaml

import uk_iraq_security as uis
from conftest import ROOT
from uis_build.release.bundle import bundle_members
from uis_build.release.reproducible import write_zip

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_validate_returns_a_valid_frame_unchanged():
    for table in uis.tables():
        df = uis.load(table)
        assert uis.validate(df, table) is df


def test_validate_names_rows_columns_and_values():
    df = uis.load("funding")
    bad = df.copy()
    bad.loc[1, "currency"] = "ZZZ"
    bad.loc[2, "amount"] = -5.0
    with pytest.raises(uis.TableValidationError) as caught:
        uis.validate(bad, "funding")
    err = caught.value
    assert isinstance(err, ValueError) and isinstance(err, uis.UkIraqSecurityError)
    msg = str(err)
    assert f"funding row 1 (funding_id {df.at[1, 'funding_id']}): column currency: not an ISO 4217 currency code (value 'ZZZ')" in msg
    assert f"funding row 2 (funding_id {df.at[2, 'funding_id']}): column amount" in msg and "-5.0" in msg
    assert {(p.row, p.column) for p in err.problems} == {(f"1 (funding_id {df.at[1, 'funding_id']})", "currency"),
                                                          (f"2 (funding_id {df.at[2, 'funding_id']})", "amount")}
    with pytest.raises(uis.TableValidationError, match="funding: column purpose is missing"):
        uis.validate(df.drop(columns=["purpose"]), "funding")
    with pytest.raises(uis.UnknownTableError):
        uis.validate(df, "fundings")


def test_validate_without_the_extra_says_what_to_install(monkeypatch):
    # as if pandera were not installed: it, and the module importing it, cannot be imported in this test
    for name in [n for n in sys.modules if n.split(".")[0] == "pandera" or n == "uk_iraq_security.validation"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pandera", None)
    with pytest.raises(ImportError) as caught:
        uis.validate(uis.load("funding"), "funding")
    assert type(caught.value).__name__ == "MissingExtraError"
    assert "pip install 'uk-iraq-security[validate]'" in str(caught.value)


# The composite action -----------------------------------------------------------------------------

def _step_command(step: dict, inputs: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A `run:` step's script and environment with ${{ inputs.* }} and ${{ github.action_path }} filled in."""
    values = {**{f"inputs.{k}": v for k, v in inputs.items()}, "github.action_path": str(ROOT)}

    def fill(text: str) -> str:
        return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", lambda m: values[m.group(1)], text)

    return fill(step["run"]), {k: fill(str(v)) for k, v in step.get("env", {}).items()}


def _validate_step(path: Path) -> tuple[dict, str, dict[str, str]]:
    """The action's validate step, and its script and environment for the input path=`path`."""
    (step,) = [s for s in ACTION["runs"]["steps"] if "uk-iraq-security validate" in s.get("run", "")]
    inputs = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()} | {"path": str(path)}
    return (step, *_step_command(step, inputs))


def _step_as_the_runner_runs_it(path: Path) -> tuple[list[str], dict[str, str]]:
    """The validate step's argv and environment as the runner runs it: its shell, and the installed console script."""
    step, script, env = _validate_step(path)
    # the runner puts the installed console script on PATH; here it is this interpreter's
    path_env = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return [step["shell"], "-e", "-c", script], {**env, "PATH": path_env}


def _run_validate_step_here(path: Path, monkeypatch, capsys) -> subprocess.CompletedProcess:
    """The validate step in this process (no second interpreter importing pandas, pandera and
    frictionless): its script must be one simple command of plain words and "$VAR" words, which bash
    turns into exactly these argv words; the console script's entry point then runs with them as
    sys.argv, as the script's wrapper does. One test below runs the step through bash and the script."""
    step, script, env = _validate_step(path)
    assert step["shell"] == "bash" and re.fullmatch(r'[\w.-]+(?: (?:[\w.-]+|"\$\w+"))*', script.strip()), script
    argv = [env[w[2:-1]] if w.startswith('"$') else w for w in script.split()]
    (entry,) = entry_points(group="console_scripts", name=argv[0])
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "argv", argv)
    capsys.readouterr()
    try:
        code = entry.load()()
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(argv, code, out, err)


def test_action_is_composite_and_installs_the_validate_extra():
    assert ACTION["runs"]["using"] == "composite" and set(ACTION["inputs"]) == {"path", "python-version"}
    steps = ACTION["runs"]["steps"]
    setup = steps[0]
    assert re.fullmatch(r"actions/setup-python@[0-9a-f]{40}", setup["uses"])  # pinned by commit
    assert setup["with"]["python-version"] == "${{ inputs.python-version }}"
    script, env = _step_command(steps[1], {"path": ".", "python-version": "3.12"})
    assert "pip install" in script and "[validate]" in script and env["ACTION_PATH"] == str(ROOT)
    assert all("${{" not in s.get("run", "") for s in steps)  # inputs only through env: no script injection


def _unpack_a_release(work: Path) -> Path:
    """The dataset zip of a release (same members as `release` writes, without the generated texts),
    written in ``work`` and unpacked there."""
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    write_zip(work / "dataset.zip", bundle_members(pkg, ROOT, {}, "uk-iraq-security/"), 315532800)
    with zipfile.ZipFile(work / "dataset.zip") as zf:
        zf.extractall(work)
    return work / "uk-iraq-security"


@pytest.fixture(scope="module")
def unpacked_release(tmp_path_factory) -> Path:
    return _unpack_a_release(tmp_path_factory.mktemp("release"))


def _tamper_with_a_release(work: Path) -> Path:
    """An unpacked release with a currency code in data/funding.csv changed to one ISO 4217 lacks."""
    copy = _unpack_a_release(work)
    path = copy / "data" / "funding.csv"
    text = path.read_text(encoding="utf-8")
    assert ",GBP," in text
    path.write_text(text.replace(",GBP,", ",ZZZ,", 1), encoding="utf-8")
    return copy


def test_action_passes_on_an_unpacked_release(unpacked_release, monkeypatch, capsys):
    done = _run_validate_step_here(unpacked_release, monkeypatch, capsys)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "valid"


def test_action_passes_on_a_copy_with_the_sqlite_database(tmp_path, monkeypatch, capsys):
    for part in ("data", "schemas", "datapackage.json"):
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, tmp_path / part)
    assert (tmp_path / "data" / "uk-iraq-security.db").is_file()
    done = _run_validate_step_here(tmp_path, monkeypatch, capsys)
    assert done.returncode == 0 and done.stdout.strip() == "valid", done.stderr


def test_action_fails_on_a_tampered_copy_and_names_the_file(tmp_path):
    """Through bash and the installed console script, as the runner runs the step (the other action
    tests run the same command in this process)."""
    argv, env = _step_as_the_runner_runs_it(_tamper_with_a_release(tmp_path))
    done = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, **env}, timeout=300)
    assert done.returncode != 0
    assert "data/funding.csv" in done.stderr and "invalid" in done.stdout
