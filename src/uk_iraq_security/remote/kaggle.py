"""Tables from a Kaggle dataset version through kagglehub, re-verified against the installed manifest.

The Kaggle dataset is the flat folder the release writes (dist/kaggle/): `<table>.csv` and
`<table>.parquet` side by side. kagglehub serves a versioned handle (`owner/slug/versions/N`) from its
cache ($KAGGLEHUB_CACHE, default ~/.cache/kagglehub) without the network once downloaded.

What kagglehub does over the network it does with its own requests and timeouts (seconds between two bytes,
none for a whole answer), so a download runs in a child process, killed when the load's deadline passes
($UK_IRAQ_SECURITY_REMOTE_DEADLINE), where no file it writes may grow past $UK_IRAQ_SECURITY_MAX_DOWNLOAD
bytes (on POSIX). A table is then read from the version's folder only if it is a file inside that folder
(symlinks resolved) no larger than the manifest's size, before its sha256 is computed.
"""

from __future__ import annotations

import errno
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from ..dataset_paths import inside
from ..errors import DatasetFolderError
from . import DEADLINE_ENV, MANIFEST, MAX_DOWNLOAD_ENV, setting, verify
from .errors import CacheError, ChecksumMismatchError, MissingExtraError, RemoteDataError, RemoteTimeoutError

ADVICE = ("If {handle} is another version of the dataset than the installed uk-iraq-security {version}, "
          "pass the handle of the Kaggle version that matches it; otherwise load again to download it afresh.")
# Kaggle's owner and dataset slugs; nothing that kagglehub would join into a cache path as "..", "/" or "\\"
HANDLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9_-]*(?:/versions/[1-9][0-9]{0,8})?")

# The child: kagglehub.dataset_download(handle), with no file larger than the cap; its result or error goes to
# a file (its standard output and error are the caller's, where kagglehub shows its progress as it would in-process)
CHILD = r"""
import json, sys
try:
    import resource, signal
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG instead of killing
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    cap = int(sys.argv[2]) if hard == resource.RLIM_INFINITY else min(int(sys.argv[2]), hard)
    resource.setrlimit(resource.RLIMIT_FSIZE, (cap, hard))
except (ImportError, AttributeError, ValueError, OSError):
    pass  # Windows: no per-file cap
try:
    import kagglehub
    result = {"path": kagglehub.dataset_download(sys.argv[1])}
except Exception as e:  # handed to the parent, which raises its own error
    result = {"kinds": [c.__name__ for c in type(e).__mro__], "message": str(e)[:1000],
              "errno": getattr(e, "errno", None), "strerror": getattr(e, "strerror", None),
              "filename": str(getattr(e, "filename", None) or "")}
with open(sys.argv[3], "w", encoding="utf-8") as out:
    json.dump(result, out)
"""


def _cached(handle: str) -> Path | None:
    """The folder of a versioned handle kagglehub has completely downloaded (what it would serve offline), or None."""
    from kagglehub.cache import Cache
    from kagglehub.handle import parse_dataset_handle

    parsed = parse_dataset_handle(handle)
    found = Cache().load_from_cache(parsed) if parsed.is_versioned() else None
    return Path(found) if found else None


