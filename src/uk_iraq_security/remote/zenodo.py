"""Tables from a Zenodo record: list its files with the records API, download with pooch, verify twice.

A record holds the tables either as files of their own (`funding.parquet`) or inside a zip: the
release bundle, or the repository archive Zenodo's GitHub integration makes (`*/data/funding.parquet`).
Each download must match Zenodo's checksum (pooch checks it before the file enters the cache), and
each table must match the sha256 in the installed datapackage.json. Once a table is cached and
verified, loading it needs no network at all.

Everything the server says is untrusted (remote.limits): file keys must be safe relative paths,
downloads stop at the declared size (plus a margin) and a cap, zip members are copied out in
blocks with a cap on their size, and the whole load has a deadline that retries and Retry-After
waits count against.

Cache layout under data_home: zenodo/<record>/files/<zip> (downloads as named on Zenodo) and
zenodo/<record>/data/<table>.<format> (verified tables).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
import zlib
from pathlib import Path
from urllib.parse import quote

from ..dataset_files import descriptor
from . import cache
from .errors import CacheError, ChecksumMismatchError, MissingExtraError, RemoteDataError, RemoteTimeoutError
from .limits import MAX_JSON, Deadline, inside, max_download, max_table, safe_relative, size_limit

API_ENV = "UK_IRAQ_SECURITY_ZENODO_API"
DEFAULT_API = "https://zenodo.org/api"
RETRY_STATUS = (429, 500, 502, 503, 504)
RETRIES = 5              # per request, for 429/5xx (urllib3 Retry)
CONNECT_RETRIES = 2      # fewer when the host cannot be reached at all: offline should fail fast
DOWNLOAD_ATTEMPTS = 3    # per file, for a checksum mismatch or an error left after RETRIES (pooch)
MAX_RETRY_AFTER = 60     # seconds: never sleep longer than this on a server's Retry-After
TIMEOUT = 60             # seconds per connect or read; the whole load is bounded by limits.Deadline
MAX_ENTRIES = 100_000    # members a zip may list

ADVICE = ("If record {record} is another version of the dataset than the installed uk-iraq-security "
          "{version}, load the record of version {version} or install the version of the record; "
          "otherwise the download was damaged: load again to download it afresh.")


def _imports():
    try:
        import pooch
        import requests
        from urllib3.util.retry import Retry
    except ImportError as e:
        raise MissingExtraError("source='zenodo'", "zenodo", e.name or "pooch") from e
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


def _session(deadline: Deadline):
    pooch, requests, Retry = _imports()
    from .. import __version__

    class DeadlineRetry(Retry):
        """urllib3 retries whose Retry-After and backoff waits must fit in the load's deadline."""

        def get_retry_after(self, response):
            after = super().get_retry_after(response)
            if after is None:
                return None
            after = min(after, MAX_RETRY_AFTER)
            if after >= deadline.remaining():
                deadline.sleep(after, "Zenodo")  # raises RemoteTimeoutError: the wait would pass the deadline
            return after

        def get_backoff_time(self):
            return max(0.0, min(super().get_backoff_time(), deadline.remaining() - 0.05))

        def increment(self, method=None, url=None, *args, **kwargs):
            deadline.check(f"Zenodo ({url or 'request'})")  # no retry starts once the deadline has passed
            return super().increment(method, url, *args, **kwargs)

    retry = DeadlineRetry(total=RETRIES, connect=CONNECT_RETRIES, backoff_factor=0.5, status_forcelist=RETRY_STATUS,
                          allowed_methods=frozenset({"GET", "HEAD"}), respect_retry_after_header=True,
                          raise_on_status=False)
    session = requests.Session()
    session.mount("http://", requests.adapters.HTTPAdapter(max_retries=retry))
    session.mount("https://", requests.adapters.HTTPAdapter(max_retries=retry))
    homepage = descriptor().get("homepage", "")
    session.headers["User-Agent"] = (f"uk-iraq-security/{__version__} (+{homepage}) "
                                     f"python-requests/{requests.__version__}")
    return session


