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


def refuse_control_characters(text: str, path: str, *, invisible: bool = False) -> None:
    """Raise BuildError naming the file, line, column and character of the first control character
    (with invisible=True, or invisible formatting character: curated text)."""
    found = control_character(text) or (invisible_character(text) if invisible else None)
    if found is None:
        return
    pos, ch = found
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    name = unicodedata.name(ch, "control character")
    raise BuildError(path, None, f"holds U+{ord(ch):04X} ({name}) at line {line}, column {col} (character {pos}); "
                                 "curated text and seeds may hold only printable characters, newlines and tabs"
                                 + ("; curated text no invisible ones either (zero-width, bidi marks, soft hyphen)"
                                    if invisible else ""))


def invisible_character(text: str) -> tuple[int, str] | None:
    """(offset, character) of the first invisible formatting character (Unicode category Cf: zero-width
    space, joiners and non-joiner, word joiner, byte-order mark, soft hyphen, bidi marks, tag characters),
    or None. Curated text may not hold them: a name with one inside looks right and matches nothing."""
    if text.isascii():
        return None
    return next(((i, ch) for i, ch in enumerate(text) if unicodedata.category(ch) == "Cf"), None)


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


def _joined(text: str, i: int) -> bool:
    """Whether position i (between text[i-1] and text[i]) lies inside a word or a number."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if _wordlike(before) and _wordlike(after):
        return True
    # a number's separator between digits: "728,|000", "728|,000", "2|.5"
    return ((after in ",." and before.isdigit() and i + 1 < len(text) and text[i + 1].isdigit())
            or (before in ",." and after.isdigit() and i >= 2 and text[i - 2].isdigit()))


def _wordlike(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM"  # letters, digits and other numbers, combining marks


def refuse_mid_word(text: str, span: Span, *, file: str, record: str, what: str) -> None:
    """Refuse a span of ``text`` that starts or ends inside a word or a number: "28,000" cut from
    "728,000" or "he UK" from "the UK" would publish a wrong value that matches the article."""
    for i, edge in ((span.start, "starts"), (span.end, "ends")):
        if _joined(text, i):
            word = re.search(r"[\w,.]*\Z", text[max(0, i - 30):i]).group(0) + re.match(r"[\w,.]*", text[i:i + 30]).group(0)
            raise BuildError(file, record, f"{what} {span.text!r} {edge} inside the word or number {word.strip(',.')!r} "
                                           f"(character {i}); a span starts and ends on a word or number boundary: "
                                           "widen it to the whole word or number")
