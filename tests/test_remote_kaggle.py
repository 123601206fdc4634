"""load(source="kaggle") from a kagglehub cache filled the way kagglehub lays it out, with the network
unavailable: a versioned handle must be served from the cache and re-verified against the manifest; and
the faults of that cache (a folder where a table should be, a damaged or missing table)."""

from __future__ import annotations

import json
import re
import socket
import sys
import threading

import pandas as pd
import pytest

import uk_iraq_security as uis
from conftest import ROOT
from uk_iraq_security.remote.errors import CacheError

OWNER, SLUG, VERSION = "uk-iraq-security", "uk-iraq-border-security-pact", 3
HANDLE = f"{OWNER}/{SLUG}/versions/{VERSION}"


def in_a_thread(fn):
    """fn() in a new thread, its result or exception handed back: kagglehub reads its caller's whole stack
    (inspect.stack(), with source lines) to make a User-Agent, which under pytest is some 60 frames deep."""
    out = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as e:  # re-raised below, in the caller
            out["error"] = e

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


@pytest.fixture
def offline(monkeypatch):
    """No network: proxies at a closed port, and any socket connection refused and recorded."""
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise OSError(f"network disabled in this test: {address}")

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.fixture
def kaggle_cache(tmp_path, monkeypatch, offline):
    """$KAGGLEHUB_CACHE holding the Kaggle folder the release writes (uis_build.release.bundle) as dataset
    version VERSION, completion marker included: datasets/<owner>/<slug>/versions/<N>/<files> and
    datasets/<owner>/<slug>/<N>.complete."""
    from uis_build.release.bundle import write_kaggle_folder

    cache = tmp_path / "kagglehub"
    version_dir = cache / "datasets" / OWNER / SLUG / "versions" / str(VERSION)
    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    write_kaggle_folder(version_dir, pkg, ROOT, {}, {})
    (version_dir.parent.parent / f"{VERSION}.complete").touch()
    monkeypatch.setenv("KAGGLEHUB_CACHE", str(cache))
    return version_dir


def test_cache_layout_is_the_one_kagglehub_reads(kaggle_cache):
    from kagglehub.cache import Cache
    from kagglehub.handle import parse_dataset_handle

    assert Cache().load_from_cache(parse_dataset_handle(HANDLE)) == str(kaggle_cache)


def test_every_table_loads_from_the_kaggle_cache_offline(kaggle_cache, offline):
    for fmt in ("parquet", "csv"):
        remote = in_a_thread(lambda fmt=fmt: {t: uis.load(t, format=fmt, source="kaggle", handle=HANDLE)
                                               for t in uis.tables()})
        assert list(remote) == uis.tables()
        for table, frame in remote.items():
            pd.testing.assert_frame_equal(frame, uis.load(table, format=fmt), check_exact=True)
    assert offline == []  # not one connection was attempted


def test_damaged_cached_file_is_rejected_and_the_version_dropped(kaggle_cache):
    path = kaggle_cache / "statistics.parquet"
    path.write_bytes(path.read_bytes()[:-1] + b"\0")
    with pytest.raises(uis.ChecksumMismatchError) as info:
        in_a_thread(lambda: uis.load("statistics", source="kaggle", handle=HANDLE))
    message = str(info.value)
    assert message.startswith("data/statistics.parquet: sha256 is ")
    assert "pass the handle of the Kaggle version that matches it" in message
    # nothing of that version is served again: the next load would download it afresh
    assert not kaggle_cache.exists() and not (kaggle_cache.parent.parent / f"{VERSION}.complete").exists()


def test_truncated_cached_file_is_refused_and_the_version_dropped(kaggle_cache):
    path = kaggle_cache / "officials.csv"
    path.write_bytes(path.read_bytes()[:50])
    with pytest.raises(uis.ChecksumMismatchError, match=r"^data/officials.csv: sha256 is "):
        in_a_thread(lambda: uis.load("officials", format="csv", source="kaggle", handle=HANDLE))
    assert not kaggle_cache.exists()


def test_cached_file_replaced_by_a_folder_is_a_clear_error(kaggle_cache):
    (kaggle_cache / "funding.parquet").unlink()
    (kaggle_cache / "funding.parquet").mkdir()
    with pytest.raises(CacheError, match=r"funding.parquet is a folder, where the table .* of Kaggle dataset"):
        in_a_thread(lambda: uis.load("funding", source="kaggle", handle=HANDLE))
    assert (kaggle_cache / "funding.parquet").is_dir()


def test_version_without_the_table_names_handle_and_file(kaggle_cache):
    (kaggle_cache / "statements.parquet").unlink()
    with pytest.raises(FileNotFoundError, match=rf"Kaggle dataset {HANDLE} has no statements.parquet"):
        in_a_thread(lambda: uis.load("statements", source="kaggle", handle=HANDLE))


def test_kaggle_arguments_are_checked():
    with pytest.raises(ValueError, match="needs handle="):
        uis.load("funding", source="kaggle")
    with pytest.raises(ValueError, match="KAGGLEHUB_CACHE"):
        uis.load("funding", source="kaggle", handle=HANDLE, data_home="/tmp")
    with pytest.raises(ValueError, match="valid sources: local, zenodo, kaggle"):
        uis.load("funding", source="figshare")


def test_missing_kaggle_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "kagglehub", None)  # what `import kagglehub` meets without the extra
    with pytest.raises(ImportError, match=re.escape("pip install 'uk-iraq-security[kaggle]'")):
        uis.load("funding", source="kaggle", handle="a/b/versions/1")
