"""Draft coverage exclusions: the numeric mentions no evidence quote covers, with a guessed reason.

The build's coverage audit (build/coverage.py) fails on any number in an article that is neither
inside a cited quote nor listed in annotations/coverage_exclusions.yaml with a reason. After the
draft is reviewed, this lists what is left, as a block to paste under the article's source_id.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path

import jsonschema
import yaml

from uk_iraq_security.errors import BuildError

from ..curation.annotations import ARTICLE_SCHEMA
from ..curation.strict_yaml import read_strict
from ..parsing.mentions import find_mentions
from ..parsing.periods import MONTHS
from ..textspans import locate
from .candidates import occurrence_starts
from .text import Intervals

_MONTH = "|".join(MONTHS)
# (test on the text around a mention, reason); the first that matches is proposed.
REASONS = (
    (lambda m, before, after: re.match(r"[\d\s]{6,}", after) or re.search(r"\d[\d ]{5,}$", before)
     or re.search(r"\b(?:call|phone|ring|dial|tel|hotline|helpline)\b[^.\n]{0,25}$", before, re.I), "phone number"),
    (lambda m, before, after: re.search(r"\d/$", before) or after.startswith("/"), "reference number"),
    (lambda m, before, after: m.kind == "date" or re.match(rf"\s(?:{_MONTH})\b", after, re.I)
     or re.search(rf"\b(?:{_MONTH})\s$", before, re.I), "date"),
    (lambda m, before, after: m.kind in ("year", "range") or re.fullmatch(r"(?:19|20)\d{2}", m.text),
     "year: names a date or an event, not a figure of the dataset"),
    (lambda m, before, after: re.match(r"[- ]?(?:years?|months?|weeks?|days?|hours?|decades?)\b(?![- ]old)", after, re.I),
     "duration, not a figure of the dataset"),
    (lambda m, before, after: re.match(r"[- ]year[- ]old", after) or re.search(r"[A-Z][\w’'-]+,\s$", before)
     and after.startswith(","), "age of a person named in the story"),
    (lambda m, before, after: m.kind == "number_word" and re.match(r"(?:hundreds|thousands|millions|dozens)$", m.text, re.I),
     "vague quantity with no figure"),
    (lambda m, before, after: m.kind == "number_word" and m.text.lower() in ("one", "two")
     and re.search(r"\b(?:the|every|each|both)\s$", before, re.I) or m.text.lower() == "one" and after.startswith(" of"),
     "number word used as a word, not a count"),
)


def uncovered(text: str, quotes: list[tuple[int, int]]) -> list[tuple[object, str]]:
    """(mention, guessed reason) for every numeric mention outside all of ``quotes``."""
    out = []
    cited = Intervals(quotes)
    for m in find_mentions(text):
        if cited.contains(m.start, m.end):
            continue
        before, after = text[max(0, m.start - 40):m.start], text[m.end:m.end + 40]
        reason = next((r for test, r in REASONS if test(m, before, after)), None)
        out.append((m, reason or "TODO: say why this is not a figure of the dataset"))
    return out


def quotes_of(text: str, annotation_path: str | Path) -> list[tuple[int, int]]:
    """Where an annotation file's quotes are in the article, located as the build locates them."""
    path = str(annotation_path)
    doc = read_strict(Path(path), path)  # as the build reads it: duplicate keys, aliases, tags refused
    problem = next(jsonschema.Draft202012Validator(ARTICLE_SCHEMA).iter_errors(doc), None)
    if problem is not None:
        raise BuildError(path, None, f"not an annotation file: {problem.message}")
    spans = []
    for i, ev in enumerate(doc["evidence"]):
        sp = locate(text, ev["quote"], ev.get("occurrence"), file=path, record=f"evidence[{i}]", what="quote")
        spans.append((sp.start, sp.end))
    return spans


def exclusions_yaml(text: str, quotes: list[tuple[int, int]], source_id: str) -> str:
    """A block for annotations/coverage_exclusions.yaml: each uncovered mention with a few words around it."""
    entries, last = [], (0, 0)
    for m, reason in uncovered(text, quotes):
        if last[0] <= m.start and m.end <= last[1]:
            continue  # two mentions in one phrase ("18 June 2025"): one exclusion covers both
        start, end = last = _phrase(text, m.start, m.end)
        words = text[start:end]
        entry = {"text": words}
        hits = occurrence_starts(text, words)
        if len(hits) > 1:
            entry["occurrence"] = bisect_left(hits, start) + 1
        entry["reason"] = reason
        entries.append(entry)
    head = ("# DRAFT coverage exclusions, proposed by scripts/propose.py: check every reason (and replace each\n"
            "# TODO) before adding this block to annotations/coverage_exclusions.yaml.\n")
    return head + yaml.safe_dump({source_id: entries}, sort_keys=False, allow_unicode=True, width=10**6)


WINDOW = 200


def _phrase(text: str, start: int, end: int) -> tuple[int, int]:
    """The mention with up to two words either side, within its sentence, so the reason reads in context."""
    # look at most WINDOW characters either side: two words of context never need more, and a text
    # that is one huge line must not make each mention cost the whole line
    lo_limit, hi_limit = max(0, start - WINDOW), min(len(text), end + WINDOW)
    line_start = text.rfind("\n", lo_limit, start) + 1 or lo_limit
    line_end = text.find("\n", end, hi_limit)
    line_end = hi_limit if line_end == -1 else line_end
    while start > line_start and not text[start - 1].isspace():  # the whole token: "46/12345/24"
        start -= 1
    while end < line_end and not text[end].isspace():
        end += 1
    left = re.search(r"(?:[^\s.!?]+\s+){0,2}$", text[line_start:start])
    right = re.match(r"(?:\s+[^\s]+){0,2}", text[end:line_end])
    lo, hi = line_start + left.start(), end + right.end()
    while hi > end and text[hi - 1] in ".,;:)”\"":
        hi -= 1
    return lo, hi
