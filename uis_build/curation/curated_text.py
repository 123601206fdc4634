"""What a curated file's values may hold, beyond their JSON Schema: text that reads as it displays and
that no spreadsheet runs, and numbers that are finite.

- No control or invisible formatting character (zero-width space, joiners, word joiner, byte-order
  mark, soft hyphen, bidi marks and controls, tag characters) anywhere, however written (the loader
  refuses them literally; this catches YAML escapes such as "\\u200b").
- No text starting with = + - @, a tab or a carriage return, unless it is a plain number ("-5",
  "+1,200", "12.5%"): a spreadsheet would run such a cell as a formula (`=HYPERLINK(...)`,
  `=cmd|' /C calc'!A0`). This holds for quotes and spans too: a quote is the curator's choice of
  span, and one word more or less avoids the character.
- No white space at either end (a code "GB\\n" would pass for "GB").
- No draft placeholder: `propose --draft` writes "TODO: ..." where only a curator can say what goes
  (a publisher, a URL, how the reference date is known); a value still starting with "TODO" was not reviewed.

The anchors of non-article regions (sources.yaml `starts_with`, `ends_before`) are found in the
article and never published: only the first rule applies to them.
- No number that is not finite (`.inf`, `.nan`, `1e400`).

Errors name the file, the record and the field.
"""

from __future__ import annotations

import math
import re
import unicodedata

from ..textspans import control_character, invisible_character
from .errors import BuildError

ANCHORS = ("starts_with", "ends_before")  # sources.yaml: found in the article, never published: may hold its spaces
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")


def text_problem(text: str, *, published: bool = True) -> str | None:
    """Why a curated string may not be published (or, published=False, be curated at all), or None."""
    found = control_character(text) or invisible_character(text)
    if found is not None:
        pos, ch = found
        return (f"holds U+{ord(ch):04X} ({unicodedata.name(ch, 'control character')}) at character {pos}: an "
                "invisible or control character; delete it (retype the text around it)")
    if published and text.startswith("TODO"):
        return f"is a draft's placeholder, not yet reviewed: {text[:60]!r}; write what it asks for (or delete the entry)"
    if published and text.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text):
        return (f"starts with {text[0]!r}, which a spreadsheet runs as a formula: {text[:40]!r}; curated text "
                "starts otherwise (a quote or span: start it one word earlier or later)")
    return None


def _problems(value, path: tuple):
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and (why := text_problem(key)):
                yield (*path, key), f"key {why}"
            yield from _problems(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _problems(item, (*path, i))
    elif isinstance(value, str):
        anchor = bool(path) and path[-1] in ANCHORS
        if why := text_problem(value, published=not anchor):
            yield path, why
        elif value != value.strip() and not anchor:
            yield path, f"starts or ends with white space ({value[:1]!r}...{value[-1:]!r}): \"GB\\n\" is not \"GB\"; remove it"
    elif isinstance(value, float) and not math.isfinite(value):
        yield path, f"is {value}, not a finite number"


def _record_and_field(doc, path: tuple) -> tuple[str | None, str]:
    """The record a value belongs to (as the build names it elsewhere) and the field, from its path."""
    def field(rest) -> str:
        return ".".join(str(p) for p in rest) or "(the entry)"

    if not path:
        return None, "(the whole file)"
    if isinstance(doc, list):  # sources.yaml: a list of sources
        entry = doc[path[0]]
        name = entry.get("source_id") if isinstance(entry, dict) else None
        return (name if isinstance(name, str) else f"entry {path[0]}"), field(path[1:])
    if path[0] == "evidence" and len(path) >= 2:  # an article file
        entry = doc["evidence"][path[1]]
        return f"evidence[{path[1]}] (record {entry.get('record')})", field(path[2:])
    if len(path) >= 2 and isinstance(path[1], int):  # coverage_exclusions.yaml: source -> list
        return f"{path[0]}[{path[1]}]", field(path[2:])
    if len(path) >= 2:  # records.yaml: table -> record -> field
        return str(path[1]), field(path[2:])
    return None, field(path)


def check_curated(doc, rel: str) -> None:
    """Raise BuildError naming `rel`, the record and the field of the first value refused above."""
    for path, why in _problems(doc, ()):
        record, field = _record_and_field(doc, path)
        raise BuildError(rel, record, f"field {field!r} {why}")
