"""What a remote answer may cost: an overall deadline per load, size caps, and file names that stay
inside the cache. Everything a server says is untrusted; each limit is an environment variable so a
slow link (or a test) can change it.

    UK_IRAQ_SECURITY_REMOTE_DEADLINE   seconds for one remote load, retries and Retry-After waits included (600)
    UK_IRAQ_SECURITY_MAX_DOWNLOAD      bytes one downloaded file may have at most (1 GiB)
    UK_IRAQ_SECURITY_MAX_TABLE         bytes one table may have once unzipped (256 MiB)
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path, PurePosixPath

from .errors import RemoteDataError, RemoteTimeoutError

DEADLINE_ENV = "UK_IRAQ_SECURITY_REMOTE_DEADLINE"
MAX_DOWNLOAD_ENV = "UK_IRAQ_SECURITY_MAX_DOWNLOAD"
MAX_TABLE_ENV = "UK_IRAQ_SECURITY_MAX_TABLE"
DEADLINE = 600.0
MAX_DOWNLOAD = 1 << 30
MAX_TABLE = 256 << 20
MAX_JSON = 16 << 20      # an API answer larger than this is not a records listing
SIZE_MARGIN = 64 << 10   # bytes beyond the declared size before a download is cut off


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"${name} is {raw!r}; expected a positive number") from None
    if value <= 0:
        raise ValueError(f"${name} is {raw!r}; expected a positive number")
    return value


def max_download() -> int:
    return int(_env_number(MAX_DOWNLOAD_ENV, MAX_DOWNLOAD))


def max_table() -> int:
    return int(_env_number(MAX_TABLE_ENV, MAX_TABLE))


class Deadline:
    """The time one remote load may take, from its start."""

    def __init__(self, seconds: float | None = None):
        self.seconds = _env_number(DEADLINE_ENV, DEADLINE) if seconds is None else seconds
        self.end = time.monotonic() + self.seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def check(self, what: str) -> float:
        """Seconds left; raises RemoteTimeoutError naming `what` once none are."""
        left = self.remaining()
        if left <= 0:
            raise RemoteTimeoutError(f"{what} did not finish within {self.seconds:g} s (${DEADLINE_ENV}); "
                                     "the server is too slow or not answering: try again later, or raise the limit")
        return left

    def sleep(self, seconds: float, what: str) -> None:
        """Wait `seconds` (a backoff or Retry-After) if the deadline allows it, else fail now."""
        if seconds >= self.remaining():
            raise RemoteTimeoutError(f"{what}: the server asked to wait {seconds:g} s, which would pass the "
                                     f"{self.seconds:g} s limit (${DEADLINE_ENV}); try again later")
        time.sleep(max(seconds, 0))


_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\:]")


def safe_relative(key: object, *, what: str) -> str:
    """`key` as a relative path that stays inside the folder it is joined to, or RemoteDataError.

    Keys may hold "/" (a GitHub archive: owner/repo-v1.zip); absolute paths, "..", ".", empty parts,
    NUL and other control characters, backslashes and drive colons are refused."""
    if not isinstance(key, str) or not key:
        raise RemoteDataError(f"{what}: file key {key!r} is not a non-empty string")
    bad = _UNSAFE.search(key)
    if bad:
        raise RemoteDataError(f"{what}: file key {key!r} holds {bad.group(0)!r}; refused, as it cannot be a "
                              "safe file name in the cache")
    parts = key.split("/")
    if key.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise RemoteDataError(f"{what}: file key {key!r} is absolute or has an empty, '.' or '..' part; "
                              "refused, as it would name a file outside the cache")
    return str(PurePosixPath(*parts))


def inside(folder: Path, rel: str, *, what: str) -> Path:
    """folder/rel, checked (after resolving symlinks) to lie inside `folder`."""
    path = folder / rel
    base = folder.resolve()
    resolved = path.resolve()
    if resolved != base and base not in resolved.parents:
        raise RemoteDataError(f"{what}: {rel!r} would be written to {resolved}, outside the cache {base}; refused")
    return path


def size_limit(declared, *, cap: int, what: str) -> int:
    """Bytes a download may have: the declared size plus a margin, never more than `cap`."""
    if declared is None:
        return cap
    if isinstance(declared, bool) or not isinstance(declared, int) or declared < 0:
        raise RemoteDataError(f"{what}: size {declared!r} is not a byte count")
    if declared > cap:
        raise RemoteDataError(f"{what} is {declared} bytes, more than the {cap} allowed (${MAX_DOWNLOAD_ENV}); "
                              "refused without downloading")
    return min(declared + SIZE_MARGIN, cap)
