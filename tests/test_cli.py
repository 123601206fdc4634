"""The command line, run as a user would."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "uk_iraq_security.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_tables_and_show():
    import uk_iraq_security as uis

    out = run("tables")
    assert out.returncode == 0 and f"statistics\t{len(uis.load('statistics'))} rows" in out.stdout
    assert out.stdout.count(" rows\n") == len(uis.tables())
    show = run("show", "officials", "--rows", "3")
    assert show.returncode == 0 and "official_id" in show.stdout


def test_show_unknown_table():
    out = run("show", "nope")
    assert out.returncode == 2 and "unknown table 'nope'; valid names: sources, citations" in out.stderr


def test_validate_and_build_check():
    assert run("validate", str(ROOT)).stdout.strip() == "valid"
    check = run("build", "--root", str(ROOT), "--check")
    assert check.returncode == 0, check.stderr
    assert "equal a fresh build" in check.stdout


def test_failed_build_says_data_was_left_alone(project):
    project.edit_seed("004", "79 suspects", "80 suspects", register=False)
    out = run("build", "--root", str(project.root))
    assert out.returncode == 1
    assert "seeds/004_2432e5a2cb814516.txt" in out.stderr and "data/ was left as it was" in out.stderr
