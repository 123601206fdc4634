"""Tables from a Zenodo record: list its files with the records API, download with pooch, verify twice.

A record holds the tables either as files of their own (`funding.parquet`) or inside a zip: the
release bundle, or the repository archive Zenodo's GitHub integration makes (`*/data/funding.parquet`).
Each download must match Zenodo's checksum (pooch checks it before the file enters the cache), and
each table must match the sha256 in the installed datapackage.json. Once a table is cached and
verified, loading it needs no network at all.

Cache layout under data_home: zenodo/<record>/files/<zip> (downloads as named on Zenodo) and
zenodo/<record>/data/<table>.<format> (verified tables).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import quote

from ..dataset_files import descriptor
from . import cache
from .errors import ChecksumMismatchError, MissingExtraError

API_ENV = "UK_IRAQ_SECURITY_ZENODO_API"
DEFAULT_API = "https://zenodo.org/api"
RETRY_STATUS = (429, 500, 502, 503, 504)
RETRIES = 5              # per request, for 429/5xx (urllib3 Retry)
CONNECT_RETRIES = 2      # fewer when the host cannot be reached at all: offline should fail fast
DOWNLOAD_ATTEMPTS = 3    # per file, for a checksum mismatch or an error left after RETRIES (pooch)
MAX_RETRY_AFTER = 60     # seconds: never sleep longer than this on a server's Retry-After
TIMEOUT = 60

ADVICE = ("If record {record} is another version of the dataset than the installed uk-iraq-security "
          "{version}, load the record of version {version} or install the version of the record; "
          "otherwise the download was damaged: load again to download it afresh.")


def _imports():
    try:
        import pooch
        import requests
        from urllib3.util.retry import Retry
    except ImportError as e:
        raise MissingExtraError("zenodo", "zenodo", e.name or "pooch") from e
    return pooch, requests, Retry


def api_url() -> str:
    """Base URL of the Zenodo API: $UK_IRAQ_SECURITY_ZENODO_API or https://zenodo.org/api."""
    return os.environ.get(API_ENV, DEFAULT_API).rstrip("/")


def record_id(record) -> str:
    """The numeric id of a record given as 1234567, "1234567", a DOI 10.5281/zenodo.1234567 or a record URL."""
    text = str(record).strip()
    match = re.fullmatch(r"\d+", text) or re.search(r"zenodo\.(\d+)$", text) or re.search(r"/records?/(\d+)", text)
    if not match:
        raise ValueError(f"cannot read a Zenodo record id from {record!r}; give e.g. 1234567 or 10.5281/zenodo.1234567")
    return match.group(1) if match.groups() else match.group(0)


def _session():
    pooch, requests, Retry = _imports()
    from .. import __version__

    class CappedRetry(Retry):
        def get_retry_after(self, response):
            after = super().get_retry_after(response)
            return None if after is None else min(after, MAX_RETRY_AFTER)

    retry = CappedRetry(total=RETRIES, connect=CONNECT_RETRIES, backoff_factor=0.5, status_forcelist=RETRY_STATUS,
                        allowed_methods=frozenset({"GET", "HEAD"}), respect_retry_after_header=True,
                        raise_on_status=False)
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(max_retries=retry))
    session.mount("https://", requests.adapters.HTTPAdapter(max_retries=retry))
    homepage = descriptor().get("homepage", "")
    session.headers["User-Agent"] = (f"uk-iraq-security/{__version__} (+{homepage}) "
                                     f"python-requests/{requests.__version__}")
    return session


class _Downloader:
    """pooch downloader through our session (retries, User-Agent) that remembers the md5 of what arrived."""

    def __init__(self, session):
        self.session = session
        self.md5: str | None = None

    def __call__(self, url: str, output_file, pooch_obj, check_only: bool = False):
        if check_only:
            return self.session.head(url, allow_redirects=True, timeout=TIMEOUT).ok
        digest = hashlib.md5()
        with self.session.get(url, stream=True, timeout=TIMEOUT) as response:
            response.raise_for_status()
            with open(output_file, "wb") as out:
                for chunk in response.iter_content(1 << 16):
                    out.write(chunk)
                    digest.update(chunk)
        self.md5 = digest.hexdigest()


