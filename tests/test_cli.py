"""The command line, in-process through main(argv): the installed `uk-iraq-security` (user commands only)
and the checkout's `python -m uis_build` (build, release, propose). What needs an interpreter of its own
(a closed pipe, the C locale) is in tests/test_faults_cli.py; the installed console script runs in the
wheel's clean venv (tests/test_wheel.py)."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import runpy
import sys

import pandas as pd
import pytest

import uis_build.__main__ as build_cli
import uis_build.curation as curation
import uis_build.propose as propose_cli
import uk_iraq_security as uis
from conftest import ROOT
from uk_iraq_security.cli import build_parser, main


def test_tables(capsys):
    assert main(["tables"]) == 0
    out = capsys.readouterr().out
    assert f"statistics\t{len(uis.load('statistics'))} rows" in out and out.count(" rows\n") == len(uis.tables())


def test_show_unknown_table(capsys):
    assert main(["show", "nope"]) == 2
    assert "unknown table 'nope'; valid names: sources, citations" in capsys.readouterr().err


def test_validate(capsys, monkeypatch, checkout_problems):
    """`validate` reports the session's one validation of the checkout (tests/test_validation.py
    asserts it on its own; the command validates for real in test_faults_build, test_validate_in_ci
    and the wheel's clean venv)."""
    from uk_iraq_security import validation

    calls = []

    def shared(path):
        calls.append(path)
        return checkout_problems

    monkeypatch.setattr(validation, "validate_package", shared)
    assert main(["validate", str(ROOT)]) == 0
    assert calls == [ROOT] and capsys.readouterr().out.strip() == "valid"


def test_build_check(capsys, monkeypatch, build_check):
    """`build --check` reports the session's one check build (tests/test_build.py asserts it on its own)."""
    calls = []

    def shared(root, check):
        calls.append((root, check))
        return build_check

    monkeypatch.setattr(curation, "build", shared)
    assert build_cli.main(["build", "--root", str(ROOT), "--check"]) == 0, capsys.readouterr().err
    assert calls == [(str(ROOT), True)]
    out = capsys.readouterr().out
    assert "equal a fresh build" in out and f"statistics\t{len(uis.load('statistics'))} rows" in out


# -- in-process: main(argv) ------------------------------------------------------------------------

BSC = "fund-gb-border-security-command"


def cli(capsys, *argv, columns=80):
    """Exit code, stdout and stderr of main(argv) in a terminal ``columns`` wide."""
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        code = main(list(argv))
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("table", uis.tables())
def test_show_fits_80_columns(capsys, table):
    for layout in ([], ["--vertical"]):
        code, out, _ = cli(capsys, "show", table, *layout)
        assert code == 0 and out
        assert max(len(line) for line in out.splitlines()) <= 80, (table, layout)


def test_show_statistics_cuts_long_text_and_names_hidden_columns(capsys):
    """--raw: the columns in the table's order (the default leads with x-lead: tests/test_cli_readers.py)."""
    code, out, _ = cli(capsys, "show", "statistics", "--raw")
    lines = out.splitlines()
    assert lines[0].startswith("statistic_id") and "stat-iq-asylum-seekers-europe-since-2015" in out
    assert "…" in out and len(lines) == 2 + len(uis.load("statistics")) + 1
    assert lines[-1].startswith("… ") and "more columns (see --columns, --vertical): " in lines[-1]
    hidden = lines[-1].split(": ", 1)[1].split(", ")[0]
    assert hidden in {f["name"] for f in uis.schema("statistics")["fields"]} and hidden not in lines[0].split()
    for argv in ([], ["--raw"]):
        code, wide, _ = cli(capsys, "show", "statistics", *argv, columns=1000)
        assert "more columns" not in wide and "period_basis" in wide.splitlines()[0]


def test_vertical_wraps_whole_values(capsys):
    code, out, _ = cli(capsys, "show", "statistics", "stat-gb-net-migration-ye-2023-06", "--vertical")
    assert code == 0 and out.startswith("-[ 1 ]---")
    assert "period_basis          one year before 2023-07/2024-06 ('year ending June')" in out
    note = uis.load("statistics").set_index("statistic_id").loc["stat-gb-net-migration-ye-2023-06", "note"]
    block = out[out.index("\nnote"):]
    assert " ".join(block.split()[1:]) == note  # wrapped, not cut
    assert "producer              —" in out        # missing values show as an em dash


