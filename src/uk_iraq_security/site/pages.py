"""The explorer's three kinds of page, rendered from the dataset and its schemas alone: the index,
one page per table (its rows and columns) and one page per record (its fields, the sentences that
support it with the quote marked, the other articles' readings, and the records it is linked to)."""

from __future__ import annotations

from .dataset import CITATIONS, SOURCES, Dataset, Table, foreign_keys
from .errors import SiteError
from .html import FILTER_JS, e, link, page

# Fields that name a record in a few words, tried in order for page headings; the record id otherwise.
LABEL_FIELDS = ("title", "name", "indicator_as_written", "purpose", "text", "party_name", "publisher")
AMOUNT_FIELDS = ("value_as_written", "amount_as_written")
LABEL_MAX = 90
WIDE = 60  # characters: a column with a longer value is shown wide


def record_href(table: str, record_id: str, depth: int) -> str:
    return f"{'../' * depth}{table}/{record_id}.html"


def _shorten(text: str, limit: int = LABEL_MAX) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def record_label(table: Table, row: dict) -> str:
    label = next((row[f] for f in LABEL_FIELDS if row.get(f)), None)
    amount = next((row[f] for f in AMOUNT_FIELDS if row.get(f)), None)
    if label and amount:
        return _shorten(f"{amount} — {label}")
    return _shorten(label or amount or row[table.key])


def _categories(f: dict) -> list[tuple[str, str | None]]:
    out = []
    for c in f.get("categories") or []:
        out.append((str(c["value"]), c.get("label")) if isinstance(c, dict) else (str(c), None))
    return out


def field_description(f: dict) -> str:
    """HTML: the schema's description, type, whether required, and the categories with their meaning."""
    desc = f.get("description", "").strip()
    parts = [e(desc if desc.endswith((".", "?", ")")) else desc + ".")] if desc else []
    req = "required" if f.get("constraints", {}).get("required") else "may be null"
    parts.append(f'<span class="muted">{e(f.get("type", "string"))}, {req}.</span>')
    cats = _categories(f)
    if cats:
        items = ", ".join(f"<code>{e(v)}</code>" + (f" ({e(label)})" if label else "") for v, label in cats)
        parts.append(f"One of: {items}.")
    return " ".join(parts)


def _value(ds: Dataset, table: Table, row_index: int | None, name: str, value, depth: int,
           *, row: dict | None = None) -> str:
    """HTML of one cell: null said as such, links to linked records and to the article URL."""
    if value is None:
        return '<span class="null">null</span>'
    if row_index is not None:
        lk = ds.links_from(table.name, row_index).get(name)
        if lk and ds.record(lk.target, lk.target_id) is not None:
            return link(record_href(lk.target, lk.target_id, depth), value)
    if table.is_about_records and name == "record_id" and row is not None and ds.record(row["table"], value):
        return link(record_href(row["table"], value, depth), value)
    f = table.field(name)
    if f.get("format") == "uri" and value.startswith(("https://", "http://")):
        return link(value, value)
    return e(value)


