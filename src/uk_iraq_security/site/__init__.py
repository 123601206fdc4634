"""A static explorer of the dataset: plain HTML pages that open from disk (file://), work without
JavaScript and ask no other host for anything.

    OUT/index.html                  what the dataset is, its version and citation, the tables
    OUT/<table>/index.html          every row of a table and what each column means
    OUT/<table>/<record_id>.html    one record: its fields, the sentences behind it with the quote
                                    marked and the article linked, other readings, linked records
    OUT/style.css                   the one stylesheet

Pages come from datapackage.json, schemas/ and data/*.csv alone, so a new table or column appears
without a change here. pages.py chooses what a page shows; the HTML is in templates/ (Jinja2,
autoescaped: the optional extra `site`, imported only here). Output is the same bytes for the same data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..citing import cff, format_citation
from ..dataset_paths import inside, read_json
from .dataset import Dataset, read_dataset
from .errors import SiteError
from .output import MARKER, safe_name, write_site_files
from .pages import index_page, record_page, table_page
from .render import STYLESHEET, stylesheet

__all__ = ["MARKER", "SiteError", "SiteResult", "render_site", "write_site"]


@dataclass
class SiteResult:
    out: Path
    files: list[str]
    record_pages: dict[str, int]  # table -> number of record pages


def _template(root: Path) -> dict | None:
    path = inside(root, "schemas/datapackage.template.json", "the package template")
    template = read_json(path) if path.is_file() else None
    return template if isinstance(template, dict) else None


def render_site(ds: Dataset) -> dict[str, bytes]:
    """Every file of the site: relative path -> bytes."""
    pkg = ds.package
    record = cff(pkg, pkg.get("version"), (_template(ds.root) or {}).get("x-release", {}))
    files = {STYLESHEET: stylesheet(),
             "index.html": index_page(ds, format_citation("text", pkg, record), format_citation("bibtex", pkg, record))}
    for name in ds.tables:
        files[f"{safe_name(name, 'table name')}/index.html"] = table_page(ds, name)
    for name in ds.page_tables:
        t = ds.tables[name]
        seen = set()
        for i, row in enumerate(t.rows):
            rid = safe_name(row[t.page_key], f"{name}: record id")
            if rid == "index" or rid in seen:
                raise SiteError(f"{name}: record id {rid!r} is {'repeated' if rid in seen else 'reserved'}; "
                                "each record needs its own page name")
            seen.add(rid)
            files[f"{name}/{rid}.html"] = record_page(ds, name, i)
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
