"""Tables from a Zenodo record. The record's file list comes from the records API; pooch downloads each
file into the cache (a registry of Zenodo's md5 per file, a temporary file moved in only if it matches,
retries); each table must then match the sha256 in the installed datapackage.json. The tables are files
of their own or in a zip (the release bundle, or the archive Zenodo makes of a GitHub release). A table
cached and verified loads without the network.

What a server says is untrusted. Every bound is an environment variable:
    UK_IRAQ_SECURITY_ZENODO_API       API base, https://zenodo.org/api (another InvenioRDM, or a test server)
    UK_IRAQ_SECURITY_REMOTE_DEADLINE  seconds for one load, retries and waits included (600)
    UK_IRAQ_SECURITY_MAX_DOWNLOAD     bytes one download may have (1 GiB); a declared size binds too (+64 KiB)
    UK_IRAQ_SECURITY_MAX_TABLE        bytes a table may unzip to, if the manifest gives no size (256 MiB)
Cache: <data_home>/zenodo/<record>/files/<key> (downloads), .../data/<file> (verified tables).

pooch's DOIDownloader is not used: it resolves through doi.org, reads the record with an unbounded
requests.get().json(), has no size cap or overall deadline, and builds download URLs for zenodo.org only.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import tempfile
import threading
import time
import zipfile
import zlib
from pathlib import Path
from urllib.parse import quote, urljoin

from ..dataset_files import descriptor
from ..hashing import file_digest
from ..weblinks import web_url
from . import DEADLINE_ENV, MAX_DOWNLOAD_ENV, MAX_TABLE_ENV, setting, verify
from .errors import CacheError, ChecksumMismatchError, MissingExtraError, RemoteDataError, RemoteTimeoutError

API_ENV, DATA_HOME_ENV = "UK_IRAQ_SECURITY_ZENODO_API", "UK_IRAQ_SECURITY_DATA_HOME"
MAX_JSON, MARGIN, MAX_ENTRIES = 16 << 20, 64 << 10, 100_000  # an API answer; beyond a declared size; zip members
RETRIES, ATTEMPTS, MAX_RETRY_AFTER = 5, 3, 60  # per request (429/5xx); per download (pooch: a bad md5); seconds
# A record as given: its number, its DOI (bare, doi:, or a doi.org link) or a record URL; the whole text must be one
# of these (a search would take the digits of "zenodo.123x" or a record URL inside any text)
RECORD = re.compile(r"(\d{1,20})|(?:(?:https?://(?:dx\.)?doi\.org/|doi:)?10\.5281/zenodo\.(\d{1,20}))"
                    r"|(?:(?:https?://)?[^\s/?#]+(?:/api)?/records?/(\d{1,20})(?:[/?#]\S*)?)", re.IGNORECASE)
ADVICE = ("If record {record} is another version of the dataset than the installed uk-iraq-security {version}, load "
          "the record of version {version} or install the version of the record; otherwise the download was "
          "damaged: load again to download it afresh.")


def _imports():
    try:
        import pooch
        import requests
    except ImportError as e:
        raise MissingExtraError("source='zenodo'", "zenodo", e.name or "pooch") from e
    return pooch, requests


def record_id(record) -> str:
    """The numeric id of a record given as 1234567, "1234567", a DOI 10.5281/zenodo.1234567 or a record URL."""
    match = RECORD.fullmatch(str(record).strip())
    if isinstance(record, bool) or not match:
        raise ValueError(f"cannot read a Zenodo record id from {record!r:.120}; give e.g. 1234567, 10.5281/zenodo.1234567 "
                         "or https://zenodo.org/records/1234567")
    return next(group for group in match.groups() if group)


def _cache_file(folder: Path, rel: str, what: str, role: str) -> Path:
    """folder/rel, refused unless (symlinks resolved) it lies inside `folder`, and unless a folder is in the
    way of the file (`role` says which file)."""
    path = folder / rel
    if folder.resolve() not in path.resolve().parents:
        raise RemoteDataError(f"{what}: {rel!r} would be written to {path.resolve()}, outside the cache; refused")
    if path.is_dir() and not path.is_symlink():
        raise CacheError(f"{path} is a folder, where {role} should be; it was not written by uk-iraq-security: "
                         "remove it, or use another data_home=")
    return path


class Deadline:
    """One load's time limit. When it passes, a timer shuts the load's sockets, so that no read (not even of
    headers sent a byte at a time) outlasts it; `error` is the RemoteTimeoutError raised, for re-raising it
    from inside what requests wraps it in."""

    def __init__(self):
        self.seconds = setting(DEADLINE_ENV, 600.0)
        self.end = time.monotonic() + self.seconds
        self.error: RemoteTimeoutError | None = None
        self.what = "Zenodo"  # what urllib3 retries, for their error
        self.sockets: list[socket.socket] = []
        self.timer = threading.Timer(self.seconds, self.expire)
        self.timer.daemon = True

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()

    def expire(self):
        for sock in list(self.sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:  # already closed
                pass

    def watch(self, sock) -> None:
        self.sockets.append(sock)
        if time.monotonic() >= self.end:
            self.expire()

    def left(self) -> float:
        return self.end - time.monotonic()

    def check(self, what: str, wait: float = 0.0) -> float:
        """Seconds left; RemoteTimeoutError naming `what` once none are, or fewer than a `wait` would take."""
        if self.left() <= wait:
            self.fail(f"{what} did not finish within {self.seconds:g} s (${DEADLINE_ENV}); the server is too slow "
                      "or not answering: try again later, or raise the limit")
        return self.left()

    def fail(self, message: str):
        self.error = self.error or RemoteTimeoutError(message)
        raise self.error


def _session(deadline: Deadline):
    """requests session: urllib3 retries (429/5xx, Retry-After) within the deadline, sockets the deadline shuts."""
    _, requests = _imports()
    from requests.adapters import HTTPAdapter
    from urllib3 import HTTPConnectionPool, HTTPSConnectionPool
    from urllib3.util.retry import Retry

    from .. import __version__

    class DeadlineRetry(Retry):
        def increment(self, method=None, url=None, *args, **kwargs):
            deadline.what = f"Zenodo ({url or 'request'})"
            deadline.check(deadline.what)  # no retry once the deadline has passed
            return super().increment(method, url, *args, **kwargs)

        def get_retry_after(self, response):
            after = super().get_retry_after(response)
            if after is not None and min(after, MAX_RETRY_AFTER) >= deadline.left():
                deadline.fail(f"Zenodo: the server asked to wait {after:g} s, which would pass the {deadline.seconds:g} "
                              f"s limit (${DEADLINE_ENV}); try again later")
            return None if after is None else min(after, MAX_RETRY_AFTER)

        def get_backoff_time(self):
            backoff = super().get_backoff_time()
            deadline.check(deadline.what, backoff)  # a wait that would pass the deadline fails now
            return backoff

    def watched(pool):
        class Connection(pool.ConnectionCls):
            def connect(self):
                super().connect()
                deadline.watch(self.sock)
        return type(pool.__name__, (pool,), {"ConnectionCls": Connection})

    pools = {"http": watched(HTTPConnectionPool), "https": watched(HTTPSConnectionPool)}

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = pools

        def proxy_manager_for(self, *args, **kwargs):
            manager = super().proxy_manager_for(*args, **kwargs)
            manager.pool_classes_by_scheme = pools
            return manager

    def http_only(response, *args, **kwargs):  # a redirect to file:, ftp: ... is refused, not followed
        if response.is_redirect:
            target = urljoin(response.url, response.headers.get("Location", ""))
            if not web_url(target):
                raise RemoteDataError(f"{response.url} redirected to {target!r:.120}, which is not an http(s) URL; refused")
        return response

    retry = DeadlineRetry(total=RETRIES, connect=2, backoff_factor=0.5, status_forcelist=(429, 500, 502, 503, 504),
                          allowed_methods=frozenset({"GET"}), raise_on_status=False)
    session = requests.Session()
    session.hooks["response"].append(http_only)
    for scheme in ("http://", "https://"):
        session.mount(scheme, Adapter(max_retries=retry))
    homepage = descriptor().get("homepage", "")
    session.headers["User-Agent"] = f"uk-iraq-security/{__version__} (+{homepage}) python-requests/{requests.__version__}"
    return session


def _get(session, url: str, deadline: Deadline, what: str, limit: int, write, **kwargs):
    """GET `url`; a 2xx body goes to write() in blocks (decoded), at most `limit` bytes. Returns the response."""
    _, requests = _imports()
    left = deadline.check(what)
    try:
        with session.get(url, stream=True, timeout=(min(10.0, left), min(60.0, left)), **kwargs) as response:
            n = 0
            for block in response.iter_content(1 << 16) if response.ok else ():
                n += len(block)
                if n > limit:
                    raise RemoteDataError(f"{what} sent more than {limit} bytes, more than it declared or than is "
                                          "allowed; the download was stopped and nothing was kept")
                write(block)
            deadline.check(what)  # an answer cut short by the deadline's timer is not taken as complete
            return response
    except requests.RequestException as e:
        if deadline.error:
            raise deadline.error from None
        deadline.check(what)
        raise ConnectionError(f"cannot reach Zenodo at {url} ({e.__class__.__name__}); check the connection or try "
                              "again later. Tables loaded before are cached and load offline.") from None


def _safe_key(key, what: str) -> str:
    if (not isinstance(key, str) or not key or re.search(r"[\x00-\x1f\x7f\\:]", key) or key.startswith("/")
            or any(part in ("", ".", "..") for part in key.split("/"))):
        raise RemoteDataError(f"{what}: file key {key!r} is not a relative name without '..', '.', empty parts, "
                              "backslashes, colons or control characters; refused, as it could name a file outside "
                              "the cache")
    return key


def record_files(rid: str, session, deadline: Deadline) -> list[dict]:
    """The files of a record (key, size, checksum "md5:...", url) from <API>/records/<id>, each entry checked."""
    api = os.environ.get(API_ENV, "https://zenodo.org/api").rstrip("/")
    url = f"{api}/records/{rid}"
    parts: list[bytes] = []
    response = _get(session, url, deadline, f"the Zenodo record {url}", MAX_JSON, parts.append,
                    headers={"Accept": "application/json"})
    if response.status_code == 404:
        raise FileNotFoundError(f"Zenodo has no record {rid} ({url}); check the record id or DOI")
    if not response.ok:
        raise ConnectionError(f"Zenodo answered {response.status_code} for {url} after {RETRIES} retries; try again later")
    body, expected = b"".join(parts), "expected a Zenodo record: a JSON object with a 'files' list"
    try:
        doc = json.loads(body)
    except RecursionError:
        raise RemoteDataError(f"{url} answered JSON nested too deeply to read; {expected}") from None
    except ValueError:
        raise RemoteDataError(f"{url} answered {response.headers.get('Content-Type', 'no Content-Type')}, not JSON "
                              f"(it begins {body[:60]!r}); {expected} (is {api} a Zenodo API?); try again later") from None
    if not isinstance(doc, dict):
        raise RemoteDataError(f"{url} answered JSON of type {type(doc).__name__}; {expected}")
    if "files" not in doc:
        raise RemoteDataError(f"{url} answered a JSON object without 'files' (keys: {', '.join(sorted(doc)[:10])}); "
                              f"{expected}")
    files = doc["files"]
    if isinstance(files, dict):  # InvenioRDM's own serialization: {"enabled": ..., "entries": {key: {...}}}
        files = files.get("entries") or []
        files = list(files.values()) if isinstance(files, dict) else files
    if not isinstance(files, list):
        raise RemoteDataError(f"{url}: 'files' is {type(files).__name__}; {expected}")
    out = []
    for i, f in enumerate(files, 1):
        what = f"file {i} of {url}"
        if not isinstance(f, dict):
            raise RemoteDataError(f"{what} is {type(f).__name__}; expected an object with 'key' and 'links'")
        key = _safe_key(f.get("key") or f.get("filename"), what)
        links, checksum, size = f.get("links") or {}, f.get("checksum") or None, f.get("size")
        if not isinstance(links, dict):
            raise RemoteDataError(f"{what} ({key}): 'links' must be an object, not {type(links).__name__}")
        if isinstance(checksum, str) and ":" not in checksum:
            checksum = f"md5:{checksum}"
        if checksum is not None and not (isinstance(checksum, str) and re.fullmatch(r"md5:[0-9a-f]{32}", checksum)):
            raise RemoteDataError(f"{what} ({key}): checksum {checksum!r} is not an md5 ('md5:' and 32 hex digits)")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise RemoteDataError(f"{what} ({key}): size {size!r} is not a byte count")
        link = links.get("content") or next((v for v in links.values() if str(v).endswith("/content")), None)
        link = str(link) if link else f"{api}/records/{rid}/files/{quote(key)}/content"
        if not web_url(link):
            raise RemoteDataError(f"{what} ({key}): its download link {link!r:.120} is not an http(s) URL; refused")
        out.append({"key": key, "size": size, "checksum": checksum, "url": link})
    return out


class _Refused(Exception):
    """Carries an error pooch must not retry (it retries every ValueError, and RemoteDataError is one)."""


def _download(file: dict, folder: Path, rid: str, session, deadline: Deadline) -> Path:
    """folder/<key>, downloaded by pooch, kept only if Zenodo's md5 matches (ATTEMPTS tries)."""
    pooch, _ = _imports()
    what = f"{file['key']} of Zenodo record {rid}"
    _cache_file(folder, file["key"], what, f"the download {file['key']}")
    cap, size = int(setting(MAX_DOWNLOAD_ENV, 1 << 30)), file["size"]
    if size is not None and size > cap:
        raise RemoteDataError(f"{what} is {size} bytes, more than the {cap} allowed (${MAX_DOWNLOAD_ENV}); refused "
                              "without downloading")
    arrived = {}

    def download(url, output_file, _pooch):
        digest = hashlib.md5()
        with open(output_file, "wb") as out:
            try:
                response = _get(session, url, deadline, f"{what} ({url})", cap if size is None else min(size + MARGIN, cap),
                                lambda block: (out.write(block), digest.update(block)))
            except RemoteDataError as e:
                raise _Refused(e) from None
        if not response.ok:
            raise _Refused(ConnectionError(f"could not download {what} from {url}: the server answered "
                                           f"{response.status_code}; check the record, or try again later"))
        arrived["md5"] = digest.hexdigest()

    fetcher = pooch.create(path=folder, base_url="", registry={file["key"]: file["checksum"]},
                           urls={file["key"]: file["url"]}, retry_if_failed=ATTEMPTS - 1)
    try:
        return Path(fetcher.fetch(file["key"], downloader=download))
    except _Refused as e:
        raise e.args[0] from None
    except ValueError:  # pooch's hash check failed on every attempt
        algorithm, _, expected = file["checksum"].partition(":")
        raise ChecksumMismatchError(what, algorithm, expected, arrived.get("md5"), "Zenodo's checksum",
                                    f"The download was damaged {ATTEMPTS} times in a row: try again later.") from None


