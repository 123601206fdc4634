"""A static explorer of the dataset: plain HTML pages that open from disk (file://), work without
JavaScript and ask no other host for anything.

    OUT/index.html                  the headline facts, where to look, the tables, how to cite
    OUT/<table>/index.html          every row of a table (titled, main columns in words) and its columns
    OUT/<table>/<record_id>.html    one record: its fields, the sentences behind it with the quote
                                    marked and the article linked, other readings, linked records
    OUT/timeline.html               the events in date order, on a time axis, with who took part
    OUT/figures.html                the build's charts (data/chart-*.svg), each with its records in words
    OUT/search.html                 search every record and sentence (search-index.json; needs JavaScript)
    OUT/datasheet.html, OUT/data-dictionary.html   data/datasheet.md and data/data-dictionary.md
    OUT/data/<table>.csv, .parquet  each table's files, to download; OUT/charts/<name>.svg each chart
    OUT/style.css                   the one stylesheet

Pages come from datapackage.json (its Table Schemas inline), the template and data/*.csv alone, so a new table or column appears
without a change here. pages.py chooses what a page shows; the HTML is in templates/ (Jinja2,
autoescaped: the optional extra `site`, imported only here). Output is the same bytes for the same data.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files as files_of
from pathlib import Path

from ..citing import cff, format_citation
from ..dataset_paths import inside, read_capped, read_json
from .dataset import MAX_TABLE, Dataset, SiteError, read_dataset
from .documents import available, document_page
from .figures import figures_page, read_charts
from .output import MARKER, safe_name, write_site_files
from .overview import download_path, index_page, table_page
from .pages import record_page
from .searching_page import INDEX, index_json, search_index, search_page
from .timeline_page import has_timeline, timeline_page
from .wording import Words

__all__ = ["MARKER", "SiteError", "SiteResult", "render_site", "write_site"]


@dataclass
class SiteResult:
    out: Path
    files: list[str]
    record_pages: dict[str, int]  # table -> number of record pages


def _release(root: Path) -> dict:
    """The template's x-release (what `cite` says of the release), if the folder has the template."""
    path = inside(root, "schemas/datapackage.template.json", "the package template")
    template = read_json(path) if path.is_file() else None
    return template.get("x-release", {}) if isinstance(template, dict) else {}


def _own_pages(ds: Dataset, words: Words) -> dict[str, bytes]:
    """The pages beyond the tables and records, the files to download and the charts; ds.nav lists the pages."""
    files = {download_path(rel): read_capped(inside(ds.root, rel, f"file {rel}"), MAX_TABLE,
                                             "more than a table of this dataset needs")
             for fmt_files in ds.files.values() for _, rel in fmt_files}
    charts, docs, timeline = read_charts(ds), available(ds), has_timeline(ds, words)
    ds.nav = [(text, page) for text, page, shown in (("Timeline", "timeline.html", timeline),
                                                      ("Figures", "figures.html", charts), ("Search", "search.html", True)) if shown]
    ds.nav += [(heading, page) for _, page, heading in docs]
    if timeline:
        files["timeline.html"] = timeline_page(ds, words)
    if charts:
        files["figures.html"] = figures_page(ds, words, charts)
        files.update({f"charts/{c.name}.svg": c.file for c in charts})
    index = index_json(search_index(ds, words))
    files[INDEX] = index.encode("utf-8")
    files["search.html"] = search_page(ds, index, [(text, href) for text, href in ds.nav if href != "search.html"])
    links = {source.removeprefix("data/"): page for source, page, _ in docs}
    for source, page, heading in docs:
        files[page] = document_page(ds, source, page, heading, links)
    return files


def render_site(ds: Dataset) -> dict[str, bytes]:
    """Every file of the site: relative path -> bytes."""
    pkg = ds.package
    record = cff(pkg, pkg.get("version"), _release(ds.root))
    words = Words(ds)
    files = _own_pages(ds, words)
    files |= {"style.css": files_of(__package__).joinpath("style.css").read_bytes(),
              "index.html": index_page(ds, words, format_citation("text", pkg, record), format_citation("bibtex", pkg, record))}
    for name in ds.tables:
        page = f"{safe_name(name, 'table name')}/index.html"
        if page in files:
            raise SiteError(f"table {name!r}: its page {page} is also a file of the site; rename the table")
        files[page] = table_page(ds, words, name)
    for name in ds.page_tables:
        t = ds.tables[name]
        seen = set()
        for i, row in enumerate(t.rows):
            rid = safe_name(row[t.page_key], f"{name}: record id")
            if rid == "index" or rid in seen:
                raise SiteError(f"{name}: record id {rid!r} is {'repeated' if rid in seen else 'reserved'}; "
                                "each record needs its own page name")
            seen.add(rid)
            if f"{name}/{rid}.html" in files:
                raise SiteError(f"{name}: record {rid!r}'s page is also a file of the site; rename the table or record")
            files[f"{name}/{rid}.html"] = record_page(ds, words, name, i)
    return files


def write_site(out: Path | str, root: Path | str | None = None) -> SiteResult:
    """Write the explorer for the dataset in `root` (default: the installed one) into folder `out`.

    `out` must be absent, empty, or a site written here before (see output.MARKER); otherwise
    SiteError, and nothing is written.
    """
    from ..dataset_files import dataset_root

    ds = read_dataset(Path(root) if root else dataset_root())
    files = render_site(ds)
    written = write_site_files(Path(out), files)
    counts = {name: len(ds.tables[name].rows) for name in ds.page_tables}
    return SiteResult(Path(out), written, counts)
