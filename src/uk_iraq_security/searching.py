"""search(): every record whose words, or whose citations' sentences, contain the text asked for.

Matching is case- and accent-insensitive (Unicode NFKD with the accents dropped, then casefolded;
curly quotes and dashes read as straight ones). A place code is found by its code, its English name and
aliases (the template's ``x-places``: "Kurdistan", "KRI", "KRG" find IQ-KR) and its ISO name; a category
code by its code, its words and its label. Ranked: the whole phrase as words beats part of a word; a
phrase as words in the record's title ranks it higher; a record that has every word but not the phrase comes last.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from .errors import UkIraqSecurityError
from .evidencing import cited_tables
from .formatting import category_label, places, title
from .loading import load, schema

COLUMNS = ["table", "record_id", "title", "field", "text", "sentence", "source_id", "score"]
MAX_QUERY = 200  # characters: a search is a few words, not a document
WORD, PART, TITLE_BONUS, ALL_WORDS = 3.0, 1.0, 2.0, 0.5
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


class SearchError(UkIraqSecurityError, ValueError):
    """A search text that cannot be searched for (empty, or too long)."""


def fold(text: str) -> str:
    """Text for matching: accents dropped (NFKD), casefolded, curly quotes and dashes straightened, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_FOLD))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


@dataclass(frozen=True)
class _Entry:
    table: str
    record_id: str
    field: str  # a column, or "sentence" for a citation's sentence
    text: str  # as shown
    folded: str  # as matched: the text and, for codes, the names it stands for
    source_id: str | None = None
    is_id: bool = False  # a record id: a match in it ranks below a match in words


def _iso_names(records: dict[str, list[dict]]) -> dict[str, set[str]]:
    """Place code -> the ISO names the build derived for it (geography_name of geography, ...)."""
    names: dict[str, set[str]] = {}
    for table, rows in records.items():
        derived = {f["name"]: f["x-derived"]["name_of"] for f in schema(table)["fields"]
                   if isinstance(f.get("x-derived"), dict) and "name_of" in f["x-derived"]}
        for row in rows:
            for name_col, code_col in derived.items():
                code, name = row[code_col], row[name_col]
                if not pd.isna(code) and not pd.isna(name):
                    names.setdefault(str(code), set()).add(str(name))
    return names


def _words_for(field: dict, value: str, iso_names: dict[str, set[str]]) -> tuple[str, str]:
    """A value as shown and what it is found by: itself, and for a category or a place code the words it stands for."""
    words = [value]
    if field.get("categories") is not None:
        words += [value.replace("_", " "), category_label(field, value)]
    elif str(field.get("x-code", "")).startswith("iso3166"):
        place = places().get(value, {})
        words += [place.get("name", ""), *place.get("aliases", []), *sorted(iso_names.get(value, ()))]
        if place.get("name"):
            value = f"{value} ({place['name']})"
    return value, fold(" | ".join(w for w in words if w))


def _entries(records: dict[str, list[dict]]) -> Iterator[_Entry]:
    iso_names = _iso_names(records)
    for table, rows in records.items():
        (key,) = schema(table)["primaryKey"]
        text_fields = [f for f in schema(table)["fields"] if f.get("type", "string") == "string"]
        for row in rows:
            for f in text_fields:
                value = row[f["name"]]
                if not pd.isna(value):
                    shown, folded = _words_for(f, str(value), iso_names)
                    yield _Entry(table, str(row[key]), f["name"], shown, folded, is_id=f["name"] == key or f["name"].endswith("_id"))
    for c in load("citations").to_dict("records"):
        yield _Entry(str(c["table"]), str(c["record_id"]), "sentence", c["sentence"], fold(c["sentence"]), c["source_id"])


def _score(folded: str, phrase: re.Pattern, needle: str) -> float:
    return WORD if phrase.search(folded) else PART if needle in folded else 0.0


def search(text: str) -> pd.DataFrame:
    """Every record that mentions ``text``, best first: one row per record with its table, id, title, the
    field that matched (``sentence`` for a citation's sentence), that field's text, a sentence of the
    record's evidence (the matching one where a sentence matched) with its article, and the score.

    ``uis.search("Kurdistan")`` finds every record of the Kurdistan Region (code IQ-KR, ISO name "Iqlīm
    Kūrdistān"), as do "KRI", "KRG" and "Iraqi Kurdistan". Raises ``SearchError`` (a ``ValueError``) for
    an empty text or one longer than 200 characters.
    """
    needle = fold(text)
    if not needle:
        raise SearchError("search needs a word to look for, e.g. uis.search('Kurdistan')")
    if len(needle) > MAX_QUERY:
        raise SearchError(f"search text is {len(needle)} characters long; at most {MAX_QUERY} are searched for")
    phrase = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    words = re.findall(r"\w+", needle)
    best: dict[tuple[str, str], tuple[float, _Entry]] = {}
    seen: dict[tuple[str, str], str] = {}  # every folded text of a record, for the all-words fallback
    sentences: dict[tuple[str, str], list[_Entry]] = {}
    records = {t: load(t).to_dict("records") for t in cited_tables()}
    for entry in _entries(records):
        rec = (entry.table, entry.record_id)
        seen[rec] = seen.get(rec, "") + " | " + entry.folded
        if entry.field == "sentence":
            sentences.setdefault(rec, []).append(entry)
        score = _score(entry.folded, phrase, needle)
        if entry.is_id:
            score = min(score, PART)
        if score and score > best.get(rec, (0.0, entry))[0]:
            best[rec] = (score, entry)
    for rec, folded in seen.items():
        if rec not in best and len(words) > 1 and all(w in folded for w in words):
            first = next(e for e in sentences.get(rec, []) if any(w in e.folded for w in words)) if rec in sentences else None
            best[rec] = (ALL_WORDS, first or _Entry(rec[0], rec[1], "", "", ""))
    by_id = {t: {str(r[schema(t)["primaryKey"][0]]): r for r in rows} for t, rows in records.items()}
    rows = [_hit(rec, by_id[rec[0]].get(rec[1], {}), score, entry, sentences.get(rec, []), phrase, needle)
            for rec, (score, entry) in best.items() if rec[0] in by_id]
    order = {t: i for i, t in enumerate(records)}
    rows.sort(key=lambda r: (-r["score"], order.get(r["table"], len(order)), r["record_id"]))
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({c: "string" for c in COLUMNS if c != "score"} | {"score": "Float64"})


def _hit(rec: tuple[str, str], row: dict, score: float, entry: _Entry, sentences: list[_Entry], phrase: re.Pattern,
         needle: str) -> dict:
    table, record_id = rec
    name = title(table, row)
    if phrase.search(fold(name)):
        score += TITLE_BONUS
    # the sentence shown: the one that matched, else one that mentions the phrase, else the record's first
    evidence = entry if entry.field == "sentence" else next(
        (s for s in sentences if _score(s.folded, phrase, needle)), sentences[0] if sentences else None)
    return {"table": table, "record_id": record_id, "title": name, "field": entry.field or None, "text": entry.text or None,
            "sentence": evidence.text if evidence else None, "source_id": evidence.source_id if evidence else None,
            "score": score}