def rows_table(ds: Dataset, table: Table, indices: list[int], depth: int, *, caption: str,
               omit: tuple[str, ...] = (), class_: str = "rows", anchors: dict[str, str] | None = None) -> str:
    """The rows of `table` at `indices` as a semantic table; a row's key links to its page, and a
    citation id in `anchors` (id -> link text) to that citation on the same page."""
    cites = {f for f, ref, _ in foreign_keys(table.schema) if ref == CITATIONS}
    fields = [f for f in table.fields if f["name"] not in omit]
    # long texts get a wide column, so that a note does not stretch every row to a tall thin strip
    longest = {f["name"]: max((len(table.rows[i][f["name"]] or "") for i in indices), default=0) for f in fields}
    width = {n: ' class="wider"' if m > 2.5 * WIDE else ' class="wide"' if m > WIDE else "" for n, m in longest.items()}
    head = "".join('<th scope="col"' + width[f["name"]] + ">"
                   + e(f["name"]).replace("_", "_<wbr>") + "</th>" for f in fields)
    body = []
    for i in indices:
        row = table.rows[i]
        cells = []
        for n, f in enumerate(fields):
            name = f["name"]
            if name == table.key and ds.record(table.name, row[name]) is not None:
                html = link(record_href(table.name, row[name], depth), row[name])
            elif anchors and name in cites and row[name] in anchors:
                html = link(f"#cite-{row[name]}", anchors[row[name]])
            else:
                html = _value(ds, table, i, name, row[name], depth, row=row)
            tag = "th" if n == 0 else "td"
            scope = ' scope="row"' if n == 0 else ""
            cells.append(f"<{tag}{scope}>{html}</{tag}>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="scroll" role="region" aria-label="{e(caption)}" tabindex="0">\n'
            f'<table class="{class_}"><caption>{e(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(body) + "\n</tbody></table>\n</div>\n")


def columns_table(table: Table) -> str:
    rows = "".join(f'<tr id="col-{e(f["name"])}"><th scope="row"><code>{e(f["name"])}</code></th>'
                   f'<td class="desc">{field_description(f)}</td></tr>\n' for f in table.fields)
    return (f'<table class="fields"><caption>Columns of {e(table.name)}</caption>\n'
            '<thead><tr><th scope="col">Column</th><th scope="col">Description</th></tr></thead>\n'
            f"<tbody>\n{rows}</tbody></table>\n")


def _footer(ds: Dataset, depth: int) -> str:
    version = ds.package.get("version", "")
    return (f"{e(ds.package.get('name', 'dataset'))} {e(version)} · "
            f"{link('../' * depth + 'index.html', 'about this dataset and how to cite it')} · "
            "data CC BY 4.0; the quoted article texts remain their publishers'.")


def index_page(ds: Dataset, citation_text: str, citation_bibtex: str) -> bytes:
    pkg = ds.package
    pages = set(ds.page_tables)
    items = []
    for name, t in ds.tables.items():
        each = " — a page for every record" if name in pages else ""
        items.append(f"<li>{link(f'{name}/index.html', name)}: {len(t.rows)} rows{each}. "
                     f'<span class="muted">{e(t.description)}</span></li>')
    licences = "".join(f"<li>{link(lic['path'], lic.get('title') or lic['name'])}</li>"
                       for lic in pkg.get("licenses", []) if lic.get("path"))
    body = (
        f'<p class="lede">{e(pkg.get("description", ""))}</p>\n'
        f"<p>Version <strong>{e(pkg.get('version', ''))}</strong>. Every value on these pages can be checked "
        "against the sentence it came from: each record's page shows the sentences of the articles that "
        "support it, the quoted words marked, with a link to the article.</p>\n"
        '<h2 id="tables">Tables</h2>\n<ul class="tables">\n' + "\n".join(items) + "\n</ul>\n"
        '<h2 id="cite">How to cite</h2>\n'
        f"<p>{e(citation_text)}</p>\n<pre><code>{e(citation_bibtex)}</code></pre>\n"
        "<p>Please also cite the article(s) a figure comes from: each record's page links them.</p>\n"
        '<h2 id="about">About</h2>\n'
        f"<ul><li>Source code, build and issues: {link(pkg['homepage'], pkg['homepage'])}</li>\n"
        f"<li>Licence of the data:<ul>{licences}</ul></li></ul>\n"
    )
    return page(title=pkg.get("title", "Dataset explorer"), h1=e(pkg.get("title", "Dataset explorer")), body=body,
                depth=0, crumbs=[("Dataset", None)], footer=_footer(ds, 0))


def table_page(ds: Dataset, name: str) -> bytes:
    t = ds.tables[name]
    per_record = (f"<p>Each {link('#rows', 'row')}'s first cell opens its page: every field, the sentences "
                  "that support it and the records it is linked to.</p>\n") if name in ds.page_tables else ""
    body = (
        f'<p class="lede">{e(t.description)}</p>\n<p>{len(t.rows)} rows, {len(t.fields)} columns '
        f"({link('#columns', 'described below')}). The same rows are in <code>data/{e(name)}.csv</code> "
        f"and <code>data/{e(name)}.parquet</code>.</p>\n{per_record}"
        '<h2 id="rows">Rows</h2>\n'
        '<div class="filter" id="filter" hidden><label for="filter-text">Show only rows containing</label> '
        '<input id="filter-text" type="search" autocomplete="off"> <span id="filter-count" aria-live="polite"></span></div>\n'
        + rows_table(ds, t, list(range(len(t.rows))), 1, caption=f"{name}: all {len(t.rows)} rows")
        + '<h2 id="columns">Columns</h2>\n' + columns_table(t)
    )
    return page(title=f"{name} — {ds.package.get('name', '')}", h1=f"Table <code>{e(name)}</code>", body=body,
                depth=1, crumbs=[("Dataset", "index.html"), (name, None)], footer=_footer(ds, 1), script=FILTER_JS, kind="table")


def _sentence_html(c: dict, where: str) -> str:
    """The sentence around the quote, the quote in <mark>; the quote alone where no sentence is given."""
    quote = c["quote"]
    if c.get("sentence") is None or c.get("sentence_start") is None:
        return f"<mark>{e(quote)}</mark>"
    sentence, offset = c["sentence"], int(c["char_start"]) - int(c["sentence_start"])
    if offset < 0 or sentence[offset:offset + len(quote)] != quote:
        raise SiteError(f"{where}: citation {c['citation_id']}: its quote is not inside its sentence at "
                        f"char_start - sentence_start = {offset}")
    return e(sentence[:offset]) + f"<mark>{e(quote)}</mark>" + e(sentence[offset + len(quote):])


def _source_line(ds: Dataset, c: dict, depth: int) -> str:
    src = ds.record(SOURCES, c["source_id"]) or {}
    parts = []
    if src.get("url"):
        parts.append(f"{e(src.get('publisher') or c['source_id'])}: "
                     + link(src["url"], src.get("title") or src["url"], class_="article"))
    if src.get("published_date"):
        parts.append(f"published {e(src['published_date'])}")
    parts.append("source record " + link(record_href(SOURCES, c["source_id"], depth), c["source_id"]))
    parts.append(f"characters {e(c['char_start'])}–{e(c['char_end'])}")
    fields = supported_fields(c)
    if fields:
        parts.append("supports " + ", ".join(link(f"#field-{f}", f) for f in fields))
    return " · ".join(parts)


def supported_fields(c: dict) -> list[str]:
    """The fields a citation supports, where the data say (a ';'-separated `fields` column)."""
    return [f for f in (c.get("fields") or "").split(";") if f]


def evidence_section(ds: Dataset, citations: list[dict], where: str) -> str:
    if not citations:
        return '<h2 id="evidence">Evidence</h2>\n<p>No citation supports this record.</p>\n'
    items = []
    for c in citations:
        src = ds.record(SOURCES, c["source_id"]) or {}
        cite = f' cite="{e(src["url"])}"' if src.get("url") else ""
        items.append(f'<li id="cite-{e(c["citation_id"])}"><blockquote{cite}><p>{_sentence_html(c, where)}</p>'
                     f'</blockquote>\n<p class="cite-meta">{_source_line(ds, c, 1)}</p></li>')
    n = len(citations)
    articles = len({c["source_id"] for c in citations})
    return (f'<h2 id="evidence">Evidence: {n} citation{"s" * (n != 1)} from {articles} '
            f'article{"s" * (articles != 1)}</h2>\n'
            "<p>Each sentence is as the article prints it; the marked words are the quote the record rests on.</p>\n"
            '<ol class="citations">\n' + "\n".join(items) + "\n</ol>\n")


def _about_section(ds: Dataset, name: str, indices: list[int], citations: list[dict]) -> str:
    t = ds.tables[name]
    if not indices:
        return f'<h2 id="{e(name)}">Other readings ({e(name)})</h2>\n<p>No row of {e(name)} names this record.</p>\n'
    return (f'<h2 id="{e(name)}">Other readings ({e(name)})</h2>\n<p class="muted">{e(t.description)}</p>\n'
            + rows_table(ds, t, indices, 1, caption=f"{name} rows for this record", omit=("table", "record_id"),
                         anchors={c["citation_id"]: _citation_name(ds, c, n) for n, c in enumerate(citations, 1)}))


def _citation_name(ds: Dataset, c: dict, n: int) -> str:
    src = ds.record(SOURCES, c["source_id"]) or {}
    return f"citation {n}: {src.get('publisher') or c['source_id']}"


def _co_cited(ds: Dataset, table: str, record_id: str, citations: list[dict]) -> list[tuple[str, str]]:
    """Other records cited in the same sentences (or, without sentences, overlapping quotes)."""
    def span(c):
        if c.get("sentence_start") is not None:
            return c["source_id"], int(c["sentence_start"]), int(c["sentence_end"])
        return c["source_id"], int(c["char_start"]), int(c["char_end"])

    mine = [span(c) for c in citations]
    found = []
    for c in ds.tables[CITATIONS].rows:
        if (c["table"], c["record_id"]) == (table, record_id) or ds.record(c["table"], c["record_id"]) is None:
            continue
        s, a, b = span(c)
        if any(s == s2 and a < b2 and a2 < b for s2, a2, b2 in mine) and (c["table"], c["record_id"]) not in found:
            found.append((c["table"], c["record_id"]))
    return found


def related_section(ds: Dataset, table: str, record_id: str, row_index: int, citations: list[dict]) -> str:
    parts = []
    out_links = [lk for lk in ds.links_from(table, row_index).values() if ds.record(lk.target, lk.target_id)]
    for lk in out_links:
        target = ds.tables[lk.target]
        parts.append(f"<h3>{e(lk.field)}</h3>\n<ul><li>{link(record_href(lk.target, lk.target_id, 1), record_label(target, ds.record(lk.target, lk.target_id)))} "
                     f'<span class="muted">({e(lk.target)} {e(lk.target_id)})</span></li></ul>\n')
    incoming: dict[tuple[str, str], list[int]] = {}
    for lk in ds.links_to(table, record_id):
        if lk.source == table and lk.row == row_index:
            continue
        incoming.setdefault((lk.source, lk.field), []).append(lk.row)
    for (src, fld), rows in incoming.items():
        t = ds.tables[src]
        heading = f"<h3>{e(src)} whose <code>{e(fld)}</code> is this record</h3>\n"
        if src in ds.page_tables:
            items = "".join(f"<li>{link(record_href(src, t.rows[i][t.key], 1), record_label(t, t.rows[i]))} "
                            f'<span class="muted">({e(t.rows[i][t.key])})</span></li>' for i in rows)
            parts.append(f"{heading}<ul>{items}</ul>\n")
        else:
            parts.append(heading + rows_table(ds, t, rows, 1, caption=f"{src} rows linked to this record", omit=(fld,)))
    co = _co_cited(ds, table, record_id, citations)
    if co:
        items = "".join(f"<li>{link(record_href(t, rid, 1), record_label(ds.tables[t], ds.record(t, rid)))} "
                        f'<span class="muted">({e(t)} {e(rid)})</span></li>' for t, rid in co)
        parts.append(f"<h3>Cited in the same sentences</h3>\n<ul>{items}</ul>\n")
    if not parts:
        return '<h2 id="related">Related records</h2>\n<p>No other record is linked to this one.</p>\n'
    return '<h2 id="related">Related records</h2>\n' + "".join(parts)


def record_page(ds: Dataset, table: str, row_index: int) -> bytes:
    t = ds.tables[table]
    row = t.rows[row_index]
    record_id = row[t.key]
    where = f"{table}/{record_id}"
    label = record_label(t, row)
    about = ds.about(table, record_id)
    citations = about.pop(CITATIONS, [])
    cited_by: dict[str, list[str]] = {}
    for n, c in enumerate(citations, 1):
        for f in supported_fields(c):
            cited_by.setdefault(f, []).append(link(f"#cite-{c['citation_id']}", f"citation {n}"))
    fields = "".join(
        f'<tr id="field-{e(f["name"])}"><th scope="row"><code>{e(f["name"])}</code></th>'
        f'<td>{_value(ds, t, row_index, f["name"], row[f["name"]], 1)}'
        + (f'<br><span class="muted">from {", ".join(cited_by[f["name"]])}</span>' if f["name"] in cited_by else "")
        + f'</td><td class="desc">{field_description(f)}</td></tr>\n' for f in t.fields)
    body = (
        f'<p class="muted">Record <code>{e(record_id)}</code> of table {link("index.html", table)}: '
        f"{e(t.description)}</p>\n"
        + evidence_section(ds, citations, where)
        + '<h2 id="fields">Fields</h2>\n'
        f'<table class="fields"><caption>Every field of {e(record_id)}</caption>\n'
        '<thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Description</th></tr></thead>\n'
        f"<tbody>\n{fields}</tbody></table>\n"
    )
    for name in about:
        rows = ds.tables[name].rows
        indices = [i for i, r in enumerate(rows) if r["table"] == table and r["record_id"] == record_id]
        body += _about_section(ds, name, indices, citations)
    body += related_section(ds, table, record_id, row_index, citations)
    return page(title=f"{label} ({table} {record_id})", h1=e(label), body=body, depth=1,
                crumbs=[("Dataset", "index.html"), (table, f"{table}/index.html"), (record_id, None)],
                footer=_footer(ds, 1))