def _raise_timeout_inside(e: BaseException) -> None:
    """requests wraps what urllib3's retries raise; a deadline that passed there is re-raised as itself."""
    seen = 0
    while e is not None and seen < 20:
        if isinstance(e, RemoteTimeoutError):
            raise e
        inner = [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]
        e = e.__cause__ or e.__context__ or getattr(e, "reason", None) or (inner[0] if inner else None)
        seen += 1


def _get(session, url: str, deadline: Deadline, what: str, **kwargs):
    """A streamed GET whose connect and read timeouts fit in what is left of the deadline."""
    left = deadline.check(what)
    timeout = min(TIMEOUT, left)
    return session.get(url, stream=True, timeout=(min(timeout, 10.0), timeout), **kwargs)


def _body(response, deadline: Deadline, limit: int, what: str, sink=None) -> bytes:
    """Read a streamed body in small reads, each checked against the deadline and the size limit.
    With `sink` (a callable), blocks go there and b"" is returned."""
    raw, parts, n = response.raw, [], 0
    while True:
        left = deadline.check(what)
        sock = getattr(getattr(raw, "connection", None), "sock", None)
        if sock is not None:  # no single read may outlast the deadline
            sock.settimeout(min(TIMEOUT, max(left, 0.01)))
        try:
            block = raw.read1(1 << 16, decode_content=True)
        except Exception as e:  # urllib3's ReadTimeoutError / ProtocolError: the connection stalled or broke
            if deadline.remaining() <= 0.05:
                deadline.check(what)
            raise ConnectionError(f"{what}: the connection broke off ({e.__class__.__name__}); try again later") from e
        if not block:
            return b"".join(parts)
        n += len(block)
        if n > limit:
            raise RemoteDataError(f"{what} sent more than {limit} bytes, more than it declared or than is allowed; "
                                  "the download was stopped and nothing was kept")
        if sink is None:
            parts.append(block)
        else:
            sink(block)


class _Downloader:
    """pooch downloader through our session (retries, User-Agent) with a size limit and the deadline;
    remembers the md5 of what arrived."""

    def __init__(self, session, deadline: Deadline, limit: int, what: str):
        self.session, self.deadline, self.limit, self.what = session, deadline, limit, what
        self.md5: str | None = None

    def __call__(self, url: str, output_file, pooch_obj, check_only: bool = False):
        if check_only:
            return self.session.head(url, allow_redirects=True, timeout=min(TIMEOUT, self.deadline.check(url))).ok
        digest = hashlib.md5()
        what = f"{self.what} ({url})"
        with _get(self.session, url, self.deadline, what) as response:
            response.raise_for_status()
            with open(output_file, "wb") as out:
                def sink(block):
                    out.write(block)
                    digest.update(block)
                _body(response, self.deadline, self.limit, what, sink)
        self.md5 = digest.hexdigest()


def _files_of(doc, url: str) -> list:
    """The `files` list of a record JSON, in either serialization, or RemoteDataError saying what was expected."""
    expected = "expected a Zenodo record: a JSON object with a 'files' list"
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
    return files


