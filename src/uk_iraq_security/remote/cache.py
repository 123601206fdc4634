"""Where downloads are kept, and the sha256 check every remote file passes before it is used."""

from __future__ import annotations

import os
from pathlib import Path

from ..hashing import file_digest
from .errors import ChecksumMismatchError

__all__ = ["data_home", "expected_sha256", "file_digest", "is_verified", "verify"]

DATA_HOME_ENV = "UK_IRAQ_SECURITY_DATA_HOME"
MANIFEST = "datapackage.json of the installed uk-iraq-security"


def data_home(override: str | Path | None = None) -> Path:
    """Cache folder: the `data_home=` argument, else $UK_IRAQ_SECURITY_DATA_HOME, else the per-user cache."""
    if override is not None:
        if not str(override).strip():
            raise ValueError("data_home= is empty; give the folder to cache downloads in, or leave it out")
        return Path(override).expanduser()
    if os.environ.get(DATA_HOME_ENV):
        return Path(os.environ[DATA_HOME_ENV]).expanduser()
    import pooch  # platform-specific per-user cache folder (~/.cache/uk-iraq-security on Linux)

    return Path(pooch.os_cache("uk-iraq-security"))


def expected_sha256(resource: dict) -> str:
    algorithm, _, value = resource["hash"].rpartition(":")
    if algorithm != "sha256":
        raise ValueError(f"{resource['path']}: datapackage.json gives a {algorithm or 'md5'} hash, not sha256")
    return value


def verify(path: Path, resource: dict, *, advice: str) -> Path:
    """Return `path` if its sha256 equals the manifest's; otherwise delete it and raise ChecksumMismatchError."""
    expected = expected_sha256(resource)
    actual = file_digest(path)
    if actual != expected:
        path.unlink(missing_ok=True)
        raise ChecksumMismatchError(resource["path"], "sha256", expected, actual, MANIFEST, advice)
    return path


def is_verified(path: Path, resource: dict) -> bool:
    """True if `path` exists and matches the manifest (a cached file that needs no download)."""
    return path.is_file() and file_digest(path) == expected_sha256(resource)