def test_missing_values_one_way_per_output(capsys):
    args = ("show", "funding", BSC, "--columns", "funding_id,converted_amount")
    assert cli(capsys, *args)[1].splitlines()[2].split()[-1] == "—"
    assert cli(capsys, *args, "--output", "csv")[1] == f"funding_id,converted_amount\n{BSC},\n"
    assert json.loads(cli(capsys, *args, "--output", "json")[1]) == [{"funding_id": BSC, "converted_amount": None}]
    assert cli(capsys, *args, "--output", "markdown")[1].splitlines()[-1] == f"| {BSC} |  |"


@pytest.mark.parametrize("table", uis.tables())
def test_csv_output_is_the_published_csv(capsys, table):
    code, out, _ = cli(capsys, "show", table, "--output", "csv")
    assert out == (ROOT / "data" / f"{table}.csv").read_text(encoding="utf-8")


def test_json_and_markdown_outputs(capsys):
    rows = json.loads(cli(capsys, "show", "funding", "--output", "json")[1])
    assert len(rows) == 4 and rows[0]["funding_id"] == BSC and rows[0]["amount"] == 75000000
    assert rows[0]["purpose"] == "a new Border Security Command (BSC)"
    stats = json.loads(cli(capsys, "show", "statistics", "--output", "json", "--rows", "1")[1])
    assert stats[0]["period_start"] == "2022-07-01" and stats[0]["qualifier"] is None
    md = cli(capsys, "show", "funding", "--columns", "funding_id,amount", "--output", "markdown")[1].splitlines()
    assert md[:2] == ["| funding_id | amount |", "|---|---:|"] and md[2] == f"| {BSC} | 75000000 |"


def test_columns_where_rows_and_record_id(capsys):
    out = cli(capsys, "show", "officials", "--columns", "name,role", "--output", "csv")[1]
    assert out.splitlines()[0] == "name,role" and len(out.splitlines()) == 11
    out = cli(capsys, "show", "citations", "--where", "table=funding", "--where", "source_id=002-observer-diplomat",
              "--columns", "record_id", "--output", "csv")[1]
    cites = uis.load("citations")
    assert out.splitlines()[1:] == cites[(cites.table == "funding") & (cites.source_id == "002-observer-diplomat")].record_id.tolist()
    assert set(out.splitlines()[1:]) == {"fund-iq-law-enforcement-training", "fund-kr-border-security-projects"}
    out = cli(capsys, "show", "funding", "--where", "amount=300000", "--columns", "funding_id", "--output", "csv")[1]
    assert out.splitlines()[1:] == ["fund-iq-law-enforcement-training", "fund-iq-organised-crime"]
    assert len(json.loads(cli(capsys, "show", "statistics", "--rows", "3", "--output", "json")[1])) == 3
    # a record id: the key of the table, or record_id in the tables that point at records
    assert cli(capsys, "show", "funding", BSC, "--output", "csv")[1].count("\n") == 2
    cites = pd.read_csv(io.StringIO(cli(capsys, "show", "citations", "fund-iq-law-enforcement-training", "--output", "csv")[1]))
    every = uis.load("citations")
    assert len(cites) == (every.record_id == "fund-iq-law-enforcement-training").sum() > 1
    assert set(cites.record_id) == {"fund-iq-law-enforcement-training"}


def test_bad_columns_and_ids_are_clear_errors(capsys):
    code, out, err = cli(capsys, "show", "funding", "--columns", "funding_id,amout")
    assert code == 2 and out == ""
    assert err.startswith("unknown column 'amout' (did you mean 'amount'?); valid columns: funding_id, donor,")
    code, _, err = cli(capsys, "show", "funding", "--where", "colour=red")
    assert code == 2 and "unknown column in --where 'colour'" in err and "valid columns: funding_id" in err
    code, _, err = cli(capsys, "show", "funding", "fund-iq-organized-crime")
    assert code == 2 and "no row with funding_id 'fund-iq-organized-crime' in funding; did you mean 'fund-iq-organised-crime'" in err
    for argv, message in ((["--rows", "-1"], "argument --rows: must be 0 or more, not -1"),
                          (["--where", "amount"], "expected COLUMN=VALUE, not 'amount'"),
                          (["--output", "xml"], "invalid choice: 'xml'")):
        with pytest.raises(SystemExit) as e:
            main(["show", "funding", *argv])
        assert e.value.code == 2 and message in capsys.readouterr().err