def record_files(record: str, session, deadline: Deadline | None = None) -> list[dict]:
    """The files of a record: key, size, checksum ("md5:...") and download URL, from /api/records/<id>."""
    _, requests, _ = _imports()
    deadline = deadline or Deadline()
    url = f"{api_url()}/records/{record}"
    try:
        with _get(session, url, deadline, f"the Zenodo record {url}", headers={"Accept": "application/json"}) as response:
            if response.status_code == 404:
                raise FileNotFoundError(f"Zenodo has no record {record} ({url}); check the record id or DOI")
            if not response.ok:
                raise ConnectionError(f"Zenodo answered {response.status_code} for {url} after {RETRIES} retries; "
                                      "try again later")
            body = _body(response, deadline, MAX_JSON, f"the Zenodo record {url}")
            kind = response.headers.get("Content-Type", "no Content-Type")
    except requests.RequestException as e:
        _raise_timeout_inside(e)
        raise ConnectionError(f"cannot reach Zenodo at {url} ({e.__class__.__name__}); check the connection. "
                              "Tables loaded before are cached and load offline.") from e
    try:
        doc = json.loads(body)
    except ValueError:
        raise RemoteDataError(f"{url} answered {kind}, not JSON (it begins {body[:60]!r}); expected a Zenodo record "
                              f"(is {api_url()} a Zenodo API? a maintenance page?); try again later") from None
    out = []
    for i, f in enumerate(_files_of(doc, url)):
        what = f"file {i + 1} of {url}"
        if not isinstance(f, dict):
            raise RemoteDataError(f"{what} is {type(f).__name__}; expected an object with 'key' and 'links'")
        key = safe_relative(f.get("key") or f.get("filename"), what=what)
        links = f.get("links") or {}
        checksum = f.get("checksum") or None  # none given: pooch skips it, our sha256 check still applies
        if not isinstance(links, dict) or not (checksum is None or isinstance(checksum, str)):
            raise RemoteDataError(f"{what} ({key}): 'links' must be an object and 'checksum' a string")
        link = links.get("content") or next((v for v in links.values() if str(v).endswith("/content")), None)
        if checksum and ":" not in checksum:
            checksum = f"md5:{checksum}"
        if checksum and not re.fullmatch(r"md5:[0-9a-f]{32}", checksum):
            raise RemoteDataError(f"{what} ({key}): checksum {checksum!r} is not an md5 ('md5:' and 32 hex digits)")
        size = f.get("size")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise RemoteDataError(f"{what} ({key}): size {size!r} is not a byte count")
        out.append({"key": key, "size": size, "checksum": checksum,
                    "url": str(link) if link else f"{api_url()}/records/{record}/files/{quote(key)}/content"})
    return out


def _download(file: dict, folder: Path, record: str, session, deadline: Deadline) -> Path:
    """Download one record file into `folder` with pooch, which keeps it only if Zenodo's checksum matches.
    A damaged download is tried DOWNLOAD_ATTEMPTS times, the waits between them within the deadline."""
    pooch, requests, _ = _imports()
    what = f"{file['key']} of Zenodo record {record}"
    dest = inside(folder, file["key"], what=what)
    if dest.is_dir() and not dest.is_symlink():
        raise CacheError(f"{dest} is a folder, where the download {file['key']} should be cached; it was not "
                         "written by uk-iraq-security: remove it, or use another data_home=")
    limit = size_limit(file["size"], cap=max_download(), what=what)
    fetcher = pooch.create(path=folder, base_url="", registry={file["key"]: file["checksum"]},
                           urls={file["key"]: file["url"]}, retry_if_failed=0)
    for attempt in range(1, DOWNLOAD_ATTEMPTS + 1):
        downloader = _Downloader(session, deadline, limit, what)
        try:
            return Path(fetcher.fetch(file["key"], downloader=downloader))
        except RemoteDataError:
            raise
        except ValueError as e:
            if "hash" not in str(e):
                raise
            algorithm, _, expected = file["checksum"].partition(":")
            error = ChecksumMismatchError(
                what, algorithm, expected, downloader.md5 if algorithm == "md5" else None, "Zenodo's checksum",
                f"The download was damaged {attempt} time(s) in a row: try again later.")
            cause = e
        except requests.RequestException as e:
            _raise_timeout_inside(e)
            error = ConnectionError(f"could not download {what} from {file['url']}: {e}; "
                                    "check the connection or try again later")
            cause = e
            status = getattr(getattr(e, "response", None), "status_code", None)
            if status is not None and status < 500:  # 404, 410, 403: asking again will not help
                raise error from e
        if attempt == DOWNLOAD_ATTEMPTS or deadline.remaining() <= attempt:
            raise error from cause  # no attempt left, or no time for the wait before the next one
        deadline.sleep(attempt, what)
    raise AssertionError("unreachable")  # pragma: no cover


