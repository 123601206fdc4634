"""Find quoted spans in article text and return their code-point offsets (end exclusive)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import BuildError


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


def non_article_regions(text: str, source: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, reason) of the parts of a file that are not the article's own text."""
    regions = []
    for r in source.get("non_article", []):
        start = text.find(r["starts_with"])
        if start == -1:
            raise BuildError("annotations/sources.yaml", source["source_id"],
                             f"non_article region starting {r['starts_with']!r} is not in {source['seed_file']}")
        end = len(text)
        if r.get("ends_before"):
            end = text.find(r["ends_before"], start)
            if end == -1:
                raise BuildError("annotations/sources.yaml", source["source_id"],
                                 f"non_article region end {r['ends_before']!r} is not in {source['seed_file']}")
        regions.append((start, end, r["kind"], r["reason"]))
    return regions
