"""The search page: a static index of every record's words and its citations' sentences (search-index.json,
also inside the page, since a page opened from disk may not fetch a file), and templates/search.js, which
matches as uis.search does: case- and accent-insensitive, a place found by its English name and aliases
("Kurdistan", "KRI", "KRG"), a category by its meaning; the whole phrase as words first. Without
JavaScript the page says where else to look."""

from __future__ import annotations

import json

from ..entities import ENTITIES
from .dataset import CITATIONS, Dataset
from .pages import record_href, render_page
from .wording import Words

INDEX = "search-index.json"


def _fold(text: str) -> str:
    from ..searching import fold  # searching imports pandas: only when a site is written, not when site/ is imported

    return fold(text)


def _field_words(field: dict, value: str, places: dict) -> tuple[str, str]:
    """A value as shown, and what it is found by: itself and, for a category or a place code, what it stands for."""
    words = [value]
    if isinstance(field.get("categories"), list):
        words.append(value.replace("_", " "))
        words += [c.get("label", "") for c in field["categories"] if isinstance(c, dict) and c.get("value") == value]
    elif str(field.get("x-code", "")).startswith("iso3166") and isinstance(places.get(value), dict):
        place = places[value]
        names = [n for n in [place.get("name"), *(place.get("aliases") or [])] if isinstance(n, str)]
        words += names
        value = f"{value} ({names[0]})" if names else value
    return value, _fold(" | ".join(w for w in words if w))


def search_index(ds: Dataset, words: Words) -> list[dict]:
    """One entry per record of every table with pages: table, id, title, href (from the site's root), its
    folded title, and fields [field, text as shown, folded text, 1 if an id]; a citation's sentence is a field."""
    places = ds.package.get("x-places")
    places = {**ENTITIES, **(places if isinstance(places, dict) else {})}
    entries: dict[tuple[str, str], dict] = {}
    for name in ds.page_tables:
        t = ds.tables[name]
        text_fields = [f for f in t.fields if f.get("type", "string") == "string"]
        for rid, row in ds.records(name):
            if rid is None:
                continue
            title = words.title(name, row)
            fields = [[f["name"], *_field_words(f, row[f["name"]] or "", places), int(f["name"] == t.key or f["name"].endswith("_id"))]
                      for f in text_fields if row[f["name"]] is not None]
            entries[(name, rid)] = {"table": name, "id": rid, "title": title, "href": record_href(name, rid, 0),
                                    "folded_title": _fold(title), "fields": fields}
    for c in ds.tables[CITATIONS].rows:
        entry = entries.get((c["table"] or "", c["record_id"] or ""))
        sentence = c.get("sentence")
        if entry is not None and sentence:
            entry["fields"].append(["sentence", sentence, _fold(sentence), 0])
    return list(entries.values())


def index_json(entries: list[dict]) -> str:
    """The index as JSON that is safe inside a <script> element too (no '<', '>' or '&' as such)."""
    text = json.dumps(entries, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def search_page(ds: Dataset, index: str, others: list[tuple[str, str]]) -> bytes:
    from markupsafe import Markup

    return render_page(ds, "search.html", 0, [("Dataset", "index.html"), ("Search", None)],
                 title="Search every record and every sentence", index=Markup(index), others=others,
                 tables=ds.page_tables)