def _plain_member(name: str) -> bool:
    """A member name we may match on: relative, without '..' or NUL."""
    return not (name.startswith(("/", "\\")) or "\0" in name or ".." in name.split("/"))


def _member(names: list[str], rel: str) -> str | None:
    found = [n for n in names if _plain_member(n) and (n == rel or n.endswith("/" + rel))]
    return min(found, key=lambda n: n.count("/")) if found else None


def _extract(archive: Path, resource: dict, target: Path, advice: str) -> Path | None:
    """Copy the resource's file out of a cached zip into `target` if it is there and verified.
    The member is copied in blocks, stopped at the table's size (its `bytes`, else the cap)."""
    if not archive.is_file():
        return None
    limit = resource.get("bytes") or max_table()
    what = f"{resource['path']} in {archive}"
    tmp = None
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise RemoteDataError(f"{archive} lists {len(infos)} members, more than {MAX_ENTRIES}; not a dataset zip")
            name = _member([i.filename for i in infos], resource["path"])
            if name is None:
                return None
            info = zf.getinfo(name)
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
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        archive.unlink(missing_ok=True)  # damaged since it was verified: drop it, it is downloaded afresh
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        return None
    except RemoteDataError:
        archive.unlink(missing_ok=True)
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise
    try:
        cache.verify(Path(tmp), resource, advice=advice)
    except ChecksumMismatchError:
        archive.unlink(missing_ok=True)  # it holds other data than this version's: keep nothing of it
        raise
    os.replace(tmp, target)
    return target


def fetch(resource: dict, record, *, data_home=None) -> Path:
    """Local path of a resource's file from Zenodo record `record`, downloaded once and verified."""
    _imports()  # fail first, naming the extra, if pooch or requests is missing
    rid = record_id(record)
    home = cache.data_home(data_home)
    try:
        return _fetch(resource, rid, home / "zenodo" / rid, Deadline())
    except (RemoteDataError, RemoteTimeoutError, CacheError):
        raise
    except (PermissionError, IsADirectoryError, NotADirectoryError, FileExistsError) as e:
        raise CacheError(f"the cache folder {home} cannot be used: {e.strerror} ({e.filename}); make it writable "
                         "and remove what is in the way, or pass data_home= (or set "
                         f"${cache.DATA_HOME_ENV}) to another folder") from e


def _fetch(resource: dict, rid: str, folder: Path, deadline: Deadline) -> Path:
    from .. import __version__

    target = folder / resource["path"]
    advice = ADVICE.format(record=rid, version=__version__)
    if target.is_dir() and not target.is_symlink():
        raise CacheError(f"{target} is a folder, where the cached table {resource['path']} should be; "
                         "it was not written by uk-iraq-security: remove it, or use another data_home=")
    if cache.is_verified(target, resource):
        return target  # offline: the manifest's sha256 is enough to trust the cached copy
    target.unlink(missing_ok=True)  # damaged or from another version: dropped, fetched again
    for archive in sorted((folder / "files").rglob("*.zip")):  # keys may hold "/" (owner/repo-v1.zip)
        if _extract(archive, resource, target, advice):
            return target
    session = _session(deadline)
    files = record_files(rid, session, deadline)
    name = Path(resource["path"]).name
    for file in files:
        if file["key"] == name:
            return cache.verify(_download(file, target.parent, rid, session, deadline), resource, advice=advice)
    for file in files:
        if file["key"].endswith(".zip"):
            if _extract(_download(file, folder / "files", rid, session, deadline), resource, target, advice):
                return target
    raise FileNotFoundError(f"Zenodo record {rid} has no {name} and no zip holding {resource['path']} "
                            f"(its files: {', '.join(f['key'] for f in files) or 'none'}); check the record id")
