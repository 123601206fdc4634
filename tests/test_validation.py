"""Validation of a built package, the way a user checks a download in their own CI."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from conftest import ROOT
from uk_iraq_security.validation import CODE_CHECKS, validate_package


def _copy_package(tmp_path):
    for part in ("datapackage.json", "data", "schemas"):
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, tmp_path / part)
    return tmp_path


def test_committed_package_is_valid(checkout_problems):
    assert checkout_problems == []  # the session's one validate_package(ROOT)


@pytest.fixture(scope="module")
def tampered_problems(tmp_path_factory) -> str:
    """The problems of one copy of the package with two tables tampered with, each in one format:
    funding.csv edited, measures.parquet replaced by another table's file. One validation serves the
    tests of both (each checks what names its own file, so neither can pass on the other's problems)."""
    pkg = _copy_package(tmp_path_factory.mktemp("tampered"))
    path = pkg / "data" / "funding.csv"
    text = path.read_text(encoding="utf-8")
    assert ",GBP," in text
    path.write_text(text.replace(",GBP,", ",XYZ,", 1), encoding="utf-8")
    shutil.copy2(pkg / "data" / "officials.parquet", pkg / "data" / "measures.parquet")
    return "\n".join(validate_package(pkg))


def test_tampered_csv_is_reported(tampered_problems):
    problems = tampered_problems
    assert "data/funding.csv: sha256 is" in problems                    # frictionless / our hash check
    assert re.search(r"data/funding\.csv: row \d+: column currency: not an ISO 4217", problems)  # pandera's code check
    assert "data/funding: CSV and Parquet differ" in problems


def test_tampered_parquet_is_reported(tampered_problems):
    # its size differs from the descriptor's bytes (then it is not hashed), or, the same size, its sha256
    assert re.search(r"data/measures\.parquet: (?:\d+ bytes, datapackage\.json says \d+|sha256 is)", tampered_problems)


def test_frames_validated_in_memory_must_equal_both_formats(tmp_path):
    """The build validates its frames once and then only compares what it wrote to them."""
    import uk_iraq_security as uis

    frames = uis.load()  # frictionless runs in the other tests here: only the comparison is under test
    assert validate_package(ROOT, validated=frames, frictionless=False) == []
    frames["funding"] = frames["funding"].assign(amount=frames["funding"]["amount"] + 1)
    problems = "\n".join(validate_package(ROOT, validated=frames, frictionless=False))
    assert "data/funding: the tables validated in memory and CSV differ" in problems
    assert "data/funding: the tables validated in memory and Parquet differ" in problems


def test_each_pandera_schema_is_derived_once():
    import json

    from uk_iraq_security.validation import cached_pandera_schema

    schema = json.loads((ROOT / "schemas" / "funding.json").read_text(encoding="utf-8"))
    assert cached_pandera_schema(schema) is cached_pandera_schema(json.loads(json.dumps(schema)))
    other = json.loads((ROOT / "schemas" / "officials.json").read_text(encoding="utf-8"))
    assert cached_pandera_schema(other) is not cached_pandera_schema(schema)


def _variants(df):
    """``df`` changed in one way each: what the full comparison in _difference must tell apart."""
    import pandas as pd

    cat = next(c for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype))
    num = next(c for c in df.columns if str(df[c].dtype) == "Float64")
    text = next(c for c in df.columns if str(df[c].dtype) == "string")
    reordered = df[cat].cat.reorder_categories(list(reversed(df[cat].cat.categories)))
    yield "itself", df.copy()
    yield "a value", df.assign(**{num: df[num] + 1e-9})
    yield "a null", df.assign(**{text: df[text].where(df.index != 0)})
    yield "a dtype", df.assign(**{num: df[num].astype("float64")})
    yield "category order", df.assign(**{cat: reordered})
    yield "column order", df[list(reversed(df.columns))]
    yield "a column name", df.rename(columns={text: text + "_x"})
    yield "the index", df.set_axis(df.index + 1)
    yield "the index type", df.set_axis(pd.Index(list(df.index), dtype="int64"))
    yield "the index name", df.rename_axis("row")


def test_the_fast_comparison_agrees_with_the_full_one():
    """_difference answers equal frames without assert_frame_equal (_same): _same never passes frames
    the full comparison tells apart, and _difference gives the full comparison's answer for each change."""
    import uk_iraq_security as uis
    from uk_iraq_security.validation import _difference, _full_difference, _same

    df = uis.load("funding")
    for what, other in _variants(df):
        full = _full_difference(df, other)
        assert _difference(df, other) == full, what
        assert _same(df, other) == (what == "itself"), what  # "the index type": equivalent for the full one
        assert (full is None) == (what in ("itself", "the index type")), what


def test_a_currency_withdrawn_for_the_euro_is_a_currency_code():
    """Bulgaria's lev and Croatia's kuna, gone from pycountry's ISO 4217 list, still name old sums; a made-up code does not."""
    assert list(CODE_CHECKS["iso4217"](pd.Series(["GBP", "BGN", "HRK", "XYZ"])).check_output) == [True, True, True, False]
