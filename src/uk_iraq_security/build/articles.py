"""Read a seed article: strict UTF-8, no BOM, Unix line endings, not empty, sha256 as registered.

Offsets everywhere are Unicode code points of exactly these decoded bytes, so nothing is
normalised: a text that would need normalising is refused with the reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import BuildError


@dataclass(frozen=True)
class Article:
    """A seed article's decoded text and the facts that identify its bytes."""

    path: str
    text: str
    sha256: str
    byte_length: int


def decode_article(data: bytes, path: str) -> str:
    """Decode article bytes, refusing anything that would shift offsets silently."""
    if not data.strip():
        raise BuildError(path, None, "the article is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        raise BuildError(path, None, "starts with a UTF-8 byte-order mark; save it without a BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BuildError(path, None, f"is not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r})") from e
    if "\r" in text:
        raise BuildError(path, None, f"has a carriage return at character {text.index(chr(13))}; use Unix line endings (\\n)")
    return text


def read_article(root: Path, rel_path: str, expected_sha256: str | None = None) -> Article:
    """Read and check one seed file; ``expected_sha256`` is the registry's value."""
    path = root / rel_path
    if not path.is_file():
        raise BuildError(rel_path, None, "seed file not found")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if expected_sha256 is not None and digest != expected_sha256:
        raise BuildError(
            rel_path, None,
            f"sha256 is {digest} but annotations/sources.yaml registers {expected_sha256}: seeds are never "
            "edited; restore the file, or register a new article",
        )
    return Article(rel_path, decode_article(data, rel_path), digest, len(data))
