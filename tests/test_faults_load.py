"""Fault injection for local load(): an installed file that was changed, truncated, removed or swapped
raises the same ChecksumMismatchError a bad download does, and the check costs one hash per file per
process."""

from __future__ import annotations

import os
import time

import pytest

import uk_iraq_security as uis
from conftest import ROOT
from uk_iraq_security import integrity


def _mismatch(table, fmt="parquet"):
    with pytest.raises(uis.ChecksumMismatchError) as info:
        uis.load(table, format=fmt)
    message = str(info.value)
    assert message.startswith(f"data/{table}.{fmt}: sha256 is ")
    assert "datapackage.json of the installed uk-iraq-security" in message and "reinstall" in message
    assert "not kept in the cache" not in message  # an installed file is left where it is
    return info.value


def test_tampered_installed_parquet_is_refused(installed):
    path = installed / "data" / "funding.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    _mismatch("funding")
    assert path.exists()


def test_truncated_installed_csv_is_refused(installed):
    path = installed / "data" / "officials.csv"
    path.write_bytes(path.read_bytes()[:-20])
    _mismatch("officials", "csv")


def test_swapped_installed_files_are_refused(installed):
    a, b = installed / "data" / "funding.parquet", installed / "data" / "agreements.parquet"
    da, db = a.read_bytes(), b.read_bytes()
    a.write_bytes(db)
    b.write_bytes(da)
    _mismatch("funding")


def test_file_changed_after_a_good_load_is_refused_next_time(installed):
    uis.load("statistics", format="csv")
    path = installed / "data" / "statistics.csv"
    text = path.read_bytes().replace(b"906000", b"916000")
    path.write_bytes(text)
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    _mismatch("statistics", "csv")


def test_missing_installed_file_names_it(installed):
    (installed / "data" / "sources.parquet").unlink()
    with pytest.raises(FileNotFoundError, match=r"data/sources.parquet: the installed file is missing.*reinstall"):
        uis.load("sources")


def test_good_files_are_hashed_once_per_process(installed, monkeypatch):
    calls = []
    real = integrity.file_digest
    monkeypatch.setattr(integrity, "file_digest", lambda *a: calls.append(a) or real(*a))
    for _ in range(3):
        uis.load()
    assert len(calls) == len(uis.tables())  # one per Parquet file, not one per load


# -- a damaged installed datapackage.json: one clear error naming it, never a JSON traceback -------------

@pytest.mark.parametrize("damage, message", [
    (lambda data: data[:len(data) // 2], r"datapackage.json: not valid JSON \(.*\); reinstall"),
    (lambda data: b"", r"datapackage.json: not valid JSON"),
    (lambda data: b"[" * 100_000 + b"]" * 100_000, r"datapackage.json: its JSON nests too deeply to be read; refused; reinstall"),
    (lambda data: b"[1, 2]", r"datapackage.json: JSON of type list, not an object; reinstall"),
    (lambda data: b"\xff\xfe" + data, r"datapackage.json: not valid JSON"),
])
def test_damaged_installed_descriptor_is_named(tmp_path, damage, message):
    from uk_iraq_security.dataset_files import descriptor
    from uk_iraq_security.errors import DatasetFolderError

    (tmp_path / "datapackage.json").write_bytes(damage((ROOT / "datapackage.json").read_bytes()))
    with pytest.raises(DatasetFolderError, match=message) as info:
        descriptor(tmp_path)
    assert isinstance(info.value, ValueError) and "Traceback" not in str(info.value)


def test_load_with_a_truncated_installed_descriptor_names_it(installed, monkeypatch):
    from uk_iraq_security import dataset_files

    monkeypatch.setattr(dataset_files, "dataset_root", lambda: installed)
    dataset_files.descriptor.cache_clear()
    data = (installed / "datapackage.json").read_bytes()
    (installed / "datapackage.json").write_bytes(data[:100])
    try:
        with pytest.raises(uis.UkIraqSecurityError, match=rf"{installed}/datapackage.json: not valid JSON"):
            uis.load("funding")
    finally:
        dataset_files.descriptor.cache_clear()


@pytest.mark.parametrize("key", ["schema", "path"])
def test_installed_descriptor_path_that_leaves_the_folder_is_refused_unread(installed, tmp_path, key):
    import json

    secret = tmp_path / "private.json"
    secret.write_text('{"fields": [{"name": "s3cr3t"}]}', encoding="utf-8")
    pkg = json.loads((installed / "datapackage.json").read_text(encoding="utf-8"))
    for res in pkg["resources"]:
        if res["name"].split("-")[0] == "funding":
            res[key] = "../private.json"
    (installed / "datapackage.json").write_text(json.dumps(pkg), encoding="utf-8")
    uis.dataset_files.descriptor.cache_clear()
    with pytest.raises(uis.UkIraqSecurityError, match=r"funding.*leads outside|not a relative path inside") as info:
        uis.schema("funding") if key == "schema" else uis.path("funding")
    assert "s3cr3t" not in str(info.value)
    with pytest.raises(uis.UkIraqSecurityError):
        uis.load("funding")
