"""Tables from a Kaggle dataset version through kagglehub, re-verified against the installed manifest.

The Kaggle dataset is the flat folder the release writes (dist/kaggle/): `<table>.csv` and
`<table>.parquet` side by side. kagglehub serves a versioned handle (`owner/slug/versions/N`) from its
cache ($KAGGLEHUB_CACHE, default ~/.cache/kagglehub) without the network once downloaded.
"""

from __future__ import annotations

from pathlib import Path

from . import verify
from .errors import CacheError, ChecksumMismatchError, MissingExtraError

ADVICE = ("If {handle} is another version of the dataset than the installed uk-iraq-security {version}, "
          "pass the handle of the Kaggle version that matches it; otherwise load again to download it afresh.")


def _kagglehub():
    try:
        import kagglehub
    except ImportError as e:
        raise MissingExtraError("source='kaggle'", "kaggle", e.name or "kagglehub") from e
    return kagglehub


def fetch(resource: dict, handle: str) -> Path:
    """Local path of a resource's file from Kaggle dataset `handle`, verified against the manifest."""
    from .. import __version__

    kagglehub = _kagglehub()
    try:
        folder = Path(kagglehub.dataset_download(handle))
    except (PermissionError, NotADirectoryError, IsADirectoryError) as e:
        raise CacheError(f"kagglehub's cache cannot be used for {handle}: {e.strerror} ({e.filename}); make it "
                         "writable, or set KAGGLEHUB_CACHE to another folder") from e
    path = folder / Path(resource["path"]).name  # a flat folder: data/funding.csv -> funding.csv
    if path.is_dir():
        raise CacheError(f"{path} is a folder, where the table {path.name} of Kaggle dataset {handle} should be; "
                         "remove it (or the whole version folder) so that kagglehub downloads it afresh")
    if not path.is_file():
        raise FileNotFoundError(f"Kaggle dataset {handle} has no {path.name} (in {folder}); "
                                "check the handle names this dataset")
    try:
        return verify(path, resource, advice=ADVICE.format(handle=handle, version=__version__))
    except ChecksumMismatchError:
        # the rest of that version cannot be trusted either: drop it and its completion marker, so the
        # next load downloads it afresh instead of kagglehub serving the damaged copy
        from kagglehub.cache import delete_from_cache
        from kagglehub.handle import parse_dataset_handle

        try:
            delete_from_cache(parse_dataset_handle(handle))
        except OSError as e:
            raise CacheError(f"{path} is damaged and kagglehub's cache could not drop it ({e.strerror}: "
                             f"{e.filename}); remove {folder} by hand") from e
        raise