def test_evidence_command(capsys):
    code, out, _ = cli(capsys, "evidence", BSC)
    assert code == 0 and max(map(len, out.splitlines())) <= 80
    assert re.search(r"^sentence +As part of these efforts, the UK is launching a new Border", out, re.M)
    assert re.search(r"^publisher +The Arabian News", out, re.M)
    rows = json.loads(cli(capsys, "evidence", BSC, "--output", "json")[1])
    assert rows[0]["sentence"].startswith("As part of these efforts") and rows[0]["url"].startswith("https://")
    table = cli(capsys, "evidence", "--table", "funding", "--no-vertical", "--columns", "record_id,source_id")[1]
    funding_cites = uis.evidence(table="funding")
    assert table.splitlines()[0].split() == ["record_id", "source_id"] and len(table.splitlines()) == 2 + len(funding_cites)
    code, _, err = cli(capsys, "evidence", "off-yvete-cooper")
    assert code == 2 and "did you mean 'off-yvette-cooper'?" in err
    code, _, err = cli(capsys, "evidence")
    assert code == 2 and "give a RECORD_ID, or --table TABLE" in err
    code, _, err = cli(capsys, "evidence", "--table", "conflicts")
    assert code == 2 and "tables with evidence:" in err


def test_describe_command(capsys):
    code, out, _ = cli(capsys, "describe", "funding")
    assert code == 0 and max(map(len, out.splitlines())) <= 80
    assert out.splitlines()[0].split()[:4] == ["name", "type", "required", "description"]  # then what fits
    d = pd.read_csv(io.StringIO(cli(capsys, "describe", "funding", "--output", "csv")[1]), keep_default_na=False)
    assert list(d.name) == [f["name"] for f in uis.schema("funding")["fields"]]
    assert d.set_index("name").loc["currency", "example"] == "GBP"
    code, _, err = cli(capsys, "describe", "nope")
    assert code == 2 and "unknown table 'nope'" in err


def _commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


@pytest.mark.parametrize("parser", [build_parser(), build_cli.build_parser()], ids=["uk-iraq-security", "uis_build"])
def test_help_on_every_argument(parser):
    subparsers = _commands(parser)
    for name, sub in [("", parser), *subparsers.choices.items()]:
        for action in sub._actions:
            if not isinstance(action, argparse._SubParsersAction) and action.nargs != argparse.REMAINDER:
                assert action.help, f"{name} {action.dest} has no help text"
    assert {c.dest for c in subparsers._choices_actions} == set(subparsers.choices)
    assert all(c.help for c in subparsers._choices_actions)


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and capsys.readouterr().out.strip() == f"uk-iraq-security {uis.__version__}"


def test_installed_cli_has_only_user_commands(capsys):
    """Building, releasing and proposing need a checkout: `python -m uis_build`, not the wheel's command."""
    checkout_only = {"build", "release", "propose"}
    assert not checkout_only & set(_commands(build_parser()).choices)
    assert set(_commands(build_cli.build_parser()).choices) == checkout_only
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    listed = re.findall(r"^    (\w+)", capsys.readouterr().out, re.MULTILINE)  # the commands under COMMAND
    assert e.value.code == 0 and {"show", "cite", "validate"} <= set(listed) and not checkout_only & set(listed)
    for name in checkout_only:
        with pytest.raises(SystemExit) as e:
            main([name])
        assert e.value.code == 2 and "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("script, module, expected", [
    ("build.py", build_cli, ["build", "--root", str(ROOT), "--check"]),
    ("release.py", build_cli, ["release", "--root", str(ROOT), "--check"]),
    ("propose.py", propose_cli, ["--check"]),
])
def test_scripts_are_thin_wrappers_of_uis_build(monkeypatch, script, module, expected):
    """scripts/*.py hand their arguments (and, for build and release, the checkout they are in) to uis_build."""
    calls = []
    name = "run" if module is propose_cli else "main"
    monkeypatch.setattr(module, name, lambda argv=None: calls.append(argv) or 0)
    monkeypatch.setattr(sys, "argv", [script, "--check"])
    monkeypatch.setattr(sys, "path", list(sys.path))  # the script puts the checkout first
    with pytest.raises(SystemExit) as e:
        runpy.run_path(str(ROOT / "scripts" / script), run_name="__main__")
    assert e.value.code == 0 and calls == [None if module is propose_cli else expected]


def test_show_rows_as_csv(capsys):
    code, out, _ = cli(capsys, "show", "officials", "--rows", "3", "--output", "csv")
    assert code == 0 and out.startswith("official_id")
    assert len(out.splitlines()) == 4  # the header and three rows


def test_failed_build_says_data_was_left_alone(project, capsys):
    """The build command: its failure message and exit status (a seed changed without its sha256), and
    the data it left as it was."""
    project.edit_seed("004", "79 suspects", "80 suspects", register=False)
    before = project.snapshot()
    assert build_cli.main(["build", "--root", str(project.root)]) == 1
    err = capsys.readouterr().err
    assert "seeds/004_2432e5a2cb814516.txt" in err and "data/ was left as it was" in err
    assert project.snapshot() == before
