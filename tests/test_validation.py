"""Validation of a built package, the way a user checks a download in their own CI."""

from __future__ import annotations

import shutil

from conftest import ROOT
from uk_iraq_security.validation import validate_package


def _copy_package(tmp_path):
    for part in ("datapackage.json", "data", "schemas"):
        src = ROOT / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, tmp_path / part)
    return tmp_path


def test_committed_package_is_valid():
    assert validate_package(ROOT) == []


def test_tampered_csv_is_reported(tmp_path):
    pkg = _copy_package(tmp_path)
    path = pkg / "data" / "funding.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",GBP,", ",XYZ,", 1), encoding="utf-8")
    problems = "\n".join(validate_package(pkg))
    assert "data/funding.csv" in problems and "sha256" in problems  # frictionless / our hash check
    assert "ISO 4217" in problems                                       # pandera's derived code check
    assert "CSV and Parquet differ" in problems


def test_tampered_parquet_is_reported(tmp_path):
    pkg = _copy_package(tmp_path)
    shutil.copy2(pkg / "data" / "officials.parquet", pkg / "data" / "funding.parquet")
    problems = "\n".join(validate_package(pkg))
    assert "data/funding.parquet: sha256 is" in problems


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
