"""The record pages and what every page shares: one page per record (its fields, the sentences that
support it with the quote marked, the other articles' readings, and the records it is linked to), and
the rows, links and labels pages show, as plain data. The other pages are in overview.py (index, tables),
timeline_page.py, figures.py, searching_page.py and documents.py.

The HTML is in templates/ (Jinja2, autoescaped), with the stylesheet (style.css) and the scripts they
include. Jinja2 is the optional extra `site`; it is imported on the first page rendered, and without it
the explorer raises MissingExtraError saying what to install.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..errors import MissingExtraError
from ..weblinks import web_url
from .dataset import CITATIONS, SOURCES, Dataset, SiteError, Table, foreign_keys
from .wording import Words

WIDE = 60  # characters: a column with a longer value is shown wide


@dataclass(frozen=True)
class Link:
    """A link for a template to draw (`value` in macros.html); href and text are escaped there."""
    href: str
    text: str


@lru_cache(maxsize=1)
def _environment():
    try:
        import jinja2
    except ImportError as e:
        raise MissingExtraError("the explorer", "site", e.name) from e
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(__package__, "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the build instead of vanishing
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        finalize=lambda v: "" if v is None else v,  # a missing text is empty, not "None"
    )
    env.tests["link"] = lambda v: isinstance(v, Link)
    return env


def external(url: object, text: object = None) -> Link | str | None:
    """A link out of the site if `url` is an http(s) URL; else only its text (a javascript: or data: URL from
    the descriptor or the data must not become a link)."""
    shown = text if isinstance(text, str) else url if isinstance(url, str) else None
    return Link(url, shown or url) if isinstance(url, str) and web_url(url) else shown


def record_href(table: str, record_id: str, depth: int) -> str:
    return f"{'../' * depth}{table}/{record_id}.html"


def _record_link(ds: Dataset, words: Words, table: str, record_id: str) -> Link:
    row = ds.record(table, record_id)
    assert row is not None, f"{table} {record_id}: no such record"  # callers link only to existing records
    return Link(record_href(table, record_id, 1), words.title(table, row))


def _value(ds: Dataset, table: Table, i: int, name: str, depth: int, *, in_rows: bool = True) -> Link | str | None:
    """Cell `name` of row `i`: None for null, a Link to a linked record (in a rows_table also the record a
    citation or conflict is about) or to the article URL, else the text."""
    row = table.rows[i]
    value = row[name]
    if value is None:
        return None
    lk = ds.links_from(table.name, i).get(name)
    if lk and ds.record(lk.target, lk.target_id) is not None:
        return Link(record_href(lk.target, lk.target_id, depth), value)
    target = row["table"] if in_rows and table.is_about_records and name == "record_id" else None
    if target and ds.record(target, value):
        return Link(record_href(target, value, depth), value)
    if any(f["name"] == name and f.get("format") == "uri" for f in table.fields) and web_url(value):
        return Link(value, value)
    return value


def rows_table(ds: Dataset, table: Table, indices: list[int], depth: int, *, caption: str,
               omit: tuple[str, ...] = (), anchors: Mapping[str | None, str] | None = None) -> dict:
    """The rows of `table` at `indices`, for `rows_table` in macros.html; a row's key links to its
    page, and a citation id in `anchors` (id -> link text) to that citation on the same page."""
    cites = {f for f, ref, _ in foreign_keys(table.schema) if ref == CITATIONS}
    fields = [f["name"] for f in table.fields if f["name"] not in omit]
    # long texts get a wide column, so that a note does not stretch every row to a tall thin strip
    longest = {n: max((len(table.rows[i][n] or "") for i in indices), default=0) for n in fields}
    columns = [{"name": n, "width": "wider" if m > 2.5 * WIDE else "wide" if m > WIDE else None}
               for n, m in longest.items()]
    rows = []
    for i in indices:
        row = table.rows[i]
        cells: list[Link | str | None] = []
        for name in fields:
            value = row[name]
            if name == table.key and value is not None and ds.record(table.name, value) is not None:
                cells.append(Link(record_href(table.name, value, depth), value))
            elif anchors and name in cites and value in anchors:
                cells.append(Link(f"#cite-{value}", anchors[value]))
            else:
                cells.append(_value(ds, table, i, name, depth))
        rows.append(cells)
    return {"caption": caption, "columns": columns, "rows": rows}


def render_page(ds: Dataset, template: str, depth: int, crumbs: list[tuple[str, str | None]], **context) -> bytes:
    """`crumbs` are (text, href from the site root, or None for the current page)."""
    page = _environment().get_template(template).render(up="../" * depth, crumbs=crumbs, nav=ds.nav, **context,
                                                         dataset=ds.package.get("name", "dataset"),
                                                         version=ds.package.get("version", ""))
    return page.encode("utf-8")


def _around_quote(c: dict, where: str) -> tuple[str, str]:
    """The sentence's text before and after the quote; empty where no sentence is given."""
    quote = c["quote"]
    if c.get("sentence") is None or c.get("sentence_start") is None:
        return "", ""
    sentence, offset = c["sentence"], int(c["char_start"]) - int(c["sentence_start"])
    if offset < 0 or sentence[offset:offset + len(quote)] != quote:
        raise SiteError(f"{where}: citation {c['citation_id']}: its quote is not inside its sentence at "
                        f"char_start - sentence_start = {offset}")
    return sentence[:offset], sentence[offset + len(quote):]


def supported_fields(c: dict) -> list[str]:
    """The fields a citation supports, where the data say (a ';'-separated `fields` column)."""
    return [f for f in (c.get("fields") or "").split(";") if f]


