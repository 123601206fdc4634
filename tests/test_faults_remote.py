"""Fault injection for remote loads: a Zenodo-like server on 127.0.0.1 (pytest-httpserver; a raw socket
server for answers that never come or drip their headers) that lies, stalls, floods or answers the wrong
thing, damaged caches, and a zip bomb. Each case checks the exception type, that the message names the
URL or file and what was expected, that a deadline ends the slow cases, and that nothing was written
outside the cache (and nothing damaged kept in it)."""

from __future__ import annotations

import hashlib
import io
import os
import re
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from werkzeug import Response

import uk_iraq_security as uis
from conftest import ROOT
from uk_iraq_security.remote.errors import CacheError, RemoteDataError, RemoteTimeoutError
from zenodo_server import Zenodo, json_answer

RID = "777"


def _bundle(extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted((ROOT / "data").iterdir()):
            zf.writestr(f"uk-iraq-security-0/data/{path.name}", path.read_bytes())
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


BUNDLE = _bundle()


@pytest.fixture
def server(httpserver, monkeypatch):
    srv = Zenodo(httpserver)
    monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", srv.api)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", "20")
    return srv


def raw_answer(body: bytes, status: int = 200, **headers) -> Response:
    return Response(body, status, headers, content_type="application/json")


def requests_to(server, part: str) -> int:
    return sum(1 for request, _ in server.http.log if part in request.path)


def record(server, rid: str, files: dict[str, bytes], **overrides) -> str:
    return server.add_record(rid, files, **overrides)


def content(rid: str, key: str) -> str:
    return f"/api/records/{rid}/files/{key}/content"


@pytest.fixture
def box(tmp_path):
    """A folder holding the cache (box/cache) and nothing else: what lands beside the cache is a leak."""
    (tmp_path / "cache").mkdir()
    return tmp_path


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _load(box, table="funding", **kw):
    return uis.load(table, source="zenodo", record=RID, data_home=box / "cache", **kw)


def _no_leak(box):
    """Only the cache folder in the box, and no partial downloads in it."""
    assert sorted(p.name for p in box.iterdir()) == ["cache"]
    assert not [p for p in (box / "cache").rglob("*") if p.name.startswith((".part-", "tmp"))]


# -- file keys that would leave the cache -------------------------------------------------------

@pytest.mark.parametrize("key", ["../../evil.zip", "/tmp/evil.zip", "a/../../evil.zip", "evil\0.zip",
                                 "..\\evil.zip", "C:evil.zip", "./evil.zip", ""])
def test_unsafe_file_key_is_refused_naming_the_url(server, box, key):
    url = record(server, RID, {"placeholder.zip": BUNDLE}, **{"placeholder.zip": {"key": key}})
    with pytest.raises(RemoteDataError) as info:
        _load(box)
    assert url in str(info.value) and "file key" in str(info.value)
    _no_leak(box)
    assert _files(box / "cache") == []
    assert requests_to(server, "/content") == 0  # refused before anything was downloaded


# -- answers that are not the record JSON -------------------------------------------------------

@pytest.mark.parametrize("answer, expected", [
    (raw_answer(b"<html><body>Down for maintenance</body></html>", **{"Content-Type": "text/html"}), "not JSON"),
    (json_answer([1, 2, 3]), "JSON of type list"),
    (json_answer({"id": 777}), "without 'files'"),
    (json_answer({"files": "funding.parquet"}), "'files' is str"),
    (json_answer({"files": ["funding.parquet"]}), "file 1 of"),
    (json_answer({"files": [{"key": "funding.parquet", "checksum": "sha1:abc", "links": {}}]}), "is not an md5"),
    (json_answer({"files": [{"key": "funding.parquet", "size": "big", "links": {}}]}), "is not a byte count"),
    (json_answer({"files": [{"key": "funding.parquet", "links": ["x"]}]}), "'links' must be an object"),
])
def test_wrong_shaped_record_answer_names_the_url_and_what_was_expected(server, box, answer, expected):
    server.routes[f"/api/records/{RID}"] = answer
    with pytest.raises(RemoteDataError) as info:
        _load(box)
    message = str(info.value)
    assert f"{server.api}/records/{RID}" in message and expected in message
    _no_leak(box)
    assert _files(box / "cache") == []


