"""Installed data is checked before it is read: each file's sha256 must equal the one in the installed
datapackage.json, as for a download. A file is hashed once per process; the result is kept per path,
size and modification time, so a file changed later is hashed (and refused) again."""

from __future__ import annotations

import os
from pathlib import Path

from .dataset_paths import shown
from .errors import DatasetFolderError
from .hashing import ALGORITHMS, file_digest
from .remote.errors import ChecksumMismatchError

MANIFEST = "datapackage.json of the installed uk-iraq-security"
ADVICE = ("The installed file was changed or damaged since it was installed or built: reinstall "
          "(pip install --force-reinstall uk-iraq-security), or in a checkout run `python scripts/build.py`.")

_verified: dict[tuple[str, int, int], str] = {}


def verify_installed(path: Path, resource: dict) -> Path:
    """Return `path` if its bytes are the ones the descriptor lists; else raise ChecksumMismatchError."""
    algorithm, _, expected = str(resource.get("hash", "")).rpartition(":")
    if not expected:
        return path  # a descriptor without hashes (a hand-made folder) has nothing to check against
    algorithm = algorithm or "md5"
    if algorithm not in ALGORITHMS:
        raise DatasetFolderError(f"{MANIFEST}: the hash of {shown(resource.get('path'))} is {shown(resource['hash'])}; "
                                 f"expected '<algorithm>:<hex digest>' with one of {', '.join(ALGORITHMS)}. {ADVICE}")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileNotFoundError(f"{resource['path']}: the installed file is missing ({path}); {ADVICE}") from None
    key = (str(path), st.st_size, st.st_mtime_ns)
    if _verified.get(key) == expected:
        return path
    declared = resource.get("bytes")
    declared = declared if isinstance(declared, int) and not isinstance(declared, bool) else None
    # a file larger than declared is refused unhashed: however large it has grown, it is not read
    actual = file_digest(path, algorithm) if declared is None or st.st_size <= declared else None
    if actual != expected or (declared is not None and declared != st.st_size):
        raise ChecksumMismatchError(resource["path"], algorithm, expected, actual, MANIFEST, ADVICE, removed=False)
    _verified[key] = expected
    return path
