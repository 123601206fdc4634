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
from uk_iraq_security.remote.errors import CacheError, RemoteDataError

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


# -- what the Kaggle folder or kagglehub's network may do: confined, capped, within the deadline ---------------

def test_a_table_linked_out_of_the_version_folder_is_refused(kaggle_cache, tmp_path):
    private = tmp_path / "private.csv"
    private.write_text("SECRET\n", encoding="utf-8")
    (kaggle_cache / "officials.csv").unlink()
    (kaggle_cache / "officials.csv").symlink_to(private)
    with pytest.raises(RemoteDataError, match=r"officials.csv.*leads outside the dataset folder .* through a symlink") as info:
        uis.load("officials", format="csv", source="kaggle", handle=HANDLE)
    assert "SECRET" not in str(info.value) and private.read_text(encoding="utf-8") == "SECRET\n"  # neither read nor removed


def test_a_table_larger_than_the_manifest_says_is_refused_unhashed(kaggle_cache):
    path = kaggle_cache / "funding.csv"
    declared = path.stat().st_size
    with path.open("ab") as fh:
        fh.truncate(declared + (1 << 30))  # a sparse GiB more: it would take seconds to hash
    with pytest.raises(uis.ChecksumMismatchError, match=rf"^data/funding.csv: size is {declared + (1 << 30)} bytes, but "
                                                        rf".* says {declared} bytes"):
        uis.load("funding", format="csv", source="kaggle", handle=HANDLE)
    assert not kaggle_cache.exists()  # the version is dropped, as for a damaged file


@pytest.mark.parametrize("handle", ["../x/versions/1", "a/../../b/versions/1", "a/b/versions/1\n", "a/b/versions/-1",
                                    "a/b/versions/0", "a/b/c", "a\\b/versions/1", "", "a/b/versions/1/x"])
def test_a_handle_that_is_not_a_kaggle_handle_is_refused_before_kagglehub(kaggle_cache, handle):
    with pytest.raises(ValueError, match=r"is not a Kaggle dataset handle: expected '<owner>/<slug>/versions/<N>'"):
        uis.load("funding", source="kaggle", handle=handle)


class Blackhole:
    """A proxy on 127.0.0.1 that accepts connections and never answers; `closed` is set once a client let go."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connected, self.closed = threading.Event(), threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        try:
            conn, _ = self.sock.accept()
        except OSError:  # stopped before anyone came
            return
        self.connected.set()
        conn.settimeout(120)
        with conn:
            try:
                while conn.recv(1 << 16):  # until the client goes: b"" (or a reset)
                    pass
            except OSError:
                pass
        self.closed.set()

    def stop(self):
        self.sock.close()


def test_kagglehub_waiting_on_a_silent_server_is_stopped_at_the_deadline(kaggle_cache, monkeypatch):
    """kagglehub's own timeouts are per read (15 s between bytes), with retries: the load's deadline stops it."""
    server = Blackhole()
    for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(var, server.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", "5")
    try:
        with pytest.raises(uis.UkIraqSecurityError, match=r"did not download within 5 s \(\$UK_IRAQ_SECURITY_REMOTE_DEADLINE\); "
                                                          r"the download was stopped") as info:
            uis.load("funding", source="kaggle", handle=f"{OWNER}/{SLUG}/versions/{VERSION + 1}")  # not in the cache
        assert isinstance(info.value, TimeoutError)
        if server.connected.is_set():  # kagglehub got as far as the server: its connection is gone with its process
            assert server.closed.wait(60)
    finally:
        server.stop()


def test_kaggle_unreachable_is_a_connection_error(kaggle_cache):
    """The offline fixture's proxies point at a closed port: kagglehub's connection error, as ours."""
    with pytest.raises(ConnectionError, match=rf"cannot reach Kaggle for {OWNER}/{SLUG}/versions/{VERSION + 1} .*Versions "
                                              "downloaded before load offline"):
        uis.load("funding", source="kaggle", handle=f"{OWNER}/{SLUG}/versions/{VERSION + 1}")


@pytest.fixture
def kaggle_test_api(monkeypatch):
    """kagglesdk's TEST environment (http://localhost:7777, no TLS) served by pytest-httpserver on 127.0.0.1:7777."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=7777)
    try:
        server.start()
    except OSError:  # the port is kagglesdk's choice, not ours: taken here, so this cannot run
        pytest.skip("port 7777 (kagglesdk's TEST endpoint) is in use")
    monkeypatch.setenv("KAGGLE_API_ENVIRONMENT", "TEST")
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    yield server
    server.clear()
    server.stop()


def test_a_download_larger_than_the_cap_is_stopped_and_named(kaggle_cache, kaggle_test_api, monkeypatch):
    from werkzeug import Response

    kaggle_test_api.expect_request("/api/v1/datasets.DatasetApiService/DownloadDataset", method="POST").respond_with_response(
        Response(b"PK" + b"\0" * 20_000, content_type="application/octet-stream"))
    monkeypatch.setenv("UK_IRAQ_SECURITY_MAX_DOWNLOAD", "1000")
    handle = f"{OWNER}/{SLUG}/versions/{VERSION + 1}"
    with pytest.raises(RemoteDataError, match=rf"Kaggle dataset {handle} holds a file larger than the 1000 bytes allowed"):
        uis.load("funding", source="kaggle", handle=handle)
    written = [p for p in kaggle_cache.parents[1].rglob("*") if p.is_file() and kaggle_cache not in p.parents]
    assert all(p.stat().st_size <= 1000 for p in written)  # what the stopped download left is within the cap
