"""Tables from a published copy of the dataset: a Zenodo record or a Kaggle dataset version.

Every downloaded file is checked against the sha256 in the installed package's datapackage.json,
so a remote load gives exactly the bytes a local load would. The heavy clients (pooch, requests,
kagglehub) are optional extras imported only here, on first use.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ChecksumMismatchError, MissingExtraError

SOURCES = ("local", "zenodo", "kaggle")

__all__ = ["SOURCES", "ChecksumMismatchError", "MissingExtraError", "fetch"]


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
