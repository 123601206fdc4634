"""Tables from a published copy of the dataset: a Zenodo record (zenodo.py) or a Kaggle dataset version
(kaggle.py). Every file is checked against the sha256 in the installed datapackage.json, so a remote load
gives exactly the bytes a local load would. pooch, requests and kagglehub are optional extras, imported on
first use only."""

from __future__ import annotations

import os
from pathlib import Path

from ..hashing import file_digest
from .errors import ChecksumMismatchError, MissingExtraError

SOURCES = ("local", "zenodo", "kaggle")
MANIFEST = "datapackage.json of the installed uk-iraq-security"
# The bounds of a remote load (zenodo.py's docstring says what each is), one setting for every source
DEADLINE_ENV, MAX_DOWNLOAD_ENV, MAX_TABLE_ENV = (f"UK_IRAQ_SECURITY_{n}" for n in ("REMOTE_DEADLINE", "MAX_DOWNLOAD",
                                                                                  "MAX_TABLE"))


def setting(name: str, default: float) -> float:
    """The positive number in environment variable `name`, or `default` if it is unset or empty."""
    raw = os.environ.get(name)
    try:
        value = float(raw) if raw else default
    except ValueError:
        value = 0.0
    if not value > 0:
        raise ValueError(f"${name} is {raw!r}; expected a positive number")
    return value

__all__ = ["SOURCES", "ChecksumMismatchError", "MissingExtraError", "fetch", "verify"]


def verify(path: Path, resource: dict, *, advice: str) -> Path:
    """`path` if its sha256 is the manifest's; otherwise it is deleted and ChecksumMismatchError raised."""
    expected, actual = resource["hash"].rpartition(":")[2], file_digest(path)
    if actual != expected:
        path.unlink(missing_ok=True)
        raise ChecksumMismatchError(resource["path"], "sha256", expected, actual, MANIFEST, advice)
    return path


def fetch(resource: dict, *, source: str, record=None, handle: str | None = None,
          data_home: str | Path | None = None) -> Path:
    """Local path of a resource's file (a datapackage.json resource) fetched from `source`, verified."""
    if source == "zenodo":
        if record is None:
            raise ValueError("source='zenodo' needs record=<Zenodo record id or DOI>, e.g. record=1234567")
        from .zenodo import fetch as fetch_zenodo

        return fetch_zenodo(resource, record, data_home=data_home)
    if source == "kaggle":
        if handle is None:
            raise ValueError("source='kaggle' needs handle='<owner>/<slug>/versions/<N>'")
        if data_home is not None:
            raise ValueError("data_home= is for source='zenodo'; kagglehub's cache folder is set by KAGGLEHUB_CACHE")
        from .kaggle import fetch as fetch_kaggle

        return fetch_kaggle(resource, handle)
    raise ValueError(f"unknown source {source!r}; valid sources: {', '.join(SOURCES)}")
