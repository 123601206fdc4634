"""The command line: error paths and output in-process through main(argv); one command run as a user would."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from uk_iraq_security import curation
from uk_iraq_security.cli import main


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "uk_iraq_security.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_show_as_a_user_runs_it():
    """The smoke test of the command line itself (`tables` runs so in tests/test_wheel.py, `cite` in test_citation.py)."""
    show = run("show", "officials", "--rows", "3")
    assert show.returncode == 0 and "official_id" in show.stdout
    assert len(show.stdout.splitlines()) == 4  # the header and three rows


def test_tables(capsys):
    assert main(["tables"]) == 0
    assert "statistics\t15 rows" in capsys.readouterr().out


def test_show_unknown_table(capsys):
    assert main(["show", "nope"]) == 2
    assert "unknown table 'nope'; valid names: sources, citations" in capsys.readouterr().err


def test_validate(capsys):
    assert main(["validate", str(ROOT)]) == 0
    assert capsys.readouterr().out.strip() == "valid"


def test_build_check(capsys, monkeypatch, build_check):
    """`build --check` reports the session's one check build (tests/test_build.py asserts it on its own)."""
    calls = []

    def shared(root, check):
        calls.append((root, check))
        return build_check

    monkeypatch.setattr(curation, "build", shared)
    assert main(["build", "--root", str(ROOT), "--check"]) == 0, capsys.readouterr().err
    assert calls == [(str(ROOT), True)]
    out = capsys.readouterr().out
    assert "equal a fresh build" in out and "statistics\t15 rows" in out


def test_failed_build_says_data_was_left_alone(project):
    """The build command run as a user would: its failure message and exit status."""
    project.edit_seed("004", "79 suspects", "80 suspects", register=False)
    out = run("build", "--root", str(project.root))
    assert out.returncode == 1
    assert "seeds/004_2432e5a2cb814516.txt" in out.stderr and "data/ was left as it was" in out.stderr