def record_files(record: str, session) -> list[dict]:
    """The files of a record: key, size, checksum ("md5:...") and download URL, from /api/records/<id>."""
    _, requests, _ = _imports()
    url = f"{api_url()}/records/{record}"
    try:
        response = session.get(url, timeout=TIMEOUT, headers={"Accept": "application/json"})
    except requests.RequestException as e:
        raise ConnectionError(f"cannot reach Zenodo at {url} ({e.__class__.__name__}); check the connection. "
                              "Tables loaded before are cached and load offline.") from e
    if response.status_code == 404:
        raise FileNotFoundError(f"Zenodo has no record {record} ({url}); check the record id or DOI")
    if not response.ok:
        raise ConnectionError(f"Zenodo answered {response.status_code} for {url} after {RETRIES} retries; "
                              "try again later")
    files = response.json().get("files") or []
    if isinstance(files, dict):  # InvenioRDM's own serialization: {"entries": {key: {...}}}
        files = list((files.get("entries") or {}).values())
    out = []
    for f in files:
        key = f.get("key") or f.get("filename")
        links = f.get("links") or {}
        link = links.get("content") or next((v for v in links.values() if str(v).endswith("/content")), None)
        checksum = f.get("checksum") or None  # none given: pooch skips it, our sha256 check still applies
        if checksum and ":" not in checksum:
            checksum = f"md5:{checksum}"
        out.append({"key": key, "size": f.get("size"), "checksum": checksum,
                    "url": link or f"{api_url()}/records/{record}/files/{quote(key)}/content"})
    return out


def _download(file: dict, folder: Path, record: str, session) -> Path:
    """Download one record file into `folder` with pooch, which keeps it only if Zenodo's checksum matches."""
    pooch, requests, _ = _imports()
    fetcher = pooch.create(path=folder, base_url="", registry={file["key"]: file["checksum"]},
                           urls={file["key"]: file["url"]}, retry_if_failed=DOWNLOAD_ATTEMPTS - 1)
    downloader = _Downloader(session)
    try:
        return Path(fetcher.fetch(file["key"], downloader=downloader))
    except ValueError as e:
        if "hash" not in str(e):
            raise
        algorithm, _, expected = file["checksum"].partition(":")
        raise ChecksumMismatchError(
            f"{file['key']} of Zenodo record {record}", algorithm, expected,
            downloader.md5 if algorithm == "md5" else None, "Zenodo's checksum",
            f"The download was damaged {DOWNLOAD_ATTEMPTS} times in a row: try again later.") from e
    except requests.RequestException as e:
        raise ConnectionError(f"could not download {file['key']} of Zenodo record {record} from {file['url']}: {e}; "
                              "check the connection or try again later") from e


def _member(names: list[str], rel: str) -> str | None:
    found = [n for n in names if n == rel or n.endswith("/" + rel)]
    return min(found, key=lambda n: n.count("/")) if found else None


def _extract(archive: Path, resource: dict, target: Path, advice: str) -> Path | None:
    """Copy the resource's file out of a cached zip into `target` if it is there and verified."""
    try:
        with zipfile.ZipFile(archive) as zf:
            name = _member(zf.namelist(), resource["path"])
            data = None if name is None else zf.read(name)  # tables are small; read() checks the CRC
    except zipfile.BadZipFile:
        archive.unlink(missing_ok=True)  # damaged since it was verified: drop it, it is downloaded afresh
        return None
    if data is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    try:
        cache.verify(Path(tmp), resource, advice=advice)
    except ChecksumMismatchError:
        archive.unlink(missing_ok=True)  # it holds other data than this version's: keep nothing of it
        raise
    os.replace(tmp, target)
    return target


def fetch(resource: dict, record, *, data_home=None) -> Path:
    """Local path of a resource's file from Zenodo record `record`, downloaded once and verified."""
    from .. import __version__

    _imports()  # fail first, naming the extra, if pooch or requests is missing
    rid = record_id(record)
    folder = cache.data_home(data_home) / "zenodo" / rid
    target = folder / resource["path"]
    advice = ADVICE.format(record=rid, version=__version__)
    if cache.is_verified(target, resource):
        return target  # offline: the manifest's sha256 is enough to trust the cached copy
    target.unlink(missing_ok=True)
    for archive in sorted((folder / "files").rglob("*.zip")):  # keys may hold "/" (owner/repo-v1.zip)
        if _extract(archive, resource, target, advice):
            return target
    session = _session()
    files = record_files(rid, session)
    name = Path(resource["path"]).name
    for file in files:
        if file["key"] == name:
            return cache.verify(_download(file, target.parent, rid, session), resource, advice=advice)
    for file in files:
        if file["key"].endswith(".zip"):
            if _extract(_download(file, folder / "files", rid, session), resource, target, advice):
                return target
    raise FileNotFoundError(f"Zenodo record {rid} has no {name} and no zip holding {resource['path']} "
                            f"(its files: {', '.join(f['key'] for f in files) or 'none'}); check the record id")
