"""Non-article regions of a seed (bylines, datelines, related stories); span finding is in textspans."""

from __future__ import annotations

from ..textspans import Span, locate, occurrences
from .errors import BuildError

__all__ = ["Span", "locate", "non_article_regions", "occurrences"]


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
