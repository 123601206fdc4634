"""Article text shared by curation and drafting: strict decoding of seed bytes, and exact spans.

Offsets everywhere are Unicode code points of exactly these decoded bytes, end exclusive, so
nothing is normalised: a text that would need normalising is refused with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from uk_iraq_security.errors import BuildError

# Characters curated text and seeds may not hold: C0 and C1 controls (but newline and tab), DEL, and
# the bidirectional embeddings, overrides and isolates that make text display other than it reads.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def control_character(text: str) -> tuple[int, str] | None:
    """(offset, character) of the first refused control character, or None."""
    m = _CONTROL.search(text)
    return (m.start(), m.group(0)) if m else None


def refuse_control_characters(text: str, path: str) -> None:
    """Raise BuildError naming the file, line, column and character of the first control character."""
    found = control_character(text)
    if found is None:
        return
    pos, ch = found
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    name = unicodedata.name(ch, "control character")
    raise BuildError(path, None, f"holds U+{ord(ch):04X} ({name}) at line {line}, column {col} (character {pos}); "
                                 "curated text and seeds may hold only printable characters, newlines and tabs")


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
    refuse_control_characters(text, path)
    return text


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def occurrences(haystack: str, needle: str) -> list[int]:
    """Start of every occurrence of ``needle``, overlapping ones included."""
    found, i = [], haystack.find(needle)
    while i != -1:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def locate(haystack: str, needle: str, occurrence: int | None, *, file: str, record: str, what: str,
           offset: int = 0) -> Span:
    """Offsets of ``needle`` in ``haystack``: it must occur once, or ``occurrence`` (1-based) must pick one."""
    hits = occurrences(haystack, needle)
    if not hits:
        raise BuildError(file, record, f"{what} {needle!r} is not in the text (was the article or the quote changed?)")
    if occurrence is None and len(hits) > 1:
        raise BuildError(file, record, f"{what} {needle!r} occurs {len(hits)} times; add 'occurrence: N' to pick one")
    n = occurrence or 1
    if n > len(hits):
        raise BuildError(file, record, f"{what} {needle!r} occurs {len(hits)} times, so occurrence {n} does not exist")
    start = offset + hits[n - 1]
    return Span(start, start + len(needle), needle)