def _plain(name: str) -> bool:
    return not (name.startswith(("/", "\\")) or "\0" in name or ".." in name.replace("\\", "/").split("/"))


def _extract(archive: Path, resource: dict, target: Path, advice: str) -> Path | None:
    """The resource's file copied out of a cached zip to `target` in blocks, size-capped, and verified; None
    if the zip does not hold it, or is damaged (then it is dropped, to be downloaded afresh)."""
    limit = resource.get("bytes") or int(setting(MAX_TABLE_ENV, 256 << 20))
    rel, what, tmp = resource["path"], f"{resource['path']} in {archive}", None
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise RemoteDataError(f"{archive} lists {len(infos)} members, more than {MAX_ENTRIES}; not a dataset zip")
            found = [i for i in infos if _plain(i.filename) and (i.filename == rel or i.filename.endswith("/" + rel))]
            if not found:
                return None
            info = min(found, key=lambda i: i.filename.count("/"))
            if info.file_size > limit:
                raise RemoteDataError(f"{what} is {info.file_size} bytes unzipped, more than the {limit} expected; "
                                      "the zip was not kept")
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
            with zf.open(info) as src, os.fdopen(fd, "wb") as out:
                n = 0
                for block in iter(lambda: src.read(1 << 20), b""):  # the CRC is checked at the end
                    n += len(block)
                    if n > limit:
                        raise RemoteDataError(f"{what} unzips to more than {limit} bytes; the zip was not kept")
                    out.write(block)
        os.replace(verify(Path(tmp), resource, advice=advice), target)
        tmp = None
        return target
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        archive.unlink(missing_ok=True)
        return None
    except (RemoteDataError, ChecksumMismatchError):
        archive.unlink(missing_ok=True)  # it holds other data than this version's: keep nothing of it
        raise
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def fetch(resource: dict, record, *, data_home=None) -> Path:
    """Local path of a resource's file from Zenodo record `record`, downloaded once and verified."""
    pooch, _ = _imports()  # fail first, naming the extra, if pooch or requests is missing
    rid = record_id(record)
    if data_home is not None and not str(data_home).strip():
        raise ValueError("data_home= is empty; give the folder to cache downloads in, or leave it out")
    home = Path(data_home or os.environ.get(DATA_HOME_ENV) or pooch.os_cache("uk-iraq-security")).expanduser()
    deadline = Deadline()
    try:
        (home / "zenodo" / rid).mkdir(parents=True, exist_ok=True)
        return _fetch(resource, rid, home / "zenodo" / rid, deadline)
    except (PermissionError, IsADirectoryError, NotADirectoryError, FileExistsError) as e:
        raise CacheError(f"the cache folder {home} cannot be used: {e.strerror or e} ({e.filename}); make it "
                         f"writable and remove what is in the way, or pass data_home= (or set ${DATA_HOME_ENV}) to "
                         "another folder") from None


