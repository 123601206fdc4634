"""The index (headline facts first, then where to look) and the table pages (a row per record, its title
and lead columns in words first, a card per row on a phone, the table's files to download)."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePosixPath

from .dataset import CITATIONS, Dataset, SiteError
from .output import safe_name
from .pages import Link, external, record_href, render_page, rows_table
from .wording import Words

# The facts the index opens with: (table, heading), each table's records most reported first.
HEADLINES = (("funding", "Money pledged"), ("agreements", "Agreements signed"), ("statistics", "Figures cited"))
HEADLINE_MAX = 5  # records per heading
DOWNLOADS = "data"
# what each of the site's own pages (Dataset.nav) is for, as the index says it
EXPLORE = {"timeline.html": "the events in date order, on a time axis, with who took part",
           "figures.html": "the statistics and the funding charted, every bar linking to its record",
           "search.html": "every record and every sentence of the articles behind them",
           "datasheet.html": "how the data were made, what they hold and leave out, what they are for",
           "data-dictionary.html": "every table and column: type, meaning, categories, constraints"}  # the site's folder of table files, as in the dataset: data/funding.csv


def download_path(rel: str) -> str:
    """Where a table file of the dataset goes in the site: data/<its file name>."""
    name = PurePosixPath(rel).name
    if not name or name.startswith(".") or not all(c.isalnum() or c in "._-" for c in name):
        raise SiteError(f"datapackage.json: file {rel!r} cannot be offered for download (expected a plain file name)")
    return f"{DOWNLOADS}/{name}"


def headlines(ds: Dataset, words: Words) -> list[dict]:
    """Each headline table's records most reported first: {heading, table, more, facts: [(Link, articles)]}."""
    cites = {(c["table"], c["record_id"], c["source_id"]) for c in ds.tables[CITATIONS].rows}
    articles = Counter((table, rid) for table, rid, _ in cites)  # (table, record id) -> the articles citing it
    out = []
    for table, heading in HEADLINES:
        if table not in ds.page_tables:
            continue
        ranked = sorted(((-articles.get((table, rid), 0), rid, row) for rid, row in ds.records(table) if rid), key=lambda r: r[:2])
        facts = [(Link(record_href(table, rid, 0), words.title(table, row)), -n) for n, rid, row in ranked[:HEADLINE_MAX]]
        out.append({"heading": heading, "table": table, "more": max(0, len(ranked) - HEADLINE_MAX), "facts": facts})
    return out


def index_page(ds: Dataset, words: Words, citation_text: str, citation_bibtex: str) -> bytes:
    pkg = ds.package
    licences = [external(lic.get("path"), lic.get("title") or lic.get("name") or lic.get("path"))
                for lic in pkg.get("licenses") or [] if isinstance(lic, dict)]
    return render_page(ds, "index.html", 0, [("Dataset", None)], title=pkg.get("title", "Dataset explorer"),
                 description=pkg.get("description", ""), tables=ds.tables.values(), page_tables=ds.page_tables, citation_text=citation_text,
                 citation_bibtex=citation_bibtex, homepage=external(pkg.get("homepage")), licences=licences,
                 headlines=headlines(ds, words), sources=len(ds.tables["sources"].rows),
                 explore=[(text, href, EXPLORE.get(href, "")) for text, href in ds.nav])


def reader_rows(ds: Dataset, words: Words, name: str) -> dict:
    """The rows of a table for people: its title (linking to the record's page), then its lead columns in
    words (a linked record by its title), then every other column as in the data (hidden on a phone's cards)."""
    t = ds.tables[name]
    lead = words.lead(name)
    raw = rows_table(ds, t, list(range(len(t.rows))), 1, caption="", omit=tuple(lead))
    rest = raw["columns"]
    rows = []
    for i, (row, cells) in enumerate(zip(t.rows, raw["rows"])):
        rid = row[t.key] if t.key else None
        label = words.title(name, row)
        first: Link | str = Link(record_href(name, rid, 1), label) if rid is not None and ds.record(name, rid) else label
        links = ds.links_from(name, i)
        leads = [Link(record_href(lk.target, lk.target_id, 1), words.title(lk.target, target))
                 if (lk := links.get(c)) and (target := ds.record(lk.target, lk.target_id)) is not None
                 else words.human(name, c, row) for c in lead]
        rows.append([first, *leads, *cells])
    columns = [{"name": "record", "width": "wide", "more": False}] + [{"name": c, "width": None, "more": False} for c in lead]
    columns += [{**c, "more": True} for c in rest]
    return {"caption": f"{name}: all {len(t.rows)} rows, each titled, the main columns in words first, then every column "
                       "as in the data", "columns": columns, "rows": rows}


def table_page(ds: Dataset, words: Words, name: str) -> bytes:
    t = ds.tables[name]
    downloads = [{"format": fmt.upper() if len(fmt) <= 3 else fmt.capitalize(), "href": download_path(rel), "path": rel}
                 for fmt, rel in ds.files.get(name, [])]
    return render_page(ds, "table.html", 1, [("Dataset", "index.html"), (name, None)],
                 title=f"Table {name}: {t.description or 'rows'}"[:160], name=safe_name(name, "table name"),
                 description=t.description, row_count=len(t.rows), per_record=name in ds.page_tables,
                 rows=reader_rows(ds, words, name), columns=t.fields, downloads=downloads)