def _download(handle: str) -> Path:
    """kagglehub.dataset_download(handle) in a child process bounded in time and file size; its errors as ours."""
    seconds, cap = setting(DEADLINE_ENV, 600.0), int(setting(MAX_DOWNLOAD_ENV, 1 << 30))
    with tempfile.TemporaryDirectory(prefix="uk-iraq-security-kaggle-") as tmp:
        answer = Path(tmp) / "result.json"
        try:
            done = subprocess.run([sys.executable, "-c", CHILD, handle, str(cap), str(answer)], stdin=subprocess.DEVNULL,
                                  timeout=seconds)
        except subprocess.TimeoutExpired:
            raise RemoteTimeoutError(f"Kaggle dataset {handle} did not download within {seconds:g} s (${DEADLINE_ENV}); "
                                     "the download was stopped: try again later, or raise the limit") from None
        try:
            result = json.loads(answer.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            result = None
    if not isinstance(result, dict):
        raise RemoteDataError(f"kagglehub stopped without a result for Kaggle dataset {handle} (exit status "
                              f"{done.returncode}); its messages above say why")
    if isinstance(result.get("path"), str):
        return Path(result["path"])
    kinds, message = set(result.get("kinds") or ()), f"{result.get('message')}"
    if result.get("errno") == errno.EFBIG:
        raise RemoteDataError(f"Kaggle dataset {handle} holds a file larger than the {cap} bytes allowed "
                              f"(${MAX_DOWNLOAD_ENV}); the download was stopped")
    if kinds & {"PermissionError", "NotADirectoryError", "IsADirectoryError", "FileExistsError"}:
        raise CacheError(f"kagglehub's cache cannot be used for {handle}: {result.get('strerror') or message} "
                         f"({result.get('filename')}); make it writable, or set KAGGLEHUB_CACHE to another folder")
    if "NotFoundError" in kinds or re.search(r"\b404\b", message):
        raise FileNotFoundError(f"Kaggle has no dataset {handle} ({message[:200]}); check the handle")
    if kinds & {"ConnectionError", "Timeout", "RequestException"}:
        raise ConnectionError(f"cannot reach Kaggle for {handle} ({message[:200]}); check the connection or try again "
                              "later. Versions downloaded before load offline.")
    raise RemoteDataError(f"kagglehub could not download Kaggle dataset {handle}: {message[:300]}")


def _table_file(folder: Path, resource: dict, handle: str, advice: str) -> Path:
    """The table's file in the version's folder: a file inside it, never a link out of it, no larger than the manifest says."""
    name = Path(resource["path"]).name  # a flat folder: data/funding.csv -> funding.csv
    try:
        path = inside(folder, name, f"the table {name} of Kaggle dataset {handle}")
    except DatasetFolderError as e:
        raise RemoteDataError(f"{e}; remove {folder} so that kagglehub downloads it afresh") from None
    if path.is_dir():
        raise CacheError(f"{path} is a folder, where the table {path.name} of Kaggle dataset {handle} should be; "
                         "remove it (or the whole version folder) so that kagglehub downloads it afresh")
    if not path.is_file():
        raise FileNotFoundError(f"Kaggle dataset {handle} has no {path.name} (in {folder}); "
                                "check the handle names this dataset")
    limit, size = resource.get("bytes") or int(setting(MAX_DOWNLOAD_ENV, 1 << 30)), path.stat().st_size
    if size > limit:  # larger than the manifest's file: not hashed (a smaller one hashes fast, and fails)
        raise ChecksumMismatchError(resource["path"], "size", f"{limit} bytes", f"{size} bytes", MANIFEST, advice)
    return path


def fetch(resource: dict, handle: str) -> Path:
    """Local path of a resource's file from Kaggle dataset `handle`, verified against the manifest."""
    if not isinstance(handle, str) or not HANDLE.fullmatch(handle):
        raise ValueError(f"handle={handle!r:.120} is not a Kaggle dataset handle: expected '<owner>/<slug>/versions/<N>' "
                         "(letters, digits, '-' and '_')")
    try:
        import kagglehub  # noqa: F401  # fail first, naming the extra, if it is missing
    except ImportError as e:
        raise MissingExtraError("source='kaggle'", "kaggle", e.name or "kagglehub") from e
    from .. import __version__

    advice = ADVICE.format(handle=handle, version=__version__)
    folder = _cached(handle) or _download(handle)
    try:
        return verify(_table_file(folder, resource, handle, advice), resource, advice=advice)
    except ChecksumMismatchError:
        # the rest of that version cannot be trusted either: drop it and its completion marker, so the
        # next load downloads it afresh instead of kagglehub serving the damaged copy
        from kagglehub.cache import delete_from_cache
        from kagglehub.handle import parse_dataset_handle

        try:
            delete_from_cache(parse_dataset_handle(handle))
        except OSError as e:
            raise CacheError(f"the Kaggle version in {folder} is damaged and kagglehub's cache could not drop it "
                             f"({e.strerror}: {e.filename}); remove {folder} by hand") from e
        raise
