"""The datasheet and the data dictionary as pages: data/datasheet.md and data/data-dictionary.md, which the
build writes, turned into HTML by markdown-it-py (CommonMark and tables).

These files are input like any other: raw HTML is shown as text, and a link goes only to an http(s)
address, to a heading of the same page, or to the other document's page; any other link is its text alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dataset_paths import inside, read_capped
from ..errors import DatasetFolderError, MissingExtraError
from ..weblinks import web_url
from .dataset import Dataset, SiteError
from .pages import render_page

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# (Markdown file in the dataset folder, page of the site, its heading in the breadcrumb)
DOCUMENTS = (("data/datasheet.md", "datasheet.html", "Datasheet"), ("data/data-dictionary.md", "data-dictionary.html", "Data dictionary"))
MAX_DOCUMENT = 4 << 20  # bytes
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def slug(text: str) -> str:
    """A heading's anchor, as the build's links expect: lower case, words joined by '-', '_' kept."""
    return re.sub(r"[^\w-]+", "-", re.sub(r"[`*]", "", text).strip().lower()).strip("-") or "section"


def _link(target: str, pages: dict[str, str], ids: set[str]) -> str | None:
    if web_url(target):
        return target
    page, _, anchor = target.partition("#")
    if not page:
        return target if anchor in ids else None
    if page in pages:
        return pages[page] + (f"#{anchor}" if anchor else "")
    return None


def _markdown() -> MarkdownIt:
    try:
        from markdown_it import MarkdownIt
    except ImportError as e:
        raise MissingExtraError("the explorer", "site", e.name) from e
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.validateLink = lambda url: True  # type: ignore[method-assign]  # every link is judged by _link, after parsing
    return md


def _unlink(children: list[Token], pages: dict[str, str], ids: set[str]) -> list[Token]:
    """Inline tokens with each link's target rewritten by _link, or the link dropped to its text."""
    out, dropped = [], 0
    for t in children:
        if t.type == "link_open":
            href = _link(str(t.attrGet("href") or ""), pages, ids)
            if href is None:
                dropped += 1
                continue
            t.attrSet("href", href)
        elif t.type == "link_close" and dropped:
            dropped -= 1
            continue
        out.append(t)
    return out


def to_html(markdown: str, pages: dict[str, str]) -> tuple[str, str]:
    """(the first heading's text, the rest as HTML): headings become h2-h4 under the page's one h1, each
    with an id; each table scrolls in a labelled region."""
    md = _markdown()
    tokens = md.parse(_COMMENT.sub("", markdown))
    ids = {slug(t.content) for i, t in enumerate(tokens) if t.type == "inline" and tokens[i - 1].type == "heading_open"}
    title, section, kept = "", "", []
    seen: set[str] = set()
    heads: list[str] = []  # the header cells of the table being read
    column = 0
    labels: set[str] = set()  # a table's region is named after its section (each name once)
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.type == "inline":
            t.children = _unlink(t.children or [], pages, ids)
        if t.type == "heading_open":
            text = re.sub(r"[`*]", "", tokens[i + 1].content)
            if t.tag == "h1" and not title:
                title = section = text
                i += 3  # the document's title is the page's h1, written by the template
                continue
            section = text
            anchor = slug(tokens[i + 1].content)
            anchor = anchor if anchor not in seen else f"{anchor}-{len(seen)}"
            seen.add(anchor)
            t.tag = tokens[i + 2].tag = f"h{min(max(int(t.tag[1]), 2), 4)}"
            t.attrs = {"id": anchor}
        elif t.type == "table_open":
            label = f"table of {section or 'the document'}"
            label = label if label not in labels else f"{label} ({len(labels) + 1})"
            labels.add(label)
            t.meta = {"label": label}
            heads, column = [], 0
        elif t.type == "th_open":
            t.attrSet("scope", "col")
            heads.append(tokens[i + 1].content)
        elif t.type == "tr_open":
            column = 0
        elif t.type == "td_open":  # on a phone each row is a card, each cell labelled with its column
            t.attrSet("data-label", re.sub(r"[`*]", "", heads[column]) if column < len(heads) else "")
            column += 1
        kept.append(t)
        i += 1
    md.add_render_rule("table_open", lambda self, tokens, idx, options, env:
                       '<div class="scroll" role="region" tabindex="0" aria-label="'
                       f'{md.utils.escapeHtml(tokens[idx].meta["label"])}"><table class="cards">\n')
    md.add_render_rule("table_close", lambda self, tokens, idx, options, env: "</table></div>\n")
    # a long name (agreement_parties) may break after an underscore, never inside a word (style.css)
    md.add_render_rule("code_inline", lambda self, tokens, idx, options, env:
                       f"<code>{md.utils.escapeHtml(tokens[idx].content).replace('_', '_<wbr>')}</code>")
    return title, md.renderer.render(kept, md.options, {})


def available(ds: Dataset) -> list[tuple[str, str, str]]:
    """The documents the dataset folder has: (Markdown file, page, heading)."""
    return [d for d in DOCUMENTS if inside(ds.root, d[0], d[0]).is_file()]


def document_page(ds: Dataset, source: str, page: str, heading: str, pages: dict[str, str]) -> bytes:
    path = inside(ds.root, source, source)
    try:
        text = read_capped(path, MAX_DOCUMENT, "far more than a datasheet needs").decode("utf-8")
    except (DatasetFolderError, UnicodeDecodeError) as e:
        raise SiteError(f"{path}: cannot be read as UTF-8 text ({e})") from None
    from markupsafe import Markup

    title, body = to_html(text, pages)
    return render_page(ds, "document.html", 0, [("Dataset", "index.html"), (heading, None)], title=title or heading,
                 heading=title or heading, body=Markup(body), source=source)
