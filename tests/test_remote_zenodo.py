"""load(source="zenodo") against pytest-httpserver shaped like Zenodo's records API, serving the dataset
zip as the release lays it out: every table, checksum failures, 429 retries, and offline reuse."""

from __future__ import annotations

import hashlib
import io
import json
import re
import socket
import sys
import time
import zipfile

import pandas as pd
import pytest

import uk_iraq_security as uis
from conftest import ROOT
from uk_iraq_security.remote.zenodo import ATTEMPTS, record_id
from zenodo_server import Zenodo, damaged

RID = "1234567"
V = uis.__version__
BUNDLE = f"uk-iraq-security-{V}-dataset.zip"


@pytest.fixture(scope="module")
def bundle_bytes() -> bytes:
    """The dataset zip with the members the release writes (uis_build.release.bundle), made from the checkout."""
    from uis_build.release.bundle import bundle_members

    pkg = json.loads((ROOT / "datapackage.json").read_text(encoding="utf-8"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in bundle_members(pkg, ROOT, {}, f"uk-iraq-security-{V}/").items():
            zf.writestr(name, data)
    return buf.getvalue()


def closed_port_api() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/api"


@pytest.fixture
def zenodo(httpserver, monkeypatch, bundle_bytes):
    server = Zenodo(httpserver)
    server.add_record(RID, {BUNDLE: bundle_bytes})
    monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", server.api)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    return server


class FakeClock:
    """Stands in for the ``time`` module of urllib3's and pooch's retry code: waits are recorded, not slept."""

    def __init__(self):
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def __getattr__(self, name):
        return getattr(time, name)


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    import pooch.core
    import urllib3.util.retry

    fake = FakeClock()
    for module in (urllib3.util.retry, pooch.core):
        monkeypatch.setattr(module, "time", fake)
    return fake


def _cached_files(home):
    return sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())


def test_every_table_loads_from_zenodo_with_the_schema_dtypes(zenodo, tmp_path):
    for table in uis.tables():
        for fmt in ("parquet", "csv"):
            remote = uis.load(table, format=fmt, source="zenodo", record=RID, data_home=tmp_path)
            pd.testing.assert_frame_equal(remote, uis.load(table, format=fmt), check_exact=True)
    # one look at the record and one download of the zip served every table
    assert zenodo.served(f"/api/records/{RID}") == [200, 200]
    assert zenodo.served("/content") == [200]
    assert all(r.headers["User-Agent"].startswith(f"uk-iraq-security/{V} ") for r, _ in zenodo.http.log)
    assert f"zenodo/{RID}/files/{BUNDLE}" in _cached_files(tmp_path)


def test_second_load_works_with_the_server_gone(zenodo, tmp_path, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_DATA_HOME", str(tmp_path))  # the cache folder from the environment
    first = uis.load("statistics", source="zenodo", record=f"10.5281/zenodo.{RID}")
    monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", closed_port_api())
    again = uis.load("statistics", source="zenodo", record=RID)
    pd.testing.assert_frame_equal(again, first)
    # a table not loaded before comes out of the cached zip, also without the network
    pd.testing.assert_frame_equal(uis.load("funding", format="csv", source="zenodo", record=RID), uis.load("funding"))
    assert list(uis.load(source="zenodo", record=RID)) == uis.tables()  # every table, offline
    assert len(zenodo.http.log) == 2


def test_damaged_download_is_rejected_and_not_cached(zenodo, tmp_path, bundle_bytes, clock):
    zenodo.corrupt.add(BUNDLE)
    with pytest.raises(uis.ChecksumMismatchError) as info:
        uis.load("funding", source="zenodo", record=RID, data_home=tmp_path)
    message = str(info.value)
    assert BUNDLE in message and f"record {RID}" in message
    assert hashlib.md5(bundle_bytes).hexdigest() in message            # what Zenodo says
    assert hashlib.md5(damaged(bundle_bytes)).hexdigest() in message   # what arrived
    assert "not kept in the cache" in message and "try again" in message
    assert zenodo.served("/content") == [200] * ATTEMPTS               # pooch retried before giving up
    assert clock.waits == [1, 2]                                        # pooch waited 1 s, then 2 s
    assert _cached_files(tmp_path) == []
    zenodo.corrupt.clear()  # once the record serves good bytes, the same cache works
    pd.testing.assert_frame_equal(uis.load("funding", source="zenodo", record=RID, data_home=tmp_path),
                                  uis.load("funding"))


def _swap_member(zip_bytes: bytes, suffix: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, data if info.filename.endswith(suffix) else src.read(info))
    return out.getvalue()


def test_damaged_cached_zip_is_downloaded_afresh(zenodo, tmp_path):
    uis.load("funding", source="zenodo", record=RID, data_home=tmp_path)
    cached = tmp_path / "zenodo" / RID / "files" / BUNDLE
    cached.write_bytes(cached.read_bytes()[:1000])  # truncated: no longer a zip
    pd.testing.assert_frame_equal(uis.load("officials", source="zenodo", record=RID, data_home=tmp_path),
                                  uis.load("officials"))
    assert zenodo.served("/content") == [200, 200]
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith((".part-", "tmp"))]


def test_record_with_other_data_fails_the_manifest_sha256(zenodo, tmp_path, bundle_bytes):
    # Zenodo's md5 matches (the record really holds this zip), but its funding table is not ours
    other = (ROOT / "data" / "officials.parquet").read_bytes()
    zenodo.add_record(RID, {BUNDLE: _swap_member(bundle_bytes, "data/funding.parquet", other)})
    with pytest.raises(uis.ChecksumMismatchError) as info:
        uis.load("funding", source="zenodo", record=RID, data_home=tmp_path)
    message = str(info.value)
    assert message.startswith("data/funding.parquet: sha256 is " + hashlib.sha256(other).hexdigest())
    assert hashlib.sha256((ROOT / "data" / "funding.parquet").read_bytes()).hexdigest() in message
    assert "datapackage.json of the installed uk-iraq-security" in message
    assert f"load the record of version {V}" in message
    assert _cached_files(tmp_path) == []  # neither the table nor the zip it came from is kept


def test_429_then_success_is_retried_after_retry_after(zenodo, tmp_path, clock):
    zenodo.throttle[f"/api/records/{RID}"] = 1
    zenodo.throttle[f"/api/records/{RID}/files/{BUNDLE}/content"] = 1
    df = uis.load("officials", source="zenodo", record=RID, data_home=tmp_path)
    assert clock.waits == [1, 1]  # waited Retry-After: 1 twice (on a fake clock: the waits, not the time)
    pd.testing.assert_frame_equal(df, uis.load("officials"))
    assert zenodo.served(f"/api/records/{RID}") == [429, 200, 429, 200]  # the record, then its file


def test_record_holding_the_tables_as_separate_files(zenodo, tmp_path):
    zenodo.add_record("42", {p.name: p.read_bytes() for p in (ROOT / "data").glob("*.csv")})
    df = uis.load("agreements", format="csv", source="zenodo", record=42, data_home=tmp_path)
    pd.testing.assert_frame_equal(df, uis.load("agreements"))
    assert _cached_files(tmp_path) == ["zenodo/42/data/agreements.csv"]


def test_record_holding_a_github_repository_archive(zenodo, tmp_path, monkeypatch):
    # what Zenodo's GitHub integration archives: the tagged repository as one zip under a top folder
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("uk-iraq-security-uk-iraq-security-1a2b3c4/README.md", "readme")
        zf.writestr("uk-iraq-security-uk-iraq-security-1a2b3c4/src/uk_iraq_security/__init__.py", "")
        for path in sorted((ROOT / "data").iterdir()):
            zf.writestr(f"uk-iraq-security-uk-iraq-security-1a2b3c4/data/{path.name}", path.read_bytes())
    zenodo.add_record("44", {"uk-iraq-security/uk-iraq-security-v0.1.0.zip": buf.getvalue()})
    pd.testing.assert_frame_equal(uis.load("sources", source="zenodo", record=44, data_home=tmp_path),
                                  uis.load("sources"))
    monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", closed_port_api())  # the zip is cached under its key's
    pd.testing.assert_frame_equal(uis.load("funding", source="zenodo", record=44, data_home=tmp_path),  # folders
                                  uis.load("funding"))


def test_unknown_record_and_missing_table_say_what_to_check(zenodo, tmp_path):
    with pytest.raises(FileNotFoundError, match="Zenodo has no record 999"):
        uis.load("funding", source="zenodo", record=999, data_home=tmp_path)
    zenodo.add_record("43", {"notes.txt": b"nothing here"})
    with pytest.raises(FileNotFoundError, match=r"record 43 has no funding.parquet .*notes.txt"):
        uis.load("funding", source="zenodo", record=43, data_home=tmp_path)
    with pytest.raises(ValueError, match="needs record="):
        uis.load("funding", source="zenodo")


def test_unreachable_zenodo_fails_fast_and_clearly(zenodo, tmp_path, clock, monkeypatch):
    monkeypatch.setenv("UK_IRAQ_SECURITY_ZENODO_API", closed_port_api())
    start = time.monotonic()
    with pytest.raises(ConnectionError, match=r"cannot reach Zenodo at .*/records/1234567.*load offline"):
        uis.load("funding", source="zenodo", record=RID, data_home=tmp_path)
    # two connect retries, the first at once, then urllib3's backoff: 1 s in all, on the fake clock
    assert clock.waits == [1.0]
    assert time.monotonic() - start < 20


@pytest.mark.parametrize("given", [1234567, "1234567", "10.5281/zenodo.1234567", "https://doi.org/10.5281/zenodo.1234567",
                                   "https://zenodo.org/records/1234567", "https://zenodo.org/record/1234567"])
def test_record_id_forms(given):
    assert record_id(given) == "1234567"


def test_missing_zenodo_extra_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pooch", None)  # what `import pooch` meets without the extra
    with pytest.raises(ImportError, match=re.escape("pip install 'uk-iraq-security[zenodo]'")):
        uis.load("funding", source="zenodo", record=1)
