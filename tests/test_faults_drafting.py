"""Fault injection for drafting (scripts/propose.py): crafted long input stays linear, binary and
control characters are refused, and numbers in scripts the parsers do not read are skipped and said."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from conftest import ROOT
from uk_iraq_security.drafting import propose, unparsed_numbers
from uk_iraq_security.drafting.coverage import exclusions_yaml, uncovered
from uk_iraq_security.drafting.draft import draft_annotation

PROPOSE = [sys.executable, str(ROOT / "scripts" / "propose.py")]


def _propose(path, *args, timeout=60):
    """scripts/propose.py in a fresh interpreter, as a user runs it."""
    start = time.monotonic()
    done = subprocess.run([*PROPOSE, str(path), *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert "Traceback" not in done.stderr, done.stderr
    return done, time.monotonic() - start


def _propose_here(capsys, path, *args):
    """scripts/propose.py's main() in this process (faster); an exception would fail the test."""
    import importlib.util
    from types import SimpleNamespace

    spec = importlib.util.spec_from_file_location("propose_script", ROOT / "scripts" / "propose.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    code = module.main([str(path), *args])
    out = capsys.readouterr()
    return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err), 0


@pytest.mark.parametrize("unit", ["1, ", "1. ", "1; 2 — ", "in 2023, "])
def test_crafted_repetitive_text_is_proposed_in_linear_time(unit):
    text = unit * (8_000 // len(unit)) + "\n"
    start = time.monotonic()
    found = propose(text)
    lines = [c.to_json(text) for c in found]
    draft_annotation(lines[:2000], "005-x")
    elapsed = time.monotonic() - start
    assert elapsed < 10, f"{elapsed:.1f} s for 8 KB of {unit!r}"  # the quadratic code took over a minute


def test_doubling_the_input_about_doubles_the_time():
    def timed(n):
        text = "1, " * n + "\n"
        start = time.monotonic()
        [c.to_json(text) for c in propose(text)]
        return time.monotonic() - start
    small, big = timed(1000), timed(4000)
    assert big < 8 * small + 1, f"4x the input took {big / small:.1f}x the time"


def test_exclusions_of_a_long_single_line_stay_bounded():
    text = "1, " * 3_000 + "and 5 more.\n"
    start = time.monotonic()
    out = exclusions_yaml(text, [], "005-x")
    assert time.monotonic() - start < 20 and "005-x" in out
    assert uncovered(text, [(0, len(text))]) == []


def test_nul_input_is_refused_with_its_position(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"In 2024, 300 people\x00 crossed.\n")
    done, _ = _propose(path)
    assert done.returncode == 1 and done.stdout == ""
    assert str(path) in done.stderr and "U+0000" in done.stderr and "line 1, column 20" in done.stderr


def test_binary_input_is_refused(capsys, tmp_path):
    path = tmp_path / "a.bin"
    path.write_bytes(bytes(range(256)) * 8)
    done, _ = _propose_here(capsys, path)
    assert done.returncode == 1 and done.stdout == ""
    assert str(path) in done.stderr and ("not valid UTF-8" in done.stderr or "U+0000" in done.stderr)


def test_bidi_override_in_an_article_is_refused(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The UK gave \u202e000,003£ to Iraq.\n", encoding="utf-8")
    done, _ = _propose_here(capsys, path)
    assert done.returncode == 1 and "U+202E (RIGHT-TO-LEFT OVERRIDE)" in done.stderr


@pytest.mark.parametrize("words", ["٣٠٠ ألف", "۳۰۰", "1٣", "३००", "٣٠٠٫٥"])
def test_numbers_in_other_scripts_are_skipped_and_reported(capsys, tmp_path, words):
    text = f"The ministry counted {words} migrants. Another 250 people arrived in 2024.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    done, _ = _propose_here(capsys, path)
    assert done.returncode == 0
    assert f"skipped {words!r}" in done.stderr and "annotate it by hand" in done.stderr
    values = [c.values.get("value") for c in propose(text)]
    assert 250 in values and 300 not in values and 13 not in values
    assert [text[s:e] for s, e in unparsed_numbers(text)][0].startswith(words.split()[0])


def test_impossible_reference_date_is_a_message(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Last year 300 people crossed.\n", encoding="utf-8")
    done, _ = _propose_here(capsys, path, "--reference", "2024-13")
    assert done.returncode == 1 and "'2024-13' is not a real date" in done.stderr


def test_exclusions_refuse_a_reviewed_annotation_with_a_duplicate_key(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("In 2024, 300 people crossed.\n", encoding="utf-8")
    ann = tmp_path / "a.yaml"
    ann.write_text("source_id: 005-x\nsource_id: 005-y\nevidence: []\n", encoding="utf-8")
    done, _ = _propose_here(capsys, article, "--exclusions", "005-x", "--annotation", str(ann))
    assert done.returncode == 1
    assert str(ann) in done.stderr and "line 2" in done.stderr and "'source_id' is given twice" in done.stderr


def test_missing_article_is_a_message(capsys, tmp_path):
    done, _ = _propose_here(capsys, tmp_path / "nope.txt")
    assert done.returncode == 1 and "cannot read" in done.stderr
