"""The one sha256 helper: of bytes, or of a file read in blocks (memory stays flat for large files)."""

from __future__ import annotations

import hashlib
from pathlib import Path

# The algorithms a Data Package "hash" may name ("<algorithm>:<hex>", md5 when none is given); hashlib raises
# ValueError for a name it lacks, so a descriptor's algorithm is checked against this first
ALGORITHMS = ("md5", "sha1", "sha256", "sha512")


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def file_digest(path: str | Path, algorithm: str = "sha256") -> str:
    """Hex digest of a file's bytes (``algorithm`` as hashlib names it; Zenodo gives md5)."""
    h = hashlib.new(algorithm)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