def _fetch(resource: dict, rid: str, folder: Path, deadline: Deadline) -> Path:
    from .. import __version__

    advice = ADVICE.format(record=rid, version=__version__)
    target = _cache_file(folder, resource["path"], "the cache", f"the cached table {resource['path']}")
    if (target.is_file() and target.stat().st_size == resource.get("bytes", target.stat().st_size)  # else not hashed
            and file_digest(target) == resource["hash"].rpartition(":")[2]):
        return target  # offline: the manifest's sha256 is enough to trust the cached copy
    target.unlink(missing_ok=True)  # damaged or from another version: fetched again
    for archive in sorted((folder / "files").rglob("*.zip")):  # keys may hold "/" (owner/repo-v1.zip)
        if archive.is_file() and _extract(archive, resource, target, advice):
            return target
    with deadline, _session(deadline) as session:
        files = record_files(rid, session, deadline)
        name = Path(resource["path"]).name
        for file in files:
            if file["key"] == name:
                return verify(_download(file, target.parent, rid, session, deadline), resource, advice=advice)
        for file in files:
            if file["key"].endswith(".zip"):
                if _extract(_download(file, folder / "files", rid, session, deadline), resource, target, advice):
                    return target
    raise FileNotFoundError(f"Zenodo record {rid} has no {name} and no zip holding {resource['path']} "
                            f"(its files: {', '.join(f['key'] for f in files) or 'none'}); check the record id")