def _citation(ds: Dataset, c: dict, where: str) -> dict:
    """One citation for the evidence list: the sentence around the quote, the article, what it supports."""
    src = ds.record(SOURCES, c["source_id"]) or {}
    before, after = _around_quote(c, where)
    return {"id": c["citation_id"], "before": before, "quote": c["quote"], "after": after,
            "url": src.get("url") if web_url(src.get("url")) else None, "publisher": src.get("publisher") or c["source_id"],
            "title": src.get("title") or src.get("url"), "published": src.get("published_date"),
            "source": Link(record_href(SOURCES, c["source_id"], 1), c["source_id"]),
            "start": c["char_start"], "end": c["char_end"], "fields": supported_fields(c)}


def _co_cited(ds: Dataset, table: str, record_id: str, citations: list[dict]) -> list[tuple[str, str]]:
    """Other records cited in the same sentences (or, without sentences, overlapping quotes)."""
    def span(c):
        if c.get("sentence_start") is not None:
            return c["source_id"], int(c["sentence_start"]), int(c["sentence_end"])
        return c["source_id"], int(c["char_start"]), int(c["char_end"])

    mine = [span(c) for c in citations]
    found: list[tuple[str, str]] = []
    for c in ds.tables[CITATIONS].rows:
        cited, cited_id = c["table"], c["record_id"]
        if cited is None or cited_id is None or (cited, cited_id) == (table, record_id) \
                or ds.record(cited, cited_id) is None:
            continue
        s, a, b = span(c)
        if any(s == s2 and a < b2 and a2 < b for s2, a2, b2 in mine) and (cited, cited_id) not in found:
            found.append((cited, cited_id))
    return found


def related(ds: Dataset, words: Words, table: str, record_id: str, row_index: int, citations: list[dict]) -> list[dict]:
    """The related-records sections: the records this one names, the rows naming it, and the records
    cited in the same sentences. Each has `kind`, `table`, `field` and either `records`
    ([(Link, note)]) or `rows` (a rows_table)."""
    sections: list[dict] = []
    for lk in ds.links_from(table, row_index).values():
        if ds.record(lk.target, lk.target_id):
            sections.append({"kind": "names", "table": lk.target, "field": lk.field, "rows": None,
                             "records": [(_record_link(ds, words, lk.target, lk.target_id), f"{lk.target} {lk.target_id}")]})
    incoming: dict[tuple[str, str], list[int]] = {}
    for lk in ds.links_to(table, record_id):
        if not (lk.source == table and lk.row == row_index):
            incoming.setdefault((lk.source, lk.field), []).append(lk.row)
    for (src, fld), rows in incoming.items():
        t = ds.tables[src]
        section: dict = {"kind": "named-by", "table": src, "field": fld, "rows": None, "records": None}
        if src in ds.page_tables:
            # a null id is refused by render_site (safe_name) before any page is written
            ids = [rid for i in rows if (rid := t.rows[i][t.page_key]) is not None]
            section["records"] = [(_record_link(ds, words, src, rid), rid) for rid in ids]
        else:
            section["rows"] = rows_table(ds, t, rows, 1, caption=f"{src} rows linked to this record", omit=(fld,))
        sections.append(section)
    co = _co_cited(ds, table, record_id, citations)
    if co:
        sections.append({"kind": "co-cited", "table": None, "field": None, "rows": None,
                         "records": [(_record_link(ds, words, t, rid), f"{t} {rid}") for t, rid in co]})
    return sections


def record_page(ds: Dataset, words: Words, table: str, row_index: int) -> bytes:
    t = ds.tables[table]
    row = t.rows[row_index]
    record_id = row[t.page_key]
    assert record_id is not None, f"{table} row {row_index}: no record id"  # render_site checks it first
    about = ds.about(table, record_id)
    citations = [ds.tables[CITATIONS].rows[i] for i in about.pop(CITATIONS, [])]
    readings = [ds.tables["readings"].rows[i] for i in about.get("readings", [])]
    cited_by: dict[str, list[tuple[int, str | None]]] = {}
    anchors: dict[str | None, str] = {}  # as the cells read: a null citation_id is kept as it was
    for n, c in enumerate(citations, 1):
        for f in supported_fields(c):
            cited_by.setdefault(f, []).append((n, c["citation_id"]))
        anchors[c["citation_id"]] = f"citation {n}: {(ds.record(SOURCES, c['source_id']) or {}).get('publisher') or c['source_id']}"
    given_by = {r["column"]: r["source_id"] for r in readings if r.get("chosen") in (True, "true")}
    fields = [{"field": f, "value": _value(ds, t, row_index, f["name"], 1, in_rows=False),
               "cited_by": cited_by.get(f["name"], []), "given_by": given_by.get(f["name"])} for f in t.fields]
    certainty = {f["name"]: row[f["name"]] for f in t.fields if f["name"].endswith("_certainty") and row[f["name"]]}
    # the other tables about records (conflicts, readings): their rows naming this record
    others = [{"name": name, "description": ds.tables[name].description, "rows": indices and rows_table(
        ds, ds.tables[name], indices, 1, caption=f"{name} rows for this record", omit=("table", "record_id"),
        anchors=anchors)} for name, indices in about.items()]
    label = words.title(table, row)
    return render_page(ds, "record.html", 1,
                 [("Dataset", "index.html"), (table, f"{table}/index.html"), (record_id, None)],
                 title=f"{label} ({table} {record_id})", label=label, table=table, record_id=record_id,
                 description=t.description, citations=[_citation(ds, c, f"{table}/{record_id}") for c in citations],
                 articles=len({c["source_id"] for c in citations}), fields=fields, others=others,
                 origins=row.get("independent_sources"), certainty=certainty,
                 related=related(ds, words, table, record_id, row_index, citations))
