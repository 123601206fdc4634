"""Fault injection for the command line: every way it ends is an exit status and a message, never a
traceback (unless --debug asks for one)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import uis_build.__main__ as build_cli
import uk_iraq_security as uis
import uk_iraq_security.cli as cli
from conftest import ROOT

LOCALES = [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C"},
           {"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii", "PYTHONUTF8": "0"}]
SHOW = [sys.executable, "-m", "uk_iraq_security.cli", "show"]


def _main(capsys, *args, main=cli.main):
    """A command line in this process (the installed one, or build_cli.main): main() must return, never raise."""
    code = main(list(args))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return subprocess.CompletedProcess(args, code, out.out, out.err)


def _boom(exc):
    def raise_it(*args, **kwargs):
        raise exc
    return raise_it


@pytest.mark.parametrize("exc", [RuntimeError("kaput"), AttributeError("'NoneType' object has no attribute 'x'"),
                                 KeyError("resources"), TypeError("bad operand"), ZeroDivisionError("division by zero")])
def test_unexpected_error_is_one_line_naming_the_command_and_debug(monkeypatch, capsys, exc):
    monkeypatch.setattr(uis, "tables", _boom(exc))
    assert cli.main(["tables"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("uk-iraq-security tables: unexpected error (") and type(exc).__name__ in err
    assert "--debug" in err and "report it at" in err


def test_debug_flag_shows_the_traceback(monkeypatch, capsys):
    monkeypatch.setattr(uis, "tables", _boom(RuntimeError("kaput")))
    assert cli.main(["--debug", "tables"]) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "RuntimeError: kaput" in err


def test_debug_environment_variable_shows_the_traceback(monkeypatch, capsys):
    monkeypatch.setattr(uis, "tables", _boom(RuntimeError("kaput")))
    monkeypatch.setenv("UK_IRAQ_SECURITY_DEBUG", "1")
    assert cli.main(["tables"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_interrupt_ends_with_130_and_one_line(monkeypatch, capsys):
    monkeypatch.setattr(uis, "tables", _boom(KeyboardInterrupt()))
    assert cli.main(["tables"]) == 130
    assert capsys.readouterr().err == "uk-iraq-security tables: interrupted\n"


def test_os_error_is_one_line(monkeypatch, capsys):
    monkeypatch.setattr(uis, "tables", _boom(PermissionError(13, "Permission denied", "/x/data/funding.parquet")))
    assert cli.main(["tables"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err and "/x/data/funding.parquet" in err


def test_unknown_table_exits_2_with_the_valid_names(capsys):
    assert cli.main(["show", "nope"]) == 2
    err = capsys.readouterr().err
    assert "unknown table 'nope'" in err and "funding" in err


def test_release_metadata_outside_a_checkout_says_it_needs_one(capsys, tmp_path):
    done = _main(capsys, "release", "--write-metadata", "--root", str(tmp_path), main=build_cli.main)
    assert done.returncode == 1 and "release needs one" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_validate_of_a_missing_folder_is_a_message(capsys, tmp_path):
    done = _main(capsys, "validate", str(tmp_path / "nowhere"))
    assert done.returncode == 1 and "cannot read the package descriptor" in done.stderr


def test_validate_of_a_folder_with_a_truncated_table_lists_the_problem(capsys, tmp_path):
    for part in ("data", "schemas"):
        import shutil
        shutil.copytree(ROOT / part, tmp_path / part)
    (tmp_path / "datapackage.json").write_bytes((ROOT / "datapackage.json").read_bytes())
    (tmp_path / "data" / "funding.parquet").write_bytes(b"PAR1")
    done = _main(capsys, "validate", str(tmp_path))
    assert done.returncode == 1
    assert "data/funding.parquet" in done.stderr and "invalid:" in done.stdout


def test_build_of_a_missing_root_is_one_message(capsys, tmp_path):
    done = _main(capsys, "build", "--root", str(tmp_path / "nowhere"), main=build_cli.main)
    assert done.returncode == 1 and "no such folder" in done.stderr
    assert not (tmp_path / "nowhere").exists()


def test_validate_of_a_descriptor_with_broken_resources_is_a_message(capsys, tmp_path):
    (tmp_path / "datapackage.json").write_text('{"resources": [{"name": "funding"}]}', encoding="utf-8")
    done = _main(capsys, "validate", str(tmp_path))
    assert done.returncode == 1 and "resources[0] is not an object with 'name' and 'path'" in done.stderr


def test_release_outside_a_checkout_says_it_needs_one(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # --root: the current folder
    done = _main(capsys, "release", "--out", str(tmp_path / "dist"), main=build_cli.main)
    assert done.returncode == 1
    assert "is not a source checkout of uk-iraq-security" in done.stderr and "release needs one" in done.stderr
    assert list(tmp_path.iterdir()) == []


# -- in interpreters of their own: what only a real stdout shows ------------------------------------

def test_broken_pipe_ends_quietly():
    """The reader leaves before the output is written (`uk-iraq-security show citations | head -1`): the
    status a shell reports for a pipeline cut short, and nothing on stderr. Every output format is one
    write (cli_output.emit), so one format stands for all. A reader that leaves in the middle of one
    large write is not tested: on Linux that write can return short and Python then finishes without an
    error, so the status there depends on timing."""
    proc = subprocess.Popen([*SHOW, "citations"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # before the command has written anything: it is still importing
    done = subprocess.CompletedProcess(proc.args, proc.wait(timeout=120), None, proc.stderr.read().decode())
    proc.stderr.close()
    assert done.returncode == 141  # 128 + SIGPIPE
    assert done.stderr == ""


@pytest.mark.parametrize("env", LOCALES)
def test_output_works_in_an_ascii_or_c_locale(env):
    done = subprocess.run([*SHOW, "statistics", "--rows", "20", "--columns", "statistic_id,geography_name"],
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120,
                          env={**os.environ, **env})
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "Iql" in done.stdout  # "Iqlīm Kūrdistān", escaped or not
