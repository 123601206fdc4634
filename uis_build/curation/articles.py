"""Read a seed article: strict UTF-8, no BOM, Unix line endings, not empty, sha256 as registered.

Offsets everywhere are Unicode code points of exactly these decoded bytes, so nothing is
normalised: a text that would need normalising is refused with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uk_iraq_security.hashing import sha256

from ..textspans import decode_article
from .errors import BuildError


@dataclass(frozen=True)
class Article:
    """A seed article's decoded text and the facts that identify its bytes."""

    path: str
    text: str
    sha256: str
    byte_length: int


def read_article(root: Path, rel_path: str, expected_sha256: str | None = None) -> Article:
    """Read and check one seed file; ``expected_sha256`` is the registry's value."""
    path = root / rel_path
    if not path.is_file():
        raise BuildError(rel_path, None, "seed file not found")
    data = path.read_bytes()
    digest = sha256(data)
    if expected_sha256 is not None and digest != expected_sha256:
        raise BuildError(
            rel_path, None,
            f"sha256 is {digest} but annotations/sources.yaml registers {expected_sha256}: seeds are never "
            "edited; restore the file, or register a new article",
        )
    return Article(rel_path, decode_article(data, rel_path), digest, len(data))