# -- sizes ---------------------------------------------------------------------------------------

def test_download_longer_than_declared_is_cut_off_and_not_kept(server, box):
    big = BUNDLE + b"\0" * (200 << 10)  # 200 KiB more than the listing says
    record(server, RID, {"bundle.zip": BUNDLE})
    server.routes[content(RID, "bundle.zip")] = raw_answer(big)
    with pytest.raises(RemoteDataError, match=r"bundle.zip of Zenodo record 777 .*sent more than \d+ bytes"):
        _load(box)
    _no_leak(box)
    assert _files(box / "cache") == []


def test_declared_size_above_the_cap_is_refused_without_downloading(server, box, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_MAX_DOWNLOAD", "1000")
    record(server, RID, {"bundle.zip": BUNDLE})
    with pytest.raises(RemoteDataError, match=r"is \d+ bytes, more than the 1000 allowed .*MAX_DOWNLOAD"):
        _load(box)
    assert requests_to(server, "/content") == 0
    _no_leak(box)


def test_download_without_declared_size_stops_at_the_cap(server, box, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_MAX_DOWNLOAD", str(len(BUNDLE) // 2))
    record(server, RID, {"bundle.zip": BUNDLE}, **{"bundle.zip": {"size": None}})
    with pytest.raises(RemoteDataError, match="sent more than"):
        _load(box)
    assert _files(box / "cache") == []


def _bomb(size: int, name="uk-iraq-security-0/data/funding.parquet") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open(zipfile.ZipInfo(name), "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                member.write(block)
    return buf.getvalue()


def test_zip_member_larger_than_the_cap_is_refused_and_the_zip_dropped(server, box, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_MAX_TABLE", str(1 << 20))
    cached = box / "cache" / "zenodo" / RID / "files" / "bomb.zip"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(_bomb(8 << 20))
    with pytest.raises(RemoteDataError, match=r"funding.parquet in .*bomb.zip is 8388608 bytes unzipped, more than"):
        _load(box)
    assert not cached.exists()
    assert _files(box / "cache") == []


def test_zip_bomb_is_refused_from_its_header_with_flat_memory(tmp_path):
    """A 96 MiB member where the descriptor declares the table's bytes (a few KB) is refused unread: peak
    memory grows far less than its size, and the zip is dropped. (A member that lies about its size in the
    zip's header is still cut off while it is copied in blocks: the copy counts what it writes.)"""
    cache = tmp_path / "cache"
    cached = cache / "zenodo" / RID / "files" / "bomb.zip"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(_bomb(96 << 20))
    code = (
        "import resource, sys, uk_iraq_security as uis\n"
        "from uk_iraq_security.remote.errors import RemoteDataError\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        f"    uis.load('funding', source='zenodo', record='{RID}', data_home=sys.argv[1])\n"
        "except RemoteDataError as e:\n"
        "    print(e, file=sys.stderr)\n"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print((after - before) // 1024)\n"
    )
    env = {**os.environ, "UK_IRAQ_SECURITY_ZENODO_API": "http://127.0.0.1:9/api", "UK_IRAQ_SECURITY_REMOTE_DEADLINE": "2"}
    done = subprocess.run([sys.executable, "-c", code, str(cache)], capture_output=True, text=True, env=env, timeout=60)
    assert "bytes unzipped, more than the" in done.stderr and "the zip was not kept" in done.stderr, done.stderr
    assert int(done.stdout.strip()) < 40, f"peak memory grew by {done.stdout.strip()} MiB for a 96 MiB member"
    assert not cached.exists()  # the zip holding other data was dropped


def test_symlink_in_the_cache_pointing_out_is_never_written_through(server, box):
    outside = box / "outside"
    outside.mkdir()
    files = box / "cache" / "zenodo" / RID / "files"
    files.mkdir(parents=True)
    (files / "sub").symlink_to(outside, target_is_directory=True)
    record(server, RID, {"sub/bundle.zip": BUNDLE})
    with pytest.raises(RemoteDataError, match=r"sub/bundle.zip.*outside the cache; refused"):
        _load(box)
    assert list(outside.iterdir()) == []
    assert requests_to(server, "/content") == 0


def test_zip_member_named_with_dotdot_is_never_used(server, box):
    evil = _bundle({"../../data/funding.parquet": b"evil"})
    # the only funding member is the '..' one once the real ones are gone
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(evil)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            if not info.filename.endswith("/data/funding.parquet"):
                dst.writestr(info, src.read(info))
    record(server, RID, {"bundle.zip": buf.getvalue()})
    with pytest.raises(FileNotFoundError, match="record 777 has no funding.parquet"):
        _load(box)
    _no_leak(box)
    assert not (box.parent / "data").exists()


# -- time ----------------------------------------------------------------------------------------

# A deadline of DEADLINE s is enough: each server below would hold the load far longer (a trickle of the
# bundle takes hours and is cut at a minute, a hang a minute, dripped headers minutes, urllib3's backoffs
# on 503s 15 s), so a load that ends within BOUND s was ended by the deadline.
DEADLINE, BOUND = 1, 12


def trickle(body: bytes, delay: float = 0.05):
    """Headers at once, then the body a byte every `delay` s (for at most a minute, or until the client goes)."""
    def drip():
        end = time.monotonic() + 60
        for i in range(len(body)):
            if time.monotonic() > end:
                return
            time.sleep(delay)
            yield body[i:i + 1]
    return lambda: Response(drip(), headers={"Content-Length": str(len(body))}, content_type="application/zip")


class SlowServer:
    """A raw socket server, for what pytest-httpserver cannot do. Accepts connections one at a time; "drip" sends an answer's headers a byte every 0.05 s (they would
    take minutes), "hang" sends nothing. Each lets go of a connection when the client closes it or stop()."""

    HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + b"X-Padding: " + b"x" * 4000 + b"\r\n\r\n{}"

    def __init__(self, behaviour: str):
        self.behaviour, self.stopping = behaviour, threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.api = f"http://127.0.0.1:{self.sock.getsockname()[1]}/api"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            with conn:
                for i in range(len(self.HEAD) if self.behaviour == "drip" else 0):
                    if self.stopping.wait(0.05):
                        break
                    try:
                        conn.sendall(self.HEAD[i:i + 1])
                    except OSError:  # the client gave up, as it should
                        break
                self.stopping.wait(60 if self.behaviour == "hang" else 0)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(params=["hang", "drip"])
def slow_server(request, monkeypatch):
    """Zenodo's API on a raw socket server that never answers ("hang"), or sends headers a byte at a time."""
    srv = SlowServer(request.param)
    monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", srv.api)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", str(DEADLINE))
    yield srv
    srv.stop()


def test_trickling_download_fails_within_the_deadline(server, box, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", str(DEADLINE))
    record(server, RID, {"bundle.zip": BUNDLE})
    server.routes[content(RID, "bundle.zip")] = trickle(BUNDLE)
    start = time.monotonic()
    with pytest.raises(RemoteTimeoutError, match=rf"bundle.zip of Zenodo record 777 .*did not finish within {DEADLINE} s"):
        _load(box)
    assert time.monotonic() - start < BOUND
    _no_leak(box)
    assert _files(box / "cache") == []


def test_server_that_never_finishes_its_headers_fails_within_the_deadline(slow_server, box):
    start = time.monotonic()
    with pytest.raises(RemoteTimeoutError, match=rf"/records/{RID}.*did not finish within {DEADLINE} s"):
        _load(box)
    assert time.monotonic() - start < BOUND
    _no_leak(box)
    assert _files(box / "cache") == []


def test_long_retry_after_counts_against_the_deadline(server, box, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", "2")
    server.routes[f"/api/records/{RID}"] = raw_answer(b"{}", status=429, **{"Retry-After": "30"})
    start = time.monotonic()
    with pytest.raises(RemoteTimeoutError, match=r"asked to wait 30 s, which would pass the 2 s limit"):
        _load(box)
    assert time.monotonic() - start < BOUND  # it did not sleep 30 s first


def test_server_errors_forever_end_within_the_deadline(server, box, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", str(DEADLINE))
    server.routes[f"/api/records/{RID}"] = raw_answer(b"{}", status=503)
    start = time.monotonic()
    with pytest.raises(RemoteTimeoutError, match=rf"/records/{RID}.*did not finish within {DEADLINE} s"):
        _load(box)
    assert time.monotonic() - start < BOUND
    assert requests_to(server, f"/records/{RID}") >= 2  # it did retry, within the deadline


def test_missing_file_content_names_the_download_url(server, box):
    record(server, RID, {"bundle.zip": BUNDLE})
    server.routes[content(RID, "bundle.zip")] = raw_answer(b"gone", status=410)
    with pytest.raises(ConnectionError, match=r"could not download bundle.zip of Zenodo record 777 from http://127\.0\.0\.1"):
        _load(box)
    assert _files(box / "cache") == []


@pytest.mark.parametrize("value", ["soon", "-1", "0"])
def test_bad_deadline_setting_is_named(server, box, monkeypatch, value):
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", value)
    with pytest.raises(ValueError, match="UK_IRAQ_SECURITY_REMOTE_DEADLINE.*expected a positive number"):
        _load(box)


# -- the cache -----------------------------------------------------------------------------------

def test_good_record_loads_and_a_damaged_cached_table_is_fetched_again(server, box):
    record(server, RID, {"bundle.zip": BUNDLE})
    first = _load(box)
    table = box / "cache" / "zenodo" / RID / "data" / "funding.parquet"
    table.write_bytes(table.read_bytes()[:-10])  # truncated in the cache
    zipped = box / "cache" / "zenodo" / RID / "files" / "bundle.zip"
    zipped.unlink()
    again = _load(box)
    pd.testing.assert_frame_equal(first, again)
    assert requests_to(server, "/content") == 2  # the damaged entry was dropped, not kept
    assert hashlib.sha256(table.read_bytes()).hexdigest() == hashlib.sha256((ROOT / "data" / "funding.parquet").read_bytes()).hexdigest()
    _no_leak(box)


def test_cached_zip_with_a_corrupt_member_is_dropped_and_fetched_again(server, box):
    record(server, RID, {"bundle.zip": BUNDLE})
    zipped = box / "cache" / "zenodo" / RID / "files" / "bundle.zip"
    zipped.parent.mkdir(parents=True)
    data = bytearray(BUNDLE)
    with zipfile.ZipFile(io.BytesIO(BUNDLE)) as zf:
        info = zf.getinfo("uk-iraq-security-0/data/funding.parquet")
    at = info.header_offset + 30 + len(info.filename) + 5  # inside the compressed member data
    data[at] ^= 0xFF
    zipped.write_bytes(bytes(data))
    pd.testing.assert_frame_equal(_load(box), uis.load("funding"))
    assert requests_to(server, "/content") == 1
    assert zipped.read_bytes() == BUNDLE


def test_cached_table_replaced_by_a_folder_is_a_clear_error_and_left_alone(server, box):
    folder = box / "cache" / "zenodo" / RID / "data" / "funding.parquet"
    folder.mkdir(parents=True)
    (folder / "mine.txt").write_text("not yours", encoding="utf-8")
    with pytest.raises(CacheError, match=r"funding.parquet is a folder, where the cached table .* should be"):
        _load(box)
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "not yours"


def test_cached_zip_replaced_by_a_folder_is_a_clear_error(server, box):
    record(server, RID, {"bundle.zip": BUNDLE})
    folder = box / "cache" / "zenodo" / RID / "files" / "bundle.zip"
    folder.mkdir(parents=True)
    with pytest.raises(CacheError, match=r"bundle.zip is a folder"):
        _load(box)
    assert folder.is_dir()


def test_cache_under_a_file_is_a_clear_error(server, box):
    blocker = box / "cache" / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(CacheError, match=r"cache folder .*blocker/sub cannot be used: Not a directory.*data_home="):
        uis.load("funding", source="zenodo", record=RID, data_home=blocker / "sub")
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_cache_folder_is_a_clear_error(server, box):
    record(server, RID, {"bundle.zip": BUNDLE})
    (box / "cache").chmod(0o500)
    try:
        with pytest.raises(CacheError, match="cannot be used"):
            _load(box)
    finally:
        (box / "cache").chmod(0o700)


@pytest.mark.parametrize("home", ["", "   "])
def test_empty_data_home_is_refused(box, home):
    with pytest.raises(ValueError, match="data_home= is empty"):
        uis.load("funding", source="zenodo", record=RID, data_home=home)
    _no_leak(box)


# -- the Kaggle cache's faults are in test_remote_kaggle.py, beside its fixtures ----------------------


def test_gzip_encoded_answers_are_decoded_within_the_limits(server, box):
    import gzip
    import json

    record(server, RID, {"bundle.zip": BUNDLE})
    body = gzip.compress(json.dumps(server.listing(RID)).encode())
    server.routes[f"/api/records/{RID}"] = raw_answer(body, **{"Content-Encoding": "gzip"})
    pd.testing.assert_frame_equal(_load(box), uis.load("funding"))
    _no_leak(box)


# -- answers that would lead elsewhere, nest without end, or drip later in the load ---------------------

def test_deeply_nested_record_json_is_a_clear_error(server, box):
    server.routes[f"/api/records/{RID}"] = raw_answer(b"[" * 200_000 + b"]" * 200_000)
    with pytest.raises(RemoteDataError, match=rf"{server.api}/records/{RID} answered JSON nested too deeply to read"):
        _load(box)
    _no_leak(box)


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/bundle.zip", "javascript:alert(1)"])
@pytest.mark.parametrize("hop", ["record", "download"])
def test_redirect_to_another_scheme_is_refused(server, box, target, hop):
    record(server, RID, {"bundle.zip": BUNDLE})
    path = f"/api/records/{RID}" if hop == "record" else content(RID, "bundle.zip")
    server.routes[path] = Response(b"", 302, {"Location": target})
    with pytest.raises(RemoteDataError, match=rf"redirected to '{re.escape(target)}', which is not an http\(s\) URL; refused"):
        _load(box)
    _no_leak(box)
    assert _files(box / "cache") == []


@pytest.mark.parametrize("link", ["file:///etc/passwd", "ftp://127.0.0.1/x.zip", "//127.0.0.1/x.zip"])
def test_download_link_of_another_scheme_is_refused_without_fetching(server, box, link):
    record(server, RID, {"bundle.zip": BUNDLE}, **{"bundle.zip": {"links": {"content": link}}})
    with pytest.raises(RemoteDataError, match=r"file 1 of .*\(bundle.zip\): its download link .* is not an http\(s\) URL; refused"):
        _load(box)
    assert requests_to(server, "/content") == 0
    _no_leak(box)


@pytest.mark.parametrize("hop", ["redirect", "download"])
def test_headers_dripped_later_in_the_load_end_within_the_deadline(server, box, monkeypatch, hop):
    """The record answers at once; then a redirect, or the download, reaches a server that drips its headers."""
    monkeypatch.setenv("UK_IRAQ_SECURITY_REMOTE_DEADLINE", str(DEADLINE))
    slow = SlowServer("drip")
    try:
        if hop == "redirect":
            server.routes[f"/api/records/{RID}"] = Response(b"", 302, {"Location": f"{slow.api}/records/{RID}"})
        else:
            record(server, RID, {"bundle.zip": BUNDLE}, **{"bundle.zip": {"links": {"content": f"{slow.api}/bundle.zip"}}})
        start = time.monotonic()
        with pytest.raises(RemoteTimeoutError, match=rf"did not finish within {DEADLINE} s"):
            _load(box)
        assert time.monotonic() - start < BOUND
    finally:
        slow.stop()
    _no_leak(box)
    assert _files(box / "cache") == []
